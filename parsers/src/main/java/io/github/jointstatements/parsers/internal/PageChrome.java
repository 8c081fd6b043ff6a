package io.github.jointstatements.parsers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the chrome that pages print around a statement, one line at a time, the same way on
 * every site: whole chrome lines (banners, share bars, comment footers, end marks), photo
 * captions, image file names, share bars of social networks, lines holding only a telephone
 * number; the labels of a press page's header ("Press release", "Release details", "Office of
 * the Press Secretary"); the lines that open a page's footer ("Related Posts", "Leave a Reply",
 * "2 comments:", "Media contact"); breadcrumbs, weather widgets, an e-mail bulletin's header.
 *
 * <p>Each test looks at one line once, with table look-ups and a scan of its characters: no
 * regular expression per line. The tables live in {@code pages/*.txt} and {@code *.tsv}.
 * Thread-safe: no state.
 */
public final class PageChrome {

    private static final String DIR = "/io/github/jointstatements/parsers/pages/";

    private static final Set<String> LINES =
            Set.copyOf(WordLists.load(PageChrome.class, DIR + "chrome-lines.txt"));
    private static final List<String> STARTS =
            WordLists.load(PageChrome.class, DIR + "chrome-starts.txt");
    /** The bits ({@link ChromeLine#bit}) of the first characters of {@link #STARTS}. */
    private static final long STARTS_FIRSTS = STARTS.stream()
            .mapToLong(start -> ChromeLine.bit(start.charAt(0))).reduce(0, (a, b) -> a | b);
    private static final List<String> PHRASES =
            WordLists.load(PageChrome.class, DIR + "chrome-phrases.txt");
    /** The length of the longest line of the chrome table: a longer line is not looked up. */
    private static final int LONGEST_LINE =
            LINES.stream().mapToInt(String::length).max().orElse(0);
    /** The lengths of the chrome table's lines: a line of another length is not looked up. */
    private static final boolean[] LINE_LENGTHS = lengths(LINES, LONGEST_LINE);
    /** The most words a line of the chrome table has: a line of more is not looked up. */
    private static final int LINE_WORDS =
            LINES.stream().mapToInt(Lines::wordsOfCollapsed).max().orElse(0);
    /** The hash codes of the chrome table's lines, sorted: a line of another is not copied. */
    private static final int[] LINE_HASHES = LINES.stream().mapToInt(String::hashCode).sorted()
            .toArray();
    /**
     * The ASCII characters ({@link ChromeLine#bits}) of the chrome table's lines, sorted: a line
     * in lower case equal to one of them has the same, so a line whose characters are no table
     * line's is answered without its hash code.
     */
    private static final long[] LINE_BITS = LINES.stream().mapToLong(ChromeLine::bits).sorted()
            .distinct().toArray();
    /** The ASCII characters of each phrase ({@link ChromeLine#bits}), in {@link #PHRASES}' order. */
    private static final long[] PHRASE_BITS = PHRASES.stream().mapToLong(ChromeLine::bits)
            .toArray();
    /** The pairs around each phrase's spaces ({@link ChromeLine#joinBits}), in the same order. */
    private static final long[] PHRASE_JOINS = PHRASES.stream().mapToLong(ChromeLine::joinBits)
            .toArray();
    private static final Set<String> LABELS =
            Set.copyOf(WordLists.load(PageChrome.class, DIR + "header-labels.txt"));
    private static final Set<String> LABEL_FIRST_WORDS = firstWords(LABELS);
    /** Social networks' names: a word is compared only with the names as long. */
    private static final ShortWords SOCIAL_WORDS =
            new ShortWords(WordLists.load(PageChrome.class, DIR + "social-networks.txt"));
    private static final List<String> ISSUER_HEADS =
            WordLists.load(PageChrome.class, DIR + "issuer-heads.txt");
    /** The parts of a banner line: "India - Ministry of External Affairs". */
    private static final Pattern PARTS = Pattern.compile(" [-–|] ");
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "and", "for", "&", "de",
            "du", "des", "la", "le", "del", "der", "und");
    private static final Set<String> FOOTER_LINES;
    private static final List<String> FOOTER_STARTS;

    static {
        Map<String, List<String>> footers = new HashMap<>();
        for (String row : WordLists.load(PageChrome.class, DIR + "footer-openers.tsv")) {
            String[] cells = row.split("\t");
            if (cells.length != 2 || !cells[1].strip().matches("line|start")) {
                throw new IllegalStateException("footer-openers.tsv: expected \"phrase<TAB>line|start\""
                        + " in \"" + row + "\"");
            }
            footers.computeIfAbsent(cells[1].strip(), k -> new ArrayList<>())
                    .add(cells[0].strip().toLowerCase(Locale.ROOT));
        }
        FOOTER_LINES = Set.copyOf(footers.getOrDefault("line", List.of()));
        FOOTER_STARTS = List.copyOf(footers.getOrDefault("start", List.of()));
    }

    private static boolean[] lengths(Set<String> lines, int longest) {
        boolean[] lengths = new boolean[longest + 1];
        for (String line : lines) {
            lengths[line.length()] = true;
        }
        return lengths;
    }

    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> words = new java.util.HashSet<>();
        for (String phrase : phrases) {
            int space = phrase.indexOf(' ');
            words.add(space < 0 ? phrase : phrase.substring(0, space));
        }
        return Set.copyOf(words);
    }

    private static final List<String> LISTING_HEADERS =
            WordLists.load(PageChrome.class, DIR + "listing-headers.txt");

    /** A listing's heading ("Tag Archives: european council") is at most this many words. */
    private static final int MAX_LISTING_HEADER_WORDS = 12;

    /** Image file extensions: a short line naming one is an image's name or alt text. */
    private static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png", "gif",
            "webp", "svg", "tif", "tiff", "bmp", "avif", "heic");
    private static final ShortWords IMAGE_EXTENSION_WORDS = new ShortWords(IMAGE_EXTENSIONS);
    /** The ASCII characters ({@link ChromeLine#bits}) of each image file extension. */
    private static final long[] IMAGE_EXTENSION_BITS = IMAGE_EXTENSIONS.stream()
            .mapToLong(ChromeLine::bits).toArray();

    /** A breadcrumb trail, a page's headline at its end included, is at most this many words. */
    private static final int MAX_BREADCRUMB_WORDS = 60;

    /** A caption or an image's name is at most this many words long. */
    private static final int MAX_CAPTION_WORDS = 20;
    private static final int MAX_IMAGE_NAME_WORDS = 4;

    /** A phrase rendered twice on one line ("Jisoo Kim Jisoo Kim") is at most this long. */
    private static final int MAX_REPEATED_WORDS = 12;

    /** A line naming an issuer ("Prime Minister of Australia") has at most this many words. */
    private static final int MAX_ISSUER_WORDS = 8;

    /** No chrome line is longer than this: longer lines are text, answered at once. */
    private static final int MAX_CHROME_CHARS = 400;

    /**
     * A line this long may be told as text by {@link #isSurelyText}: most lines of more than
     * {@link #MAX_PHRASE_LINE_WORDS} words are; shorter ones are not tried.
     */
    private static final int MIN_SURE_TEXT_CHARS = 200;

    /** A line holding a bulletin's phrase is chrome up to this many words. */
    private static final int MAX_PHRASE_LINE_WORDS = 40;

    /** A share bar is at most this many words long, a date after it included. */
    private static final int MAX_SHARE_BAR_WORDS = 24;

    /** A contact line (a name and a telephone number) is at most this many words long. */
    private static final int MAX_CONTACT_WORDS = 12;

    /** A telephone number has at least this many digits, in at least two groups. */
    private static final int MIN_PHONE_DIGITS = 8;

    /** A footer's opening line, when matched by its start, is at most this many words long. */
    private static final int MAX_FOOTER_WORDS = 30;

    private PageChrome() {}

    /**
     * Returns whether a line is chrome wherever it stands: a line of the chrome table, a line
     * with no letter or digit ("###", "* * *"), a photo caption or credit, an image's file name,
     * a share bar, a line holding only a contact's telephone number, a phrase rendered twice
     * ("Jisoo Kim Jisoo Kim").
     */
    public static boolean isChrome(String line) {
        if (line.length() > MAX_CHROME_CHARS) {
            return false; // a paragraph of text: no chrome line is this long
        }
        if (line.length() >= MIN_SURE_TEXT_CHARS && isSurelyText(line)) {
            return false; // a paragraph of text, told from its spaces without reading it all
        }
        // one pass over the line counts what the tests ask; most are answered from the counts
        ChromeLine read = ChromeLine.read(line);
        String text = read.text;
        int words = read.words;
        if (text.isEmpty()) {
            return false;
        }
        if (!read.hasLetterOrDigit) {
            return true;
        }
        LowerCased key = read.lower;
        if (words > MAX_PHRASE_LINE_WORDS) {
            // too long for every test of the lower-cased line but the table's, which holds no
            // line this long
            return isTableLine(read) || words <= MAX_BREADCRUMB_WORDS && isBreadcrumb(text);
        }
        if (isTableLine(read)) {
            return true;
        }
        if (words <= MAX_CAPTION_WORDS) {
            if ((STARTS_FIRSTS & ChromeLine.bit(key.charAt(0))) != 0) {
                for (String start : STARTS) {
                    if (key.startsWith(start)) {
                        return true;
                    }
                }
            }
            if (isTemperature(key)) {
                return true;
            }
        }
        if (isBreadcrumb(text)) {
            return true; // a trail may end with the whole headline
        }
        if (hasPhrase(read)) {
            return true;
        }
        return words <= MAX_REPEATED_WORDS && isRepeated(key)
                || words <= MAX_IMAGE_NAME_WORDS && namesImage(read)
                || words <= MAX_CONTACT_WORDS && read.asciiDigits >= MIN_PHONE_DIGITS
                        && isContactLine(key.toString())
                || words <= MAX_SHARE_BAR_WORDS && isShareBar(read);
    }

    /**
     * Whether a line is text that no test of {@link #isChrome} takes for chrome, told from its
     * first character and its spaces alone (found by {@link String#indexOf(int)}, not read one
     * character at a time): it opens with a printable ASCII character other than an H, so that
     * its collapsed text opens with it and is no breadcrumb, and more than {@link
     * #MAX_PHRASE_LINE_WORDS} and table lines' words of it open after a space with an ASCII
     * letter or digit, each a word of its own once collapsed. A line of so many words is
     * chrome only as a table line or a breadcrumb, and has a letter or digit.
     */
    private static boolean isSurelyText(String line) {
        char first = line.charAt(0);
        if (first <= ' ' || first >= '\u007F' || first == 'H') {
            return false;
        }
        int words = 1; // the first, opened by the first character
        int last = line.length() - 1;
        for (int at = line.indexOf(' '); at >= 0 && at < last; at = line.indexOf(' ', at + 1)) {
            if (PageChrome.isLetterOrDigit(line.charAt(at + 1)) && line.charAt(at + 1) < '\u0080'
                    && ++words > SURE_TEXT_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** More words than this make a line too long for every test but the table's and breadcrumbs'. */
    private static final int SURE_TEXT_WORDS = Math.max(MAX_PHRASE_LINE_WORDS, LINE_WORDS);

    /**
     * Whether a line in lower case is one of the chrome table's: compared only when its words,
     * length, ASCII characters and hash code are a table line's, so that almost every line is
     * answered without a copy or a pass over it.
     */
    private static boolean isTableLine(ChromeLine read) {
        int length = read.lower.length();
        return read.words <= LINE_WORDS && length <= LONGEST_LINE && LINE_LENGTHS[length]
                && Arrays.binarySearch(LINE_BITS, read.asciiBits) >= 0
                && Arrays.binarySearch(LINE_HASHES, read.lower.stringHash()) >= 0
                && LINES.contains(read.lower.toString());
    }

    /**
     * Whether a line holds a phrase of the bulletins' table: looked for only when the line has
     * every ASCII character of the phrase and every pair around its spaces, so that most lines
     * are answered without a copy.
     */
    private static boolean hasPhrase(ChromeLine read) {
        for (int i = 0; i < PHRASES.size(); i++) {
            if ((PHRASE_BITS[i] & ~read.asciiBits) == 0 && (PHRASE_JOINS[i] & ~read.joinBits) == 0
                    && read.lower.toString().contains(PHRASES.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a line labels a press page's header ("Press release", "Media contact:"). */
    public static boolean isHeaderLabel(String line) {
        return LABELS.contains(withoutColon(Lines.key(line)));
    }

    /**
     * Returns the headline a label introduces ("Press release: PM call with ..." gives "PM call
     * with ..."), or empty when the line does not open with a header label and a colon.
     */
    public static Optional<String> afterLabel(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40 || colon + 1 >= line.length()) {
            return Optional.empty();
        }
        String rest = line.substring(colon + 1).strip();
        return isHeaderLabel(line.substring(0, colon)) && !rest.isEmpty()
                ? Optional.of(rest) : Optional.empty();
    }

    /**
     * Returns the header label that opens a line before more text ("For Immediate Release
     * September 10, 2009" gives the length of "For Immediate Release"), or 0 when none does.
     */
    public static int labelPrefixLength(String line) {
        String key = Lines.key(line);
        int space = key.indexOf(' ');
        if (space < 0 || !LABEL_FIRST_WORDS.contains(withoutColon(key.substring(0, space)))) {
            return 0; // no label opens with this word
        }
        int end = -1;
        for (int i = 0; i < key.length() && i < 48; i++) {
            if (key.charAt(i) == ' ' && LABELS.contains(withoutColon(key.substring(0, i)))) {
                end = i;
            }
        }
        return Math.max(end, 0);
    }

    /**
     * Returns the office or institution a banner line names ("Prime Minister of Australia",
     * "India - Ministry of External Affairs" gives "Ministry of External Affairs"): a head of
     * {@code issuer-heads.txt}, "of" or "for", and names; empty for any other line.
     */
    public static Optional<String> issuerNamed(String line) {
        String text = Lines.collapse(line);
        if (Titles.words(text) > MAX_ISSUER_WORDS) {
            return Optional.empty();
        }
        for (String part : PARTS.split(text)) {
            String p = part.strip();
            String key = p.toLowerCase(Locale.ROOT);
            if (key.startsWith("the ")) {
                key = key.substring(4);
            }
            int offset = p.length() - key.length();
            for (String head : ISSUER_HEADS) {
                int link = key.startsWith(head + " of ") ? 4 : key.startsWith(head + " for ") ? 5 : 0;
                if (link > 0 && isNames(p.substring(offset + head.length() + link))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether a text opens with the head of an office or institution of {@code
     * issuer-heads.txt} ("Prime Minister", "Ministry of ..."): an issuer's name, not a place.
     */
    public static boolean opensWithIssuerHead(String text) {
        String key = Lines.key(text);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        for (String head : ISSUER_HEADS) {
            if (key.equals(head) || key.startsWith(head + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "External Affairs", "the United Kingdom": capitalised words and their links, nothing else. */
    private static boolean isNames(String text) {
        String[] words = text.strip().split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty()) {
                return false;
            }
            char c = word.charAt(0);
            boolean name = Character.isUpperCase(c) && word.chars().noneMatch(Character::isDigit);
            if (!name && !NAME_LINKS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !Lines.endsSentence(text);
    }

    /**
     * Returns whether a line is the heading of a listing: an archive, tag, category or label
     * page ("Tag: Downing Street", "Showing posts with label GENEVA"), a feed's page ("Subscribe
     * to European Council feed").
     */
    public static boolean isListingHeader(String line) {
        String key = Lines.key(line).replace('’', '\'');
        if (Titles.words(key) > MAX_LISTING_HEADER_WORDS) {
            return false;
        }
        for (String start : LISTING_HEADERS) {
            if (key.startsWith(start) && key.length() > start.length()) {
                return true;
            }
        }
        return key.startsWith("subscribe to ") && key.endsWith(" feed");
    }

    /**
     * Returns whether a line opens a page's footer ("Related Posts", "Leave a Reply", "Posted
     * by ... at 9:41 PM"): once a statement's text has begun, nothing after it belongs to it.
     */
    public static boolean opensFooter(String line) {
        String key = Lines.key(line);
        if (FOOTER_LINES.contains(withoutColon(key))) {
            return true;
        }
        int count = 0;
        while (count < key.length() && Character.isDigit(key.charAt(count))) {
            count++;
        }
        if (count > 0 && count < key.length() && key.charAt(count) == ' '
                && FOOTER_LINES.contains(withoutColon(key.substring(count + 1)))) {
            return true; // "2 comments:", "12 Responses"
        }
        if (Titles.words(key) > MAX_FOOTER_WORDS) {
            return false;
        }
        for (String start : FOOTER_STARTS) {
            if (key.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutColon(String key) {
        String k = key;
        while (!k.isEmpty() && (k.endsWith(":") || k.endsWith(" "))) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /**
     * "jisoo kim jisoo kim": one phrase twice, as pages render an author's or a picture's name
     * in an image's text and again beside it.
     */
    private static boolean isRepeated(LowerCased key) {
        int n = key.length();
        if (n < 7 || n % 2 == 0) {
            return false; // "a b" twice with the space between: odd length
        }
        int half = n / 2;
        if (key.charAt(half) != ' ') {
            return false;
        }
        for (int i = 0; i < half; i++) {
            if (key.charAt(i) != key.charAt(half + 1 + i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A breadcrumb trail: "Home > News > ...", "Home / Statements", "Home » ...", "Home arrow
     * News arrow ..." (the arrows' alt text), or the words of
     * its links run together as pages render them ("HomeNewsGlobal News ...").
     */
    private static boolean isBreadcrumb(String text) {
        if (!text.startsWith("Home") || text.length() < 6) {
            return false;
        }
        char next = text.charAt(4);
        if (Character.isUpperCase(next)) {
            return true; // "HomeGovernment...": links run together
        }
        String rest = text.substring(4).strip();
        return !rest.isEmpty() && "›>»/|".indexOf(rest.charAt(0)) >= 0
                || rest.startsWith("arrow "); // "Home arrow News arrow ...": arrows as words
    }

    /** A weather widget's reading: "70.7 F", "21°C", "-3 °C". */
    private static boolean isTemperature(LowerCased key) {
        int i = 0;
        int n = key.length();
        if (i < n && key.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && (Character.isDigit(key.charAt(i)) || key.charAt(i) == '.')) {
            digits++;
            i++;
        }
        if (digits == 0 || digits > 5) {
            return false;
        }
        // the unit: one "f" or "c", spaces and degree signs around it
        char unit = 0;
        for (; i < n; i++) {
            char c = key.charAt(i);
            if (c != ' ' && c != '°') {
                if (unit != 0) {
                    return false;
                }
                unit = c;
            }
        }
        return unit == 'f' || unit == 'c';
    }

    /** Whether a text has a run of at least four digits, as every date's year is. */
    private static boolean hasDigitRuns(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text has at least {@code count} ASCII digits; counts no further. */
    private static boolean hasDigits(String text, int count) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits >= count) {
                return true;
            }
        }
        return false;
    }

    /** "webp 19edited", "img_2041.jpg", "photo.png": a word is an image file or its extension. */
    private static boolean namesImage(ChromeLine read) {
        if (!hasBitsOfOne(read.asciiBits, IMAGE_EXTENSION_BITS)) {
            return false; // no extension's letters all in the line: most short lines
        }
        LowerCased key = read.lower;
        // the words between spaces, trimmed of punctuation, read in place: no split, no copies
        int n = key.length();
        for (int i = 0; i <= n; ) {
            int to = indexOf(key, ' ', i, n);
            int start = wordStart(key, i, to);
            int end = wordEnd(key, start, to);
            int dot = end - 1;
            while (dot >= start && key.charAt(dot) != '.') {
                dot--;
            }
            int from = dot >= start ? dot + 1 : start;
            if (end > start && IMAGE_EXTENSION_WORDS.contains(key, from, end)) {
                return true;
            }
            i = to + 1;
        }
        return false;
    }

    /** Whether the characters of one of the {@code wanted} bit sets are all among {@code bits}. */
    private static boolean hasBitsOfOne(long bits, long[] wanted) {
        for (long w : wanted) {
            if ((w & ~bits) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line holding a telephone number ("02 6277 7800", "Jane Doe (Office): +61 437 989 927",
     * "Tel. (202) 647-2492"), not a sentence: a run of eight to fifteen digits in at least three
     * groups, or two after a "+" or "(", joined only by spaces, dots, dashes or brackets; a run
     * of years ("2019-2020") or a date with slashes ("02/18/2021 02:13") is not one.
     */
    static boolean isContactLine(String key) {
        // the scan for a number first: most lines have none, and the date search is costly
        return hasPhoneNumber(key) && !Lines.endsSentence(key)
                && !(hasDigitRuns(key) && PageDates.find(key).isPresent()); // "19-12-2018 18:15"
    }

    /** Whether a line holds a run of digit groups long enough to be a telephone number. */
    private static boolean hasPhoneNumber(String key) {
        if (!hasDigits(key, MIN_PHONE_DIGITS)) {
            return false; // most lines: too few digits in all for a number
        }
        int i = 0;
        int n = key.length();
        while (i < n) {
            // one run of digit groups and joiners
            boolean signed = false;
            int digits = 0;
            int groups = 0;
            boolean years = true;
            int j = i;
            while (j < n) {
                char c = key.charAt(j);
                if (c >= '0' && c <= '9') {
                    int g = j;
                    while (j < n && key.charAt(j) >= '0' && key.charAt(j) <= '9') {
                        j++;
                    }
                    digits += j - g;
                    groups++;
                    years &= j - g == 4 && (key.startsWith("19", g) || key.startsWith("20", g));
                } else if (c == '+' || c == '(') {
                    signed |= digits == 0;
                    j++;
                } else if (c == ' ' || c == '-' || c == '.' || c == ')' || c == '\u2013') {
                    j++;
                } else {
                    break;
                }
            }
            if (digits >= MIN_PHONE_DIGITS && digits <= 15 && !years
                    && (groups >= 3 || signed && groups >= 2)) {
                return true;
            }
            i = Math.max(j, i) + 1;
        }
        return false;
    }

    /** "Facebook Twitter Instagram YouTube": a line made mostly of social networks' names. */
    private static boolean isShareBar(ChromeLine read) {
        int social = read.lower.isInPlace() ? socialWordsInPlace(read.text)
                : socialWords(read.lower.toString())[0];
        if (social < 3) {
            return false; // the common case, answered without looking for a date
        }
        String k = read.lower.toString();
        Optional<PageDates.Found> date = PageDates.findAtEnd(k);
        if (date.isPresent()) {
            k = k.substring(0, date.get().start());
        }
        int[] counts = socialWords(k);
        return counts[0] >= 3 && counts[0] * 3 >= counts[1] * 2;
    }

    /**
     * The social networks' names among the words of a line, compared in lower case, each
     * character lower-cased alone: as {@link #socialWords} counts them in the line's lower case
     * when it is {@linkplain LowerCased#readsInPlace read in place}, without the copy.
     */
    private static int socialWordsInPlace(String text) {
        int social = 0;
        int n = text.length();
        for (int i = 0; i <= n; ) {
            int space = text.indexOf(' ', i);
            int to = space < 0 ? n : space;
            int start = wordStart(text, i, to);
            if (SOCIAL_WORDS.containsLowerCase(text, start, wordEnd(text, start, to))) {
                social++;
            }
            i = to + 1;
        }
        return social;
    }

    /** The social networks' names among the words of a line, and the words. */
    private static int[] socialWords(String key) {
        int social = 0;
        int total = 0;
        // the words between spaces, trimmed of punctuation, read in place: no split, no copies
        int n = key.length();
        for (int i = 0; i <= n; ) {
            int space = key.indexOf(' ', i);
            int to = space < 0 ? n : space;
            int start = wordStart(key, i, to);
            int end = wordEnd(key, start, to);
            if (end > start) {
                total++;
                if (SOCIAL_WORDS.contains(key, start, end)) {
                    social++;
                }
            }
            i = to + 1;
        }
        return new int[] {social, total};
    }

    /** Where {@code c} first stands in {@code text[from, to)}, or {@code to}. */
    private static int indexOf(CharSequence text, char c, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) != c) {
            i++;
        }
        return i;
    }

    /** Where the word in {@code text[from, to)} starts once leading punctuation is trimmed. */
    private static int wordStart(CharSequence text, int from, int to) {
        int start = from;
        while (start < to && !isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the word in {@code text[start, to)} ends once trailing punctuation is trimmed. */
    private static int wordEnd(CharSequence text, int start, int to) {
        int end = to;
        while (end > start && !isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII, most of a line, answered at once. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
