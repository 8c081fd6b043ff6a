package io.github.jointstatements.parsers.internal;

/**
 * A text in lower case, as {@link Lines#lowerCase(String)} returns it, read in place: each
 * character lower-cased as it is read ({@link Lines#lowerCase(char)}), without a copy. A text
 * with a character that lower-cases by its context or into two (capital sigma, capital I with a
 * dot) or with a surrogate pair is not lower-cased character by character: it is lower-cased
 * whole, once, and read from the copy. Either way, {@link #charAt} and {@link #length} are those
 * of {@code Lines.lowerCase(text)}, and {@link #toString} is that string.
 *
 * <p>Not thread-safe: the copy is made on first use of {@link #toString}.
 */
final class LowerCased implements CharSequence {

    /** The text; or, when it cannot be read in place, its lower-cased copy. */
    private final String read;
    private final boolean inPlace;
    private String string;

    private LowerCased(String read, boolean inPlace) {
        this.read = read;
        this.inPlace = inPlace;
    }

    /** Returns the lower case of {@code text}, read in place where that is exact. */
    static LowerCased of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!readsInPlace(text.charAt(i))) {
                return copied(text);
            }
        }
        return inPlace(text);
    }

    /**
     * Returns the lower case of a text whose every character {@link #readsInPlace}, which the
     * caller has checked.
     */
    static LowerCased inPlace(String text) {
        return new LowerCased(text, true);
    }

    /** Returns the lower case of a text, lower-cased whole into a copy at once. */
    static LowerCased copied(String text) {
        return new LowerCased(Lines.lowerCase(text), false);
    }

    /**
     * Returns whether a character of a text lower-cases alone as {@link Lines#lowerCase(char)}
     * has it, whatever stands around it: all but capital sigma, capital I with a dot and the
     * halves of surrogate pairs.
     */
    static boolean readsInPlace(char c) {
        return c < '\u0130' || c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c);
    }

    /** {@return whether the text is read in place, not from a lower-cased copy} */
    boolean isInPlace() {
        return inPlace;
    }

    @Override
    public int length() {
        return read.length();
    }

    @Override
    public char charAt(int index) {
        char c = read.charAt(index);
        return inPlace ? Lines.lowerCase(c) : c;
    }

    /** {@return whether the text starts with {@code prefix}} */
    boolean startsWith(String prefix) {
        return regionMatches(0, prefix);
    }

    /** {@return whether {@code other} stands in the text at {@code offset}} */
    boolean regionMatches(int offset, String other) {
        if (offset < 0 || offset + other.length() > read.length()) {
            return false;
        }
        for (int i = 0; i < other.length(); i++) {
            if (charAt(offset + i) != other.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the hash code of the lower-cased string, computed without a copy} */
    int stringHash() {
        if (!inPlace) {
            return read.hashCode();
        }
        int hash = 0;
        for (int i = 0; i < read.length(); i++) {
            hash = 31 * hash + Lines.lowerCase(read.charAt(i));
        }
        return hash;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    /** {@return the lower-cased text as a string, copied on first use} */
    @Override
    public String toString() {
        if (string == null) {
            string = inPlace ? Lines.lowerCase(read) : read;
        }
        return string;
    }
}
