package io.github.jointstatements.parsers.internal;

import java.util.Collection;

/**
 * A small set of words, looked up in place in a text ({@code text[start, end)}) without a copy:
 * each word sets one bit of a filter for its shape (its length, first and last character), so
 * that a word of the text whose shape no word of the set has, as most words of a line are, is
 * answered by one array read; the others are compared with the words as long. Case-sensitive,
 * or in lower case ({@link #containsLowerCase}).
 *
 * <p>Immutable and thread-safe.
 */
final class ShortWords {

    /** The filter's bits: 1,024, in longs. */
    private static final int SHAPE_BITS = 10;

    /** Element {@code n} holds the words of {@code n} characters. */
    private final String[][] byLength;

    /** A bit per shape of the words ({@link #shape}): a clear bit, no word of that shape. */
    private final long[] shapes = new long[(1 << SHAPE_BITS) / 64];

    ShortWords(Collection<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        byLength = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            byLength[n] = words.stream().filter(w -> w.length() == length && length > 0)
                    .distinct().toArray(String[]::new);
            for (String word : byLength[n]) {
                int shape = shape(length, word.charAt(0), word.charAt(length - 1));
                shapes[shape >>> 6] |= 1L << shape;
            }
        }
    }

    /** The filter's bit of a word's length, first and last character: a multiplicative hash. */
    private static int shape(int length, char first, char last) {
        int hash = (length * 31 + first) * 31 + last;
        return hash * 0x9E3779B9 >>> (32 - SHAPE_BITS);
    }

    private boolean mayHave(int length, char first, char last) {
        int shape = shape(length, first, last);
        return (shapes[shape >>> 6] & 1L << shape) != 0;
    }

    /** Returns whether {@code text[start, end)} is one of the words; an empty range is none. */
    boolean contains(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length >= byLength.length
                || !mayHave(length, text.charAt(start), text.charAt(end - 1))) {
            return false;
        }
        for (String word : byLength[length]) {
            if (matches(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether {@code text[start, end)} in lower case, each character lower-cased alone
     * ({@link Lines#lowerCase(char)}), is one of the words; an empty range is none.
     */
    boolean containsLowerCase(String text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length >= byLength.length || !mayHave(length,
                Lines.lowerCase(text.charAt(start)), Lines.lowerCase(text.charAt(end - 1)))) {
            return false;
        }
        for (String word : byLength[length]) {
            if (matchesLowerCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(CharSequence text, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(start + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesLowerCase(String text, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Lines.lowerCase(text.charAt(start + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
