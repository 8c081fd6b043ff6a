package io.github.jointstatements.parsers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which elements of a page carry each class name, read off their class attributes as
 * {@link org.jsoup.nodes.Element#classNames()} splits them, with no string made per name. The
 * names are kept by their hash alone, their ASCII letters read in lower case: a name's slot of
 * an open-addressing table (linear probing, never more than half full) chains the elements
 * whose class attribute holds a name of that hash, each element once, in the order they were
 * added, with its attribute. A question about a name then reads the attributes of its chain:
 * {@link #contains} until one holds the name; {@link #elementsWith} leaves that to the caller,
 * who tests each element anyway. The names a case-insensitive selector matches ("post-body",
 * "Post-Body") share one chain. A template repeats the same few names on hundreds of elements:
 * comparing each with the name its slot first held cost more than hashing it (measured in the
 * commit that made the table keep hashes alone), and a set of strings more again.
 *
 * <p>The page chooses the names, and so their hashes. Names of one hash share one chain, which
 * a question reads at most once; hashes made to fill one run of slots would make every probe
 * walk it, quadratic in their number: a name whose probe finds neither its hash nor a free slot
 * within {@link #MAX_PROBES} is not indexed, and its attribute is kept aside, read whole by
 * every question ({@link #elementsWith} answers {@code null}: any element may hold a name).
 *
 * <p>Not thread-safe while names are added; a page's metadata only asks it afterwards.
 */
final class ClassNames {

    /** The slots a hash is looked for in before its name is left out of the table. */
    private static final int MAX_PROBES = 32;

    private static final int[] NO_ELEMENTS = new int[0];

    /** The first number of slots: room for 256 hashes, more than most pages have (90 to 300 in the corpus). */
    private static final int SLOTS = 512;

    /** The first room for links: a page's class attributes hold 250 to 3,300 names in the corpus. */
    private static final int LINKS = 1024;

    /** The attributes remembered with the slots of their names ({@link #recentAttributes}). */
    private static final int RECENT = 64;

    /**
     * The slots, three ints each: the hash, one more than the first link of the chain (0 for an
     * empty slot), the last link of the chain.
     */
    private int[] table = new int[SLOTS * 3];
    private int occupied;
    /** The chains: a link's element, its class attribute, and the next link of its chain (-1: none). */
    private int[] linkElements = new int[LINKS];
    private String[] linkAttributes = new String[LINKS];
    private int[] nextLinks = new int[LINKS];
    private int links;
    /** The attributes of the names left out of the table; {@code null} until one is. */
    private List<String> unindexed;
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
     * probe. Forgotten when the table grows, which moves the hashes to other slots.
     */
    private final String[] recentAttributes = new String[RECENT];
    /** The slots of each remembered attribute's names, {@link #recentCounts} of them: reused. */
    private final int[][] recentSlots = new int[RECENT][];
    private final int[] recentCounts = new int[RECENT];
    /** The slots of the names of the attribute being added; -1 for a name left out. */
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
            int[] remembered = recentSlots[key];
            for (int k = 0, n = recentCounts[key]; k < n; k++) {
                int slot = remembered[k];
                if (slot >= 0) {
                    chain(slot, element, attribute);
                }
            }
            return;
        }
        int capacity = table.length;
        int names = 0;
        boolean keptAside = false;
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
                int slot = add(hash, element, attribute);
                slots[names++] = slot;
                if (slot < 0 && !keptAside) {
                    unindexed().add(attribute);
                    keptAside = true;
                }
            }
        }
        if (table.length == capacity && !keptAside) { // the slots found are still the names'
            recentAttributes[key] = attribute;
            int[] remembered = recentSlots[key];
            if (remembered == null || remembered.length < names) {
                remembered = new int[Math.max(names, 4)];
                recentSlots[key] = remembered;
            }
            System.arraycopy(slots, 0, remembered, 0, names);
            recentCounts[key] = names;
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
        if (name.isEmpty()) {
            return false;
        }
        int slot = find(hash(name));
        for (int link = slot < 0 ? -1 : table[slot * 3 + 1] - 1; link >= 0;
                link = nextLinks[link]) {
            if (holds(linkAttributes[link], name, false)) {
                return true;
            }
        }
        if (unindexed != null) {
            for (String attribute : unindexed) {
                if (holds(attribute, name, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns the numbers of the elements whose class attribute may hold {@code name}, ASCII case
     * ignored, in increasing order: every element that holds it, and maybe a few whose names
     * share its hash; the elements a jsoup class selector of the name may match.
     *
     * @return the numbers, or {@code null} when the table cannot tell: the name is not printable
     *     ASCII, or some name held a character that is not ({@link #beyondAscii}), or was left
     *     out of the table ({@link #unindexed}); every element may then hold it
     */
    int[] elementsWith(String name) {
        if (beyondAscii || unindexed != null || !isPrintableAscii(name)) {
            return null;
        }
        int slot = name.isEmpty() ? -1 : find(hash(name));
        return slot < 0 ? NO_ELEMENTS : chain(slot);
    }

    /**
     * Returns whether {@code name} is one of the names of a class attribute (split as jsoup
     * splits them), exactly or with ASCII case ignored. Read name by name: only a name of the
     * length asked for is compared.
     */
    static boolean holds(String attribute, String name, boolean ignoreAsciiCase) {
        int length = name.length();
        int end = attribute.length();
        int i = 0;
        while (i < end) {
            while (i < end && isClassSpace(attribute.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !isClassSpace(attribute.charAt(i))) {
                i++;
            }
            if (i - start == length && (ignoreAsciiCase
                    ? sameIgnoringAsciiCase(attribute, start, name)
                    : attribute.startsWith(name, start))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringAsciiCase(String text, int start, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (lowerAscii(text.charAt(start + k)) != lowerAscii(name.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the slot of a hash, or -1 when the table does not hold it. */
    private int find(int hash) {
        int slots = table.length / 3;
        int i = spread(hash) & (slots - 1);
        for (int probes = 0; probes < MAX_PROBES && table[i * 3 + 1] != 0; probes++) {
            if (table[i * 3] == hash) {
                return i;
            }
            i = (i + 1) & (slots - 1);
        }
        return -1;
    }

    /**
     * Adds a name's element to the slot of its hash and returns the slot, or -1 for a name left
     * out of the table. The slot stays the hash's until the table grows.
     */
    private int add(int hash, int element, String attribute) {
        int slots = table.length / 3;
        int i = spread(hash) & (slots - 1);
        for (int probes = 0; probes < MAX_PROBES; probes++) {
            int at = i * 3;
            if (table[at + 1] == 0) {
                int link = link(element, attribute);
                table[at] = hash;
                table[at + 1] = link + 1;
                table[at + 2] = link;
                occupied++;
                if (occupied * 2 > slots) {
                    grow();
                    return find(hash);
                }
                return i;
            }
            if (table[at] == hash) {
                chain(i, element, attribute);
                return i;
            }
            i = (i + 1) & (slots - 1);
        }
        return -1;
    }

    /** Chains an element to a slot, unless it is its last already ("a b a"). */
    private void chain(int slot, int element, String attribute) {
        int last = table[slot * 3 + 2];
        if (linkElements[last] != element) {
            int link = link(element, attribute);
            nextLinks[last] = link;
            table[slot * 3 + 2] = link;
        }
    }

    /** Returns a new link of an element, at the end of no chain yet. */
    private int link(int element, String attribute) {
        if (links == linkElements.length) {
            linkElements = Arrays.copyOf(linkElements, links * 2);
            linkAttributes = Arrays.copyOf(linkAttributes, links * 2);
            nextLinks = Arrays.copyOf(nextLinks, links * 2);
        }
        linkElements[links] = element;
        linkAttributes[links] = attribute;
        nextLinks[links] = -1;
        return links++;
    }

    /** Returns the elements chained to a slot, in the order they were added. */
    private int[] chain(int slot) {
        int n = 0;
        for (int link = table[slot * 3 + 1] - 1; link >= 0; link = nextLinks[link]) {
            n++;
        }
        int[] elements = new int[n];
        n = 0;
        for (int link = table[slot * 3 + 1] - 1; link >= 0; link = nextLinks[link]) {
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

    private List<String> unindexed() {
        if (unindexed == null) {
            unindexed = new ArrayList<>();
        }
        return unindexed;
    }

    /**
     * Doubles the slots and moves each hash to its slot there; a hash whose run of slots is full
     * there leaves the table, the attributes of its chain kept aside.
     */
    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        int slots = table.length / 3;
        occupied = 0;
        Arrays.fill(recentAttributes, null); // their names' slots move
        for (int k = 0; k < old.length; k += 3) {
            if (old[k + 1] != 0) {
                int i = spread(old[k]) & (slots - 1);
                for (int probes = 1; table[i * 3 + 1] != 0 && probes < MAX_PROBES; probes++) {
                    i = (i + 1) & (slots - 1);
                }
                if (table[i * 3 + 1] == 0) {
                    System.arraycopy(old, k, table, i * 3, 3);
                    occupied++;
                } else {
                    for (int link = old[k + 1] - 1; link >= 0; link = nextLinks[link]) {
                        unindexed().add(linkAttributes[link]);
                    }
                }
            }
        }
    }

    /** Returns the hash of a name as the table keys it: its ASCII letters in lower case. */
    static int hash(String name) {
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
    static int spread(int hash) {
        int h = hash * 0x9E3779B9; // the golden ratio's fraction of 2^32 (Fibonacci hashing)
        return h ^ (h >>> 16);
    }

    /** The white space of the regex {@code \s}, which {@link org.jsoup.nodes.Element#classNames()} splits on. */
    static boolean isClassSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
