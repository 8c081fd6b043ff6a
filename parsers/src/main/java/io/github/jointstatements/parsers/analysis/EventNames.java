package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventWords.ACRONYM_LIKE;
import static io.github.jointstatements.parsers.analysis.EventWords.CALENDAR_WORDS;
import static io.github.jointstatements.parsers.analysis.EventWords.COP;
import static io.github.jointstatements.parsers.analysis.EventWords.NOUNS;
import static io.github.jointstatements.parsers.analysis.EventWords.ORDINAL;
import static io.github.jointstatements.parsers.analysis.EventWords.isFunctionWord;

import io.github.jointstatements.core.EventKind;
import java.util.List;

/**
 * Where an event's name begins and ends around its noun: a verb use of the noun ("to call
 * for"), the complement after it ("of the Heads of Governments ...", "between Thailand and
 * India", "on Artificial Intelligence Safety"), a name joined by "and" ("Economic and Trade
 * Meeting"), an acronym spelled out before it, and the forms a name takes in comparison (without
 * asides, ordinals). Static rules over tokens; thread-safe.
 */
final class EventNames {

    private EventNames() {
    }

    static boolean isVerbUse(List<Token> t, int h) {
        if (h == 0) {
            return false;
        }
        String before = t.get(h - 1).lower();
        String lower = t.get(h).lower();
        if (before.equals("to") || before.equals("will") || before.equals("would")
                || before.equals("we") || before.equals("they") || before.equals("can")
                || before.equals("must") || before.equals("should")) {
            return !t.get(h).isCapitalized();
        }
        if ((lower.equals("call") || lower.equals("calls")) && h + 1 < t.size()
                && (t.get(h + 1).is("for") || t.get(h + 1).is("on") || t.get(h + 1).is("upon")
                || t.get(h + 1).is("to"))) { // "a call to action"
            return true;
        }
        return false;
    }

    static boolean hasComplement(List<Token> t, int h) {
        if (h + 2 >= t.size()) {
            return false;
        }
        String next = t.get(h + 1).lower();
        return (next.equals("between") || next.equals("of")) && t.get(h + 2).isWord()
                && (t.get(h + 2).isCapitalized() || t.get(h + 2).is("the") || t.get(h + 2).is("a"));
    }

    static boolean capitalizedComplement(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isCapitalized() && t.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    static boolean containsEventNoun(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NOUNS.containsKey(t.get(k).lower())) {
                return true;
            }
        }
        return false;
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
                        && r + 1 < t.size() && t.get(r + 1).isCapitalized())) {
                    r++; // "of the Trade and Labor Dialogue"
                }
                if (r == q) {
                    break;
                }
                e = r;
            }
            return e > k ? e : k;
        }
        if (next.equals("between") || next.equals("of")
                && (kind == EventKind.ANNIVERSARY || kind == EventKind.VISIT
                || kind == EventKind.OTHER)) {
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
                        || w.equals("in") || w.equals("on") || w.equals("as")
                        || w.equals("which") || w.equals("that") || w.equals("at")
                        || w.equals("last") || w.equals("this") || w.equals("from")
                        || w.equals("with") || w.equals("for")) {
                    break;
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
