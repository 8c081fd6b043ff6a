package io.github.jointstatements.parsers.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The character classes the tokenisers and the sentence splitter ask for, each answered by
 * one table lookup: the table of Latin-1 is built with the class, that of each other block of
 * 256 UTF-16 code units the first time a character of it turns up. Each answer is the one the
 * named {@link Character} method gives for the same {@code char} (a lone surrogate is none of
 * them).
 *
 * <p>Why not call {@link Character} directly: each of its methods dispatches on the
 * character's block to one of several {@code CharacterData} classes; in a hot loop the JIT
 * inlines every class it has seen so far and recompiles the whole loop when a new one turns
 * up (a curly quote after a page of ASCII). One array load is smaller, faster and never
 * recompiled. Thread-safe: a table, once published, never changes.
 */
final class Chars {

    /** {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}. */
    static final int SPACE = 1;
    /** {@link Character#isLetterOrDigit(char)}. */
    static final int LETTER_OR_DIGIT = 1 << 1;
    /** {@link Character#isLetter(char)}. */
    static final int LETTER = 1 << 2;
    /** {@link Character#isDigit(char)}. */
    static final int DIGIT = 1 << 3;
    /** {@link Character#isUpperCase(char)}. */
    static final int UPPER = 1 << 4;
    /** {@link Character#isLowerCase(char)}. */
    static final int LOWER = 1 << 5;
    /** {@link Character#isTitleCase(char)}. */
    static final int TITLE = 1 << 6;
    /** A non-spacing or combining spacing mark ({@link Character#getType(char)}). */
    static final int MARK = 1 << 7;

    private static final byte[] LATIN1 = block(0);
    /** The tables of the other blocks of 256 code units, filled the first time one is asked. */
    private static final AtomicReferenceArray<byte[]> BLOCKS = new AtomicReferenceArray<>(256);

    private Chars() {}

    /** Returns the classes of {@code c}: a bit set of this class's constants. */
    static int of(char c) {
        return c < 256 ? LATIN1[c] & 0xFF : other(c);
    }

    private static int other(char c) {
        byte[] block = BLOCKS.getAcquire(c >>> 8);
        if (block == null) {
            block = fill(c >>> 8);
        }
        return block[c & 0xFF] & 0xFF;
    }

    private static byte[] fill(int high) {
        byte[] block = block(high);
        BLOCKS.setRelease(high, block); // a racing thread fills an equal table: no harm
        return block;
    }

    private static byte[] block(int high) {
        byte[] block = new byte[256];
        for (int low = 0; low < 256; low++) {
            block[low] = (byte) compute((char) (high << 8 | low));
        }
        return block;
    }

    /** Whether {@code c} is white space or a space character (no-break spaces included). */
    static boolean isSpace(char c) {
        return (of(c) & SPACE) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return (of(c) & LETTER_OR_DIGIT) != 0;
    }

    /** {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return (of(c) & LETTER) != 0;
    }

    /** {@link Character#isDigit(char)}. */
    static boolean isDigit(char c) {
        return (of(c) & DIGIT) != 0;
    }

    /** {@link Character#isUpperCase(char)}. */
    static boolean isUpperCase(char c) {
        return (of(c) & UPPER) != 0;
    }

    /** {@link Character#isLowerCase(char)}. */
    static boolean isLowerCase(char c) {
        return (of(c) & LOWER) != 0;
    }

    /** {@link Character#isTitleCase(char)}. */
    static boolean isTitleCase(char c) {
        return (of(c) & TITLE) != 0;
    }

    /** Returns whether {@code text} has a letter and no lower-case one: "PEACE AND SECURITY". */
    static boolean inCapitals(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLowerCase(c)) {
                return false;
            }
            letter |= isLetter(c);
        }
        return letter;
    }

    /**
     * Returns {@code text.subSequence(start, end).toString().toLowerCase(Locale.ROOT)}, with
     * the right single quote (U+2019) also straightened to {@code '} when {@code
     * straightenQuote}; Latin-1 in one small loop, anything else through {@link
     * String#toLowerCase(Locale)}. Returns {@code text} itself when it is a string that
     * nothing changes, and copies the range only once when nothing changes it.
     */
    static String lowerCase(CharSequence text, int start, int end, boolean straightenQuote) {
        int k = start;
        while (k < end) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z' || c >= 0xC0) {
                break;
            }
            k++;
        }
        if (k == end) {
            return text instanceof String s && start == 0 && end == s.length()
                    ? s : text.subSequence(start, end).toString();
        }
        byte[] bytes = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 256) {
                bytes[i - start] = (byte) lowerLatin1(c);
            } else if (c == '\u2019' && straightenQuote) {
                bytes[i - start] = '\'';
            } else {
                return lowerCaseAny(text, start, end, straightenQuote);
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * Returns whether {@code text} contains {@code word}, a lower-case ASCII word, in any case:
     * the cheap test before a case-blind pattern that needs the word scans the text.
     */
    static boolean containsIgnoreCase(String text, String word) {
        char first = word.charAt(0);
        char upper = (char) (first - 'a' + 'A');
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The lower case of a Latin-1 letter: A-Z and À-Þ (but ×) have theirs 32 code points on. */
    private static int lowerLatin1(char c) {
        return c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 32 : c;
    }

    private static String lowerCaseAny(CharSequence text, int start, int end,
            boolean straightenQuote) {
        String lower = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        return straightenQuote ? lower.replace('\u2019', '\'') : lower;
    }

    /** The classes of {@code c}, asked of {@link Character}: only to fill the tables. */
    private static int compute(char c) {
        int flags = 0;
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            flags |= SPACE;
        }
        if (Character.isLetterOrDigit(c)) {
            flags |= LETTER_OR_DIGIT;
        }
        if (Character.isLetter(c)) {
            flags |= LETTER;
        }
        if (Character.isDigit(c)) {
            flags |= DIGIT;
        }
        if (Character.isUpperCase(c)) {
            flags |= UPPER;
        }
        if (Character.isLowerCase(c)) {
            flags |= LOWER;
        }
        if (Character.isTitleCase(c)) {
            flags |= TITLE;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            flags |= MARK;
        }
        return flags;
    }
}
