package io.github.jointstatements.parsers.internal;

/**
 * The distinct class names of a page's elements, read off their class attributes as
 * {@link org.jsoup.nodes.Element#classNames()} splits them, but with no string made per name:
 * a name is kept as where it stands in the first attribute that holds it, in an open-addressing
 * table (linear probing, never more than half full) keyed by the name's hash. Every element's
 * attribute is read, name by name; a template repeats the same few names on hundreds of
 * elements, which a set of strings would have held as one substring and one entry each, after
 * hashing each attribute whole to skip those seen before.
 *
 * <p>Not thread-safe while names are added; a page's metadata only asks it afterwards.
 */
final class ClassNames {

    /** The attribute each kept name stands in; {@code null} for an empty slot. */
    private String[] sources = new String[256];
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private int[] hashes = new int[256];
    private int size;

    /** Adds the names of a class attribute, split on white space as jsoup splits them. */
    void addAll(String attribute) {
        int i = 0;
        int length = attribute.length();
        while (i < length) {
            while (i < length && isClassSpace(attribute.charAt(i))) {
                i++;
            }
            int start = i;
            int hash = 0;
            while (i < length && !isClassSpace(attribute.charAt(i))) {
                hash = 31 * hash + attribute.charAt(i); // as String.hashCode() of the name
                i++;
            }
            if (i > start) {
                add(attribute, start, i - start, hash);
            }
        }
    }

    /** Returns whether some element has the class {@code name} (compared exactly). */
    boolean contains(String name) {
        int hash = name.hashCode();
        int mask = sources.length - 1;
        for (int i = spread(hash) & mask; sources[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && lengths[i] == name.length()
                    && sources[i].startsWith(name, starts[i])) {
                return true;
            }
        }
        return false;
    }

    /** Returns the number of distinct names. */
    int size() {
        return size;
    }

    private void add(String source, int start, int length, int hash) {
        int mask = sources.length - 1;
        int i = spread(hash) & mask;
        for (; sources[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && lengths[i] == length
                    && sources[i].regionMatches(starts[i], source, start, length)) {
                return; // known
            }
        }
        sources[i] = source;
        starts[i] = start;
        lengths[i] = length;
        hashes[i] = hash;
        size++;
        if (size * 2 > sources.length) {
            grow();
        }
    }

    private void grow() {
        String[] oldSources = sources;
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        int[] oldHashes = hashes;
        int capacity = oldSources.length * 2;
        sources = new String[capacity];
        starts = new int[capacity];
        lengths = new int[capacity];
        hashes = new int[capacity];
        int mask = capacity - 1;
        for (int k = 0; k < oldSources.length; k++) {
            if (oldSources[k] != null) {
                int i = spread(oldHashes[k]) & mask;
                while (sources[i] != null) {
                    i = (i + 1) & mask;
                }
                sources[i] = oldSources[k];
                starts[i] = oldStarts[k];
                lengths[i] = oldLengths[k];
                hashes[i] = oldHashes[k];
            }
        }
    }

    /** Mixes a hash's high bits into the low ones, which pick the slot. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The white space of the regex {@code \s}, which {@link org.jsoup.nodes.Element#classNames()} splits on. */
    static boolean isClassSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
