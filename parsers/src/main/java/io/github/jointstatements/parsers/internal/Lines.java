package io.github.jointstatements.parsers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small text utilities shared by the page parsers. Thread-safe: no state. */
public final class Lines {

    private Lines() {}

    /**
     * Returns {@code text} with every kind of white space (non-breaking spaces, tabs, line
     * breaks, zero-width spaces) collapsed to single spaces, and stripped.
     */
    public static String collapse(CharSequence text) {
        // most text reaching here is collapsed already (it is collapsed again at each step):
        // answer it without a copy
        if (text instanceof String string && isCollapsed(string)) {
            return string;
        }
        return new Collapser(text.length()).append(text).toString();
    }

    /**
     * Builds collapsed text from characters appended one at a time: what it holds is always what
     * {@link #collapse} makes of everything appended so far, with no second pass over the text.
     * The characters are kept in one array, reused from text to text ({@link #take}): a
     * paragraph costs no growing copies, and a character outside Latin-1 no widening of what
     * was kept before it. Not thread-safe.
     */
    public static final class Collapser implements Appendable {
        private char[] out;
        private int length;
        private boolean space;

        /** Creates a collapser for about {@code capacity} characters. */
        public Collapser(int capacity) {
            this.out = new char[Math.max(16, capacity)];
        }

        private void ensure(int more) {
            if (length + more > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
            }
        }

        @Override
        public Collapser append(char c) {
            if (isSpace(c)) {
                space = length > 0;
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                // zero-width space, stray byte-order mark, soft hyphen: invisible, dropped
            } else {
                ensure(2);
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = c;
            }
            return this;
        }

        @Override
        public Collapser append(CharSequence text) {
            return append(text, 0, text.length());
        }

