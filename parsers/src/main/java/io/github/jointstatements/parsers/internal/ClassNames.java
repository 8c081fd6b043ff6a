package io.github.jointstatements.parsers.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct class names of a page's elements, and which elements carry each: read off their
 * class attributes as {@link org.jsoup.nodes.Element#classNames()} splits them, but with no
 * string made per name. A name is kept as where it stands in the first attribute that holds it,
 * in an open-addressing table (linear probing, never more than half full) keyed by the hash of
 * the name with its ASCII letters in lower case, so that the names a case-insensitive selector
 * matches ("post-body", "Post-Body") stand in one run of slots. The elements that carry a name
 * are a chain of their numbers, as they were added. A template repeats the same few names on
 * hundreds of elements; a set of strings cost a substring and an entry per distinct name and a
 * hash of every attribute whole (measured in the commit that brought this table: half the bytes
 * the metadata walk allocated).
 *
 * <p>The page chooses the names, and so their hashes: names made to share one would make every
 * probe walk the same run of slots, quadratic in their number. A name whose probe finds no free
 * slot within {@link #MAX_PROBES} is kept as a string in a {@link HashSet} instead, whose buckets
 * of equal hashes become trees: such a page costs {@code n log n}, not {@code n²}; its elements
 * are not chained ({@link #elementsWith} answers {@code null}).
 *
 * <p>Not thread-safe while names are added; a page's metadata only asks it afterwards.
 */
final class ClassNames {

    /** The slots a name is looked for in before the overflow set: far past the probes of chance. */
    private static final int MAX_PROBES = 32;

    private static final int[] NO_ELEMENTS = new int[0];

    /** The first size of the table: room for 256 names, more than most pages have (90 to 300 in the corpus). */
    private static final int SLOTS = 512;

    /** The first room for links: a page's class attributes hold 250 to 3,300 names in the corpus. */
    private static final int LINKS = 1024;

    /** The attributes remembered with the slots of their names ({@link #recentAttributes}). */
    private static final int RECENT = 64;

    /** The attribute each kept name stands in; {@code null} for an empty slot. */
    private String[] sources = new String[SLOTS];
    private int[] starts = new int[SLOTS];
    private int[] lengths = new int[SLOTS];
    /** The name's hash, its ASCII letters read in lower case ({@link #lowerAscii}). */
    private int[] hashes = new int[SLOTS];
    /** Where the chain of the elements that carry the name starts and ends among the links. */
    private int[] firstLinks = new int[SLOTS];
    private int[] lastLinks = new int[SLOTS];
    /** The slots in use. */
    private int occupied;
    /** The chains of elements: a link's element, and the next link of its chain (-1: none). */
    private int[] linkElements = new int[LINKS];
    private int[] nextLinks = new int[LINKS];
    private int links;
    /** The names whose probe ran past {@link #MAX_PROBES} slots; {@code null} until one does. */
    private Set<String> overflow;
    /**
     * Whether a name held a character other than printable ASCII: a control character, which
     * jsoup's {@code hasClass} may read as white space, or one past ASCII, which may equal an
     * ASCII letter ignoring case ("ı" and "I"). Such names are kept, but not matched ignoring case.
     */
    private boolean beyondAscii;
    /**
     * The last attribute of each key ({@link #recentKey}) whose names were added, and their
     * slots: a page repeats the same class attribute on many elements (menu items, posts, list
     * entries), and a repeat then costs one comparison of strings, not a hash of each name and a
     * probe. Forgotten when the table grows, which moves the names to other slots.
     */
    private final String[] recentAttributes = new String[RECENT];
    private final int[][] recentSlots = new int[RECENT][];
    /** The slots of the names of the attribute being added; -1 for a name kept as a string. */
    private int[] slots = new int[16];

    /**
     * Adds the names of an element's class attribute, split on white space as jsoup splits them.
     *
     * @param element the element's number: elements are added in increasing order of numbers
     */
    void addAll(String attribute, int element) {
        int length = attribute.length();
        if (length == 0) {
            return;
        }
        int key = recentKey(attribute);
        if (attribute.equals(recentAttributes[key])) {
            for (int slot : recentSlots[key]) {
                if (slot >= 0) {
                    chain(slot, element);
                }
            }
            return;
        }
        int capacity = sources.length;
        int names = 0;
        int i = 0;
        while (i < length) {
            while (i < length && isClassSpace(attribute.charAt(i))) {
                i++;
            }
            int start = i;
            int hash = 0;
            for (; i < length; i++) {
                char c = attribute.charAt(i);
                if (c <= ' ' || c > '~') { // white space, or a character past printable ASCII
                    if (isClassSpace(c)) {
                        break;
                    }
                    beyondAscii = true;
                }
                hash = 31 * hash + lowerAscii(c); // as String.hashCode() of the lower-case name
            }
            if (i > start) {
                if (names == slots.length) {
                    slots = Arrays.copyOf(slots, names * 2);
                }
                slots[names++] = add(attribute, start, i - start, hash, element);
            }
        }
        if (sources.length == capacity) { // the slots found are where the names still stand
            recentAttributes[key] = attribute;
            recentSlots[key] = Arrays.copyOf(slots, names);
        }
    }

    /** Returns the key of an attribute among those remembered: its length and its ends. */
    private static int recentKey(String attribute) {
        int length = attribute.length();
        return (length * 961 + attribute.charAt(0) * 31 + attribute.charAt(length - 1))
                & (RECENT - 1);
    }

    /** Returns whether some element has the class {@code name} (compared exactly). */
    boolean contains(String name) {
        int hash = hash(name);
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

    /**
     * Returns the numbers of the elements whose class attribute holds {@code name}, ASCII case
     * ignored, in increasing order: the elements a jsoup class selector of the name may match.
     *
     * @return the numbers, or {@code null} when the table cannot tell: the name is not printable
     *     ASCII, or some name held a character that is not ({@link #beyondAscii}), or was kept
     *     as a string ({@link #overflow}); every element may then hold it
     */
    int[] elementsWith(String name) {
        if (beyondAscii || overflow != null || !isPrintableAscii(name)) {
            return null;
        }
        int hash = hash(name);
        int mask = sources.length - 1;
        int i = spread(hash) & mask;
        int[] found = NO_ELEMENTS;
        for (int probes = 0; probes < MAX_PROBES && sources[i] != null; probes++) {
            if (hashes[i] == hash && lengths[i] == name.length()
                    && sources[i].regionMatches(true, starts[i], name, 0, name.length())) {
                found = found.length == 0 ? chain(i) : union(found, chain(i));
            }
            i = (i + 1) & mask;
        }
        return found;
    }

    /** Returns the number of distinct names. */
    int size() {
        return occupied + (overflow == null ? 0 : overflow.size());
    }

    /**
     * Adds a name of an element and returns its slot, -1 for a name kept as a string. The slot
     * stays the name's until the table grows.
     */
    private int add(String source, int start, int length, int hash, int element) {
        int mask = sources.length - 1;
        int i = spread(hash) & mask;
        for (int probes = 0; probes < MAX_PROBES; probes++) {
            if (sources[i] == null) {
                // a name the table once had no room for may have one since it grew
                if (overflow == null || !overflow.contains(source.substring(start, start + length))) {
                    put(i, source, start, length, hash, element);
                    return i;
                }
                return -1;
            }
            if (hashes[i] == hash && lengths[i] == length
                    && sources[i].regionMatches(starts[i], source, start, length)) {
                chain(i, element);
                return i;
            }
            i = (i + 1) & mask;
        }
        overflow().add(source.substring(start, start + length));
        return -1;
    }

    /** Chains an element to the name of a slot, unless it is its last already ("a b a"). */
    private void chain(int slot, int element) {
        if (linkElements[lastLinks[slot]] != element) {
            int link = link(element);
            nextLinks[lastLinks[slot]] = link;
            lastLinks[slot] = link;
        }
    }

    private void put(int i, String source, int start, int length, int hash, int element) {
        sources[i] = source;
        starts[i] = start;
        lengths[i] = length;
        hashes[i] = hash;
        int link = link(element);
        firstLinks[i] = link;
        lastLinks[i] = link;
        occupied++;
        if (occupied * 2 > sources.length) {
            grow();
        }
    }

    /** Returns a new link of an element, at the end of no chain yet. */
    private int link(int element) {
        if (links == linkElements.length) {
            linkElements = Arrays.copyOf(linkElements, links * 2);
            nextLinks = Arrays.copyOf(nextLinks, links * 2);
        }
        linkElements[links] = element;
        nextLinks[links] = -1;
        return links++;
    }

    /** Returns the elements chained to a slot, in the order they were added. */
    private int[] chain(int slot) {
        int n = 0;
        for (int link = firstLinks[slot]; link >= 0; link = nextLinks[link]) {
            n++;
        }
        int[] elements = new int[n];
        n = 0;
        for (int link = firstLinks[slot]; link >= 0; link = nextLinks[link]) {
            elements[n++] = linkElements[link];
        }
        return elements;
    }

    /** Returns the union of two increasing sequences of numbers, increasing, each number once. */
    static int[] union(int[] a, int[] b) {
        int[] union = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            union[n++] = next;
        }
        return Arrays.copyOf(union, n);
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
        int[] oldFirstLinks = firstLinks;
        int[] oldLastLinks = lastLinks;
        int capacity = oldSources.length * 2;
        sources = new String[capacity];
        starts = new int[capacity];
        lengths = new int[capacity];
        hashes = new int[capacity];
        firstLinks = new int[capacity];
        lastLinks = new int[capacity];
        occupied = 0;
        Arrays.fill(recentAttributes, null); // their names' slots move
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
                    firstLinks[i] = oldFirstLinks[k];
                    lastLinks[i] = oldLastLinks[k];
                    occupied++;
                } else { // its run of slots full: kept as a string
                    overflow().add(oldSources[k].substring(oldStarts[k],
                            oldStarts[k] + oldLengths[k]));
                }
            }
        }
    }

    /** Returns the hash of a name as the table keys it: its ASCII letters in lower case. */
    private static int hash(String name) {
        int hash = 0;
        for (int i = 0; i < name.length(); i++) {
            hash = 31 * hash + lowerAscii(name.charAt(i));
        }
        return hash;
    }

    /** Returns an ASCII capital letter in lower case, any other character as it is. */
    private static int lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static boolean isPrintableAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * Scatters a hash over the slots, which its low bits pick: names that differ in their last
     * character ("item-1", "item-2" ...) have consecutive hashes, which would fill one run of
     * slots that every probe into it walks to its end.
     */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9; // the golden ratio's fraction of 2^32 (Fibonacci hashing)
        return h ^ (h >>> 16);
    }

    /** The white space of the regex {@code \s}, which {@link org.jsoup.nodes.Element#classNames()} splits on. */
    static boolean isClassSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
