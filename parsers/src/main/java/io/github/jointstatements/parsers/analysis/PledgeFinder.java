package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.FuturePassive.passive;
import static io.github.jointstatements.parsers.analysis.PledgeItems.isListItem;
import static io.github.jointstatements.parsers.analysis.PledgeItems.isVerbItem;
import static io.github.jointstatements.parsers.analysis.PledgeItems.item;
import static io.github.jointstatements.parsers.analysis.PledgeSubjects.contractedSubject;
import static io.github.jointstatements.parsers.analysis.PledgeSubjects.subject;
import static io.github.jointstatements.parsers.analysis.PledgeTriggers.TRIGGERS;
import static io.github.jointstatements.parsers.analysis.PledgeTriggers.meets;
import static io.github.jointstatements.parsers.analysis.PledgeTriggers.opensSubjectless;
import static io.github.jointstatements.parsers.analysis.PledgeWords.trimEnd;
import static io.github.jointstatements.parsers.analysis.StanceCommitments.STANCE_NOUNS;
import static io.github.jointstatements.parsers.analysis.StanceCommitments.STANCE_VERBS;
import static io.github.jointstatements.parsers.analysis.StanceCommitments.stanceKey;
import static io.github.jointstatements.parsers.analysis.StanceCommitments.stanceVerb;

import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.PledgeKind;
import io.github.jointstatements.parsers.analysis.PledgeTriggers.Trigger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
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
 *
 * <p>The finder runs its rules: {@link PledgeTriggers} and {@link StanceCommitments} for the
 * verbs, {@link PledgeSubjects} and {@link SubjectLists} for their subjects, {@link PledgeItems}
 * for list items and {@link FuturePassive}, over the words of {@link PledgeWords}.
 */
final class PledgeFinder {

    /** A pledge and the rule that found it. */
    record Found(Pledge pledge, BitSet actors, String rule) {}

    private static final Set<String> HOPES = Set.of("hope", "hopes", "hoped", "hopeful", "wish",
            "wishes");
    /**
     * Every word a sentence's loop acts on: a hope, a stance noun, a trigger (and a contracted
     * "'ll", tested apart). One lookup passes over the other words, most of a sentence's.
     */
    private static final Set<String> LOOKED_FOR = union(HOPES, STANCE_NOUNS, TRIGGERS.keySet());
    static final String SUBJECTLESS = "opening a sentence without a subject: the"
            + " parties'";

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
        boolean operative = false; // after "... adopted the following decision:"
        for (Sentence s : sentences) {
            References.Words w = refs.words(s.text());
            refs.noteSubject(w);
            Found pledge = inSentence(s, w, refs, speech, times, operative);
            operative |= opensOperativePart(w.tokens);
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

    /**
     * Whether a sentence opens the operative part of a decision or communiqué, whose clauses
     * open with the body's verbs: "... adopted the following decision:", "... hereby decides
     * as follows:".
     */
    static boolean opensOperativePart(List<Token> t) {
        if (t.isEmpty() || !t.get(t.size() - 1).text().equals(":")) {
            return false;
        }
        for (int k = t.size() - 2; k >= Math.max(0, t.size() - 8); k--) {
            String x = t.get(k).lower();
            if (x.equals("follows") || x.equals("following") && k + 1 < t.size()
                    && OPERATIVE_DOCUMENTS.contains(t.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OPERATIVE_DOCUMENTS = Set.of("decision", "decisions",
            "communiqué", "communique", "conclusions", "resolution", "declaration",
            "statement", "press");

    private static Found inSentence(Sentence s, References.Words w, References refs,
            boolean speech, TimeIndex times, boolean operative) {
        List<Token> t = w.tokens;
        BitSet actors = new BitSet();
        String verb = null;
        PledgeKind kind = null;
        String rule = null;
        int verbEnd = -1;
        boolean hoped = false;
        for (int i = 0; i < t.size(); i++) {
            String lower = t.get(i).lower();
            if (!LOOKED_FOR.contains(lower) && !lower.endsWith("'ll")) {
                continue; // no hope, stance noun or trigger: nothing below would act on it
            }
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
            } else if (opensSubjectless(t, i, operative)) {
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

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> union = new HashSet<>();
        for (Set<String> set : sets) {
            union.addAll(set);
        }
        return Set.copyOf(union);
    }

    static Pledge pledge(Sentence s, PledgeKind kind, String verb, BitSet actors,
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
}
