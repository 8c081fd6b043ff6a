package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventWords.ACRONYM_LIKE;
import static io.github.jointstatements.parsers.analysis.EventWords.CALENDAR_WORDS;
import static io.github.jointstatements.parsers.analysis.EventWords.COP;
import static io.github.jointstatements.parsers.analysis.EventWords.MAX_MODIFIERS;
import static io.github.jointstatements.parsers.analysis.EventWords.MODIFIERS;
import static io.github.jointstatements.parsers.analysis.EventWords.NOUNS;
import static io.github.jointstatements.parsers.analysis.EventWords.OBJECT_NOUNS;
import static io.github.jointstatements.parsers.analysis.EventWords.ORDINAL;
import static io.github.jointstatements.parsers.analysis.EventWords.isFunctionWord;
import static io.github.jointstatements.parsers.analysis.EventWords.isNumber;

import io.github.jointstatements.core.EventKind;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where an event's name begins and ends around its noun: a verb use of the noun ("to call
 * for"), the complement after it ("of the Heads of Governments ...", "between Thailand and
 * India", "on Artificial Intelligence Safety"), a name joined by "and" ("Economic and Trade
 * Meeting"), an acronym spelled out before it, and the forms a name takes in comparison (without
 * asides, ordinals). Static rules over tokens; thread-safe.
 */
final class EventNames {

    /**
     * Lower-case nouns that end a body named by its members' adjective: "the Central Asian
     * countries", "the GCC member states", "the Nordic governments".
     */
    private static final Set<String> MEMBER_NOUNS = Set.of("countries", "states", "nations",
            "member", "members", "governments", "partners");

    /**
     * The last words of the two-word nouns ("group" of "working group"): a token that is none
     * of them ends no two-word noun, and needs no key built to look one up.
     */
    private static final Set<String> SECOND_WORDS = NOUNS.keySet().stream()
            .filter(noun -> noun.indexOf(' ') >= 0)
            .map(noun -> noun.substring(noun.lastIndexOf(' ') + 1))
            .collect(Collectors.toUnmodifiableSet());

    private EventNames() {
    }

    /**
     * An event noun in a sentence.
     *
     * @param head the token of its last word, which gives the kind
     * @param start the token its noun starts at: "working" of "working group"
     * @param end the token after it: past the number of "COP 26"
     * @param objectOnly whether it names a meeting only as what a verb holds ("a briefing")
     * @param cop whether it is a Conference of the Parties ("COP28", "COP 26")
     */
    record Noun(int head, int start, int end, EventKind kind, boolean objectOnly, boolean cop) {
    }

    /**
     * Where an event's name starts, and whether a capitalised word or a possessive of a name
     * makes it a name of its own ("G7 Leader's Summit") rather than a described event.
     */
    record NameStart(int start, boolean named) {
    }

