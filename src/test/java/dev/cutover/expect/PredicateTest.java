package dev.cutover.expect;

import static dev.cutover.expect.YamlText.predicate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.yaml.InputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredicateTest {

    private static Actual json(String text) {
        return Actual.json(Json.parse(text).orElseThrow());
    }

    private static List<String> test(String predicate, Actual actual) {
        return predicate(predicate).test("$.x", actual);
    }

    @Test
    void aScalarMeansEqualsAndNumbersCompareByValue() {
        assertEquals(List.of(), test("200", Actual.number(200)));
        assertEquals(List.of(), test("200", json("200.0")));
        assertEquals(List.of("$.x: expected 200, got \"200\""), test("200", json("\"200\"")));
        assertEquals(List.of("$.x: expected \"stop\", got \"length\""), test("stop", json("\"length\"")));
        assertEquals(List.of("$.x: expected \"stop\", was absent"), test("stop", Actual.ABSENT));
    }

    @Test
    void headerValuesCompareAsText() {
        assertEquals(List.of(), test("200", Actual.text("200")));
        assertEquals(List.of(), test("{gt: 0, type: integer}", Actual.text("30")));
        assertEquals(List.of("$.x: expected > 0, got \"soon\""), test("{gt: 0}", Actual.text("soon")));
    }

    @Test
    void nullIsAValueNotAbsence() {
        assertEquals(List.of(), test("null", json("null")));
        assertEquals(List.of(), test("{present: true, type: \"null\"}", json("null")));
        assertEquals(List.of("$.x: expected absent, got null"), test("{absent: true}", json("null")));
        assertEquals(List.of("$.x: expected present, was absent"), test("{present: true}", Actual.ABSENT));
    }

    @Test
    void everyWordPassesAndFailsWithAReadableMessage() {
        assertEquals(List.of(), test("{not_equals: stop}", Actual.ABSENT));
        assertEquals(List.of("$.x: expected not \"stop\", got \"stop\""), test("{not_equals: stop}", json("\"stop\"")));
        assertEquals(List.of(), test("{matches: 'chatcmpl-.*'}", json("\"chatcmpl-42\"")));
        assertEquals(List.of("$.x: expected to match /chat/, got \"chatcmpl-42\""), test("{matches: chat}", json("\"chatcmpl-42\"")));
        assertEquals(List.of(), test("{contains: mock}", json("\"Hello from the mock\"")));
        assertEquals(List.of(), test("{contains: 2}", json("[1, 2.0]")));
        assertEquals(List.of(), test("{contains: usage}", json("{\"usage\": null}")));
        assertEquals(List.of("$.x: expected to contain 3, got [1,2]"), test("{contains: 3}", json("[1,2]")));
        assertEquals(List.of(), test("{in: [stop, length]}", json("\"length\"")));
        assertEquals(List.of("$.x: expected one of [\"stop\",\"length\"], got \"tool_calls\""),
                test("{in: [stop, length]}", json("\"tool_calls\"")));
        assertEquals(List.of(), test("{type: integer}", json("3.0")));
        assertEquals(List.of("$.x: expected type integer, got 3.5"), test("{type: integer}", json("3.5")));
        assertEquals(List.of(), test("{size: 2}", json("[1, 2]")));
        assertEquals(List.of("$.x: expected size 3, got \"ab\""), test("{size: 3}", json("\"ab\"")));
        assertEquals(List.of(), test("{size: {gte: 1, lt: 3}}", json("{\"a\": 1}")));
        assertEquals(List.of("$.x: expected size >= 1, got []"), test("{size: {gte: 1}}", json("[]")));
        assertEquals(List.of("$.x: expected size 0, got 7"), test("{size: 0}", json("7")));
        assertEquals(List.of(), test("{gte: 1, lt: 2}", json("1")));
        assertEquals(List.of("$.x: expected < 2, got 2"), test("{gte: 1, lt: 2}", json("2")));
        assertEquals(List.of("$.x: expected <= 1.5, got 2"), test("{lte: 1.5}", json("2")));
    }

    @Test
    void matchesTheWholeValue() {
        assertEquals(1, test("{matches: '\\d+'}", json("\"12a\"")).size());
    }

    @Test
    void describesInTheUsersWords() {
        assertEquals("equals \"stop\"", predicate("stop").describe());
        assertEquals("gte 1 and matches /a.*/ and absent", predicate("{gte: 1, matches: 'a.*', present: false}").describe());
        assertEquals("type array and size >= 1", predicate("{type: array, size: {gte: 1}}").describe());
    }

    @Test
    void onlyEqualsIsSeenForTheProviderWord() {
        JsonNode provider = predicate("provider").onlyEquals().orElseThrow();
        assertEquals("provider", provider.textValue());
        assertTrue(predicate("{equals: provider, size: 3}").onlyEquals().isEmpty());
    }

    @Test
    void badOperandsFailWhenReadNamingLineAndField() {
        assertError("{gt: soon}", "x.yaml:1: p.gt: gt needs a number, found 'soon'");
        assertError("{matches: '(unclosed'}", "x.yaml:1: p.matches: regex '(unclosed' is not RE2 syntax (missing closing )); "
                + "cutover matches with RE2: no backreferences, lookahead or lookbehind");
        assertError("{in: stop}", "x.yaml:1: p.in: expected a list, found 'stop'");
        assertError("{type: text}", "x.yaml:1: p.type: 'text' is not one of string, number, integer, boolean, object, array, null");
        assertError("{size: -1}", "x.yaml:1: p.size: size cannot be negative");
        assertError("{size: {gte: lots}}", "x.yaml:1: p.size.gte: gte needs a number, found 'lots'");
        assertError("{present: yes please}", "x.yaml:1: p.present: expected true or false, found 'yes please'");
        assertError("[a, b]", "x.yaml:1: p: a list is not a predicate; write 'equals: [...]' to compare with a list");
        InputException e = assertThrows(InputException.class, () -> predicate("{bigger: 3}"));
        assertTrue(e.getMessage().startsWith("x.yaml:1: p.bigger: unknown key; allowed here: equals, not_equals, matches,"),
                e.getMessage());
    }

    /** RE2 matches in time linear in the text: the classic catastrophic pattern answers at once. */
    @Test
    void aCatastrophicPatternCannotHangAMatch() {
        String forty = "a".repeat(40);
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> test("{matches: '((a+)+)+!'}", Actual.text(forty)));
        assertEquals(List.of("$.x: expected to match /((a+)+)+!/, got \"" + forty + "\""), problems);
        assertEquals(List.of(), test("{matches: '((a+)+)+!'}", Actual.text(forty + "!")));
    }

    /** RE2/J has no size cap: nested repetitions would exhaust the heap while compiling, so their size is checked first. */
    @Test
    void aRegexThatWouldCompileToAHugeProgramIsRefused() {
        for (String regex : List.of("((a{100}){100}){100}", "(((a{1000}){1000}){1000})", "(x{50}|y{50}){100}")) {
            String m = assertThrows(InputException.class, () -> predicate("{matches: '" + regex + "'}")).getMessage();
            assertTrue(m.startsWith("x.yaml:1: p.matches: regex '" + regex + "' compiles to about "), m);
        }
        for (String regex : List.of("[a-z]{1,1000}", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", "(?s).*\\S.*", "[{}]{2}x{3,}")) {
            assertEquals(List.of(), test("{matches: '" + regex + "', not_equals: 1}", Actual.text("ignored")).stream()
                    .filter(p -> p.contains("compiles")).toList());
        }
        assertTrue(RegexSize.estimate("((a{100}){100}){100}") > 1_000_000);
        assertEquals(3, RegexSize.estimate("a(b)"));
    }

    /** What RE2 leaves out fails when the scenario is read, saying why. */
    @Test
    void backreferencesAndLookaroundAreRefusedWhenRead() {
        for (String regex : List.of("(a)\\\\1", "(?=a)a", "(?<=a)b", "a*+")) {
            String m = assertThrows(InputException.class, () -> predicate("{matches: \"" + regex + "\"}")).getMessage();
            assertTrue(m.startsWith("x.yaml:1: p.matches: regex '") && m.contains("is not RE2 syntax"), m);
        }
    }

    private static void assertError(String yaml, String message) {
        assertEquals(message, assertThrows(InputException.class, () -> predicate(yaml)).getMessage());
    }
}
