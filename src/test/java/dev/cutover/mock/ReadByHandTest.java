package dev.cutover.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cutover.wire.Endpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mock's serving path reads OpenAI paths, request targets and words by hand; these are the regular expressions
 * and the URI parsing they replaced, kept as the specification and compared on listed and random inputs.
 */
class ReadByHandTest {
    private static final Pattern PATH =
            Pattern.compile("^(?:/v1|/openai/deployments/([^/]+))?/(chat/completions|embeddings|responses)$");
    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");

    @Test
    void openAiPathsAreReadAsThePatternReads() {
        List<String> paths = new ArrayList<>(List.of("/v1/chat/completions", "/chat/completions", "/embeddings",
                "/v1/responses", "/openai/deployments/gpt-4o/chat/completions", "/openai/deployments//embeddings",
                "/openai/deployments/a/b/embeddings", "/v2/chat/completions", "v1/chat/completions", "/v1/chat/completions/",
                "/v1/v1/embeddings", "/openai/deployments/x/responses", ""));
        String[] atoms = {"/", "v1", "/v1", "/openai/deployments/", "d", "/chat/completions", "/embeddings", "/responses",
                "chat", "completions", "openai"};
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) paths.add(randomOf(atoms, random));
        for (String p : paths) {
            Matcher m = PATH.matcher(p);
            OpenAiPath read = OpenAiPath.of(p);
            if (!m.matches()) {
                assertEquals(null, read, p);
                continue;
            }
            Endpoint expected = switch (m.group(2)) {
                case "embeddings" -> Endpoint.EMBEDDINGS;
                case "responses" -> Endpoint.RESPONSES;
                default -> Endpoint.CHAT_COMPLETIONS;
            };
            assertEquals(new OpenAiPath(expected, m.group(1)), read, p);
        }
    }

    @Test
    void wordsAreSplitAndCountedAsThePatternSplits() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", " a ", "Hello there, world!", "a\tb\nc\u000Bd\fe\r",
                "  lead", "trail  ", "a\u00A0b", "é è", "\u2003x"));
        String[] atoms = {" ", "\t", "\n", "a", "bc", "\u00A0", "é", "\u2003", "\r\n"};
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) texts.add(randomOf(atoms, random));
        for (String t : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = WORD.matcher(t);
            int end = 0;
            while (m.find()) {
                expected.add(m.group());
                end = m.end();
            }
            if (end < t.length()) expected.add(t.substring(end));
            assertEquals(expected, Words.pieces(t), t);
            assertEquals(expected.size(), Words.count(t), t);
        }
    }

    @Test
    void requestTargetsAreSplitAsUriSplitsThem() {
        for (String t : List.of("/v1/chat/completions", "/v1/models?limit=2&after=x", "/a?b?c", "/v1beta/models/m:generateContent?alt=sse&key=k",
                "/x%20y", "/a%2Fb?q=%20", "*", "/é", "/a;b=c@d/!$'()*+,", "/?", "/path?")) {
            URI uri = URI.create(t);
            assertEquals(new RequestTarget(uri.getPath() == null ? "" : uri.getPath(), uri.getRawQuery()), RequestTarget.of(t), t);
        }
        assertThrows(IllegalArgumentException.class, () -> RequestTarget.of("/a b"));
        assertThrows(IllegalArgumentException.class, () -> RequestTarget.of("/%zz"));
    }

    private static String randomOf(String[] atoms, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(1, 7);
        for (int j = 0; j < n; j++) sb.append(atoms[random.nextInt(atoms.length)]);
        return sb.toString();
    }
}
