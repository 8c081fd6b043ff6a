package io.github.jointstatements.parsers.internal;

import java.util.Collection;

/**
 * A small set of words, looked up in place in a text ({@code text[start, end)}) without a copy:
 * the words are grouped by length and marked by their first character, so that a word of the
 * text whose length and first character no word of the set has is answered by two array reads,
 * as most words of a line are. Case-sensitive.
 *
 * <p>Immutable and thread-safe.
 */
final class ShortWords {

    /** Element {@code n} holds the words of {@code n} characters. */
    private final String[][] byLength;

    /** Element {@code n} has bit {@code c & 63} set for each first character {@code c} of those words. */
    private final long[] firsts;

    ShortWords(Collection<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        byLength = new String[longest + 1][];
        firsts = new long[longest + 1];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            byLength[n] = words.stream().filter(w -> w.length() == length && length > 0)
                    .distinct().toArray(String[]::new);
            for (String word : byLength[n]) {
                firsts[n] |= bit(word.charAt(0));
            }
        }
    }

    private static long bit(char c) {
        return 1L << (c & 63);
    }

    /** Returns whether {@code text[start, end)} is one of the words; an empty range is none. */
    boolean contains(String text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length >= byLength.length) {
            return false;
        }
        char first = text.charAt(start);
        if ((firsts[length] & bit(first)) == 0) {
            return false;
        }
        for (String word : byLength[length]) {
            if (word.charAt(0) == first && text.regionMatches(start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
