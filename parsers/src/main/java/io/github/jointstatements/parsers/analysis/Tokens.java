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

    /** The one-character strings of ASCII, the keys of most punctuation tokens. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private final CharSequence text;
    private int size;
    private int[] starts;
    private int[] ends;
    private boolean[] words;
    private String[] keys;

    private Tokens(CharSequence text, int limit) {
        this.text = text;
        int capacity = Math.min(limit, Math.max(16, Math.min(text.length() / 4 + 1, 1 << 20)));
        starts = new int[capacity];
        ends = new int[capacity];
        words = new boolean[capacity];
        keys = new String[capacity];
    }

    /** Returns the tokens of {@code text}. */
    static Tokens of(CharSequence text) {
        return of(text, Integer.MAX_VALUE);
    }

    /**
     * Returns the first {@code limit} tokens of {@code text}, or all of them if it has fewer: the
     * tokens {@link #of(CharSequence)} gives, cut short, for a reader that needs only the first
     * few. A token never depends on the text after it ends.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    static Tokens of(CharSequence text, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit " + limit + " is not positive");
        }
        Tokens tokens = new Tokens(text, limit);
        int length = text.length();
        int i = 0;
        while (i < length && tokens.size < limit) {
            int width = wordWidth(text, i);
            if (width > 0) {
                int end = wordEnd(text, i + width);
                tokens.add(i, end, true, Chars.lowerCase(text, i, end, false));
                i = end;
            } else if (isSpace(text.charAt(i))) {
                i++;
            } else {
                width = Character.isSurrogate(text.charAt(i))
                        ? Character.charCount(Character.codePointAt(text, i)) : 1;
                tokens.add(i, i + width, false, punctuationKey(text, i, width));
                i += width;
            }
        }
        return tokens;
    }

    /** The index after the word whose characters go on at {@code from}. */
    private static int wordEnd(CharSequence text, int from) {
        int length = text.length();
        int i = from;
        while (i < length) {
            int width = wordWidth(text, i);
            if (width == 0) {
                break;
            }
            i += width;
        }
        return i;
    }

    /**
     * The number of UTF-16 code units of the word character at {@code i}: 1, or 2 for a
     * supplementary letter; 0 if the character there is no word character.
     */
    private static int wordWidth(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
            return supplementaryWordWidth(text, i);
        }
        return (Chars.of(c) & (Chars.LETTER_OR_DIGIT | Chars.MARK)) != 0 ? 1 : 0;
    }

    private static int supplementaryWordWidth(CharSequence text, int i) {
        int cp = Character.codePointAt(text, i);
        int type = Character.getType(cp);
        boolean word = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        return word ? Character.charCount(cp) : 0;
    }

    private void add(int start, int end, boolean word, String key) {
        if (size == starts.length) {
            grow();
        }
        starts[size] = start;
        ends[size] = end;
        words[size] = word;
        keys[size] = key;
        size++;
    }

    private void grow() {
        int capacity = size * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        words = Arrays.copyOf(words, capacity);
        keys = Arrays.copyOf(keys, capacity);
    }

    /** Whether {@code c} separates tokens: any white space, no-break spaces included. */
    static boolean isSpace(char c) {
        return Chars.isSpace(c) || c == '\u200B' || c == '\uFEFF';
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
                return c < ASCII.length ? ASCII[c] : text.subSequence(i, i + width).toString();
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
        if (!words[i]) {
            return false;
        }
        char c = text.charAt(starts[i]);
        return Character.isSurrogate(c)
                ? Character.isUpperCase(Character.codePointAt(text, starts[i]))
                : Chars.isUpperCase(c);
    }

    /** Returns whether token {@code i} is a word of capital letters only (and digits). */
    boolean isUpperCase(int i) {
        if (!words[i]) {
            return false;
        }
        boolean letter = false;
        for (int k = starts[i]; k < ends[i]; k++) {
            int classes = Chars.of(text.charAt(k));
            if ((classes & Chars.LOWER) != 0) {
                return false;
            }
            letter |= (classes & Chars.LETTER) != 0;
        }
        return letter;
    }

    /** Returns whether the text of token {@code i} is {@code value}, without copying it. */
    boolean textEquals(int i, String value) {
        int start = starts[i];
        int length = ends[i] - start;
        if (length != value.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text.charAt(start + k) != value.charAt(k)) {
                return false;
            }
        }
        return true;
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
