package dev.cutover.yaml;

import java.math.BigInteger;
import java.util.Set;

/**
 * YAML 1.1 scalars as plain Java values. SnakeYAML tags {@code 0x1F}, {@code 12:30}, {@code .nan} and
 * a 30-digit number as numbers; each becomes a value or a refusal at its line, never a parse exception.
 */
final class Scalars {
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Scalars() {}

    /** YAML 1.1 reads yes/on as true: {@code Boolean.parseBoolean} would quietly make them false. */
    static Boolean bool(String text) {
        return TRUE.contains(text);
    }

    /** A whole number as a Long; a sexagesimal such as {@code 12:30} stays the text it looks like. */
    static Object integer(String text, YamlNode at) {
        String t = text.replace("_", "");
        if (t.contains(":")) return text;
        boolean negative = t.startsWith("-");
        String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        int radix = 10;
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        }
        BigInteger v;
        try {
            v = new BigInteger(digits, radix);
        } catch (NumberFormatException e) {
            throw at.error("'" + text + "' is not a number cutover can read");
        }
        if (negative) v = v.negate();
        if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
            throw at.error("'" + cut(text) + "' is too large a number (more than 64 bits)");
        }
        return v.longValue();
    }

    /** A finite double; NaN and infinity have no JSON spelling and no meaning as a limit. */
    static Object decimal(String text, YamlNode at) {
        String t = text.replace("_", "");
        if (t.toLowerCase().contains(".nan") || t.toLowerCase().contains(".inf")) {
            throw at.error("'" + text + "' (NaN or infinity) is not a number cutover can use; write a finite number");
        }
        if (t.contains(":")) return text;
        double d;
        try {
            d = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw at.error("'" + text + "' is not a number cutover can read");
        }
        if (!Double.isFinite(d)) throw at.error("'" + cut(text) + "' is too large a number");
        return d;
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
