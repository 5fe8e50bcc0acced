package dev.cutover.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mock reads paths and markers by hand because it does so for every request; these are the regular expressions
 * they replaced, kept here as the specification, checked against the hand-written readers on listed cases and on
 * random strings built from the characters that matter.
 */
class ReadByHandTest {
    private static final Pattern MESSAGES = Pattern.compile("^(?:/[^:]*)?/v1/messages$|^/messages$");
    private static final Pattern GENERATE = Pattern.compile("^(?:/[^:]*)?/models/[^/]+:(?:stream)?[gG]enerateContent$");
    private static final Pattern TAG = Pattern.compile("\\[cutover:([A-Za-z0-9._-]{1,120})]");

    static Dialect byPattern(String path) {
        if (MESSAGES.matcher(path).matches()) return Dialect.ANTHROPIC;
        if (GENERATE.matcher(path).matches()) return Dialect.GEMINI;
        return Dialect.OPENAI;
    }

    @Test
    void dialectsAreReadAsThePatternsRead() {
        List<String> paths = new ArrayList<>(List.of("/messages", "/v1/messages", "/x/v1/messages", "x/v1/messages",
                "/a:b/v1/messages", "/v1/messages/", "/v1beta/models/gemini-2.0-flash:generateContent",
                "/models/m:streamGenerateContent", "/models/m:streamgenerateContent", "/models/m:GenerateContent",
                "/models/:generateContent", "/p/models/a:b:generateContent", "/p:q/models/m:generateContent",
                "models/m:generateContent", "/models/m/x:generateContent", "/x/models/y/models/m:generateContent",
                "/v1/chat/completions", "", "/", ":", "/models/m:generateContentX", "/gateway/v1/messages"));
        String[] atoms = {"/", ":", "v1", "/v1/messages", "messages", "/models/", "models", "m", "generateContent",
                "streamGenerateContent", "GenerateContent", "x", "stream"};
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) paths.add(randomOf(atoms, random));
        for (String p : paths) assertEquals(byPattern(p), Dialect.ofPath(p), p);
    }

    @Test
    void markersAreFoundAndStrippedAsThePatternDid() {
        List<String> texts = new ArrayList<>(List.of("Say hello [cutover:a.b-c_1]", "[cutover:]", "[cutover:a",
                "[cutover:[cutover:k]", "x [cutover:k1] y [cutover:k2] z", "[cutover:" + "a".repeat(120) + "]",
                "[cutover:" + "a".repeat(121) + "]", "[cutover:a b]", "  [cutover:k]  ", ""));
        String[] atoms = {"[cutover:", "]", "k", "a.b", "-", " ", "[", "x", "é", "[cutover:k]"};
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) texts.add(randomOf(atoms, random));
        for (String t : texts) {
            Matcher m = TAG.matcher(t);
            assertEquals(m.find() ? Optional.of(m.group(1)) : Optional.empty(), Marker.find(t), t);
            assertEquals(TAG.matcher(t).replaceAll("").trim(), Marker.strip(t), t);
        }
    }

    private static String randomOf(String[] atoms, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(1, 7);
        for (int j = 0; j < n; j++) sb.append(atoms[random.nextInt(atoms.length)]);
        return sb.toString();
    }
}
