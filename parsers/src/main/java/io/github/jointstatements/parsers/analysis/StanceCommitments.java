package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.PledgeWords.POSSESSIVES;
import static io.github.jointstatements.parsers.analysis.PledgeWords.isAdverb;

import io.github.jointstatements.core.PledgeKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A noun of standing commitment after a verb of {@code pledge-stance-verbs.tsv}: "underscored
 * their continued commitment to", "are united in our resolve to", "expressed commitment to".
 * Stateless.
 */
final class StanceCommitments {

    /** Nouns of a standing commitment: "underscored their continued commitment to". */
    static final Set<String> STANCE_NOUNS = Set.of("commitment", "commitments",
            "determination", "dedication", "resolve");
    /** The verbs that state a standing commitment, with the kind of pledge they make. */
    static final Map<String, PledgeKind> STANCE_VERBS = stanceVerbs();
    static final Set<String> SHARED = Set.of("shared", "joint", "mutual", "common");

    /**
     * Returns the index of the verb that states a standing commitment named by the noun at
     * {@code noun} ("underscored their continued commitment to", "expressed commitment to"), or
     * -1.
     */
    static int stanceVerb(List<Token> t, int noun) {
        int next = noun + 1;
        if (next >= t.size() || !(t.get(next).is("to") || t.get(next).is("towards")
                || t.get(next).is("toward"))) {
            return -1;
        }
        // back over "their continued", "his Administration's", "the enduring U.S.", "a shared"
        int k = noun - 1;
        int words = 0;
        boolean owner = false; // "U.S.", "Administration's": whose commitment, after "the"
        boolean shared = false; // "a shared commitment"
        while (k >= 0 && words < 5 && stanceKey(t, k) == null) {
            Token x = t.get(k);
            owner |= x.isCapitalized() || x.isPossessive() || POSSESSIVES.contains(x.lower());
            shared |= SHARED.contains(x.lower());
            if (x.is("the") && !owner || (x.is("a") || x.is("an")) && !shared) {
                return -1;
            }
            boolean modifier = x.isWord() && !x.isCapitalized()
                    || x.isPossessive()
                    || x.isCapitalized() && (x.text().contains(".") || x.is("administration")
                    || x.is("government") || x.text().equals(x.text().toUpperCase(Locale.ROOT)));
            if (!modifier || x.is("and") || x.is("or") || x.is("of") || x.is("to")
                    || x.is("that")) {
                return -1;
            }
            k--;
            words++;
        }
        while (k >= 0 && isAdverb(t.get(k))) {
            k--;
        }
        return k >= 0 && stanceKey(t, k) != null && !t.get(k).isCapitalized() ? k : -1;
    }

    /**
     * Returns the key of {@link #STANCE_VERBS} the token at {@code k} stands for: the verb, or an
     * adjective with the "in" after it ("united in"); null if it is neither.
     */
    static String stanceKey(List<Token> t, int k) {
        String w = t.get(k).lower();
        if (STANCE_VERBS.containsKey(w)) {
            return w;
        }
        String in = w + " in";
        return k + 1 < t.size() && t.get(k + 1).is("in") && STANCE_VERBS.containsKey(in) ? in
                : null;
    }

    static Map<String, PledgeKind> stanceVerbs() {
        Map<String, PledgeKind> map = new HashMap<>();
        for (String row : WordLists.load(PledgeFinder.class, "pledge-stance-verbs.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 2 && !(cols.length == 3 && cols[2].strip().equals("in"))) {
                throw new IllegalStateException("pledge-stance-verbs.tsv: expected 2 columns,"
                        + " or a third \"in\": \"" + row + "\"");
            }
            PledgeKind kind = PledgeKind.valueOf(cols[0].strip());
            for (String form : cols[1].split("\\|")) {
                String key = form.strip().toLowerCase(Locale.ROOT);
                map.put(cols.length == 3 ? key + " in" : key, kind);
            }
        }
        return Map.copyOf(map);
    }

    private StanceCommitments() {}
}
