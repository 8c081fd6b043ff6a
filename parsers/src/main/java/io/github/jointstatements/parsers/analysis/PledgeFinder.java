package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.PledgeKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds pledges: sentences in which parties commit to a future course of action, agree on one or
 * reaffirm a standing commitment, in one pass over each sentence's tokens.
 *
 * <p>A pledge verb of the table {@code pledge-triggers.tsv} ("pledged", "will", "agreed",
 * "reaffirmed" ...) counts when what follows it meets its condition and its subject, the words
 * before it back to the start of its clause, resolves entirely to parties through
 * {@link References}; a verb joined by "and" to a clause whose subject does ("we are partnering
 * ... and commit to") takes that subject. The first such verb gives the kind; the actors are the
 * parties of all of them. Not pledges: verbs in clauses opened by "if", "which", "as" and the
 * like, hopes, agreements on the past ("concurred that the exercises demonstrated"), thanks
 * ("reaffirmed its gratitude"). In a speech or an address, a bare "will" does not pledge. In a
 * statement with one issuer, a future passive in the main clause ("Necessary measures will be
 * taken") is the issuer's pledge. Items after a pledge that ends with a colon are pledges of the
 * same parties.
 *
 * <p>Subjects are read as statements write them: past linking adverbs ("We therefore commit"),
 * a parenthetic ("X, consistent with their procedures, will"), bracketed short forms ("the
 * Republic of Indonesia (“Indonesia”)"), a heading run into the sentence, the purpose of a
 * meeting ("We have convened to reaffirm"), a list of parties ("Japan, the ROK, and the United
 * States"), some of the parties ("The defense ministers from Japan and Australia"), the name of
 * their group ("Quad countries"), and a list with states that are no parties ("the United States
 * and CARICOM will" is the United States' pledge). A noun of standing commitment after a verb of
 * {@code pledge-stance-verbs.tsv} pledges too ("underscored their continued commitment to", "are
 * united in our resolve to"), as does a sentence that opens with a bare pledge verb ("Agree to
 * ...", "Hereby decide to:") and its capitalised verb items. Where no party was found, only the
 * group references ("the Parties") pledge, with no actors. Thread-safe.
 */
final class PledgeFinder {

    /** A pledge and the rule that found it. */
    record Found(Pledge pledge, BitSet actors, String rule) {}

    private record Trigger(PledgeKind kind, String condition) {}

    private static final Map<String, Trigger> TRIGGERS = triggers();
    private static final Set<String> EXCLUDED_OBJECTS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "pledge-exclusions.txt"));
    private static final Set<String> OPENERS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "clause-openers.txt"));
    private static final Set<String> HOPES = Set.of("hope", "hopes", "hoped", "hopeful", "wish",
            "wishes");
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "are", "is",
            "was", "were", "be", "been", "remain", "remains", "remained", "also", "jointly",
            "further", "both", "all", "each", "together", "again", "once", "now", "today",
            "hereby", "then", "still", "not", "never", "stand", "stands", "do", "does", "did",
            "shall", "will", "would", "can", "could", "must", "should", "may", "might");
    private static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her", "our",
            "my");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "must", "'ll",
            "’ll");
    private static final int MAX_LIST_COMMAS = 16;
    /** Adverbs that link a sentence to the one before: "We therefore commit to". */
    private static final Set<String> LINKING_ADVERBS = Set.of("therefore", "thus", "hence",
            "accordingly", "furthermore", "moreover", "likewise", "additionally", "collectively",
            "individually", "henceforth", "together", "jointly", "also", "further", "not",
            "then", "again", "both", "all", "now", "still", "today", "hereby", "each", "too");
    /** Nouns of a standing commitment: "underscored their continued commitment to". */
    private static final Set<String> STANCE_NOUNS = Set.of("commitment", "commitments",
            "determination", "dedication", "resolve");
    /** The verbs that state a standing commitment, with the kind of pledge they make. */
    private static final Map<String, PledgeKind> STANCE_VERBS = stanceVerbs();
    /** Verbs after which "to" says why the parties met: "We have convened to reaffirm". */
    private static final Set<String> GATHERED = Set.of("convened", "met", "meet", "gathered",
            "assembled", "come", "came", "together", "here", "united");
    /** Words that open a parenthetic between a subject and its verb: "X, in line with Y, will". */
    private static final Set<String> PARENTHETIC_OPENERS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "pledge-parenthetic-openers.txt"));
    /**
     * Verbs after "will" that announce an agenda rather than a commitment ("The leaders will
     * discuss", "President Biden will travel to Irvine"), unless the parties say it of
     * themselves ("We will discuss how to deepen").
     */
    private static final Set<String> AGENDA = Set.of("discuss", "travel", "attend",
            "participate", "outline", "speak");
    private static final int MAX_PARENTHETIC = 16;
    private static final Set<String> ITEM_VERBS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "pledge-item-verbs.txt"));
    private static final Set<String> SHARED = Set.of("shared", "joint", "mutual", "common");
    /** Nouns that, after the name of the group the parties form, stand for all of them. */
    private static final Set<String> MEMBERS = Set.of("countries", "members", "nations",
            "leaders", "governments", "partners");
    /**
     * Verbs after "will" that only the parties can be the subject of, so that "will" joined by
     * "and" across a clause opened by "that" still takes the sentence's subject: "We are united
     * in recognizing that climate change is a global priority and will work to strengthen".
     */
    private static final Set<String> AGENT_VERBS = Set.of("work", "cooperate", "collaborate",
            "coordinate", "seek", "strive", "pursue", "engage", "consult", "endeavor",
            "endeavour", "redouble", "partner");
    private static final String SUBJECTLESS = "opening a sentence without a subject: the"
            + " parties'";
    /** Words that open a paragraph but no verb item: "The", "In", "Our". */
    private static final Set<String> ITEM_NON_VERBS = Set.of("the", "a", "an", "this", "these",
            "those", "that", "it", "its", "we", "our", "they", "their", "in", "on", "at", "for",
            "as", "with", "by", "to", "from", "all", "both", "each", "such", "through", "under",
            "since", "while", "when", "where", "if", "there", "here", "however", "today",
            "finally", "further", "furthermore", "moreover", "also", "and", "or", "but", "he",
            "she", "i", "you", "his", "her", "my", "your", "one", "two", "three", "no", "not");

    private PledgeFinder() {}

    /**
     * Returns the pledges of the sentences, in text order.
     *
     * @param speech whether the statement is a speech or an address, where "will" narrates
     */
    static List<Found> find(List<Sentence> sentences, References refs, boolean speech,
            TimeIndex times) {
        List<Found> found = new ArrayList<>();
        Found listLead = null;
        int previousParagraph = -1;
        int itemParagraph = -1; // the paragraph of the last item: its later sentences go on
        for (Sentence s : sentences) {
            References.Words w = refs.words(s.text());
            refs.noteSubject(w);
            Found pledge = inSentence(s, w, refs, speech, times);
            boolean opens = s.paragraph() != previousParagraph;
            previousParagraph = s.paragraph();
            boolean continuesItem = !opens && s.paragraph() == itemParagraph;
            if (pledge == null && listLead != null && opens
                    && (isListItem(s.text()) || isVerbItem(s.text(), listLead))) {
                pledge = item(s, listLead, times);
                itemParagraph = s.paragraph();
            } else if (!continuesItem && (pledge == null || !opens)) {
                listLead = null;
            }
            if (pledge != null) {
                found.add(pledge);
                if (s.text().endsWith(":")) {
                    listLead = pledge;
                } else if (!pledge.rule().startsWith("item")
                        && !pledge.rule().endsWith(SUBJECTLESS) && !continuesItem) {
                    listLead = null;
                }
            }
        }
        return found;
    }

    private static Found inSentence(Sentence s, References.Words w, References refs,
            boolean speech, TimeIndex times) {
        List<Token> t = w.tokens;
        BitSet actors = new BitSet();
        String verb = null;
        PledgeKind kind = null;
        String rule = null;
        int verbEnd = -1;
        boolean hoped = false;
        for (int i = 0; i < t.size(); i++) {
            String lower = t.get(i).lower();
            if (HOPES.contains(lower)) {
                hoped = true;
            }
            if (hoped) {
                continue;
            }
            int stance = STANCE_NOUNS.contains(lower) ? stanceVerb(t, i) : -1;
            if (stance >= 0) {
                BitSet subject = subject(w, refs, stance);
                if (subject != null) {
                    actors.or(subject);
                    if (verb == null) {
                        PledgeKind k = STANCE_VERBS.get(stanceKey(t, stance));
                        verb = t.get(stance).text();
                        kind = k;
                        rule = "\"" + t.get(stance).lower() + " their " + lower + " to\" (" + k
                                + ") with a party as subject";
                        verbEnd = t.get(stance).end();
                    }
                    continue;
                }
            }
            int subjectEnd = i;
            Trigger trigger = TRIGGERS.get(lower);
            if (trigger == null && (lower.endsWith("'ll")) && lower.length() > 3) {
                trigger = TRIGGERS.get("will");
                subjectEnd = -1; // the subject is in the same token: "we'll"
            }
            if (trigger == null || speech && trigger.condition().equals("verb")) {
                continue;
            }
            if (!meets(trigger, t, i)) {
                continue;
            }
            BitSet subject;
            String how = "with a party as subject";
            if (subjectEnd < 0) {
                subject = contractedSubject(w, refs, i);
            } else if (opensSubjectless(t, i)) {
                subject = refs.all();
                how = SUBJECTLESS;
            } else {
                int end = trigger.condition().equals("intent") ? i - 2 : i;
                subject = subject(w, refs, end);
            }
            if (subject == null) {
                continue;
            }
            actors.or(subject);
            if (verb == null) {
                verb = t.get(i).text();
                kind = trigger.kind();
                rule = "pledge verb \"" + lower + "\" (" + trigger.kind() + ") " + how;
                verbEnd = t.get(i).end();
            }
        }
        if (verb == null) {
            if (!speech && refs.parties().size() == 1) {
                return passive(s, w, refs, times);
            }
            return null;
        }
        return new Found(pledge(s, kind, verb, actors, refs, verbEnd, times), actors, rule);
    }

    /** Whether what follows the trigger at {@code i} meets its condition. */
    private static boolean meets(Trigger trigger, List<Token> t, int i) {
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
                }
                return false;
            default:
                throw new IllegalStateException("unknown condition " + trigger.condition());
        }
    }

    private static boolean followedByTo(List<Token> t, int from) {
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
    private static int skipParenthetic(List<Token> t, int from) {
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
     * Returns the index of the verb that states a standing commitment named by the noun at
     * {@code noun} ("underscored their continued commitment to", "expressed commitment to"), or
     * -1.
     */
    private static int stanceVerb(List<Token> t, int noun) {
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
    private static String stanceKey(List<Token> t, int k) {
        String w = t.get(k).lower();
        if (STANCE_VERBS.containsKey(w)) {
            return w;
        }
        String in = w + " in";
        return k + 1 < t.size() && t.get(k + 1).is("in") && STANCE_VERBS.containsKey(in) ? in
                : null;
    }

    /**
     * Whether the trigger at {@code i} opens its sentence as a verb with no subject, the parties
     * speaking: "Agree to the full implementation of ...", "Hereby decide to:".
     */
    private static boolean opensSubjectless(List<Token> t, int i) {
        int k = 0;
        while (k < i && (!t.get(k).isWord() || Character.isDigit(t.get(k).text().charAt(0))
                || t.get(k).is("hereby") || t.get(k).is("also") || t.get(k).is("further")
                || t.get(k).is("jointly") || t.get(k).is("together") || t.get(k).is("and"))) {
            k++;
        }
        if (k != i || !t.get(i).isCapitalized() && i == 0) {
            return false;
        }
        String w = t.get(i).lower();
        return (t.get(0).isCapitalized() || !t.get(0).isWord()) && !w.endsWith("s")
                && !w.endsWith("ed") && !w.endsWith("ing") && !w.equals("will")
                && !w.equals("shall") && !w.endsWith("'ll") && !w.equals("intent")
                && !w.equals("intention") && !w.equals("determined");
    }

    /** Returns the index of the first token at or before {@code from} that is no adverb. */
    private static int skipAdverbsBack(List<Token> t, int from) {
        int k = from;
        while (k > 0 && isAdverb(t.get(k))) {
            k--;
        }
        return k;
    }

    private static int skipAdverbs(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && isAdverb(t.get(k))) {
            k++;
        }
        return k;
    }

    private static boolean isAdverb(Token token) {
        String w = token.lower();
        return !token.isCapitalized() && (w.endsWith("ly") && w.length() > 3
                || LINKING_ADVERBS.contains(w));
    }

    /**
     * Returns the parties that are the subject of a verb at {@code verb}: the words back to the
     * start of its clause, past auxiliaries and adverbs; or, for a verb joined by "and" to an
     * earlier one, that verb's subject.
     */
    private static BitSet subject(References.Words w, References refs, int verb) {
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
            if (k >= 0 && OPENERS.contains(t.get(k).lower())) {
                // "As a part of this effort we are committed": "as" opens a phrase, not a clause
                return k == 0 && t.get(k).is("as") && end - 1 > k + 1 && end - k <= 9
                        && t.get(end - 1).is("we") && !t.get(end - 2).is("that")
                        && !t.get(k + 1).is("we") && !t.get(k + 1).is("they")
                        && !t.get(k + 1).is("it") ? resolve(refs, w, end - 1, end) : null;
            }
            int from = k + 1;
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
     * Parties", "the Participants"); not for "we", which in a page without parties is more often
     * a speaker's than the issuers'.
     */
    private static BitSet resolve(References refs, References.Words w, int from, int to) {
        if (refs.parties().isEmpty()) {
            return refs.isGroup(w, from, to) ? new BitSet() : null;
        }
        BitSet parties = refs.resolve(w, from, to);
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
     * Resolves a list of states and organisations some of which are parties, to those: "the
     * United States and CARICOM will launch" is the United States' pledge when CARICOM is no
     * party. Null unless every item is a party or a state or organisation and one is a party.
     */
    private static BitSet withOthers(References refs, References.Words w, int from, int to) {
        List<Token> t = w.tokens;
        BitSet parties = new BitSet();
        int start = from;
        for (int k = from; k <= to; k++) {
            boolean separator = k == to || t.get(k).text().equals(",") || t.get(k).is("and")
                    || t.get(k).text().equals("&");
            if (!separator) {
                continue;
            }
            if (k > start) {
                BitSet item = refs.resolve(w, start, k);
                if (item != null) {
                    parties.or(item);
                } else if (!isStateOrOrganization(w, start, k)) {
                    return null;
                }
            }
            start = k + 1;
        }
        return parties.isEmpty() ? null : parties;
    }

    /** Whether the tokens {@code [from, to)} name a state or an organisation, and only that. */
    private static boolean isStateOrOrganization(References.Words w, int from, int to) {
        List<Token> t = w.tokens;
        int k = t.get(from).is("the") ? from + 1 : from;
        if (k >= to) {
            return false;
        }
        Mention m = w.places().startingAt(t.get(k).start());
        return m != null && m.end() >= t.get(to - 1).end() && m.form() != MentionForm.DEMONYM
                && m.form() != MentionForm.ADJECTIVE
                && (m.entity().type() == EntityType.COUNTRY
                || m.entity().type() == EntityType.ORGANIZATION);
    }

    /**
     * Adds to the parties of a subject the items of the list it ends, each of them parties, back
     * from the comma at {@code comma}: "Japan, the ROK, and the United States".
     */
    private static BitSet withListBefore(References.Words w, References refs, int comma,
            BitSet parties) {
        List<Token> t = w.tokens;
        BitSet all = (BitSet) parties.clone();
        int end = comma;
        for (int items = 0; end > 0 && t.get(end).text().equals(",")
                && items < MAX_LIST_COMMAS; items++) {
            int k = end - 1;
            while (k >= 0 && !isBoundary(t.get(k))) {
                k--;
            }
            if (end - k - 1 > 8 || k >= 0 && !t.get(k).text().equals(",")
                    && !t.get(k).text().equals(":")) {
                break;
            }
            BitSet item = refs.parties().isEmpty() ? null : refs.resolve(w, k + 1, end);
            if (item == null) {
                break;
            }
            all.or(item);
            end = k;
            if (k < 0) {
                break;
            }
        }
        return all;
    }

    /**
     * Returns the start of a parenthetic that ends with the comma at {@code comma} and opens with
     * a preposition or the like after a comma ("the Parties, consistent with their procedures,
     * will"): the index of its opening comma, or -1.
     */
    private static int parentheticStart(List<Token> t, int comma) {
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
     * Resolves a subject that holds bracketed short forms, the clause that ends at {@code end},
     * read without the brackets: "The United States of
     * America (“the United States”) and the Kingdom of Thailand (“Thailand”)".
     */
    private static BitSet withoutBrackets(References.Words w, References refs, int end) {
        List<Token> t = w.tokens;
        List<int[]> kept = new ArrayList<>(); // token ranges [from, to), last first
        int to = end;
        int k = end - 1;
        while (k >= 0) {
            Token x = t.get(k);
            if (x.text().equals(")")) {
                int open = k - 1;
                while (open >= 0 && open > k - MAX_PARENTHETIC
                        && !t.get(open).text().equals("(")) {
                    open--;
                }
                if (open < 0 || !t.get(open).text().equals("(") || kept.size() > 6) {
                    return null;
                }
                if (k + 1 < to) {
                    kept.add(new int[] {k + 1, to});
                }
                to = open;
                k = open - 1;
                continue;
            }
            if (isBoundary(x)) {
                break;
            }
            k--;
        }
        if (k + 1 < to) {
            kept.add(new int[] {k + 1, to});
        }
        if (kept.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = kept.size() - 1; i >= 0; i--) {
            int[] r = kept.get(i);
            text.append(w.text, t.get(r[0]).start(), t.get(r[1] - 1).end()).append(' ');
        }
        References.Words sw = refs.words(text.toString().strip());
        int from = 0;
        if (!sw.tokens.isEmpty() && (sw.tokens.get(0).is("and") || sw.tokens.get(0).is("then"))) {
            from = 1;
        }
        return resolve(refs, sw, from, sw.tokens.size());
    }

    /**
     * Resolves the subject after a heading that runs into the sentence ("Supporting the Good
     * Friday Agreement The United States and Ireland are committed"): the words from a
     * capitalised "The", "We" or "Both" that follows a capitalised word, or null.
     */
    private static BitSet afterHeading(References.Words w, References refs, int from, int end) {
        List<Token> t = w.tokens;
        for (int m = from + 1; m < end; m++) {
            Token x = t.get(m);
            if ((x.text().equals("The") || x.text().equals("We") || x.text().equals("Both"))
                    && t.get(m - 1).isWord() && t.get(m - 1).isCapitalized()) {
                return resolve(refs, w, m, end);
            }
        }
        return null;
    }

    private static boolean isBoundary(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–")
                || w.equals("(") || w.equals(")") || w.equals("\"") || w.equals("“")
                || w.equals("”") || t.is("that") || OPENERS.contains(t.lower());
    }

    /**
     * Returns the subject of the clause a verb is joined to by "and": the parties that open the
     * sentence (after an introductory phrase), if no subordinate clause comes in between.
     */
    private static BitSet coordinated(References.Words w, References refs, int and, int verb) {
        List<Token> t = w.tokens;
        boolean crossed = false; // a clause opened by "that" between subject and "and"
        for (int k = 1; k < and; k++) {
            Token x = t.get(k);
            if (x.is("that") && verb < t.size() && (!FUTURE.contains(t.get(verb).lower())
                    || agentAfter(t, verb) && !namesBodyAt(t, k + 1))) {
                crossed = true;
            } else if (x.is("that") || OPENERS.contains(x.lower()) || x.text().equals(";")
                    || x.text().equals(":")) {
                return null;
            }
        }
        int[] starts = {0, firstComma(t, and) + 1};
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
    private static boolean agentAfter(List<Token> t, int modal) {
        int next = skipAdverbs(t, modal + 1);
        return next < t.size() && AGENT_VERBS.contains(t.get(next).lower());
    }

    /** Whether a name opens the clause at {@code i}: "the Task Force", "NATO". */
    private static boolean namesBodyAt(List<Token> t, int i) {
        int k = i < t.size() && t.get(i).is("the") ? i + 1 : i;
        return k < t.size() && t.get(k).isCapitalized();
    }

    private static boolean sameTense(Token a, Token b) {
        return a.lower().endsWith("ed") == b.lower().endsWith("ed")
                && a.lower().endsWith("s") == b.lower().endsWith("s");
    }

    private static int firstComma(List<Token> t, int before) {
        for (int k = 0; k < before; k++) {
            if (t.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** Returns the subject of a contracted "we'll" at {@code i}. */
    private static BitSet contractedSubject(References.Words w, References refs, int i) {
        String word = w.tokens.get(i).lower();
        String pronoun = word.substring(0, word.length() - 3);
        if ((pronoun.equals("we") || pronoun.equals("they")) && !refs.parties().isEmpty()) {
            return refs.all();
        }
        return null;
    }

    /** A future passive in the main clause of a one-issuer statement. */
    private static Found passive(Sentence s, References.Words w, References refs,
            TimeIndex times) {
        List<Token> t = w.tokens;
        for (int i = 0; i + 2 < t.size(); i++) {
            Token x = t.get(i);
            if (OPENERS.contains(x.lower()) || x.is("that") || x.is("and") && i > 0) {
                return null;
            }
            if ((x.is("will") || x.is("shall")) && t.get(i + 1).is("be")
                    && isParticiple(t.get(i + 2).lower()) && i > 0) {
                BitSet actors = refs.all();
                return new Found(pledge(s, PledgeKind.PLEDGE, x.text(), actors, refs, x.end(),
                        times), actors, "future passive in a statement with one issuer");
            }
        }
        return null;
    }

    private static boolean isParticiple(String w) {
        return w.endsWith("ed") || w.endsWith("en") || w.equals("made") || w.equals("held")
                || w.equals("sent") || w.equals("built") || w.equals("paid") || w.equals("put")
                || w.equals("set") || w.equals("brought") || w.equals("kept");
    }

    private static boolean isListItem(String text) {
        char c = text.charAt(0);
        return (Character.isLowerCase(c) || c == '•' || c == '-' || c == '*' || c == '–'
                || c == '·' || Character.isDigit(c) && text.length() > 2
                && (text.charAt(1) == '.' || text.charAt(1) == ')'))
                && text.indexOf(' ') > 0; // not a bare marker split off its item: "b."
    }

    /**
     * Whether a paragraph continues a lead that ends with "to:" ("Hereby decide to:", "commit
     * to:") as a capitalised verb: "Explore collaboration on digital solutions;"; or a lead that
     * ends with another colon as a verb of {@code pledge-item-verbs.txt} ("Implement ...").
     */
    private static boolean isVerbItem(String text, Found lead) {
        String leadText = lead.pledge().text();
        if (!leadText.endsWith(":")) {
            return false;
        }
        List<Token> t = Token.tokenize(text);
        if (!leadText.endsWith(" to:")) {
            // "through the following measures:": the item must open with a verb of the table
            return t.size() > 1 && t.get(0).isCapitalized()
                    && ITEM_VERBS.contains(t.get(0).lower());
        }
        if (t.size() < 2 || !t.get(0).isCapitalized() || !t.get(0).isWord()
                || !t.get(1).isWord()) {
            return false;
        }
        String first = t.get(0).lower();
        if (t.get(0).text().length() > 1 && t.get(0).text().equals(t.get(0).text()
                .toUpperCase(Locale.ROOT))) {
            return false; // an acronym, not a verb
        }
        return !ITEM_NON_VERBS.contains(first) && !first.endsWith("ed")
                && !first.endsWith("'s") && !first.endsWith("ly");
    }

    private static Found item(Sentence s, Found lead, TimeIndex times) {
        Pledge p = lead.pledge();
        Pledge pledge = Pledge.builder()
                .kind(p.kind())
                .verb(p.verb())
                .addAllActors(p.actors())
                .action(Optional.of(trimEnd(s.text())))
                .timeframe(times.firstFutureDateIn(s, 0))
                .text(s.text())
                .evidence(Evidence.of(s.paragraph(), s.start(), s.end()))
                .build();
        return new Found(pledge, lead.actors(), "item of a list a pledge opens");
    }

    private static Pledge pledge(Sentence s, PledgeKind kind, String verb, BitSet actors,
            References refs, int verbEnd, TimeIndex times) {
        List<String> names = new ArrayList<>();
        for (int i = actors.nextSetBit(0); i >= 0; i = actors.nextSetBit(i + 1)) {
            names.add(refs.parties().get(i).name);
        }
        String rest = trimEnd(s.text().substring(Math.min(verbEnd, s.text().length())));
        Optional<PartialDate> timeframe = times.firstFutureDateIn(s, verbEnd);
        return Pledge.builder()
                .kind(kind)
                .verb(verb)
                .addAllActors(names)
                .action(rest.isEmpty() ? Optional.empty() : Optional.of(rest))
                .timeframe(timeframe)
                .text(s.text())
                .evidence(Evidence.of(s.paragraph(), s.start(), s.end()))
                .build();
    }

    private static String trimEnd(String text) {
        String r = text.strip();
        while (!r.isEmpty() && ".;:,".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r;
    }

    private static Map<String, PledgeKind> stanceVerbs() {
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

    private static Map<String, Trigger> triggers() {
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
}
