package io.github.jointstatements.parsers.analysis;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into word and punctuation tokens, for the lookups of the lexicon: a word is a
 * maximal run of letters, digits and combining marks; every other character that is not white
 * space is a punctuation token of its own; white space (including no-break and other Unicode
 * spaces) separates tokens and is not one. Each token has a key: a word lower-cased
 * ({@link Locale#ROOT}), an apostrophe or a dash normalised to {@code '} or {@code -} (so
 * "States’" and "U.S.–Indonesia" tokenise like "States'" and "U.S.-Indonesia").
 *
 * <p>Built in one pass, linear in the text's length. Immutable after construction.
 */
final class Tokens {

    private final CharSequence text;
    private int size;
    private int[] starts;
    private int[] ends;
    private boolean[] words;
    private String[] keys;

    private Tokens(CharSequence text) {
        this.text = text;
        int capacity = Math.max(16, Math.min(text.length() / 4 + 1, 1 << 20));
        starts = new int[capacity];
        ends = new int[capacity];
        words = new boolean[capacity];
        keys = new String[capacity];
    }

    /** Returns the tokens of {@code text}. */
    static Tokens of(CharSequence text) {
        Tokens tokens = new Tokens(text);
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isWordChar(text, i)) {
                int start = i;
                i += Character.charCount(Character.codePointAt(text, i));
                while (i < length && isWordChar(text, i)) {
                    i += Character.charCount(Character.codePointAt(text, i));
                }
                tokens.add(start, i, true, lowerCase(text, start, i));
            } else if (isSpace(c)) {
                i++;
            } else {
                int width = Character.charCount(Character.codePointAt(text, i));
                tokens.add(i, i + width, false, punctuationKey(text, i, width));
                i += width;
            }
        }
        return tokens;
    }

    /** The lower-cased text of {@code [start, end)}; ASCII without a detour through Locale. */
    private static String lowerCase(CharSequence text, int start, int end) {
        char[] chars = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
            }
            chars[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(chars);
    }

    private void add(int start, int end, boolean word, String key) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            words = Arrays.copyOf(words, capacity);
            keys = Arrays.copyOf(keys, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        words[size] = word;
        keys[size] = key;
        size++;
    }

    static boolean isWordChar(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = Character.codePointAt(text, i);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether {@code c} separates tokens: any white space, no-break spaces included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
                || c == '\uFEFF';
    }

    private static String punctuationKey(CharSequence text, int i, int width) {
        char c = text.charAt(i);
        switch (c) {
            case '\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4':
                return "'";
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63',
                    '\uFF0D':
                return "-";
            default:
                return text.subSequence(i, i + width).toString();
        }
    }

    /** Returns the text the tokens were cut from. */
    CharSequence text() {
        return text;
    }

    /** Returns the number of tokens. */
    int size() {
        return size;
    }

    /** Returns the index of the first character of token {@code i}. */
    int start(int i) {
        return starts[i];
    }

    /** Returns the index after the last character of token {@code i}. */
    int end(int i) {
        return ends[i];
    }

    /** Returns whether token {@code i} is a word (else it is one punctuation character). */
    boolean isWord(int i) {
        return words[i];
    }

    /** Returns the key of token {@code i}: a lower-cased word or normalised punctuation. */
    String key(int i) {
        return keys[i];
    }

    /** Returns whether white space separates token {@code i} from the token before it. */
    boolean spaceBefore(int i) {
        return i > 0 && starts[i] > ends[i - 1];
    }

    /** Returns whether token {@code i} is a word that begins with a capital letter. */
    boolean isCapitalised(int i) {
        return words[i] && Character.isUpperCase(Character.codePointAt(text, starts[i]));
    }

    /** Returns whether token {@code i} is a word of capital letters only (and digits). */
    boolean isUpperCase(int i) {
        if (!words[i]) {
            return false;
        }
        boolean letter = false;
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Returns the text of token {@code i}. */
    String text(int i) {
        return text.subSequence(starts[i], ends[i]).toString();
    }

    /** Returns whether token {@code i} starts a web address: "http://", "https://", "www.". */
    boolean startsUrl(int i) {
        String key = keys[i];
        if ((key.equals("http") || key.equals("https")) && i + 2 < size) {
            return key(i + 1).equals(":") && key(i + 2).equals("/")
                    && !spaceBefore(i + 1);
        }
        return key.equals("www") && i + 1 < size && key(i + 1).equals(".")
                && !spaceBefore(i + 1);
    }

    /**
     * Returns the token after the web address that starts at token {@code i}: the first one
     * after white space or at a closing bracket or quote.
     */
    int urlEnd(int i) {
        int j = i + 1;
        while (j < size && !spaceBefore(j)) {
            String key = keys[j];
            if (key.equals(")") || key.equals("]") || key.equals(">") || key.equals("\"")) {
                break;
            }
            j++;
        }
        return j;
    }
}