    /**
     * Returns the event noun whose last word is token {@code h}, or null: none, the first word
     * of a longer noun ("working" of "working groups"), a word inside a longer capitalised name
     * ("Forum" of "Negev Forum Working Groups"), or a verb ("to call for").
     */
    static Noun nounAt(List<Token> t, int h) {
        Token head = t.get(h);
        String lower = head.lower();
        EventKind kind = NOUNS.get(lower);
        boolean objectOnly = kind == null && OBJECT_NOUNS.contains(lower);
        if (objectOnly) {
            kind = EventKind.MEETING;
        }
        // "COP-28", "COP28", "COP 26"
        boolean copSpaced = head.text().equals("COP") && h + 1 < t.size()
                && t.get(h + 1).text().length() <= 2 && isNumber(t.get(h + 1).text());
        boolean cop = copSpaced
                || head.text().startsWith("COP") && COP.matcher(head.text()).matches();
        int nounStart = h;
        // "working group", "phone call": a two-word noun ends here
        if (h > 0 && SECOND_WORDS.contains(lower)) {
            EventKind two = NOUNS.get(t.get(h - 1).lower() + " " + lower);
            if (two != null) {
                kind = two;
                objectOnly = false;
                nounStart = h - 1;
            }
        }
        if (kind == null && !cop) {
            return null;
        }
        if (cop) {
            kind = EventKind.CONFERENCE;
        }
        int headEnd = copSpaced ? h + 2 : h + 1;
        if (h + 1 < t.size() && NOUNS.containsKey(lower + " " + t.get(h + 1).lower())) {
            return null; // the longer noun ends at the next token
        }
        if (head.isCapitalized() && h + 1 < t.size() && t.get(h + 1).isCapitalized()
                && t.get(h + 1).isWord() && !isFunctionWord(t.get(h + 1).lower())
                && NOUNS.containsKey(lastNounOf(t, h + 1))) {
            return null; // the name goes on: "Negev Forum Working Groups"
        }
        if (isVerbUse(t, nounStart)) {
            return null;
        }
        if (head.isCapitalized() && !cop && !(kind == EventKind.EXERCISE && startsName(t, h))
                && h + 1 < t.size() && t.get(h + 1).isCapitalized()
                && t.get(h + 1).isWord() && !isFunctionWord(t.get(h + 1).lower())
                && !CALENDAR_WORDS.contains(t.get(h + 1).lower())
                && !ACRONYM_LIKE.matcher(t.get(h + 1).text()).matches()
                && !NOUNS.containsKey(t.get(h + 1).lower())) {
            return null; // a name that goes on past the noun: "Demonstration Facility",
                         // "Exercise Report", "the Vilnius Summit Communique"
        }
        if (h + 1 < t.size() && MODIFIERS.contains(lower) && !head.isCapitalized()
                && NOUNS.containsKey(t.get(h + 1).lower())) {
            return null; // a modifier of the next noun: "ministerial dialogue", "summit meeting"
        }
        return new Noun(h, nounStart, headEnd, kind, objectOnly, cop);
    }

    /**
     * Returns where the name of an event noun starts, back over the modifiers, ordinals,
     * capitalised words, possessives and spelled-out acronyms before it, at most
     * {@link EventWords#MAX_MODIFIERS}; a capitalised word that {@code inTime} says is part of
     * a date ("the November 2022 Phnom Penh Summit") is no part of the name.
     */
    static NameStart nameStart(List<Token> t, Noun noun, Places places,
            Predicate<Token> inTime) {
        Token head = t.get(noun.head());
        String lower = head.lower();
        int start = noun.start();
        boolean named = noun.cop();
        int mods = 0;
        while (start > 0 && mods < MAX_MODIFIERS) {
            Token m = t.get(start - 1);
            String ml = m.lower();
            if (m.isPossessive() && start >= 2 && !head.isCapitalized()
                    && MODIFIERS.contains(t.get(start - 2).lower())) {
                start -= 2; // "trilateral leaders' summit"
                mods++;
                continue;
            }
            if (m.isPossessive() && start >= 2 && t.get(start - 2).isCapitalized()
                    && head.isCapitalized()) {
                start -= 2; // "G7 Leader’s Summit"
                named = true;
                mods++;
                continue;
            }
            if (ml.equals(")") && start >= 4 && t.get(start - 3).text().equals("(")
                    && ACRONYM_LIKE.matcher(t.get(start - 2).text().replace(".", ""))
                    .matches() && spelledOut(t, start - 3, t.get(start - 2).text())) {
                start -= 3; // "the 11th ASEAN-United States (U.S.) Summit"
                mods++;
                continue;
            }
            if ((ml.equals("and") || ml.equals("&")) && named && start >= 2
                    && joinsName(t.get(start - 2), lower, places)) {
                start--; // "U.S.-China Economic and Trade Meeting"
                mods++;
                continue;
            }
            if (isNumber(m.text()) && start >= 3 && t.get(start - 2).text().equals("+")
                    && isNumber(t.get(start - 3).text())) {
                start -= 3; // "U.S.-Japan Economic 2+2 Dialogue"; named by its other words
                mods++;
                continue;
            }
            if ((ml.equals("\u2013") || ml.equals("\u2010")) && start >= 2
                    && t.get(start - 2).end() == m.start() && m.end() == t.get(start).start()
                    && t.get(start - 2).isCapitalized() && t.get(start - 2).isWord()
                    && t.get(start).isCapitalized()) {
                start -= 2; // "the Second Russia–Africa Summit": a pair joined by a dash
                named = true;
                mods++;
                continue;
            }
            if (!m.isWord()) {
                break;
            }
            if (m.isCapitalized() && !isFunctionWord(ml) && !inTime.test(m)) {
                named = true;
            } else if (named && m.isCapitalized() && start >= 3 && !ml.equals("the")
                    && !ml.equals("a") && !ml.equals("an") && t.get(start - 2).isWord()
                    && t.get(start - 2).isCapitalized()
                    && !isFunctionWord(t.get(start - 2).lower())) {
                // a capitalised function word between the words of a name, past the
                // sentence's first word: "the United We Stand Summit", "Made In America Week"
            } else if (ORDINAL.matcher(m.text()).matches() || MODIFIERS.contains(ml)
                    || ml.endsWith("-level") || ml.endsWith("-scale")) {
                // a modifier
            } else {
                break;
            }
            start--;
            mods++;
        }
        return new NameStart(start, named);
    }

