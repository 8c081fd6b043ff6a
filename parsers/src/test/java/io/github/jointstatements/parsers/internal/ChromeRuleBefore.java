package io.github.jointstatements.parsers.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PageChrome#isChrome} as it was written before it read a line in one pass
 * ({@link ChromeLine}): each test on its own copy of the line in lower case. Kept as the
 * rule the one-pass reading must answer exactly as, on every line ({@code PageChromeOnePassTest}).
 */
final class ChromeRuleBefore {

    private static final String DIR = "/io/github/jointstatements/parsers/pages/";

    private static final Set<String> LINES =
            Set.copyOf(WordLists.load(PageChrome.class, DIR + "chrome-lines.txt"));
    private static final List<String> STARTS =
            WordLists.load(PageChrome.class, DIR + "chrome-starts.txt");
    private static final List<String> PHRASES =
            WordLists.load(PageChrome.class, DIR + "chrome-phrases.txt");
    /** The length of the longest line of the chrome table: a longer line is not looked up. */
    private static final int LONGEST_LINE =
            LINES.stream().mapToInt(String::length).max().orElse(0);
    /** The lengths of the chrome table's lines: a line of another length is not looked up. */
    private static final boolean[] LINE_LENGTHS = lengths(LINES, LONGEST_LINE);
    /** Social networks' names: a word is compared only with the names as long. */
    private static final ShortWords SOCIAL_WORDS =
            new ShortWords(WordLists.load(PageChrome.class, DIR + "social-networks.txt"));

    private static boolean[] lengths(Set<String> lines, int longest) {
        boolean[] lengths = new boolean[longest + 1];
        for (String line : lines) {
            lengths[line.length()] = true;
        }
        return lengths;
    }

    /** Image file extensions: a short line naming one is an image's name or alt text. */
    private static final ShortWords IMAGE_EXTENSION_WORDS = new ShortWords(List.of("jpg", "jpeg",
            "png", "gif", "webp", "svg", "tif", "tiff", "bmp", "avif", "heic"));

    /** A breadcrumb trail, a page's headline at its end included, is at most this many words. */
    private static final int MAX_BREADCRUMB_WORDS = 60;

    /** A caption or an image's name is at most this many words long. */
    private static final int MAX_CAPTION_WORDS = 20;
    private static final int MAX_IMAGE_NAME_WORDS = 4;

    /** A phrase rendered twice on one line ("Jisoo Kim Jisoo Kim") is at most this long. */
    private static final int MAX_REPEATED_WORDS = 12;

    /** No chrome line is longer than this: longer lines are text, answered at once. */
    private static final int MAX_CHROME_CHARS = 400;

    /** A line holding a bulletin's phrase is chrome up to this many words. */
    private static final int MAX_PHRASE_LINE_WORDS = 40;

    /** A share bar is at most this many words long, a date after it included. */
    private static final int MAX_SHARE_BAR_WORDS = 24;

    /** A contact line (a name and a telephone number) is at most this many words long. */
    private static final int MAX_CONTACT_WORDS = 12;

    /** A telephone number has at least this many digits, in at least two groups. */
    private static final int MIN_PHONE_DIGITS = 8;

    private ChromeRuleBefore() {}

    /**
     * Returns whether a line is chrome wherever it stands: a line of the chrome table, a line
     * with no letter or digit ("###", "* * *"), a photo caption or credit, an image's file name,
     * a share bar, a line holding only a contact's telephone number, a phrase rendered twice
     * ("Jisoo Kim Jisoo Kim").
     */
    static boolean isChrome(String line) {
        if (line.length() > MAX_CHROME_CHARS) {
            return false; // a paragraph of text: no chrome line is this long
        }
        // most lines come collapsed: tested and counted in one pass
        String text = line;
        int words = Lines.wordsIfCollapsed(line);
        if (words < 0) {
            text = Lines.collapse(line);
            words = Lines.wordsOfCollapsed(text);
        }
        if (text.isEmpty()) {
            return false;
        }
        // counted and tested before lower-casing, which neither makes nor removes a space, a
        // letter or a digit
        if (!hasLetterOrDigit(text)) {
            return true;
        }
        if (words > MAX_PHRASE_LINE_WORDS) {
            // too long for every test of the lower-cased line but the table's, which holds no
            // line this long (lower-casing never shortens a line): answered without the copy
            return text.length() <= LONGEST_LINE && LINES.contains(Lines.lowerCase(text))
                    || words <= MAX_BREADCRUMB_WORDS && isBreadcrumb(text);
        }
        String key = Lines.lowerCase(text);
        if (key.length() <= LONGEST_LINE && LINE_LENGTHS[key.length()] && LINES.contains(key)) {
            return true;
        }
        if (words <= MAX_CAPTION_WORDS) {
            for (String start : STARTS) {
                if (key.startsWith(start)) {
                    return true;
                }
            }
            if (isTemperature(key)) {
                return true;
            }
        }
        if (isBreadcrumb(text)) {
            return true; // a trail may end with the whole headline
        }
        for (String phrase : PHRASES) {
            if (key.contains(phrase)) {
                return true;
            }
        }
        return words <= MAX_REPEATED_WORDS && isRepeated(key)
                || words <= MAX_IMAGE_NAME_WORDS && namesImage(key)
                || words <= MAX_CONTACT_WORDS && isContactLine(key)
                || words <= MAX_SHARE_BAR_WORDS && isShareBar(key);
    }

    /**
     * "jisoo kim jisoo kim": one phrase twice, as pages render an author's or a picture's name
     * in an image's text and again beside it.
     */
    private static boolean isRepeated(String key) {
        int n = key.length();
        if (n < 7 || n % 2 == 0) {
            return false; // "a b" twice with the space between: odd length
        }
        int half = n / 2;
        return key.charAt(half) == ' ' && key.regionMatches(0, key, half + 1, half);
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
    private static boolean isTemperature(String key) {
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
        String unit = key.substring(i).replace(" ", "").replace("°", "");
        return unit.equals("f") || unit.equals("c");
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

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "webp 19edited", "img_2041.jpg", "photo.png": a word is an image file or its extension. */
    private static boolean namesImage(String key) {
        // the words between spaces, trimmed of punctuation, read in place: no split, no copies
        int n = key.length();
        for (int i = 0; i <= n; ) {
            int space = key.indexOf(' ', i);
            int to = space < 0 ? n : space;
            int start = wordStart(key, i, to);
            int end = wordEnd(key, start, to);
            int dot = key.lastIndexOf('.', end - 1);
            int from = dot >= start ? dot + 1 : start;
            if (end > start && IMAGE_EXTENSION_WORDS.contains(key, from, end)) {
                return true;
            }
            i = to + 1;
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
    private static boolean isShareBar(String key) {
        int social = socialWords(key)[0];
        if (social < 3) {
            return false; // the common case, answered without looking for a date
        }
        String k = key;
        Optional<PageDates.Found> date = PageDates.findAtEnd(k);
        if (date.isPresent()) {
            k = k.substring(0, date.get().start());
        }
        int[] counts = socialWords(k);
        return counts[0] >= 3 && counts[0] * 3 >= counts[1] * 2;
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

    /** Where the word in {@code text[from, to)} starts once leading punctuation is trimmed. */
    private static int wordStart(String text, int from, int to) {
        int start = from;
        while (start < to && !isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the word in {@code text[start, to)} ends once trailing punctuation is trimmed. */
    private static int wordEnd(String text, int start, int to) {
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
