package dev.cutover.verdict;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The LiteLLM → direct-provider plans predict what breaks: each compares the LiteLLM stand-in with a
 * profile that claims only what the provider documents for its OpenAI-compatible endpoint
 * (targets/standins/anthropic-openai.yaml, gemini-openai.yaml, deepseek.yaml). A scenario of a feature
 * the provider does not document must be named as "does not claim FEATURE"; one it documents must not.
 */
class DirectProviderPlansTest {
    @TempDir
    Path dir;

    private static final List<String> PROBES = List.of(
            "chat-basic-completion", "chat-n-two-choices", "chat-logprobs", "chat-response-format-json",
            "embeddings-float-vectors");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // plan                  | predicted to break (scenario:feature)                                                                           | must still run
            "litellm-to-anthropic    | chat-n-two-choices:n chat-logprobs:logprobs chat-response-format-json:response-format embeddings-float-vectors:embeddings | chat-basic-completion",
            "litellm-to-gemini       | chat-n-two-choices:n chat-logprobs:logprobs                                                                      | chat-basic-completion chat-response-format-json embeddings-float-vectors",
            "litellm-to-deepseek     | chat-n-two-choices:n embeddings-float-vectors:embeddings                                                         | chat-basic-completion chat-logprobs chat-response-format-json"})
    void thePlanNamesTheScenariosTheProviderDoesNotDocument(String plan, String breaks, String runs) {
        String out = cutover("compare", "--plan", "plans/" + plan + ".yaml", "--scenario", String.join(",", PROBES),
                "--reports", dir.toString());
        for (String pair : breaks.split(" ")) {
            String scenario = pair.split(":")[0];
            String feature = pair.split(":")[1];
            assertTrue(out.lines().anyMatch(l -> l.contains("/" + scenario + ":") && l.contains("candidate SKIP")
                            && l.contains("does not claim " + feature)),
                    plan + ": " + feature + " should be named as not claimed\n" + out);
            assertTrue(out.lines().anyMatch(l -> l.contains("PASSED → NOT_SUPPORTED") && l.contains(scenario)),
                    plan + ": " + scenario + " should be named as passed on LiteLLM, not supported on the provider\n" + out);
        }
        for (String scenario : runs.split(" ")) {
            assertTrue(out.lines().anyMatch(l -> l.contains("/" + scenario + ":") && l.contains("candidate PASS")),
                    plan + ": " + scenario + " is documented, so it should run and pass on the candidate\n" + out);
            assertFalse(out.lines().anyMatch(l -> l.contains("NOT_SUPPORTED") && l.contains(scenario + ")")),
                    plan + ": " + scenario + " should not be predicted to break\n" + out);
        }
    }

    /**
     * The anthropic-openai stand-in drops what Anthropic's page marks "Ignored": a scenario that checks such a
     * field reaches the provider passes through LiteLLM and fails on the candidate, and the verdict says so.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "chat-penalties-logit-bias-forwarded | $.frequency_penalty",
            "chat-store-metadata-forwarded       | $.store",
            "tools-choice-required-strict-forwarded | $.tools[0].function.strict"})
    void anthropicDropsWhatItsPageCallsIgnored(String scenario, String field) {
        String out = cutover("compare", "--plan", "plans/litellm-to-anthropic.yaml",
                "--scenario", scenario + ",chat-basic-completion", "--reports", dir.toString());
        assertTrue(out.lines().anyMatch(l -> l.contains("/" + scenario + ":") && l.contains("baseline PASS")
                        && l.contains("candidate FAIL") && l.contains("upstream body " + field)),
                scenario + " should fail on the candidate because " + field + " never reaches the provider\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.contains("PASSED → FAILED") && l.contains(scenario)),
                scenario + " should be named in the verdict\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.contains("/chat-basic-completion:") && l.contains("candidate PASS")), out);
    }

    private static String cutover(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = o.toString(StandardCharsets.UTF_8) + e.toString(StandardCharsets.UTF_8);
        assertNotEquals(Main.BAD_INPUT, code, text);
        assertNotEquals(3, code, text);
        return text;
    }
}
