package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.PledgeWords.FUTURE;
import static io.github.jointstatements.parsers.analysis.PledgeWords.MAX_LIST_COMMAS;
import static io.github.jointstatements.parsers.analysis.PledgeWords.MAX_PARENTHETIC;
import static io.github.jointstatements.parsers.analysis.PledgeWords.OPENERS;
import static io.github.jointstatements.parsers.analysis.PledgeWords.isAdverb;
import static io.github.jointstatements.parsers.analysis.PledgeWords.isBoundary;
import static io.github.jointstatements.parsers.analysis.PledgeWords.skipAdverbs;
import static io.github.jointstatements.parsers.analysis.SubjectLists.withListBefore;
import static io.github.jointstatements.parsers.analysis.SubjectLists.withOthers;
import static io.github.jointstatements.parsers.analysis.SubjectLists.withoutBrackets;

import io.github.jointstatements.core.PartyKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the parties that are the subject of a pledge verb: the words back to the start of its
 * clause, past auxiliaries, adverbs and a parenthetic, the purpose of a meeting ("We have
 * convened to reaffirm"), a heading run into the sentence, the subject of a clause the verb is
 * joined to by "and", the name of the group the parties form ("Quad countries"), some of the
 * parties ("The defense ministers from Japan and Australia"). Stateless.
 */
final class PledgeSubjects {

    static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "are", "is",
            "was", "were", "be", "been", "remain", "remains", "remained", "also", "jointly",
            "further", "both", "all", "each", "together", "again", "once", "now", "today",
            "hereby", "then", "still", "not", "never", "stand", "stands", "do", "does", "did",
            "shall", "will", "would", "can", "could", "must", "should", "may", "might");
    /** Verbs after which "to" says why the parties met: "We have convened to reaffirm". */
    static final Set<String> GATHERED = Set.of("convened", "met", "meet", "gathered",
            "assembled", "come", "came", "together", "here", "united");
    /** Words after "as" that make it a preposition, not a clause: "as a violation of". */
    static final Set<String> AS_PHRASES = Set.of("a", "an", "the", "well", "part", "its",
            "their", "our");
    /** Conjunctions that open an adverbial clause a pledge verb may follow across "and". */
    static final Set<String> ADVERBIAL = Set.of("as", "while", "when", "since", "because");
    static final Set<String> PRONOUNS = Set.of("they", "it", "we", "he", "she", "both",
            "these", "those");
    /** Capitalised prepositions that open an introductory phrase: "In this context we". */
    static final Set<String> INTRODUCTIONS = Set.of("In", "On", "At", "For", "With",
            "Through", "Under", "During", "After", "Following", "Beyond", "Within", "Given",
            "Regarding", "Concerning", "Against", "Towards", "Toward", "Building", "Looking");
    /** Words that open the subject after an introductory phrase: "both sides", "the leaders". */
    static final Set<String> SUBJECT_OPENERS = Set.of("both", "the", "we", "all");
    /** Words that open a parenthetic between a subject and its verb: "X, in line with Y, will". */
    static final Set<String> PARENTHETIC_OPENERS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "pledge-parenthetic-openers.txt"));
    /** Nouns that, after the name of the group the parties form, stand for all of them. */
    static final Set<String> MEMBERS = Set.of("countries", "members", "nations",
            "leaders", "governments", "partners");
    /**
     * Verbs after "will" that only the parties can be the subject of, so that "will" joined by
     * "and" across a clause opened by "that" still takes the sentence's subject: "We are united
     * in recognizing that climate change is a global priority and will work to strengthen".
     */
    static final Set<String> AGENT_VERBS = Set.of("work", "cooperate", "collaborate",
            "coordinate", "seek", "strive", "pursue", "engage", "consult", "endeavor",
            "endeavour", "redouble", "partner");

    /**
     * Returns the parties that are the subject of a verb at {@code verb}: the words back to the
     * start of its clause, past auxiliaries and adverbs; or, for a verb joined by "and" to an
     * earlier one, that verb's subject.
     */
    static BitSet subject(References.Words w, References refs, int verb) {
        List<Token> t = w.tokens;
        int end = verb; // exclusive
        while (end > 0 && (AUXILIARIES.contains(t.get(end - 1).lower())
                || isAdverb(t.get(end - 1)))) {
            end--;
        }
        // the purpose of a meeting: "We have convened to reaffirm", "we met today to affirm"
        if (end > 1 && t.get(end - 1).is("to")) {
            int k = end - 2;
            while (k > 0 && isAdverb(t.get(k))) {
                k--;
            }
            if (GATHERED.contains(t.get(k).lower())) {
                return subject(w, refs, k);
            }
        }
        if (end == 0) {
            // "Both underscored", "All agreed": the word taken for an adverb is the subject
            return verb > 0 && (t.get(0).is("both") || t.get(0).is("all"))
                    ? resolve(refs, w, 0, 1) : null;
        }
        Token before = t.get(end - 1);
        if (before.text().equals(",") && end == verb) {
            // a parenthetic between subject and verb: "X, in line with their procedures, will"
            int open = parentheticStart(t, end - 1);
            return open < 0 ? null : subject(w, refs, open);
        }
        if (before.is("and") || before.text().equals(",") && end < verb) {
            return coordinated(w, refs, end - 1, verb);
        }
        int start = end;
        int commas = 0;
        while (true) {
            int k = start - 1;
            while (k >= 0 && !isBoundary(t.get(k))) {
                k--;
            }
            // a name's defined short form: "the Republic of Indonesia (“Indonesia”) agreed"
            if (k >= 0 && t.get(k).text().equals(")")) {
                BitSet parties = withoutBrackets(w, refs, end);
                if (parties != null) {
                    return parties;
                }
            }
            if (k > 0 && t.get(k).is("where") && t.get(k - 1).text().equals(",")
                    && verb < t.size() && t.get(verb).lower().endsWith("ed")
                    && refs.parties().size() > 1 && (end == k + 2 && t.get(k + 1).is("they")
                    || refs.isGroup(w, k + 1, end))) {
                // "... at the Goddard Space Flight Center, where they reaffirmed their resolve";
                // in a statement of one issuer, "they" are others it reports on
                return resolve(refs, w, k + 1, end);
            }
            if (k >= 0 && OPENERS.contains(t.get(k).lower())) {
                // "As a part of this effort we are committed": "as" opens a phrase, not a clause
                return k == 0 && t.get(k).is("as") && end - 1 > k + 1 && end - k <= 9
                        && t.get(end - 1).is("we") && !t.get(end - 2).is("that")
                        && !t.get(k + 1).is("we") && !t.get(k + 1).is("they")
                        && !t.get(k + 1).is("it") ? resolve(refs, w, end - 1, end) : null;
            }
            int from = k < 0 ? skipEnumerator(t, end) : k + 1;
            if (from < end && (t.get(from).is("and") || t.get(from).is("but")
                    || t.get(from).is("while") || t.get(from).is("then"))) {
                from++; // ", and the Alliance will maintain ..."
            }
            while (from < end - 1 && isAdverb(t.get(from)) && t.get(from).lower().endsWith("ly")) {
                from++; // "domestically we have committed"
            }
            if (from < end) {
                BitSet parties = resolve(refs, w, from, end);
                if (parties != null) {
                    return withListBefore(w, refs, k, parties);
                }
                parties = afterHeading(w, refs, from, end);
                if (parties != null) {
                    return parties;
                }
                parties = afterIntroduction(w, refs, from, end);
                if (parties != null) {
                    return parties;
                }
            }
            // a list of parties runs on across commas: "Canada, Finland, and the United States"
            if (k < 0 || !t.get(k).text().equals(",") || ++commas > MAX_LIST_COMMAS) {
                return null;
            }
            start = k;
        }
    }

    /**
     * Returns the parties a subject names, or null: the parties, or, in a statement whose parties
     * were not found, an empty set for the group references that stand for all of them ("the
     * Parties", "the Participants"), and for "we" in a statement made together (elsewhere, in a
     * page without parties, "we" is more often a speaker's than the issuers').
     */
    static BitSet resolve(References refs, References.Words w, int from, int to) {
        if (isMeeting(w.tokens, from, to)) {
            // "The Meeting agreed to": the parties met, as ASEAN and other bodies write; not
            // "The Meeting will be held" (the event)
            return refs.parties().isEmpty() ? new BitSet() : refs.all();
        }
        if (refs.parties().isEmpty()) {
            // "They also agreed": in a statement made together, the issuers, as "we" is
            boolean they = to == from + 1 && w.tokens.get(from).is("they") && refs.speaksAsWe();
            return refs.isGroup(w, from, to) || they ? new BitSet() : null;
        }
        BitSet parties = refs.resolve(w, from, to);
        if (parties == null && to - from == 2) {
            parties = byHeadNoun(refs, w.tokens, from);
        }
        if (parties != null || to - from < 2) {
            return parties;
        }
        List<Token> t = w.tokens;
        // "Quad countries", "G7 members": the group the parties form, by its name
        if (to - from == 2 && t.get(from).isCapitalized() && MEMBERS.contains(t.get(from + 1)
                .lower())) {
            BitSet named = refs.resolve(w, from, from + 1);
            Mention place = w.places().startingAt(t.get(from).start());
            if (named != null ? named.equals(refs.all()) : place == null
                    || place.entity().type() == EntityType.ORGANIZATION) {
                return refs.all();
            }
        }
        if (to - from < 3) {
            return null;
        }
        // "We the Leaders of the Group of Seven": "we" with its apposition
        if (t.get(from).is("we") && t.get(from + 1).is("the")) {
            return refs.resolve(w, from, from + 1);
        }
        // some of the parties: "The defense ministers from Japan and Australia"
        for (int m = from + 1; m < to - 1; m++) {
            if ((t.get(m).is("from") || t.get(m).is("of")) && refs.isGroup(w, from, m)) {
                return refs.resolve(w, m + 1, to);
            }
        }
        return withOthers(refs, w, from, to);
    }

    /**
     * Returns the one organisation among the parties whose name ends with the noun of "the
     * Council", "the Commission", "the Union" at {@code from}, or null: the body called by its
     * head noun, as its own texts call it ("The Council decided to", "The Commission will").
     */
    static BitSet byHeadNoun(References refs, List<Token> t, int from) {
        Token noun = t.get(from + 1);
        if (!t.get(from).is("the") || !noun.isCapitalized() || !noun.isWord()
                || noun.text().length() < 4) {
            return null;
        }
        BitSet found = null;
        List<PartyEntry> parties = refs.parties();
        for (int i = 0; i < parties.size(); i++) {
            PartyEntry p = parties.get(i);
            if (p.kind == PartyKind.ORGANIZATION && p.name.endsWith(" " + noun.text())) {
                if (found != null) {
                    return null; // two councils: which one is not said
                }
                found = new BitSet();
                found.set(i);
            }
        }
        return found;
    }

    /**
     * Whether the tokens {@code [from, to)} are "the Meeting" with a capital, the parties met as
     * a body, before a verb that is no modal: "The Meeting agreed to", not "The Meeting will be
     * held", nor a readout's "the meeting reaffirmed the value of" (what it showed).
     */
    static boolean isMeeting(List<Token> t, int from, int to) {
        return to - from == 2 && t.get(from).is("the")
                && t.get(from + 1).text().equals("Meeting") && to < t.size() && !FUTURE.contains(t.get(to).lower())
                && !t.get(to).lower().equals("is") && !t.get(to).lower().equals("was");
    }

    /**
     * Returns the start of a parenthetic that ends with the comma at {@code comma} and opens with
     * a preposition or the like after a comma ("the Parties, consistent with their procedures,
     * will"): the index of its opening comma, or -1.
     */
    static int parentheticStart(List<Token> t, int comma) {
        for (int j = comma - 2; j > 0 && j > comma - MAX_PARENTHETIC; j--) {
            Token x = t.get(j);
            if (x.text().equals(",")) {
                Token first = t.get(j + 1);
                return !first.isCapitalized() && PARENTHETIC_OPENERS.contains(first.lower())
                        ? j : -1;
            }
            if (isBoundary(x) || x.is("and") || x.is("or")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Resolves the subject after a heading that runs into the sentence ("Supporting the Good
     * Friday Agreement The United States and Ireland are committed", "Maritime security We will
     * continue"): the words from a capitalised "The", "We" or "Both" that follows a word, or
     * null.
     */
    static BitSet afterHeading(References.Words w, References refs, int from, int end) {
        List<Token> t = w.tokens;
        for (int m = from + 1; m < end; m++) {
            Token x = t.get(m);
            if ((x.text().equals("The") || x.text().equals("We") || x.text().equals("Both"))
                    && t.get(m - 1).isWord()) {
                return resolve(refs, w, m, end);
            }
        }
        return null;
    }

    /**
     * Resolves the subject after words that are not part of it: an introductory phrase without
     * a comma ("In this context both sides remain committed", "On the margins of the summit the
     * two leaders agreed"), whose subject opens with a determiner or "we"; or an earlier clause
     * joined by "and" ("President X praised Y and both leaders reaffirmed"), whose subject must
     * stand for all the parties together ("both leaders", "we"; no bare plural), so that "Exports from A and B
     * will grow" stays no pledge of B. Returns null if there is no such subject.
     */
    static BitSet afterIntroduction(References.Words w, References refs, int from, int end) {
        List<Token> t = w.tokens;
        if (INTRODUCTIONS.contains(t.get(from).text())) {
            for (int m = from + 2; m < end; m++) {
                Token x = t.get(m);
                if (isBoundary(x) || x.is("and")) {
                    break;
                }
                if (SUBJECT_OPENERS.contains(x.text())) {
                    BitSet parties = resolve(refs, w, m, end);
                    if (parties != null) {
                        return parties;
                    }
                }
            }
        }
        for (int a = end - 2; a > from; a--) {
            Token x = t.get(a);
            if (x.is("between") || x.is("among") || x.is("amongst")) {
                return null; // "Exchanges between our peoples and our governments will grow"
            }
            if (x.is("and") || x.is("but") || x.is("while") || x.is("whereas")) {
                for (int b = from; b < a; b++) {
                    if (t.get(b).is("between") || t.get(b).is("among")
                            || t.get(b).is("amongst")) {
                        return null;
                    }
                }
                int s = a + 1;
                // "both leaders", not a bare plural: "our partners and Allies have committed"
                boolean together = end - s == 1 && t.get(s).is("we")
                        || !refs.parties().isEmpty() && !t.get(s).isCapitalized()
                        && refs.isGroup(w, s, end);
                return together ? resolve(refs, w, s, end) : null;
            }
        }
        return null;
    }

    /**
     * Returns the index of the first token after the number that opens an operative paragraph
     * ("2.3 The Parties shall", "12 The two sides will", "iii. The Ministers"), or 0 if none
     * opens it.
     */
    static int skipEnumerator(List<Token> t, int end) {
        int k = 0;
        while (k < end - 1 && k < 4 && (Character.isDigit(t.get(k).text().charAt(0))
                || t.get(k).text().equals(".") && k > 0
                || PledgeTriggers.letterEnumerator(t, k))) {
            k++;
        }
        return k < end && t.get(k).isCapitalized() ? k : 0;
    }

    /**
     * Returns the subject of the clause a verb is joined to by "and": the parties that open the
     * sentence (after an introductory phrase), if no subordinate clause comes in between.
     */
    static BitSet coordinated(References.Words w, References refs, int and, int verb) {
        List<Token> t = w.tokens;
        boolean crossed = false; // a clause opened by "that" between subject and "and"
        int first = skipEnumerator(t, and); // "2. Jordan recognizes ... and affirms"
        for (int k = first + 1; k < and; k++) {
            Token x = t.get(k);
            if (x.is("that") && verb < t.size() && (!FUTURE.contains(t.get(verb).lower())
                    || agentAfter(t, verb) && !namesBodyAt(t, k + 1))) {
                crossed = true;
            } else if (x.is("as") && k + 1 < and && AS_PHRASES.contains(t.get(k + 1).lower())) {
                continue; // "condemned the launches as a violation of ... and committed to"
            } else if (ADVERBIAL.contains(x.lower()) && k + 2 < and
                    && PRONOUNS.contains(t.get(k + 1).lower()) && verb < t.size()
                    && t.get(verb).lower().endsWith("ed")
                    && !t.get(k + 2).lower().endsWith("ed")) {
                // "commended the people as they recover from the floods and pledged support":
                // the clause's verb is in another tense than the pledge's
                crossed = true;
            } else if (x.is("that") || OPENERS.contains(x.lower()) || x.text().equals(";")
                    || x.text().equals(":")) {
                return null;
            }
        }
        int[] starts = {first, firstComma(t, and) + 1};
        for (int from : starts) {
            if (from <= 0 && starts[0] != from) {
                continue;
            }
            for (int end = Math.min(and, from + 12); end > from; end--) {
                if (end < and && (t.get(end).isWord() && !t.get(end).isCapitalized()
                        && !t.get(end).is("and") && !t.get(end).is("the"))) {
                    BitSet parties = resolve(refs, w, from, end);
                    if (parties != null) {
                        // "noted negotiations that facilitate X and committed to": the two
                        // verbs of the subject share their tense, the clause's verb does not
                        return !crossed || sameTense(t.get(end), t.get(verb)) ? parties : null;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the verb after the modal at {@code modal} is one of {@link #AGENT_VERBS}. */
    static boolean agentAfter(List<Token> t, int modal) {
        int next = skipAdverbs(t, modal + 1);
        return next < t.size() && AGENT_VERBS.contains(t.get(next).lower());
    }

    /** Whether a name opens the clause at {@code i}: "the Task Force", "NATO". */
    static boolean namesBodyAt(List<Token> t, int i) {
        int k = i < t.size() && t.get(i).is("the") ? i + 1 : i;
        return k < t.size() && t.get(k).isCapitalized();
    }

    static boolean sameTense(Token a, Token b) {
        return a.lower().endsWith("ed") == b.lower().endsWith("ed")
                && a.lower().endsWith("s") == b.lower().endsWith("s");
    }

    static int firstComma(List<Token> t, int before) {
        for (int k = 0; k < before; k++) {
            if (t.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** Returns the subject of a contracted "we'll" at {@code i}. */
    static BitSet contractedSubject(References.Words w, References refs, int i) {
        String word = w.tokens.get(i).lower();
        String pronoun = word.substring(0, word.length() - 3);
        if (pronoun.equals("we") && refs.speaksAsWe()
                || pronoun.equals("they") && !refs.parties().isEmpty()) {
            return refs.all();
        }
        return null;
    }

    private PledgeSubjects() {}
}
