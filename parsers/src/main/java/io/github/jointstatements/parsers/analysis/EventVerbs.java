package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventWords.ADVERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.GATHERING_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.HOLDING_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.ORDINAL_WORDS;
import static io.github.jointstatements.parsers.analysis.EventWords.isFunctionWord;

import java.util.List;
import java.util.Set;

/**
 * The verbs and participles around an event's name that say it takes place: the verb that holds
 * it ("held a meeting", "participated in the plenary meeting", "will host X for a bilateral
 * meeting"), a participle after it ("conducted in late 2022"), "following", "on the margins
 * of", and the words of a body that meets. Static rules over tokens; thread-safe.
 */
final class EventVerbs {

    /** Words that say a body meets: its working group is then an event. */
    static final Set<String> GATHERING_CUES = Set.of("recently", "recent", "held",
            "convened", "met", "meet", "meets", "launch", "launched", "inaugural", "upcoming",
            "hosted", "brought", "gathered");

    private EventVerbs() {
    }

    /**
     * Returns the verb that holds the event starting at {@code start}, past its determiner and
     * a few describing words ("held a warm and productive working meeting", "participated in
     * the plenary meeting"), or -1.
     */
    static int holdingVerb(List<Token> t, int start) {
        boolean determined = false; // "held a ... meeting", not "hold mandatory meetings"
        for (int k = start - 1, words = 0; k >= 0 && words < 6; k--, words++) {
            Token x = t.get(k);
            String w = x.lower();
            boolean adjacent = k == start - 1;
            if (HOLDING_VERBS.contains(w)) {
                return determined || adjacent ? k : -1;
            }
            if (w.equals("in") && k > 0 && (t.get(k - 1).is("participated")
                    || t.get(k - 1).is("participate") || t.get(k - 1).is("participates"))) {
                return determined || adjacent ? k - 1 : -1;
            }
            if (w.equals("in") && k > 1 && t.get(k - 1).lower().endsWith("ly")
                    && t.get(k - 2).lower().startsWith("participat")) {
                return determined || adjacent ? k - 2 : -1; // "participate virtually in"
            }
            if (w.equals("for") || w.equals("at") || w.equals("during")) {
                int v = k - 1;
                while (v > 0 && ADVERBS.contains(t.get(v).lower())) {
                    v--;
                }
                int p = v;
                while (p > 0 && p > k - 16 && !GATHERING_VERBS.contains(t.get(p).lower())
                        && (t.get(p).text().equals(",") || t.get(p).is("in")
                        || t.get(p).is("on") || t.get(p).isCapitalized()
                        || (t.get(p).is("the") || t.get(p).is("of"))
                        && t.get(p + 1).isCapitalized()
                        || Character.isDigit(t.get(p).text().charAt(0))
                        || t.get(p).text().equals("-") || t.get(p).text().equals("–"))) {
                    p--; // "met in Jakarta, Indonesia, on 11 July 2023 for the ... Meeting",
                         // "met in Manila, the Philippines, on August 7, 2017, for the"
                }
                if (p < v && p >= 0 && GATHERING_VERBS.contains(t.get(p).lower())) {
                    v = p;
                }
                if (v >= 0 && GATHERING_VERBS.contains(t.get(v).lower())) {
                    return determined || adjacent ? v : -1; // "met today for the first Summit"
                }
                if (w.equals("for") && determined) {
                    int host = hostBefore(t, k);
                    if (host >= 0) {
                        return host; // "will host Micheal Martin, Taoiseach of Ireland, for a
                                     // bilateral meeting"
                    }
                }
            }
            if (determined) {
                return -1;
            }
            determined = w.equals("a") || w.equals("an") || w.equals("the")
                    || w.equals("their") || w.equals("his") || w.equals("her") || w.equals("its")
                    || w.equals("our");
            boolean describing = x.isWord() && !x.isCapitalized() && !isFunctionWord(w)
                    && !w.endsWith("ed") || w.equals("and") || w.equals(",")
                    || ORDINAL_WORDS.contains(w);
            if (!describing && !determined) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb of hosting whose guest ends before "for" at {@code k}, in its clause; or -1. */
    private static int hostBefore(List<Token> t, int k) {
        for (int v = k - 1; v >= 0 && v > k - 16; v--) {
            String w = t.get(v).lower();
            if (w.equals(";") || w.equals(".") || w.equals("for") || w.equals("to")) {
                return -1;
            }
            if (w.equals("host") || w.equals("hosts") || w.equals("hosted") || w.equals("welcome")
                    || w.equals("welcomes") || w.equals("welcomed")) {
                return v;
            }
        }
        return -1;
    }

    /** Whether the event is the object of a verb that holds one: "held a meeting". */
    static boolean objectOfEventVerb(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("the")
                || t.get(k).is("their") || t.get(k).is("its"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        return HOLDING_VERBS.contains(t.get(k).lower());
    }

    static boolean participleAfter(List<Token> t, int end) {
        int k = end;
        if (k < t.size() && t.get(k).text().equals(",")) {
            k++;
            if (k < t.size() && (t.get(k).is("which") || t.get(k).is("that"))) {
                k++; // "the talks, which took place in Geneva,"
            }
        }
        if (k + 1 < t.size() && (t.get(k).is("took") || t.get(k).is("take")
                || t.get(k).is("takes")) && t.get(k + 1).is("place")) {
            return true; // "the talks took place", "which will take place"
        }
        // "the summit is scheduled for", "the talks will be held in"
        if (k + 1 < t.size() && (t.get(k).is("is") || t.get(k).is("was") || t.get(k).is("are")
                || t.get(k).is("were"))) {
            k++;
        } else if (k + 2 < t.size() && t.get(k).is("will") && t.get(k + 1).is("be")) {
            k += 2;
        } else if (k + 2 < t.size() && t.get(k).is("will") && t.get(k + 1).is("take")
                && t.get(k + 2).is("place")) {
            return true;
        }
        if (k >= t.size()) {
            return false;
        }
        String w = t.get(k).lower();
        return w.equals("held") || w.equals("conducted") || w.equals("co-hosted")
                || w.equals("hosted") || w.equals("convened") || w.equals("scheduled")
                || w.equals("planned") || w.equals("organized") || w.equals("organised");
    }

    static boolean followingAt(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && (t.get(k).is("a") || t.get(k).is("the"))) {
            k--;
        }
        return k >= 0 && t.get(k).is("following");
    }

    /** Whether the event is where another met: "on the margins of the G20 Summit". */
    static boolean onMargins(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && t.get(k).is("the")) {
            k--;
        }
        return k >= 1 && t.get(k).is("of") && (t.get(k - 1).is("margins")
                || t.get(k - 1).is("margin") || t.get(k - 1).is("sidelines"));
    }

    /**
     * Whether the clause says a body meets or met: "the launch of the ... Working Group", "the
     * Working Groups, which recently brought together experts", "the upcoming Working Group".
     */
    static boolean meets(List<Token> t, int start, int end) {
        for (int k = Math.max(0, start - 6); k < Math.min(t.size(), end + 8); k++) {
            if (k >= start && k < end) {
                continue;
            }
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(".")) {
                if (k >= end) {
                    break;
                }
                continue;
            }
            if (GATHERING_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
