package io.github.jointstatements.parsers.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which elements of a page carry each class name that the library asks pages about, read off
 * their class attributes as {@link org.jsoup.nodes.Element#classNames()} splits them, with no
 * string made per name. The names asked (those of the templates' selectors and of the parsers'
 * fit tests) are known before any page is read, from the code, not from pages: each is
 * registered once ({@link #ask}) when its template or parser class is set up, and a page's
 * index holds those names alone ({@link Asked}, the registered names as they stood when its
 * reading began). A name of a page is hashed, its ASCII letters read in lower case, and looked
 * up among the asked names' hashes; an asked hash's chain holds the elements whose class
 * attribute holds a name of that hash, each element once, in the order they were added, with
 * its attribute. A question about a name then reads the attributes of its chain: {@link
 * #contains} until one holds the name; {@link #elementsWith} leaves that to the caller, who tests
 * each element anyway. The names a case-insensitive selector matches ("post-body", "Post-Body")
 * share one chain. A question about a name that was not asked when the page was read is
 * answered by reading every class attribute of the page, which is kept in a list for that.
 *
 * <p>Indexing every name of a page instead (250 to 3,300 names a corpus page, in a table of
 * their hashes) cost about 11 µs a corpus page more in the metadata's walk: most of a page's
 * names are no template's. The table of asked names is the library's, not the page's: a page's
 * names cannot crowd it, and names of one hash share one chain, read at most once a question.
 *
 * <p>Not thread-safe while names are added; a page's metadata only asks it afterwards. The
 * registry of asked names is thread-safe: a page reads the table published last, which never
 * changes.
 */
final class ClassNames {

    private static final int[] NO_ELEMENTS = new int[0];

    /** The first room for links: the asked names are on a few hundred elements of a page at most. */
    private static final int LINKS = 64;

    /** The first room for a page's class attributes (one an element that has one). */
    private static final int ATTRIBUTES = 256;

    /** The attributes remembered with the asked slots of their names ({@link #recentAttributes}). */
    private static final int RECENT = 64;

    /** The asked names, each once, as registered: guarded by the class's lock. */
    private static final Set<String> ASKED_NAMES = new HashSet<>();

    /** The table of the asked names published last: a page's index reads this one. */
    private static volatile Asked asked = new Asked(Set.of());

    /**
     * The hashes of the asked names in an open-addressing table (linear probing, at most a
     * quarter full, so that the page's names, which mostly miss, end their probe soon).
     * Immutable.
     */
    static final class Asked {
        /** One more than a slot's hash's index in {@link #hashes}, 0 for an empty slot: the slot's number. */
        private final int[] slots;
        private final int[] hashes;
        private final int size;

        Asked(Collection<String> names) {
            int[] distinct = names.stream().filter(name -> !name.isEmpty())
                    .mapToInt(ClassNames::hash).distinct().toArray();
            int capacity = 64;
            while (capacity < distinct.length * 4) {
                capacity *= 2;
            }
            slots = new int[capacity];
            hashes = new int[distinct.length];
            for (int k = 0; k < distinct.length; k++) {
                int i = spread(distinct[k]) & (capacity - 1);
                while (slots[i] != 0) {
                    i = (i + 1) & (capacity - 1);
                }
                slots[i] = k + 1;
                hashes[k] = distinct[k];
            }
            size = distinct.length;
        }

        /** Returns the number of a hash among the asked names' ({@code 0} to size - 1), or -1. */
        int numberOf(int hash) {
            int mask = slots.length - 1;
            for (int i = spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
                if (hashes[slots[i] - 1] == hash) {
                    return slots[i] - 1;
                }
            }
            return -1;
        }

        /** Returns how many distinct hashes the asked names have. */
        int size() {
            return size;
        }
    }

    /**
     * Registers class names that the library asks pages about: every page read afterwards
     * indexes the elements that carry them. Called once per template and per parser class.
     */
    static void ask(Collection<String> names) {
        synchronized (ASKED_NAMES) {
            if (ASKED_NAMES.addAll(names)) {
                asked = new Asked(ASKED_NAMES);
            }
        }
    }

    /** The asked names this index holds. */
    private final Asked table;
    /** By asked name's number, one more than the first link of its chain (0: none), and the last link. */
    private final int[] firstLinks;
    private final int[] lastLinks;
    /** The chains: a link's element, its class attribute, and the next link of its chain (-1: none). */
    private int[] linkElements = new int[LINKS];
    private String[] linkAttributes = new String[LINKS];
    private int[] nextLinks = new int[LINKS];
    private int links;
    /** Every class attribute added, and its element: read whole for a name not asked. */
    private String[] attributes = new String[ATTRIBUTES];
    private int[] attributeElements = new int[ATTRIBUTES];
    private int attributeCount;
    /**
     * Whether a name held a character other than printable ASCII: a control character, which
     * jsoup's {@code hasClass} may read as white space, or one past ASCII, which may equal an
     * ASCII letter ignoring case ("ı" and "I"). Such names are kept, but not matched ignoring case.
     */
    private boolean beyondAscii;
    /** How many questions asked about a name not asked when the page was read: for the tests. */
    private int unaskedQuestions;
    /**
     * The last attribute of each key ({@link #recentKey}) whose names were added, and the asked
     * names' numbers among them: a page repeats the same class attribute on many elements (menu
     * items, posts, list entries), and a repeat then costs one comparison of strings, not a hash
     * of each name and a look-up.
     */
    private final String[] recentAttributes = new String[RECENT];
    /** The numbers of each remembered attribute's asked names, {@link #recentCounts} of them: reused. */
    private final int[][] recentNumbers = new int[RECENT][];
    private final int[] recentCounts = new int[RECENT];
    /** The numbers of the asked names of the attribute being added. */
    private int[] numbers = new int[16];

    /** Creates the index of a page read now: of the names asked so far. */
    ClassNames() {
        this(asked);
    }

    /** Creates the index of a page for the given asked names. */
    ClassNames(Asked table) {
        this.table = table;
        this.firstLinks = new int[table.size()];
        this.lastLinks = new int[table.size()];
    }

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
        if (attributeCount == attributes.length) {
            attributes = Arrays.copyOf(attributes, attributeCount * 2);
            attributeElements = Arrays.copyOf(attributeElements, attributeCount * 2);
        }
        attributes[attributeCount] = attribute;
        attributeElements[attributeCount++] = element;
        int key = recentKey(attribute);
        if (attribute.equals(recentAttributes[key])) {
            int[] remembered = recentNumbers[key];
            for (int k = 0, n = recentCounts[key]; k < n; k++) {
                chain(remembered[k], element, attribute);
            }
            return;
        }
        int found = 0;
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
                int number = table.numberOf(hash);
                if (number >= 0) {
                    if (found == numbers.length) {
                        numbers = Arrays.copyOf(numbers, found * 2);
                    }
                    numbers[found++] = number;
                    chain(number, element, attribute);
                }
            }
        }
        recentAttributes[key] = attribute;
        int[] remembered = recentNumbers[key];
        if (remembered == null || remembered.length < found) {
            remembered = new int[Math.max(found, 4)];
            recentNumbers[key] = remembered;
        }
        System.arraycopy(numbers, 0, remembered, 0, found);
        recentCounts[key] = found;
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
        int number = table.numberOf(hash(name));
        if (number < 0) {
            unaskedQuestions++;
            for (int k = 0; k < attributeCount; k++) {
                if (holds(attributes[k], name, false)) {
                    return true;
                }
            }
            return false;
        }
        for (int link = firstLinks[number] - 1; link >= 0; link = nextLinks[link]) {
            if (holds(linkAttributes[link], name, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the numbers of the elements whose class attribute may hold {@code name}, ASCII case
     * ignored, in increasing order: every element that holds it, and maybe a few whose names
     * share its hash; the elements a jsoup class selector of the name may match.
     *
     * @return the numbers, or {@code null} when the index cannot tell: the name is not printable
     *     ASCII, or some name held a character that is not ({@link #beyondAscii}); every element
     *     may then hold it
     */
    int[] elementsWith(String name) {
        if (beyondAscii || !isPrintableAscii(name)) {
            return null;
        }
        if (name.isEmpty()) {
            return NO_ELEMENTS;
        }
        int number = table.numberOf(hash(name));
        if (number < 0) {
            // a name not asked when the page was read: its attributes read whole
            unaskedQuestions++;
            int[] found = new int[8];
            int n = 0;
            for (int k = 0; k < attributeCount; k++) {
                int element = attributeElements[k];
                if ((n == 0 || found[n - 1] != element) && holds(attributes[k], name, true)) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = element;
                }
            }
            return Arrays.copyOf(found, n);
        }
        return chain(number);
    }

    /** Returns how many questions were about names not asked when the page was read. */
    int unaskedQuestions() {
        return unaskedQuestions;
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

    /** Chains an element to an asked name's chain, unless it is its last already ("a b a"). */
    private void chain(int number, int element, String attribute) {
        int first = firstLinks[number];
        if (first == 0) {
            int link = link(element, attribute);
            firstLinks[number] = link + 1;
            lastLinks[number] = link;
            return;
        }
        int last = lastLinks[number];
        if (linkElements[last] != element) {
            int link = link(element, attribute);
            nextLinks[last] = link;
            lastLinks[number] = link;
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

    /** Returns the elements chained to an asked name, in the order they were added. */
    private int[] chain(int number) {
        int n = 0;
        for (int link = firstLinks[number] - 1; link >= 0; link = nextLinks[link]) {
            n++;
        }
        int[] elements = new int[n];
        n = 0;
        for (int link = firstLinks[number] - 1; link >= 0; link = nextLinks[link]) {
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
