package io.github.jointstatements.parsers.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The distinct class names of a page's elements, read off their class attributes as
 * {@link org.jsoup.nodes.Element#classNames()} splits them, but with no string made per name:
 * a name is kept as where it stands in the first attribute that holds it, in an open-addressing
 * table (linear probing, never more than half full) keyed by the name's {@link String#hashCode()}.
 * A template repeats the same few names on hundreds of elements; a set of strings cost a
 * substring and an entry per distinct name and a hash of every attribute whole (measured in
 * the commit that brought this table: half the bytes the metadata walk allocated).
 *
 * <p>The page chooses the names, and so their hashes: names made to share one ("Aa", "BB",
 * "AaBB" ...) would make every probe walk the same run of slots, quadratic in their number. A
 * name whose probe finds no free slot within {@link #MAX_PROBES} is kept as a string in a
 * {@link HashSet} instead, whose buckets of equal hashes become trees: such a page costs
 * {@code n log n}, not {@code n²}.
 *
 * <p>Not thread-safe while names are added; a page's metadata only asks it afterwards.
 */
final class ClassNames {

    /** The slots a name is looked for in before the overflow set: far past the probes of chance. */
    private static final int MAX_PROBES = 32;

    /** The attribute each kept name stands in; {@code null} for an empty slot. */
    private String[] sources = new String[256];
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private int[] hashes = new int[256];
    /** The slots in use. */
    private int occupied;
    /** The names whose probe ran past {@link #MAX_PROBES} slots; {@code null} until one does. */
    private Set<String> overflow;

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
        int i = spread(hash) & mask;
        for (int probes = 0; probes < MAX_PROBES && sources[i] != null; probes++) {
            if (hashes[i] == hash && lengths[i] == name.length()
                    && sources[i].startsWith(name, starts[i])) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return overflow != null && overflow.contains(name);
    }

    /** Returns the number of distinct names. */
    int size() {
        return occupied + (overflow == null ? 0 : overflow.size());
    }

    private void add(String source, int start, int length, int hash) {
        int mask = sources.length - 1;
        int i = spread(hash) & mask;
        for (int probes = 0; probes < MAX_PROBES; probes++) {
            if (sources[i] == null) {
                // a name the table once had no room for may have one since it grew
                if (overflow == null || !overflow.contains(source.substring(start, start + length))) {
                    put(i, source, start, length, hash);
                }
                return;
            }
            if (hashes[i] == hash && lengths[i] == length
                    && sources[i].regionMatches(starts[i], source, start, length)) {
                return; // known
            }
            i = (i + 1) & mask;
        }
        overflow().add(source.substring(start, start + length));
    }

    private void put(int i, String source, int start, int length, int hash) {
        sources[i] = source;
        starts[i] = start;
        lengths[i] = length;
        hashes[i] = hash;
        occupied++;
        if (occupied * 2 > sources.length) {
            grow();
        }
    }

    private Set<String> overflow() {
        if (overflow == null) {
            overflow = new HashSet<>();
        }
        return overflow;
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
        occupied = 0;
        int mask = capacity - 1;
        for (int k = 0; k < oldSources.length; k++) {
            if (oldSources[k] != null) {
                int i = spread(oldHashes[k]) & mask;
                for (int probes = 1; sources[i] != null && probes < MAX_PROBES; probes++) {
                    i = (i + 1) & mask;
                }
                if (sources[i] == null) {
                    sources[i] = oldSources[k];
                    starts[i] = oldStarts[k];
                    lengths[i] = oldLengths[k];
                    hashes[i] = oldHashes[k];
                    occupied++;
                } else { // its run of slots full: kept as a string
                    overflow().add(oldSources[k].substring(oldStarts[k],
                            oldStarts[k] + oldLengths[k]));
                }
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
