package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Offices and titles of persons who issue statements: "Secretary of Defense", "Minister of
 * National Defense", "Prime Minister", "Deputy National Security Advisor for International
 * Economics", "Secretary of State for Foreign, Commonwealth and Development Affairs".
 *
 * <p>An office phrase is read by this grammar, over capitalised words separated by white space or
 * joined by hyphens ("Vice-President" is "Vice President"):
 *
 * <pre>
 * office     = modifier* head complement?
 * modifier   = rank | portfolio                  ("Deputy", "Acting"; "Foreign", "Defense")
 * head       = a phrase of office-heads.txt      ("Minister", "Prime Minister", "Chief of Staff")
 * complement = ("of" | "for" | "to" | "on") words (joiner words)*
 * words      = "the"? (portfolio | acronym)+     ("National Defense", "Science and ICT")
 *            | "the" head-word+ words?           ("to the President", "of the Prime Minister")
 * joiner     = "," | "and" | ", and" | "&amp;" | "of" | "for" | "to" | "on"
 * </pre>
 *
 * <p>A complement is a run of portfolio words (and of office words right after "the"), so a
 * person's name ("Minister of National Defense Lee Jong-Sup"), a title before one ("... and
 * International Cooperation Sheikh Abdullah") and a state or an organisation of the {@link
 * Gazetteer} ("Minister of Foreign Affairs of Japan", "President of the European Commission")
 * end it; the caller reads those. The tables are resources next to this class: {@code
 * office-heads.txt}, {@code office-ranks.txt}, {@code office-portfolios.txt}, {@code
 * office-regions.txt}.
 *
 * <p>Immutable and thread-safe; {@link #get()} returns the one shared instance.
 */
final class Offices {

    private static final Offices INSTANCE = new Offices();

    /** How far past its start an office phrase may reach, in characters; bounds the work. */
    private static final int WINDOW = 300;
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "on");

    private final Node heads = new Node();
    private final Set<String> ranks = keys("office-ranks.txt");
    /** Portfolio words of regions, which may also end a place's name before an office. */
    private final Set<String> regions = keys("office-regions.txt");
    private final Set<String> portfolios = union(keys("office-portfolios.txt"), regions);
    private final Set<String> headWords = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();
    /** Words an office takes after a hyphen that open no office: "President-Elect". */
    private static final Set<String> HYPHENED = Set.of("elect", "designate", "general");

    private Offices() {
        for (String phrase : WordLists.load(Offices.class, "office-heads.txt")) {
            Words words = Words.of(phrase, 0);
            if (words.size() == 0) {
                throw new IllegalStateException("empty office head: \"" + phrase + "\"");
            }
            Node node = heads;
            firstWords.add(words.key(0));
            for (int i = 0; i < words.size(); i++) {
                node = node.children.computeIfAbsent(words.key(i), k -> new Node());
                headWords.add(words.key(i));
            }
            node.terminal = true;
        }
        headWords.removeAll(Set.of("of", "the", "at", "in", "general", "elect", "large"));
        firstWords.addAll(ranks);
        firstWords.addAll(portfolios);
    }

    /** Returns the built-in tables, loaded once. */
    static Offices get() {
        return INSTANCE;
    }

    /**
     * Returns the end of the longest office phrase that starts exactly at {@code start} in
     * {@code text} ("Secretary of Defense" in "Secretary of Defense Lloyd J. Austin III"), or
     * empty if no office starts there. Reads at most a few hundred characters.
     *
     * @throws IndexOutOfBoundsException if {@code start} is not within the text
     */
    OptionalInt officeEnd(CharSequence text, int start) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("start " + start + " outside the text of length "
                    + text.length());
        }
        if (!startsWithOfficeWord(text, start) || continuesAPlaceName(text, start)) {
            return OptionalInt.empty();
        }
        Words words = Words.of(text.subSequence(start, Math.min(text.length(), start + WINDOW)),
                start);
        Parse parse = parse(words);
        return parse == null ? OptionalInt.empty() : OptionalInt.of(words.end(parse.end - 1));
    }

    /**
     * Returns the head of an office phrase, for aliases: its head with its words of rank, without
     * its portfolio words and its complement. "Secretary of Defense" gives "Secretary", "Minister
     * of National Defense" "Minister", "Foreign Minister" "Minister", "Prime Minister" "Prime
     * Minister", "Vice President" "Vice President", "Deputy National Security Advisor for
     * International Economics" "Deputy National Security Advisor". A string that is no office is
     * returned stripped.
     */
    String head(String office) {
        Words words = Words.of(office, 0);
        Parse parse = parse(words);
        if (parse == null) {
            return office.strip();
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < parse.head; i++) {
            if (ranks.contains(words.key(i)) && !portfolios.contains(words.key(i))) {
                head.append(words.text(i)).append(' ');
            }
        }
        head.append(office, words.start(parse.head), words.end(parse.headEnd - 1));
        return head.toString();
    }

    /** Whether the word at {@code start} is capitalised and may begin an office: a cheap test. */
    private boolean startsWithOfficeWord(CharSequence text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int end = start;
        while (end < text.length() && end - start < 20 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        // lower-cased as String.toLowerCase(Locale.ROOT) would, in one copy
        if (!firstWords.contains(Chars.lowerCase(text, start, end, false))) {
            return false;
        }
        // an office's word joined by a hyphen to a word of no office is a name's: "Hossein
        // Amir-Abdollahian" (but "Vice-President", "Secretary-General")
        if (end + 1 < text.length() && text.charAt(end) == '-'
                && Character.isUpperCase(text.charAt(end + 1))) {
            int next = end + 1;
            while (next < text.length() && next - end < 20
                    && Character.isLetter(text.charAt(next))) {
                next++;
            }
            String joined = Chars.lowerCase(text, end + 1, next, false);
            return firstWords.contains(joined) || HYPHENED.contains(joined);
        }
        return true;
    }

    /**
     * Whether the word at {@code start} is a region's word that ends the capitalised name before
     * it: "African" in "South African President Cyril Ramaphosa", "Asian" in "Southeast Asian
     * Ministers", where the office starts after the place's adjective, not inside it.
     */
    private boolean continuesAPlaceName(CharSequence text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' '
                || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int wordStart = start - 2;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (!Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return regions.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    }

    /** An office read from words: the head's first word, the word after it, the word after all. */
    private record Parse(int head, int headEnd, int end) {}

    private Parse parse(Words words) {
        int bestHead = -1;
        int bestHeadEnd = -1;
        for (int k = 0; words.has(k); k++) {
            if (!words.capitalised(k)) {
                break;
            }
            int headEnd = headEnd(words, k);
            if (headEnd > bestHeadEnd) {
                bestHead = k;
                bestHeadEnd = headEnd;
            }
            String key = words.key(k);
            if (!ranks.contains(key) && !portfolios.contains(key)) {
                break;
            }
        }
        if (bestHead < 0) {
            return null;
        }
        return new Parse(bestHead, bestHeadEnd, complementEnd(words, bestHeadEnd));
    }

    /** Returns the index after the longest head phrase at word {@code k}, or -1. */
    private int headEnd(Words words, int k) {
        Node node = heads;
        int end = -1;
        for (int i = k; words.has(i); i++) {
            if (i > k && words.punctuationBefore(i)) {
                break;
            }
            node = node.children.get(words.key(i));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                end = i + 1;
            }
        }
        return end;
    }

    /** Returns the index after the complement that follows word {@code from}, or {@code from}. */
    private int complementEnd(Words words, int from) {
        if (!words.has(from) || words.punctuationBefore(from)
                || !PREPOSITIONS.contains(words.key(from))) {
            return from;
        }
        int end = from;
        int j = from + 1; // the first word after a preposition or a joiner
        boolean afterComma = false;
        while (true) {
            boolean afterThe = false;
            if (words.has(j) && !words.punctuationBefore(j) && words.key(j).equals("the")) {
                j++;
                afterThe = true;
            }
            if (!words.has(j) || namesStateOrOrganization(words, j)) {
                return end;
            }
            // office words may stand in a run that begins with them after "the" ("Assistant to
            // the President", "Office of the Prime Minister"), not after a portfolio ("Minister
            // of Foreign Affairs Sheikh ...")
            boolean heads = afterThe;
            int run = j;
            while (words.has(run) && (run > j ? !words.punctuationBefore(run)
                    : afterComma || !words.punctuationBefore(run))) {
                String key = words.key(run);
                if (!words.capitalised(run)) {
                    break;
                }
                if (heads && headWords.contains(key)) {
                    run++;
                    continue;
                }
                if (!portfolios.contains(key) && !acronym(words, run)) {
                    break;
                }
                heads = false;
                run++;
            }
            if (run == j) {
                return end;
            }
            end = run;
            if (!words.has(run)) {
                return end;
            }
            String key = words.key(run);
            afterComma = false;
            if (words.commaBefore(run)) {
                if (key.equals("and")) {
                    j = run + 1;
                } else {
                    j = run;
                    afterComma = true;
                }
            } else if (words.punctuationBefore(run)) {
                return end;
            } else if (key.equals("and") || key.equals("&") || PREPOSITIONS.contains(key)) {
                j = run + 1;
            } else {
                return end;
            }
        }
    }

    /** Whether a state or an organisation is named from word {@code i} on ("of Japan"). */
    private static boolean namesStateOrOrganization(Words words, int i) {
        List<Mention> mentions = Gazetteer.get().find(words.rest(i, 120));
        return !mentions.isEmpty() && mentions.get(0).start() == 0
                && mentions.get(0).entity().type() != EntityType.PLACE;
    }

    /** Whether word {@code i} is an acronym of a portfolio ("ICT", "HHS"), not of a state. */
    private static boolean acronym(Words words, int i) {
        String text = words.text(i);
        if (text.length() < 2 || text.length() > 6) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return Gazetteer.get().lookup(text).isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }

    private static Set<String> keys(String file) {
        Set<String> keys = new HashSet<>();
        for (String word : WordLists.load(Offices.class, file)) {
            Words words = Words.of(word, 0);
            for (int i = 0; i < words.size(); i++) {
                keys.add(words.key(i));
            }
        }
        return Set.copyOf(keys);
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        boolean terminal;
    }

    /**
     * The words of a short text: runs of letters, digits, apostrophes and periods within a word,
     * with hyphens that join two words dropped ("Secretary-General" is two words) and any other
     * punctuation remembered as standing before the next word.
     *
     * <p>Words are read on demand ({@link #has}): an office ends within a few words of where it
     * starts, so the text is cut into tokens a few at a time, not all of it for every office.
     */
    private static final class Words {
        /** How many tokens are cut first: most offices end within them. */
        private static final int FIRST_TOKENS = 16;

        private final CharSequence text;
        private final int offset;
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Character> before = new ArrayList<>();
        /** The text's first tokens: all of them when fewer than {@link #limit}. */
        private Tokens tokens;
        private int limit = FIRST_TOKENS;
        /** The next token to read into words, and the punctuation read since the last word. */
        private int next;
        private char pending;

        private Words(CharSequence text, int offset) {
            this.text = text;
            this.offset = offset;
            this.tokens = Tokens.of(text, limit);
        }

        static Words of(CharSequence text, int offset) {
            return new Words(text, offset);
        }

        /** Whether the text has a word {@code i}: reads tokens into words until it has. */
        boolean has(int i) {
            while (keys.size() <= i && hasToken(next)) {
                readToken();
            }
            return i < keys.size();
        }

        /** Whether the text has a token {@code j}: cuts twice as many tokens until it has. */
        private boolean hasToken(int j) {
            while (j >= tokens.size() && tokens.size() == limit) {
                limit *= 2;
                tokens = Tokens.of(text, limit);
            }
            return j < tokens.size();
        }

        /** Reads the next token: a word (with the tokens it joins), or punctuation before one. */
        private void readToken() {
            int i = next;
            if (tokens.isWord(i)) {
                int start = tokens.start(i);
                int end = tokens.end(i);
                String key = tokens.key(i); // a word token is letters, digits and marks alone
                // a word with an inner apostrophe stays one word ("d'Affaires"), but a
                // possessive is no part of it ("Secretary-General's")
                while (hasToken(i + 2) && tokens.key(i + 1).equals("'")
                        && tokens.isWord(i + 2) && !tokens.key(i + 2).equals("s")
                        && !tokens.spaceBefore(i + 1) && !tokens.spaceBefore(i + 2)) {
                    i += 2;
                    end = tokens.end(i);
                    key = null;
                }
                spans.add(new int[] {start, end});
                keys.add(key != null ? key : text.subSequence(start, end).toString()
                        .toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                before.add(pending);
                pending = 0;
            } else {
                String key = tokens.key(i);
                boolean joiner = key.equals("-") && i > 0 && hasToken(i + 1)
                        && !tokens.spaceBefore(i) && !tokens.spaceBefore(i + 1)
                        && tokens.isWord(i - 1) && tokens.isWord(i + 1);
                if (key.equals("&")) {
                    spans.add(new int[] {tokens.start(i), tokens.end(i)});
                    keys.add("&");
                    before.add(pending);
                    pending = 0;
                } else if (!joiner && pending == 0) {
                    pending = key.charAt(0);
                }
            }
            next = i + 1;
        }

        /** Returns the number of words, having read them all. */
        int size() {
            has(Integer.MAX_VALUE - 1);
            return keys.size();
        }

        String key(int i) {
            return keys.get(i);
        }

        String text(int i) {
            int[] span = spans.get(i);
            return text.subSequence(span[0], span[1]).toString();
        }

        int start(int i) {
            return spans.get(i)[0];
        }

        /** The end of word {@code i} in the caller's text (offset included). */
        int end(int i) {
            return offset + spans.get(i)[1];
        }

        boolean capitalised(int i) {
            return Character.isUpperCase(Character.codePointAt(text, spans.get(i)[0]));
        }

        /** The text from word {@code i} on, at most {@code length} characters. */
        CharSequence rest(int i, int length) {
            int start = spans.get(i)[0];
            return text.subSequence(start, Math.min(text.length(), start + length));
        }

        boolean punctuationBefore(int i) {
            return before.get(i) != 0;
        }

        boolean commaBefore(int i) {
            return before.get(i) == ',';
        }
    }
}
