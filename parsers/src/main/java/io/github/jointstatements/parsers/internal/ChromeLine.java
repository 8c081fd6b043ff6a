package io.github.jointstatements.parsers.internal;

/**
 * One line as {@link PageChrome#isChrome}'s tests read it: collapsed, in lower case read in
 * place ({@link LowerCased}), with what the tests count gathered in one pass over its
 * characters: its words, whether it has a letter or digit, its ASCII digits, the ASCII
 * characters of its lower case and the pairs of characters around its spaces. Most tests are
 * answered from these counts, without reading the line again or copying it to lower case.
 *
 * <p>The pass reads the line's own characters, not their lower case: lower-casing neither makes
 * nor removes a space, an invisible character, a letter or digit or an ASCII digit, and lower-
 * cases an ASCII character to one of the same {@link #bit}; {@code PageChromeOnePassTest} checks
 * this for every character.
 *
 * <p>Not thread-safe (the lower case is copied on demand); one is made per line and dropped.
 */
final class ChromeLine {

    /** An ASCII digit's bit in {@link #ASCII_KINDS}: it is 1, to be added to a count. */
    private static final int DIGIT = 1;
    private static final int LETTER_OR_DIGIT = 2;
    /** White space other than a space: a tab, a line break. */
    private static final int BREAK = 4;

    /** The kind bits of each ASCII character. */
    private static final byte[] ASCII_KINDS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KINDS[c] = (byte) ((c >= '0' && c <= '9' ? DIGIT : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                    | (c != ' ' && Lines.isSpace(c) ? BREAK : 0));
        }
    }

    /** The line, collapsed. */
    final String text;

    /** The words of the line, as {@link Lines#wordsOfCollapsed} counts them. */
    final int words;

    /** Whether a character of the line is a letter or a digit. */
    final boolean hasLetterOrDigit;

    /** The ASCII digits of the line. */
    final int asciiDigits;

    /**
     * The {@link #bit}s of the ASCII characters of the line in lower case: a text with a
     * character whose bit is clear is not in the line.
     */
    final long asciiBits;

    /**
     * The {@link #joinBit}s of the pairs of characters around each space of the line in lower
     * case (the last of a word and the first of the next): a text with a pair whose bit is clear
     * is not in the line. All bits when the line is not read in place.
     */
    final long joinBits;

    /** The line in lower case. */
    final LowerCased lower;

    private ChromeLine(String text, int words, boolean hasLetterOrDigit, int asciiDigits,
            long asciiBits, long joinBits, LowerCased lower) {
        this.text = text;
        this.words = words;
        this.hasLetterOrDigit = hasLetterOrDigit;
        this.asciiDigits = asciiDigits;
        this.asciiBits = asciiBits;
        this.joinBits = joinBits;
        this.lower = lower;
    }

    /**
     * Returns the bit of an ASCII character in {@link #asciiBits}: bit {@code (c | 0x20) & 63}
     * (a long is shifted by the six low bits of the count), the same for a letter in either case.
     */
    static long bit(char c) {
        return 1L << (c | 0x20);
    }

    /** Returns the {@link #bit}s of a text's ASCII characters. */
    static long bits(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '\u0080') {
                bits |= bit(text.charAt(i));
            }
        }
        return bits;
    }

    /**
     * Returns the bit of the characters before and after a space in {@link #joinBits}: a hash of
     * their {@link #fold}s, the same for a character as for its lower case.
     */
    static long joinBit(char before, char after) {
        return 1L << ((fold(before) * 131 + fold(after)) * 0x9E3779B9 >>> 26);
    }

    /**
     * An ASCII character with its letters in lower case ({@link #bit}'s folding), the Kelvin sign
     * as the k it lower-cases to, any other character as 0: what a character and its lower case
     * (read in place) have in common.
     */
    private static int fold(char c) {
        return c < '\u0080' ? c | 0x20 : c == '\u212A' ? 'k' : 0;
    }

    /** Returns the {@link #joinBit}s of a text's spaces. */
    static long joinBits(String text) {
        long bits = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                bits |= joinBit(text.charAt(i - 1), text.charAt(i + 1));
            }
        }
        return bits;
    }

    /** Reads a line: in one pass when it comes collapsed, as most do, else collapsed first. */
    static ChromeLine read(String line) {
        ChromeLine read = readCollapsed(line);
        return read != null ? read : readCollapsed(Lines.collapse(line));
    }

    /** Reads a line in one pass, or returns null when {@link Lines#collapse} would change it. */
    private static ChromeLine readCollapsed(String text) {
        int length = text.length();
        int words = 0;
        boolean letterOrDigit = false;
        int digits = 0;
        long bits = 0;
        long joins = 0;
        int asciiKinds = 0;
        boolean inPlace = true;
        boolean space = true; // at the start, a space is not allowed
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return null; // a space at the start or after another
                }
                space = true;
                bits |= bit(' ');
                if (i + 1 < length) {
                    joins |= joinBit(text.charAt(i - 1), text.charAt(i + 1));
                }
                continue;
            }
            if (space) {
                words++;
                space = false;
            }
            if (c < '\u0080') {
                // the bulk of a line: counted by a table of their kinds, without a branch
                int kind = ASCII_KINDS[c];
                asciiKinds |= kind;
                digits += kind & DIGIT;
                bits |= bit(c);
            } else {
                if (Lines.isSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                    return null; // white space other than a space, or an invisible character
                }
                letterOrDigit = letterOrDigit || Character.isLetterOrDigit(c);
                inPlace = inPlace && LowerCased.readsInPlace(c);
                if (c == '\u212A' || c == '\u0130') {
                    // the Kelvin sign lower-cases to a k; capital I with a dot, to an i and a dot
                    bits |= bit(Character.toLowerCase(c));
                }
            }
        }
        if (space && length > 0 || (asciiKinds & BREAK) != 0) {
            return null; // a space at the end, or a tab or a line break
        }
        letterOrDigit |= (asciiKinds & LETTER_OR_DIGIT) != 0;
        return inPlace
                ? new ChromeLine(text, words, letterOrDigit, digits, bits, joins,
                        LowerCased.inPlace(text))
                : new ChromeLine(text, words, letterOrDigit, digits, bits, -1L,
                        LowerCased.copied(text));
    }
}
