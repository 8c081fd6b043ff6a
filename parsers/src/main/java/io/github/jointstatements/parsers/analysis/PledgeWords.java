package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.util.List;
import java.util.Set;

/**
 * The small words a pledge's clause is read by, shared by the pledge rules: clause openers,
 * possessives, modals of the future, linking adverbs, and the boundaries of a clause. Stateless.
 */
final class PledgeWords {

    static final Set<String> OPENERS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "clause-openers.txt"));
    static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her", "our",
            "my");
    static final Set<String> FUTURE = Set.of("will", "would", "shall", "must", "'ll",
            "’ll");
    static final int MAX_LIST_COMMAS = 16;
    /** Adverbs that link a sentence to the one before: "We therefore commit to". */
    static final Set<String> LINKING_ADVERBS = Set.of("therefore", "thus", "hence",
            "accordingly", "furthermore", "moreover", "likewise", "additionally", "collectively",
            "individually", "henceforth", "together", "jointly", "also", "further", "not",
            "then", "again", "both", "all", "now", "still", "today", "hereby", "each", "too");
    static final int MAX_PARENTHETIC = 16;

    /** Returns the index of the first token at or before {@code from} that is no adverb. */
    static int skipAdverbsBack(List<Token> t, int from) {
        int k = from;
        while (k > 0 && isAdverb(t.get(k))) {
            k--;
        }
        return k;
    }

    static int skipAdverbs(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && isAdverb(t.get(k))) {
            k++;
        }
        return k;
    }

    static boolean isAdverb(Token token) {
        String w = token.lower();
        return !token.isCapitalized() && (w.endsWith("ly") && w.length() > 3
                || LINKING_ADVERBS.contains(w));
    }

    static boolean isBoundary(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–")
                || w.equals("(") || w.equals(")") || w.equals("\"") || w.equals("“")
                || w.equals("”") || t.is("that") || OPENERS.contains(t.lower());
    }

    static String trimEnd(String text) {
        String r = text.strip();
        while (!r.isEmpty() && ".;:,".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r;
    }

    private PledgeWords() {}
}
