package io.github.jointstatements.parsers.pages;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the common shape of a Markdown archive's front matter without a YAML parser: a mapping of
 * plain keys to scalars, plain, single-quoted or double-quoted, each possibly folded over
 * indented lines ({@code title: "... the\n  \\ Senator"}). It answers only where it is sure to
 * read what a YAML parser reads; anything else (comments, blank lines inside a value, nested
 * blocks, tabs, rare escapes, plain values that YAML could read as numbers, booleans or null)
 * makes it decline, and the caller reads the block with a YAML parser.
 *
 * <p>Thread-safe: no state.
 */
final class FrontMatter {

    /**
     * Characters that may not start a plain scalar, or that make its reading less than sure (the
     * YAML parser fails on {@code .inf}).
     */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`\\.";

    /** Plain words YAML may read as a boolean, null or a number's name. */
    private static final Set<String> RESOLVED_WORDS = Set.of("true", "false", "yes", "no", "on",
            "off", "y", "n", "null", "nan", "inf", "infinity");

    private FrontMatter() {}

    /**
     * Returns the values of the given keys as a YAML parser reads them (a key absent from the
     * block is absent from the map), or empty when the block is not in the simple shape this
     * reader is sure of.
     *
     * @param yaml the front matter block, its lines joined by {@code \n}, without its fences
     * @param keys the keys whose values are wanted
     */
    static Optional<Map<String, String>> read(String yaml, Set<String> keys) {
        Map<String, String> values = new HashMap<>();
        if (yaml.isEmpty()) {
            return Optional.of(values);
        }
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            // controls, tabs, YAML's other line breaks, lone surrogates, byte-order marks
            if (c < ' ' && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c) || c == '\uFEFF' || c >= '\uFFFE') {
                return Optional.empty();
            }
        }
        String[] lines = yaml.split("\n", -1);
        Set<String> seen = new HashSet<>();
        int line = 0;
        while (line < lines.length) {
            String text = lines[line];
            int colon = keyEnd(text);
            if (colon < 0) {
                return Optional.empty();
            }
            String key = text.substring(0, colon);
            if (!seen.add(key)) {
                return Optional.empty();
            }
            int start = colon + 1;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start == text.length()) {
                return Optional.empty(); // a null value or a nested block
            }
            int last = line + 1; // the lines of the value: [line, last)
            while (last < lines.length && !lines[last].isEmpty() && lines[last].charAt(0) == ' ') {
                last++;
            }
            Scalar value = scalar(lines, line, start, last);
            if (value == null) {
                return Optional.empty();
            }
            if (keys.contains(key)) {
                if (value.plain && !surelyText(value.text)) {
                    return Optional.empty();
                }
                values.put(key, value.text);
            }
            line = last;
        }
        return Optional.of(values);
    }

    /** A scalar's text, and whether it was written plain (YAML may then read it otherwise). */
    private record Scalar(String text, boolean plain) {}

    /** Returns where a line's key ends (at its colon), or -1 if it does not open with a plain key. */
    private static int keyEnd(String line) {
        if (line.isEmpty() || !isKeyStart(line.charAt(0))) {
            return -1;
        }
        int i = 1;
        while (i < line.length() && isKeyPart(line.charAt(i))) {
            i++;
        }
        if (i < line.length() && line.charAt(i) == ':'
                && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
            return i;
        }
        return -1;
    }

    private static boolean isKeyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || c >= '0' && c <= '9' || c == '-';
    }

    /** Reads the scalar that starts at {@code lines[first]} index {@code start}; null if unsure. */
    private static Scalar scalar(String[] lines, int first, int start, int last) {
        char open = lines[first].charAt(start);
        if (open == '"' || open == '\'') {
            return quoted(lines, first, start, last, open);
        }
        if (INDICATORS.indexOf(open) >= 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int l = first; l < last; l++) {
            String text = l == first ? lines[l].substring(start) : withoutLeadingSpaces(lines[l]);
            if (text.isEmpty() || text.endsWith(":") || text.contains(": ") || text.contains(" #")
                    || l > first && INDICATORS.indexOf(text.charAt(0)) >= 0
                    || hasFlowIndicator(text)) {
                return null;
            }
            if (l > first) {
                out.append(' ');
            }
            out.append(stripTrailingSpaces(text));
        }
        return new Scalar(out.toString(), true);
    }

    private static boolean hasFlowIndicator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == ']' || c == '{' || c == '}') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a quoted scalar as YAML folds it: a line break between lines becomes a space (the
     * white space around it dropped), a break escaped with a backslash nothing.
     */
    private static Scalar quoted(String[] lines, int first, int start, int last, char quote) {
        StringBuilder out = new StringBuilder();
        int l = first;
        int i = start + 1;
        while (true) {
            String text = lines[l];
            // the white space that ends a line is dropped with the break
            int end = text.length();
            while (end > i && text.charAt(end - 1) == ' ') {
                end--;
            }
            boolean closed = false;
            boolean escapedBreak = false;
            while (i < end) {
                char c = text.charAt(i);
                if (c == quote) {
                    if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        out.append('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\\' && quote == '"') {
                    if (i + 1 == text.length()) {
                        escapedBreak = true; // the line break is escaped: the lines join
                        i++;
                        break;
                    }
                    int used = escape(text, i + 1, out);
                    if (used < 0) {
                        return null;
                    }
                    i += 1 + used;
                    continue;
                }
                out.append(c);
                i++;
            }
            if (closed) {
                // nothing but spaces may follow the closing quote
                for (int k = i + 1; k < text.length(); k++) {
                    if (text.charAt(k) != ' ') {
                        return null;
                    }
                }
                return l + 1 == last ? new Scalar(out.toString(), false) : null;
            }
            if (!escapedBreak && i < text.length() && text.charAt(i) == '\\') {
                return null; // a backslash before spaces that end the line: unsure
            }
            l++;
            if (l >= last) {
                return null; // never closed
            }
            String next = lines[l];
            int from = 0;
            while (from < next.length() && next.charAt(from) == ' ') {
                from++;
            }
            if (from == next.length()) {
                return null; // a blank line inside the value keeps a line break: unsure
            }
            if (!escapedBreak) {
                out.append(' ');
            }
            i = from;
        }
    }

    /**
     * Appends the character a double-quoted escape stands for and returns how many characters
     * after the backslash it used, or -1 for an escape this reader does not take.
     */
    private static int escape(String text, int at, StringBuilder out) {
        char e = text.charAt(at);
        switch (e) {
            case '\\', '"', ' ' -> out.append(e);
            case '_' -> out.append('\u00A0');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'N' -> out.append('\u0085');
            case 'L' -> out.append('\u2028');
            case 'P' -> out.append('\u2029');
            case 'x', 'u' -> {
                int digits = e == 'x' ? 2 : 4;
                if (at + digits >= text.length()) {
                    return -1;
                }
                int value = 0;
                for (int k = 1; k <= digits; k++) {
                    int d = hexDigit(text.charAt(at + k));
                    if (d < 0) {
                        return -1;
                    }
                    value = value * 16 + d;
                }
                if (Character.isSurrogate((char) value) || value < ' ' || value >= 0x7F
                        && value <= 0x9F) {
                    return -1;
                }
                out.append((char) value);
                return 1 + digits;
            }
            default -> {
                return -1;
            }
        }
        return 1;
    }

    /** Whether a plain value is text to YAML: no number, boolean or null in any of its forms. */
    private static boolean surelyText(String value) {
        char c = value.charAt(0);
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return !RESOLVED_WORDS.contains(value.toLowerCase(Locale.ROOT));
        }
        // a date and time such as "2025-05-08 19:16:50-04:00": a space makes it no number
        return c >= '0' && c <= '9' && value.indexOf(' ') > 0;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
            return (c | 0x20) - 'a' + 10;
        }
        return -1;
    }

    /** YAML's white space is the space (tabs were declined): no other kind is stripped. */
    private static String withoutLeadingSpaces(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        return text.substring(start);
    }

    private static String stripTrailingSpaces(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }
}
