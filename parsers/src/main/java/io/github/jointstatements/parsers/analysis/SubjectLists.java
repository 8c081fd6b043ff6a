package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.PledgeItems.item;
import static io.github.jointstatements.parsers.analysis.PledgeSubjects.resolve;
import static io.github.jointstatements.parsers.analysis.PledgeWords.MAX_LIST_COMMAS;
import static io.github.jointstatements.parsers.analysis.PledgeWords.MAX_PARENTHETIC;
import static io.github.jointstatements.parsers.analysis.PledgeWords.isBoundary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads subjects that list several names: a list of parties running on across commas ("Japan,
 * the ROK, and the United States"), a list with states that are no parties ("the United States
 * and CARICOM will"), names with bracketed short forms ("the Republic of Indonesia
 * (“Indonesia”)"). Stateless.
 */
final class SubjectLists {

    /**
     * Resolves a list of states and organisations some of which are parties, to those: "the
     * United States and CARICOM will launch" is the United States' pledge when CARICOM is no
     * party. Null unless every item is a party or a state or organisation and one is a party.
     */
    static BitSet withOthers(References refs, References.Words w, int from, int to) {
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
    static boolean isStateOrOrganization(References.Words w, int from, int to) {
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
    static BitSet withListBefore(References.Words w, References refs, int comma,
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
            if (item == null && !refs.parties().isEmpty()) {
                // the list's first item after the group it opens: "The foreign ministers of
                // Saudi Arabia, Jordan, and the UAE affirmed"
                for (int m = k + 2; m < end - 1; m++) {
                    if ((t.get(m).is("of") || t.get(m).is("from")) && refs.isGroup(w, k + 1, m)) {
                        BitSet first = refs.resolve(w, m + 1, end);
                        if (first != null) {
                            all.or(first);
                        }
                        break;
                    }
                }
                break;
            }
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
     * Resolves a subject that holds bracketed short forms, the clause that ends at {@code end},
     * read without the brackets: "The United States of
     * America (“the United States”) and the Kingdom of Thailand (“Thailand”)".
     */
    static BitSet withoutBrackets(References.Words w, References refs, int end) {
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

    private SubjectLists() {}
}
