package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.PledgeFinder.pledge;
import static io.github.jointstatements.parsers.analysis.PledgeWords.trimEnd;

import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.parsers.analysis.PledgeFinder.Found;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The items of a list that a pledge ending with a colon opens: bulleted, numbered or lower-case
 * items, and capitalised verb items after "to:" ("Explore collaboration on ..."); each is a
 * pledge of the same parties. Stateless.
 */
final class PledgeItems {

    static final Set<String> ITEM_VERBS = Set.copyOf(
            WordLists.load(PledgeFinder.class, "pledge-item-verbs.txt"));
    /** Words that open a paragraph but no verb item: "The", "In", "Our". */
    static final Set<String> ITEM_NON_VERBS = Set.of("the", "a", "an", "this", "these",
            "those", "that", "it", "its", "we", "our", "they", "their", "in", "on", "at", "for",
            "as", "with", "by", "to", "from", "all", "both", "each", "such", "through", "under",
            "since", "while", "when", "where", "if", "there", "here", "however", "today",
            "finally", "further", "furthermore", "moreover", "also", "and", "or", "but", "he",
            "she", "i", "you", "his", "her", "my", "your", "one", "two", "three", "no", "not");

    static boolean isListItem(String text) {
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
    static boolean isVerbItem(String text, Found lead) {
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

    static Found item(Sentence s, Found lead, TimeIndex times) {
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

    private PledgeItems() {}
}
