package dev.cutover.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void starsQuestionMarksAndLiterals() {
        assertTrue(Glob.matches("errors-429-*", "errors-429-retry-after"));
        assertTrue(Glob.matches("*", ""));
        assertTrue(Glob.matches("*-stream-*", "chat-stream-usage"));
        assertTrue(Glob.matches("stream[*].$.id", "stream[*].$.id"));
        assertTrue(Glob.matches("stream[*].$.*", "stream[3].$.choices[0].delta"));
        assertFalse(Glob.matches("errors-429-*", "errors-500"));
        assertFalse(Glob.matches("a*b", "ab-c"));
        assertFalse(Glob.matches("gpt-?", "gpt-4"));
        assertTrue(Glob.matchesWithAnyChar("gpt-?o*", "gpt-4o-mini"));
        assertFalse(Glob.matchesWithAnyChar("o?", "o"));
        assertTrue(Glob.matches("a.b+c(d)", "a.b+c(d)"), "regex characters are themselves");
        assertFalse(Glob.matches("a.c", "abc"));
    }

    /** As regexes, these backtracked for ever (a star held down in a --scenario, a waiver against a long path). */
    @Test
    void manyStarsEndAtOnce() {
        String stars = "*".repeat(40) + "x";
        String alternating = "*a".repeat(40) + "!";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertFalse(Glob.matches(stars, "stream-no-usage-chunk-unless-asked-".repeat(3)));
            assertFalse(Glob.matches(alternating, "a".repeat(10_000)));
            assertEquals(true, Glob.matches(stars.substring(0, 40) + "d", "asked"));
        });
    }
}
