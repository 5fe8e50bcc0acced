package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which replies the DIAL stand-in charges to a key, read as DIAL's TokenUsageParser reads them. */
class DialUsageTest {
    private static long total(String body) {
        return DialUsage.totalTokens(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLastFlatUsageCounts() {
        assertEquals(6, total("{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":5,\"total_tokens\":6}}"));
        assertEquals(9, total("data: {\"usage\":null}\n\ndata: {\"choices\":[],\"usage\" : {\"total_tokens\":9}}\n\ndata: [DONE]\n\n"));
        assertEquals(0, total("{\"choices\":[]}"));
        assertEquals(0, total("{\"usage\":{\"total_tokens\":4,\"prompt_tokens_details\":{\"cached_tokens\":0}}}"),
                "DIAL's parser gives up on a nested object, and nothing is charged");
    }
}
