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
        // the languages counted in the paragraph being read, to take back if it is read again
        int[] counted = new int[MAX_WORDS];
        int words = 0;
        for (String paragraph : paragraphs) {
            if (words >= MAX_WORDS) {
                break; // enough read
            }
            // the words of the lower-cased paragraph, lower-cased a character at a time as
            // String.toLowerCase does, but for the two characters it lower-cases by their
            // context or into two: a paragraph with one of those where it is read is read again,
            // lower-cased whole (one after the last word read changes none before it)
            String text = paragraph;
            boolean lowered = false;
            int wordsBefore = words;
            int found = 0;
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
                    if ((c == '\u0130' || c == '\u03A3') && !lowered) {
                        for (int k = 0; k < found; k++) {
                            counts[counted[k]]--;
                        }
                        found = 0;
                        words = wordsBefore;
                        text = paragraph.toLowerCase(Locale.ROOT);
                        lowered = true;
                        length = text.length();
                        start = -1;
                        i = -1;
                        continue;
                    }
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
                        counted[found++] = language;
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
     * The function words in an open-addressing table, looked up by a word's characters where
     * they stand and their String hash, computed as they are read: no copy of the word.
     */
    private static final class FunctionWords {
        /**
         * The size of the filter of words' hashes: 512 bytes, a few cache lines that stay in
         * the cache, where the table's slots and words, read for every word of a text after the
         * page's parse, were mostly not.
         */
        private static final int FILTER_BITS = 4096;

        /** Bits set by the words' hashes ({@link #filterBit}): a word whose bit is clear is none. */
        private final long[] filter = new long[FILTER_BITS / 64];
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
                int bit = filterBit(e.getKey().hashCode());
                filter[bit >>> 6] |= 1L << bit;
                languages[slot] = languageOrder.indexOf(e.getValue());
            }
        }

        /**
         * Returns the index of the language whose word {@code text[start, end)} is once
         * lower-cased character by character, or -1; {@code hash} is its String hash.
         */
        int language(String text, int start, int end, int hash) {
            int length = end - start;
            int bit = filterBit(hash);
            if ((filter[bit >>> 6] & 1L << bit) == 0) {
                return -1; // most words of a text: answered from a few cache lines
            }
            for (int slot = hash & mask; words[slot] != null; slot = (slot + 1) & mask) {
                String word = words[slot];
                if (word.length() == length && word.hashCode() == hash
                        && sameLowerCase(word, text, start)) {
                    return languages[slot];
                }
            }
            return -1;
        }

        /** The bit of a hash in {@link #filter}: the top bits of its product with a golden ratio. */
        private static int filterBit(int hash) {
            return (hash * 0x9E3779B9) >>> (32 - 12);
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
