package io.github.jointstatements.parsers.internal;

/**
 * One line as {@link PageChrome#isChrome}'s tests read it: collapsed, in lower case read in
 * place ({@link LowerCased}), with what the tests count gathered in one pass over its
 * characters: its words, whether it has a letter or digit, its ASCII digits and the ASCII
 * characters of its lower case. Most tests are answered from these counts, without reading the
 * line again or copying it to lower case.
 *
 * <p>The pass reads the line's own characters, not their lower case: lower-casing neither makes
 * nor removes a space, an invisible character, a letter or digit or an ASCII digit, and lower-
 * cases an ASCII character to one of the same {@link #bit}; {@code PageChromeOnePassTest} checks
 * this for every character.
 *
 * <p>Not thread-safe (the lower case is copied on demand); one is made per line and dropped.
 */
final class ChromeLine {

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

    /** The line in lower case. */
    final LowerCased lower;

    private ChromeLine(String text, int words, boolean hasLetterOrDigit, int asciiDigits,
            long asciiBits, LowerCased lower) {
        this.text = text;
        this.words = words;
        this.hasLetterOrDigit = hasLetterOrDigit;
        this.asciiDigits = asciiDigits;
        this.asciiBits = asciiBits;
        this.lower = lower;
    }

    /**
     * Returns the bit of an ASCII character in {@link #asciiBits}: the same for a letter in
     * either case, as for the character itself in {@code 1L << c} (Java shifts a long by the six
     * low bits of the count).
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
                continue;
            }
            if (space) {
                words++;
                space = false;
            }
            if (c < '\u0080') {
                bits |= bit(c);
                if (c <= '9') {
                    if (c >= '0') {
                        digits++;
                        letterOrDigit = true;
                    } else if (c < ' ' && Lines.isSpace(c)) {
                        return null; // a tab or a line break
                    }
                } else if (!letterOrDigit) {
                    char l = (char) (c | 0x20);
                    letterOrDigit = l >= 'a' && l <= 'z';
                }
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
        if (space && length > 0) {
            return null; // a space at the end
        }
        return new ChromeLine(text, words, letterOrDigit, digits, bits,
                inPlace ? LowerCased.inPlace(text) : LowerCased.copied(text));
    }
}