    static boolean isVerbUse(List<Token> t, int h) {
        if (h == 0) {
            return false;
        }
        String before = t.get(h - 1).lower();
        String lower = t.get(h).lower();
        if (before.equals("to") || before.equals("will") || before.equals("would")
                || before.equals("we") || before.equals("they") || before.equals("can")
                || before.equals("must") || before.equals("should") || before.equals("who")) {
            return !t.get(h).isCapitalized();
        }
        if (lower.equals("signing") && h + 1 < t.size() && (t.get(h + 1).is("up")
                || t.get(h + 1).is("on"))) {
            return true; // "Americans signing up for coverage"
        }
        if ((lower.equals("call") || lower.equals("calls")) && h + 1 < t.size()
                && (t.get(h + 1).is("for") || t.get(h + 1).is("on") || t.get(h + 1).is("upon")
                || t.get(h + 1).is("to"))) { // "a call to action"
            // but "the call on Tuesday", "the call on January 30" is one
            return !(t.get(h + 1).is("on") && h + 2 < t.size()
                    && CALENDAR_WORDS.contains(t.get(h + 2).lower()));
        }
        return false;
    }

    /**
     * Whether the noun at {@code h} opens a name, no capitalised word before it: "Exercise
     * Flintlock", "the exercise Talisman Sabre"; not "Tabletop Exercise Packages".
     */
    static boolean startsName(List<Token> t, int h) {
        return h == 0 || !(t.get(h - 1).isCapitalized() && t.get(h - 1).isWord())
                || isFunctionWord(t.get(h - 1).lower());
    }

    /** Whether a word is an auxiliary or modal that starts a predicate: "will", "was", "has". */
    static boolean isFiniteVerb(String lower) {
        return switch (lower) {
            case "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                 "is", "are", "was", "were", "has", "have", "had" -> true;
            default -> false;
        };
    }

    static boolean hasComplement(List<Token> t, int h) {
        if (h + 2 >= t.size()) {
            return false;
        }
        String next = t.get(h + 1).lower();
        // "the upcoming visit by Prime Minister Modi": a visit's visitor
        boolean byVisitor = next.equals("by") && t.get(h).is("visit");
        return (next.equals("between") || next.equals("of") || byVisitor)
                && t.get(h + 2).isWord() && (t.get(h + 2).isCapitalized()
                || t.get(h + 2).is("the") || t.get(h + 2).is("a"));
    }

