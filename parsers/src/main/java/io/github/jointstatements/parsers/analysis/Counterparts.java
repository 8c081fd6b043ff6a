package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventWords.past;

import java.util.List;
import java.util.Map;

/**
 * The persons around a meeting: the counterpart a host calls, receives or meets with ("called
 * Prime Minister Kishida", "met with President Yoon of Korea and Prime Minister Kishida of
 * Japan"), a caller ("received a call from ..."), a subject of two persons or more, a person who
 * travels. Reads the persons {@link References} found; thread-safe as they are.
 */
final class Counterparts {

    private final References refs;

    Counterparts(References refs) {
        this.refs = refs;
    }

    /**
     * Whether a person is named at token {@code k}, by name or by an office of a country, and
     * is the whole object: "President Sisi", "the Prime Minister of Japan"; not "President Sisi's
     * decision".
     */
    boolean counterpartAt(Sentence s, List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        Map<Integer, PersonMention> persons = refs.words(s.text()).personsByStart();
        PersonMention m = persons.get(t.get(k).start());
        if (m == null && t.get(k).is("the") && k + 1 < t.size()) {
            m = persons.get(t.get(k + 1).start());
        }
        if (m == null || !m.named() && m.country().isEmpty()) {
            return false;
        }
        int end = m.end();
        while (end < s.text().length() && s.text().charAt(end) == ' ') {
            end++;
        }
        return !(s.text().startsWith("'s", end) || s.text().startsWith("’s", end));
    }

    /**
     * Returns the end of the counterpart after "with": the end of the person named there, else
     * up to a preposition or a clause.
     */
    int objectEnd(String text, List<Token> t, int from) {
        Map<Integer, PersonMention> people = refs.words(text).personsByStart();
        for (int p = from; p < Math.min(t.size(), from + 9); p++) {
            PersonMention m = people.get(t.get(p).start());
            if (m == null || !m.named()) {
                continue;
            }
            int k = past(t, p, m.end());
            // more persons: "President Yoon of Korea and Prime Minister Kishida of Japan"
            while (k + 1 < t.size() && (t.get(k).is("and") || t.get(k).text().equals(","))) {
                int q = t.get(k + 1).is("and") ? k + 2 : k + 1;
                PersonMention next = q < t.size() ? people.get(t.get(q).start()) : null;
                if (next == null || !next.named()) {
                    break;
                }
                k = past(t, q, next.end());
            }
            return k;
        }
        int k = from;
        while (k < t.size()) {
            Token x = t.get(k);
            String w = x.lower();
            if (w.equals(".") || w.equals(";") || w.equals("(") || w.equals("in")
                    || w.equals("on") || w.equals("at") || w.equals("to") || w.equals("for")
                    || w.equals("this") || w.equals("during") || w.equals("about")
                    || w.equals("via") || w.equals("by")) {
                break;
            }
            if (w.equals(",") && (k + 1 >= t.size() || !t.get(k + 1).isCapitalized())) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * Returns where the caller starts in "received a (phone) call from &lt;person&gt;", or -1.
     */
    static int callFrom(List<Token> t, int j) {
        int k = j;
        if (k < t.size() && (t.get(k).is("a") || t.get(k).is("an"))) {
            k++;
        }
        if (k < t.size() && (t.get(k).is("phone") || t.get(k).is("telephone")
                || t.get(k).is("video"))) {
            k++;
        }
        if (k > j && k + 2 < t.size() && t.get(k).is("call") && t.get(k + 1).is("from")) {
            return k + 2;
        }
        return -1;
    }

    /**
     * Whether a subject names two parties or more, or two persons: "President Macron and
     * President Biden", "the two leaders".
     */
    boolean twoOrMore(Sentence s, List<Token> t, int from, int to) {
        java.util.BitSet parties = refs.resolve(refs.words(s.text()), from, to);
        if (parties != null) {
            return parties.cardinality() >= 2;
        }
        int persons = 0;
        for (PersonMention m : refs.words(s.text()).personsByStart().values()) {
            if (m.named() && m.start() >= t.get(from).start() && m.end() <= t.get(to - 1).end()) {
                persons++;
            }
        }
        return persons >= 2;
    }

    /** Whether a person's name or office ends with this token: "Jake Sullivan", "Lady". */
    boolean personEndsAt(Sentence s, Token token) {
        for (PersonMention m : refs.words(s.text()).personsByStart().values()) {
            if (m.end() == token.end()) {
                return true;
            }
        }
        return false;
    }
}