        @Override
        public Collapser append(CharSequence text, int start, int end) {
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                    // the white space between tags, a run of it at a time
                    i++;
                    while (i < end && isAsciiSpace(text.charAt(i))) {
                        i++;
                    }
                    space = length > 0;
                    continue;
                }
                if (!isVisible(c)) {
                    append(c); // other white space, or an invisible character
                    i++;
                    continue;
                }
                // a run of visible characters with single spaces between them, the bulk of
                // text in any script: copied at once, not a word or a character at a time (a
                // single space between two visible characters is what collapsing keeps of it)
                int run = i + 1;
                while (run < end) {
                    char r = text.charAt(run);
                    if (isPrintableAscii(r)) {
                        run++;
                    } else if (r == ' ') {
                        if (run + 1 < end && isVisible(text.charAt(run + 1))) {
                            run++;
                        } else {
                            break;
                        }
                    } else if (isVisible(r)) {
                        run++;
                    } else {
                        break;
                    }
                }
                ensure(run - i + 1);
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                if (text instanceof String string) {
                    string.getChars(i, run, out, length);
                    length += run - i;
                } else {
                    for (int k = i; k < run; k++) {
                        out[length++] = text.charAt(k);
                    }
                }
                i = run;
            }
            return this;
        }

        /** {@return the collapsed text} */
        @Override
        public String toString() {
            return new String(out, 0, length);
        }

        /** Returns the collapsed text and empties the collapser for the next text. */
        public String take() {
            String text = toString();
            length = 0;
            space = false;
            return text;
        }

        /** {@return whether nothing but white space or invisible characters was appended} */
        public boolean isEmpty() {
            return length == 0;
        }
    }

    /**
     * Returns whether {@link #collapse} would return {@code text} unchanged: no white space at
     * either end, none but single spaces inside, nothing invisible.
     */
    private static boolean isCollapsed(String text) {
        int length = text.length();
        boolean space = true; // at the start, a space is not allowed
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < '\u0080') {
                space = false; // the bulk of text: printable ASCII
            } else if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (isSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                return false;
            } else {
                space = false;
            }
        }
        return !space || length == 0;
    }

    /**
     * Returns the number of words of a text {@link #collapse} returned: its spaces and one
     * (as {@link Titles#words} counts them, without testing each character for white space).
     */
    public static int wordsOfCollapsed(String collapsed) {
        if (collapsed.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < collapsed.length(); i++) {
            if (collapsed.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /**
     * Returns the number of words of {@code text} when {@link #collapse} would return it
     * unchanged, or -1 when it would not: the test and the count in one pass.
     */
    public static int wordsIfCollapsed(String text) {
        int length = text.length();
        int words = 0;
        boolean space = true; // at the start, a space is not allowed
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return -1;
                }
                space = true;
            } else if (!isPrintableAscii(c)
                    && (isSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u00AD')) {
                return -1;
            } else {
                if (space) {
                    words++;
                }
                space = false;
            }
        }
        return space && length > 0 ? -1 : words;
    }

    /**
     * Returns the number of words {@link #collapse} would leave of {@code text} (runs of visible
     * characters between white space), counting no further than {@code limit}: a long paragraph
     * is answered from its start, without a pass over all of it.
     */
    public static int words(CharSequence text, int limit) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                in = false;
            } else if (!in && c != '\u200B' && c != '\uFEFF' && c != '\u00AD') {
                in = true;
                if (++words >= limit) {
                    return words;
                }
            }
        }
        return words;
    }

    /**
     * Returns where the first character {@link #collapse} keeps of {@code text} stands (neither
     * white space nor invisible), or -1 when it keeps none.
     */
    public static int firstVisible(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isVisible(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Returns where the last character {@link #collapse} keeps of {@code text} stands, or -1. */
    public static int lastVisible(CharSequence text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (isVisible(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isVisible(char c) {
        return isPrintableAscii(c)
                || !isSpace(c) && c != '\u200B' && c != '\uFEFF' && c != '\u00AD';
    }

    /** The white space of ASCII, as {@link Character#isWhitespace} has it. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }

    /**
     * Returns whether {@code text} has more than {@code limit} characters that are neither white
     * space nor invisible, so that {@link #collapse} would return more than {@code limit}
     * characters; counts no further than that, so that a long paragraph is answered at once.
     */
    public static boolean hasMoreVisible(CharSequence text, int limit) {
        if (text.length() <= limit) {
            return false;
        }
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isVisible(text.charAt(i)) && ++visible > limit) {
                return true;
            }
        }
        return false;
    }

    /** Printable ASCII: neither white space nor invisible, kept as it is. */
    private static boolean isPrintableAscii(char c) {
        return c > ' ' && c < '\u0080';
    }

    /** Returns whether {@code c} is white space of any kind, the non-breaking ones included. */
    public static boolean isSpace(char c) {
        // what Character.isWhitespace says, and the non-breaking spaces U+00A0, U+2007 and
        // U+202F, by ranges: no look-up in the character tables
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }
        if (c < '\u1680') {
            return c == '\u00A0'; // printable ASCII, the bulk of text, Latin, Cyrillic, Arabic
        }
        if (c >= '\u3000') {
            return c == '\u3000'; // Chinese, Japanese, Korean
        }
        return c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u1680';
    }

    /** Returns the key a line is compared by: collapsed, lower-case. */
    public static String key(String line) {
        return lowerCase(collapse(line));
    }

    /**
     * Returns {@code text.toLowerCase(Locale.ROOT)}, the same characters, found faster in other
     * scripts: ASCII, the Cyrillic and Greek alphabets and the scripts without case (Chinese,
     * Japanese, Korean, Arabic, Hebrew) by ranges, other characters by the character tables as
     * the JDK reads them. A text with a character that lower-cases by its context or into two
     * (capital sigma, capital I with a dot) or with a surrogate pair is left to the JDK.
     */
    public static String lowerCase(String text) {
        int length = text.length();
        int wide = 0;
        while (wide < length && text.charAt(wide) <= '\u00FF') {
            wide++;
        }
        if (wide == length) {
            return text.toLowerCase(Locale.ROOT); // Latin-1: the JDK's own path is the fastest
        }
        // lower-cased in a copy of the characters, read and written without a bounds check
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char l;
            if (c < '\u0080') {
                l = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
            } else if (needsJdk(c)) {
                return text.toLowerCase(Locale.ROOT);
            } else {
                l = lowerNonAscii(c);
            }
            changed |= l != c;
            chars[i] = l;
        }
        return changed ? new String(chars) : text;
    }

    /**
     * Returns {@link Character#toLowerCase(char)} of a character, found by ranges in ASCII, the
     * Cyrillic and Greek alphabets and the scripts without case.
     */
    public static char lowerCase(char c) {
        if (c < '\u0080') {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return lowerNonAscii(c);
    }

    /** The characters {@link String#toLowerCase} reads by their context, or as two. */
    private static boolean needsJdk(char c) {
        return c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c);
    }

    /**
     * What {@link Character#toLowerCase(char)} makes of a character above ASCII (capital sigma
     * and I with a dot included: it is {@link String#toLowerCase} that reads those otherwise).
     */
    private static char lowerNonAscii(char c) {
        if (c >= '\u0410' && c <= '\u042F' || c >= '\u0391' && c <= '\u03AB' && c != '\u03A2') {
            return (char) (c + 0x20); // А to Я, Α to Ϋ
        }
        if (c >= '\u0430' && c <= '\u045F' || c >= '\u03AC' && c <= '\u03CE'
                || c >= '\u0590' && c <= '\u06FF' || c >= '\u3000' && c <= '\u9FFF'
                || c >= '\uAC00' && c <= '\uD7A3' || c >= '\u2000' && c <= '\u206F') {
            // small Cyrillic and Greek letters; Hebrew, Arabic, CJK, Hangul, and the general
            // punctuation of any text (curly quotes, dashes): no case
            return c;
        }
        if (c >= '\u0400' && c <= '\u040F') {
            return (char) (c + 0x50); // Ѐ to Џ
        }
        return Character.toLowerCase(c);
    }

    /** Splits text into lines on {@code \n}, {@code \r\n} or {@code \r}. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Returns whether a line ends a sentence: with . ! ? or such a mark inside quotes. */
    public static boolean endsSentence(String line) {
        String s = line.stripTrailing();
        if (s.isEmpty()) {
            return false;
        }
        int i = s.length() - 1;
        while (i > 0 && "\"'”’)]".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return ".!?:;".indexOf(s.charAt(i)) >= 0;
    }
}
