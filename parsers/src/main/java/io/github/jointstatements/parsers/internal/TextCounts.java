package io.github.jointstatements.parsers.internal;

/**
 * The visible characters, words and commas of a text, as the content scoring counts them: a run
 * of white space ({@link Lines#isSpace}) counts as one character when it follows a visible one
 * and as none at the start; a word is a run of anything else; commas are the Latin, full-width,
 * ideographic and Arabic ones.
 *
 * <p>Counted in one pass, printable ASCII and its white space without a branch on which of them
 * a character is: a test per character mispredicted at every word's start and end, costlier than
 * the counting itself. Not thread-safe: one per walk, its fields read after each {@link #count}.
 */
final class TextCounts {

    /** Bit {@code c} set for each ASCII character below 64 that {@link Lines#isSpace} accepts. */
    private static final long ASCII_SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << 0x0B
            | 1L << '\f' | 1L << '\r' | 1L << 0x1C | 1L << 0x1D | 1L << 0x1E | 1L << 0x1F;

    int visible;
    int words;
    int commas;

    /** Counts a text, replacing the counts of the one before. */
    void count(String text) {
        int visible = 0;
        int words = 0;
        int commas = 0;
        int space = 1; // 1 after white space and at the start, else 0
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int isSpace;
            if (c < 0x80) {
                // (c - 64) >>> 31 is 1 below 64, where the mask's bits stand, else 0
                isSpace = (int) (ASCII_SPACES >>> c) & ((c - 64) >>> 31);
                commas += c == ',' ? 1 : 0;
            } else {
                isSpace = Lines.isSpace(c) ? 1 : 0;
                commas += c == '\uFF0C' || c == '\u3001' || c == '\u060C' ? 1 : 0;
            }
            visible += 1 - (isSpace & space); // a space after a space is not seen
            words += (isSpace ^ 1) & space; // a visible character after a space starts a word
            space = isSpace;
        }
        this.visible = visible;
        this.words = words;
        this.commas = commas;
    }
}
