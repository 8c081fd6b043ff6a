package io.github.jointstatements.parsers.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the language of a text from its most frequent function words ({@code stopwords.tsv}),
 * for pages that declare no language or the wrong one (a blog template's {@code lang="fr"} around
 * a post in English). Thread-safe.
 */
public final class Languages {

    /** Function word → language; words two languages share are left out. */
    private static final Map<String, String> WORDS = load();

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
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        for (String paragraph : paragraphs) {
            if (words >= MAX_WORDS) {
                break; // enough read: lower-casing the rest would only copy it
            }
            int start = -1;
            String lower = paragraph.toLowerCase(Locale.ROOT);
            for (int i = 0; i <= lower.length() && words < MAX_WORDS; i++) {
                boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    words++;
                    String language = i - start > MAX_WORD_LENGTH ? null
                            : WORDS.get(lower.substring(start, i));
                    if (language != null) {
                        counts.merge(language, 1, Integer::sum);
                    }
                    start = -1;
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // function words make up a third of running text; a tenth and twice the runner-up is clear
        return best != null && first * 10 >= words && first >= 2 * second
                ? Optional.of(best) : Optional.empty();
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
