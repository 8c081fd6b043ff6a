package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.PledgeWords.FUTURE;
import static io.github.jointstatements.parsers.analysis.PledgeWords.MAX_PARENTHETIC;
import static io.github.jointstatements.parsers.analysis.PledgeWords.POSSESSIVES;
import static io.github.jointstatements.parsers.analysis.PledgeWords.isBoundary;
import static io.github.jointstatements.parsers.analysis.PledgeWords.skipAdverbs;
import static io.github.jointstatements.parsers.analysis.PledgeWords.skipAdverbsBack;

import io.github.jointstatements.core.PledgeKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that make a pledge ({@code pledge-triggers.tsv}: "pledged", "will", "agreed",
 * "reaffirmed" ...), each with the condition what follows it must meet ("to", a verb, an object,
 * a decision), and a sentence opened by a bare pledge verb ("Agree to ...", "Hereby decide to:").
 * Stateless.
 */
final class PledgeTriggers {

    /** A pledge verb: the kind of pledge it makes and what must follow it. */
    record Trigger(PledgeKind kind, String condition) {}

    static final Map<String, Trigger> TRIGGERS = triggers();
    static final Set<String> EXCLUDED_OBJECTS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "pledge-exclusions.txt"));
    /**
     * Verbs after "will" that announce an agenda rather than a commitment ("The leaders will
     * discuss", "President Biden will travel to Irvine"), unless the parties say it of
     * themselves ("We will discuss how to deepen").
     */
    static final Set<String> AGENDA = Set.of("discuss", "travel", "attend",
            "participate", "outline", "speak");

    /** Whether what follows the trigger at {@code i} meets its condition. */
    static boolean meets(Trigger trigger, List<Token> t, int i) {
        int next = skipAdverbs(t, i + 1);
        switch (trigger.condition()) {
            case "any":
                return next < t.size() || i > 0;
            case "to":
                return followedByTo(t, i + 1);
            case "verb":
                next = skipParenthetic(t, next);
                return next < t.size() && t.get(next).isWord() && !t.get(next).isCapitalized()
                        && !(AGENDA.contains(t.get(next).lower()) && !(i > 0
                        && t.get(skipAdverbsBack(t, i - 1)).is("we")))
                        && !(i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("a")
                        || POSSESSIVES.contains(t.get(i - 1).lower())));
            case "intent":
                return i >= 2 && POSSESSIVES.contains(t.get(i - 1).lower())
                        && t.get(i - 2).isWord() && !t.get(i - 2).isCapitalized()
                        && next < t.size() && t.get(next).is("to");
            case "object":
                for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
                    if (EXCLUDED_OBJECTS.contains(t.get(k).lower())) {
                        return false;
                    }
                }
                return next < t.size();
            case "decision":
                if (next >= t.size()) {
                    return false;
                }
                String w = t.get(next).lower();
                if (w.equals("to") || w.equals("on") || w.equals("upon")) {
                    return true;
                }
                if (w.equals("for")) { // "agreed for talks to take place"
                    for (int k = next + 2; k < Math.min(t.size(), next + 8); k++) {
                        if (t.get(k).is("to")) {
                            return true;
                        }
                    }
                    return false;
                }
                if (w.equals("with")) {
                    return false;
                }
                for (int k = next; k < t.size(); k++) {
                    String x = t.get(k).lower();
                    if (x.equals(";")) {
                        break;
                    }
                    if (FUTURE.contains(x) || x.endsWith("'ll")) {
                        return !(x.equals("would") && k + 1 < t.size()
                                && t.get(k + 1).is("have"));
                    }
                    int head = k > 0 ? skipAdverbsBack(t, k - 1) : 0;
                    if (x.equals("should") && k > 0 && OWN_SUBJECTS.contains(t.get(head).lower())
                            && !(head > 0 && (t.get(head - 1).is("all")
                            || t.get(head - 1).is("other")))) {
                        return true; // "agreed that the two sides should deepen": their own
                    }
                }
                return false;
            default:
                throw new IllegalStateException("unknown condition " + trigger.condition());
        }
    }

    static boolean followedByTo(List<Token> t, int from) {
        int k = skipAdverbs(t, from);
        if (k < t.size() && t.get(k).is("to")) {
            return true;
        }
        // a parenthetic: "are committed, where applicable ..., to implementing"
        if (k < t.size() && t.get(k).text().equals(",")) {
            for (int j = k + 1; j < Math.min(t.size(), k + 25); j++) {
                if (t.get(j).text().equals(",")) {
                    return j + 1 < t.size() && t.get(j + 1).is("to");
                }
            }
        }
        return false;
    }

    /**
     * Returns the index past a parenthetic set off by commas at {@code from} ("will, among other
     * commitments, adopt"), or {@code from} if there is none.
     */
    static int skipParenthetic(List<Token> t, int from) {
        if (from >= t.size() || !t.get(from).text().equals(",")) {
            return from;
        }
        for (int j = from + 1; j < Math.min(t.size(), from + MAX_PARENTHETIC); j++) {
            Token x = t.get(j);
            if (x.text().equals(",")) {
                return j > from + 1 ? skipAdverbs(t, j + 1) : from;
            }
            if (isBoundary(x) && !x.text().equals(",") || x.is("and") || x.is("or")) {
                return from;
            }
        }
        return from;
    }

    /**
     * Whether the trigger at {@code i} opens its sentence as a verb with no subject, the parties
     * speaking: "Agree to the full implementation of ...", "Hereby decide to:", and the
     * operative clauses of a communiqué ("2. Decides to remain seized of the matter",
     * "Agreed to convene the next meeting", "Reaffirmed our commitment to").
     */
    static boolean opensSubjectless(List<Token> t, int i) {
        return opensSubjectless(t, i, false);
    }

    /**
     * As {@link #opensSubjectless(List, int)}; in the operative part of a decision ({@code
     * operative}: after "... adopted the following decision:"), a verb in "-s" opens a clause
     * unnumbered too.
     */
    static boolean opensSubjectless(List<Token> t, int i, boolean operative) {
        int k = 0;
        while (k < i && (!t.get(k).isWord() || Character.isDigit(t.get(k).text().charAt(0))
                || letterEnumerator(t, k) || t.get(k).is("hereby") || t.get(k).is("also") || t.get(k).is("further")
                || t.get(k).is("jointly") || t.get(k).is("together") || t.get(k).is("and"))) {
            k++;
        }
        if (k != i || !t.get(i).isCapitalized() && i == 0) {
            return false;
        }
        String w = t.get(i).lower();
        Token first = t.get(0);
        if (!(first.isCapitalized() || !first.isWord()
                || Character.isDigit(first.text().charAt(0)) || letterEnumerator(t, 0))
                || w.endsWith("ing")
                || w.equals("will") || w.equals("shall") || w.endsWith("'ll")
                || w.equals("intent") || w.equals("intention") || w.equals("determined")) {
            return false;
        }
        if (w.endsWith("s") || w.endsWith("ed")) {
            // the operative clauses of a communiqué or a decision, the body named in its
            // chapeau: "Decides to remain seized", "Reaffirms its commitment", "Agreed to
            // convene"; not a noun ("Pledges of support") nor a participle ("Committed to
            // peace, the people ...")
            String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
            return w.endsWith("s") ? OPERATIVE_OBJECTS.contains(next)
                    && (operative || enumerated(t, i))
                    : (w.equals("agreed") || w.equals("decided")) && (next.equals("to")
                    || next.equals("that") || next.equals("on"))
                    || POSSESSIVES.contains(next) && TRIGGERS.get(w).kind()
                    == PledgeKind.REAFFIRMATION;
        }
        return true;
    }

    /**
     * Whether a number or a letter in brackets opens the clause before {@code i}: "2. Decides",
     * "(b) Reaffirms" (unnumbered, "Commits to ..." is more often an item of a list of
     * others' commitments, or a heading).
     */
    static boolean enumerated(List<Token> t, int i) {
        for (int k = 0; k < i; k++) {
            if (Character.isDigit(t.get(k).text().charAt(0)) || t.get(k).text().equals(")")
                    || letterEnumerator(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code k} is a letter or Roman numeral that numbers a clause: "b)". */
    static boolean letterEnumerator(List<Token> t, int k) {
        String x = t.get(k).lower();
        return k <= 1 && k + 1 < t.size() && x.length() <= 4
                && (x.length() == 1 || x.chars().allMatch(c -> "ivxl".indexOf(c) >= 0))
                && (t.get(k + 1).text().equals(")") || t.get(k + 1).text().equals("."));
    }

    /**
     * Heads of a subject that stands for the parties before "should" in what they agree on
     * ("agreed that the two countries should"), unlike a call on others ("agreed that Iran
     * should", "agreed that all sides should").
     */
    static final Set<String> OWN_SUBJECTS = Set.of("sides", "countries", "nations", "parties",
            "leaders", "ministers", "governments", "we", "they", "both");

    /** Words after an operative verb in "-s" that make it one: "Decides to", "Reaffirms its". */
    static final Set<String> OPERATIVE_OBJECTS = Set.of("to", "its", "their", "that", "the",
            "further", "also", "once", "again", "full", "strong");

    static Map<String, Trigger> triggers() {
        Map<String, Trigger> map = new HashMap<>();
        for (String row : WordLists.load(PledgeFinder.class, "pledge-triggers.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("pledge-triggers.tsv: expected 3 columns: \""
                        + row + "\"");
            }
            PledgeKind kind = PledgeKind.valueOf(cols[0].strip());
            for (String form : cols[1].split("\\|")) {
                map.put(form.strip().toLowerCase(Locale.ROOT), new Trigger(kind, cols[2].strip()));
            }
        }
        return Map.copyOf(map);
    }

    private PledgeTriggers() {}
}
