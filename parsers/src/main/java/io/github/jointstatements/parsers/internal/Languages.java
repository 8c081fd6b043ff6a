package io.github.jointstatements.parsers.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recognises the language of a text from its most frequent function words ({@code stopwords.tsv}),
 * for pages that declare no language or the wrong one (a blog template's {@code lang="fr"} around
 * a post in English). Thread-safe.
 */
public final class Languages {

    /** Function word → language; words two languages share are left out. */
    private static final Map<String, String> WORDS = load();

    /** The languages of the table, in an order of their own: a count per language is an array. */
    private static final List<String> LANGUAGES = List.copyOf(new TreeSet<>(WORDS.values()));

    /** The function words, looked up by the characters of a text where they stand. */
    private static final FunctionWords FUNCTION_WORDS = new FunctionWords(WORDS, LANGUAGES);

    /** The length of the longest function word: a longer word is not looked up. */
    private static final int MAX_WORD_LENGTH = WORDS.keySet().stream()
            .mapToInt(String::length).max().orElse(0);

    /** The fewest words read before an answer is given. */
    private static final int MIN_WORDS = 30;

    /** The most words read: the opening of a text tells its language. */
    private static final int MAX_WORDS = 400;

    private Languages() {}

    /**
     * Returns the ISO 639-1 code of the language the paragraphs are written in, when their
     * function words say so clearly: enough words, and one language well ahead of the next.
     */
    public static Optional<String> detect(List<String> paragraphs) {
        int[] counts = new int[LANGUAGES.size()];
        int words = 0;
        for (String paragraph : paragraphs) {
            if (words >= MAX_WORDS) {
                break; // enough read
            }
            // the words of the lower-cased paragraph, lower-cased a character at a time as
            // String.toLowerCase does, but for the two characters it lower-cases by their
            // context or into two: a paragraph with those is lower-cased whole
            String text = hasContextualCase(paragraph)
                    ? paragraph.toLowerCase(Locale.ROOT) : paragraph;
            int start = -1;
            int hash = 0;
            int length = text.length();
            for (int i = 0; i <= length && words < MAX_WORDS; i++) {
                char c = i < length ? text.charAt(i) : ' ';
                boolean letter;
                if (c < '\u0080') {
                    // ASCII, the bulk of most pages: a letter and its lower case at once
                    char lower = (char) (c | 0x20);
                    letter = lower >= 'a' && lower <= 'z';
                    c = letter ? lower : c;
                } else {
                    c = Lines.lowerCase(c);
                    letter = isLetter(c);
                }
                if (letter) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    }
                    hash = 31 * hash + c;
                } else if (start >= 0) {
                    words++;
                    int language = i - start > MAX_WORD_LENGTH ? -1
                            : FUNCTION_WORDS.language(text, start, i, hash);
                    if (language >= 0) {
                        counts[language]++;
                    }
                    start = -1;
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        int best = -1;
        int first = 0;
        int second = 0;
        for (int language = 0; language < counts.length; language++) {
            if (counts[language] > first) {
                second = first;
                first = counts[language];
                best = language;
            } else if (counts[language] > second) {
                second = counts[language];
            }
        }
        // function words make up a third of running text; a tenth and twice the runner-up is clear
        return best >= 0 && first * 10 >= words && first >= 2 * second
                ? Optional.of(LANGUAGES.get(best)) : Optional.empty();
    }

    /**
     * {@link Character#isLetter(char)}, with the lower-case letters of the alphabets and the
     * syllables and ideographs of the scripts most pages are in answered by ranges.
     */
    static boolean isLetter(char c) {
        if (c < '\u0080') {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return c >= '\u0430' && c <= '\u045F' || c >= '\u03AC' && c <= '\u03CE'
                || c >= '\u4E00' && c <= '\u9FFC' || c >= '\uAC00' && c <= '\uD7A3'
                || c >= '\u0621' && c <= '\u064A' || Character.isLetter(c);
    }

    /**
     * Whether a text has a character that String.toLowerCase lower-cases otherwise than
     * Character.toLowerCase: the capital I with a dot (into two characters) and the capital
     * sigma (final or not by what follows it).
     */
    private static boolean hasContextualCase(String text) {
        return text.indexOf('\u0130') >= 0 || text.indexOf('\u03A3') >= 0;
    }

    /**
     * The function words in an open-addressing table, looked up by a word's characters where
     * they stand and their String hash, computed as they are read: no copy of the word.
     */
    private static final class FunctionWords {
        private final String[] words;
        private final int[] languages;
        private final int mask;

        FunctionWords(Map<String, String> table, List<String> languageOrder) {
            int size = Integer.highestOneBit(Math.max(1, table.size() * 4 - 1)) << 1;
            words = new String[size];
            languages = new int[size];
            mask = size - 1;
            for (Map.Entry<String, String> e : table.entrySet()) {
                int slot = e.getKey().hashCode() & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = e.getKey();
                languages[slot] = languageOrder.indexOf(e.getValue());
            }
        }

        /**
         * Returns the index of the language whose word {@code text[start, end)} is once
         * lower-cased character by character, or -1; {@code hash} is its String hash.
         */
        int language(String text, int start, int end, int hash) {
            int length = end - start;
            for (int slot = hash & mask; words[slot] != null; slot = (slot + 1) & mask) {
                String word = words[slot];
                if (word.length() == length && word.hashCode() == hash
                        && sameLowerCase(word, text, start)) {
                    return languages[slot];
                }
            }
            return -1;
        }

        private static boolean sameLowerCase(String word, String text, int start) {
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) != Lines.lowerCase(text.charAt(start + k))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Map<String, String> load() {
        Map<String, String> words = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String row : WordLists.load(Languages.class, "stopwords.tsv")) {
            int tab = row.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("stopwords.tsv: no tab in row \"" + row + "\"");
            }
            String language = row.substring(0, tab).strip();
            for (String word : row.substring(tab + 1).strip().split("\\s+")) {
                String previous = words.putIfAbsent(word, language);
                if (previous != null && !previous.equals(language)) {
                    shared.add(word);
                }
            }
        }
        shared.forEach(words::remove);
        return Map.copyOf(words);
    }
}