    static boolean capitalizedComplement(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isCapitalized() && t.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name at {@code from} (before {@code to}) is an event's own: its first run of
     * capitalised words ends with an event noun ("the Defense Trilateral Talks", "the
     * Conference of the Parties"); not a body that only takes an event's word ("Pacific Islands
     * Forum Foreign Ministers").
     */
    static boolean startsWithEventName(List<Token> t, int from, int to) {
        int k = from;
        while (k < to && (t.get(k).isCapitalized() && t.get(k).isWord() || k > from
                && k + 1 < to && (t.get(k).is("and") || t.get(k).is("of") || t.get(k).is("on")
                || t.get(k).is("for")) && t.get(k + 1).isCapitalized())) {
            k++; // "the Trade and Labor Dialogue"
        }
        return k > from && NOUNS.containsKey(t.get(k - 1).lower());
    }

    /** Returns the end of the complement after an event noun. */
    static int complementEnd(List<Token> t, int from, EventKind kind, boolean named) {
        int k = from;
        if (k + 1 >= t.size()) {
            return k;
        }
        String next = t.get(k).lower();
        if (named && next.equals("of")) {
            // "Summit of the Heads of Governments of the Central European Initiative"
            int e = k;
            while (e + 1 < t.size() && t.get(e).is("of")) {
                int q = e + 1;
                if (q < t.size() && t.get(q).is("the")) {
                    q++;
                }
                int r = q;
                while (r < t.size() && (t.get(r).isCapitalized() && t.get(r).isWord()
                        || r > q && (t.get(r).is("and") || t.get(r).text().equals("&"))
                        && r + 1 < t.size() && t.get(r + 1).isCapitalized()
                        || r > q && t.get(r).is("on") && r + 1 < t.size()
                        && t.get(r + 1).isCapitalized() && t.get(r + 1).isWord()
                        && !CALENDAR_WORDS.contains(t.get(r + 1).lower())
                        && NOUNS.containsKey(t.get(r - 1).lower()))) {
                    r++; // "of the Trade and Labor Dialogue", "of the Comprehensive Dialogue
                         // on Space"
                }
                if (r == q) {
                    break;
                }
                for (int n = 0; n < 2 && r < t.size() && MEMBER_NOUNS.contains(t.get(r).lower());
                        n++) {
                    r++; // "of the Central Asian countries", "of the GCC member states"
                }
                e = r;
            }
            return e > k ? e : k;
        }
        if (kind == EventKind.EXERCISE && startsName(t, k - 1)
                && t.get(k).isCapitalized() && t.get(k).isWord()
                && !isFunctionWord(next) && !CALENDAR_WORDS.contains(next)) {
            // an exercise's own name after its noun: "exercise Talisman Sabre 2023"
            int e = k;
            while (e < t.size() && t.get(e).isCapitalized() && t.get(e).isWord()
                    && !isFunctionWord(t.get(e).lower())
                    && !CALENDAR_WORDS.contains(t.get(e).lower())) {
                e++;
            }
            if (e < t.size() && t.get(e).text().length() == 4 && isNumber(t.get(e).text())) {
                e++;
            }
            return e;
        }
        if (next.equals("between") || next.equals("of")
                && (kind == EventKind.ANNIVERSARY || kind == EventKind.VISIT
                || kind == EventKind.OTHER) || next.equals("by") && t.get(k - 1).is("visit")
                && (t.get(k + 1).isCapitalized() || t.get(k + 1).is("the") && k + 2 < t.size()
                && t.get(k + 2).isCapitalized())) {
            int e = k + 1;
            int ands = 0;
            boolean capitalized = false;
            while (e < t.size()) {
                Token x = t.get(e);
                String w = x.lower();
                if (capitalized && x.isWord() && !x.isCapitalized() && (w.endsWith("ing")
                        && t.get(e - 1).isWord() && t.get(e - 1).isCapitalized()
                        || w.equals("because") || w.equals("by"))
                        || w.equals("—") || w.equals("–")) {
                    break; // "of Bloody Sunday directing ...", "of the Act because it means";
                           // not "of the Supreme Court's landmark ruling"
                }
                capitalized |= x.isWord() && x.isCapitalized();
                if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("(")
                        || w.equals("?") || w.equals("!") || w.equals(":")
                        || w.equals("in") || w.equals("on") || w.equals("as")
                        || w.equals("which") || w.equals("that") || w.equals("at")
                        || w.equals("last") || w.equals("this") || w.equals("from")
                        || w.equals("earlier") || w.equals("later") || w.equals("next")
                        || w.equals("with") || w.equals("for") || isFiniteVerb(w)) {
                    break; // "of diplomatic relations will be celebrated"
                }
                if (w.equals("and") && (!next.equals("between") || ++ands > 1)) {
                    break;
                }
                if (ands > 0 && !w.equals("and") && x.isWord() && !x.isCapitalized()
                        && !w.equals("the") && !w.equals("of")) {
                    break;
                }
                if (w.equals("to") && kind != EventKind.VISIT) {
                    break;
                }
                e++;
            }
            return e > k + 1 ? e : k;
        }
        if ((next.equals("on") || next.equals("for") && named) && k + 1 < t.size()
                && t.get(k + 1).isCapitalized()
                && t.get(k + 1).isWord() && !CALENDAR_WORDS.contains(t.get(k + 1).lower())) {
            if (kind == EventKind.TALKS && !named) {
                return k + 2; // "dialogue on AI"
            }
            if (named) {
                // "Global Summit on Artificial Intelligence (AI) Safety": the name goes on
                int e = k + 1;
                while (e < t.size() && (t.get(e).isCapitalized() && t.get(e).isWord()
                        || (t.get(e).is("and") || t.get(e).is("of") || t.get(e).is("for")
                        || t.get(e).is("the")) && e + 1 < t.size()
                        && t.get(e + 1).isCapitalized())) {
                    e++;
                }
                return e;
            }
        }
        return k;
    }

    /**
     * Whether a word before "and" belongs to the name of the event whose head noun is given:
     * "Economic" in "Economic and Trade Meeting"; not a place or another event ("the G7 and
     * NATO Summits", "Bletchley and Seoul AI Safety Summits", "the U.S.-EU Summit and NATO
     * Summit"), and not before a plural of a countable event ("Free and Fair Elections").
     */
    static boolean joinsName(Token before, String head, Places places) {
        String b = before.lower();
        boolean plural = head.endsWith("s") && NOUNS.containsKey(head.substring(0,
                head.length() - 1));
        return before.isCapitalized() && before.isWord() && !isFunctionWord(b) && !plural
                && !NOUNS.containsKey(b) && !COP.matcher(before.text()).matches()
                && !isPlaceEnd(places, before) && !ACRONYM_LIKE.matcher(before.text()).matches();
    }

    /**
     * Whether the capitalised words just before {@code paren} can spell out the acronym in it:
     * "Asia-Pacific Economic Cooperation (APEC)", "United States (U.S.)"; not the last word of a
     * longer name, "Framework for Prosperity (IPEF)".
     */
    static boolean spelledOut(List<Token> t, int paren, String acronym) {
        int letters = 0;
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.isUpperCase(acronym.charAt(i))) {
                letters++;
            }
        }
        int words = 0;
        for (int k = paren - 1; k >= 0 && words < letters; k--) {
            Token x = t.get(k);
            if (x.is("and") || x.text().equals("&")) {
                continue;
            }
            if (!x.isWord() || !x.isCapitalized() || isFunctionWord(x.lower())) {
                break;
            }
            words += x.text().split("-").length;
        }
        return words >= letters;
    }

    private static boolean isPlaceEnd(Places places, Token token) {
        return places.endingAt(token.end()) != null;
    }

    /** Returns the lower-cased last word of the capitalised run starting at {@code from}. */
    static String lastNounOf(List<Token> t, int from) {
        int k = from;
        while (k + 1 < t.size() && t.get(k + 1).isCapitalized() && t.get(k + 1).isWord()
                && !isFunctionWord(t.get(k + 1).lower())) {
            k++;
        }
        String last = t.get(k).lower();
        if (k > from && NOUNS.containsKey(t.get(k - 1).lower() + " " + last)) {
            return t.get(k - 1).lower() + " " + last;
        }
        return last;
    }

    /** Returns a text without its parenthesised asides: "ministers (of A, B and C)". */
    static String withoutParentheses(String text) {
        int open = text.indexOf(" (");
        int close = text.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return text;
        }
        return withoutParentheses(text.substring(0, open) + text.substring(close + 1));
    }

    static String stripOrdinal(String name) {
        List<Token> t = Token.tokenize(name);
        if (!t.isEmpty() && ORDINAL.matcher(t.get(0).text()).matches() && t.size() > 1) {
            return name.substring(t.get(1).start());
        }
        return name;
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (Token x : Token.tokenize(name)) {
            if (x.isCapitalized() && x.isWord() && !x.text().contains("-")
                    && !x.text().contains(".") && !isFunctionWord(x.lower())) {
                b.append(x.text().charAt(0));
            }
        }
        return b.toString();
    }
}
