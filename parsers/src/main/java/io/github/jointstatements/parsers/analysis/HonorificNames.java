package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.HONORIFICS;
import static io.github.jointstatements.parsers.analysis.TokenSpans.mentionAt;
import static io.github.jointstatements.parsers.analysis.TokenSpans.nameTokens;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a person named after honorifics alone, without an office: "H.E. Sheikh Tahnoun bin Zayed
 * Al Nahyan of the UAE", with an "of &lt;country&gt;" after the name placing them. Thread-safe.
 */
final class HonorificNames {

    private final NameReader names;
    private final Offices offices;

    HonorificNames(NameReader names, Offices offices) {
        this.names = names;
        this.offices = offices;
    }

    PersonMention honorificOnly(String text, List<Token> tokens, Places places,
            int i) {
        int from = i;
        while (from < tokens.size() && HONORIFICS.contains(tokens.get(from).text())) {
            from++;
        }
        int to = names.nameEnd(text, tokens, places, from);
        if (to - from < 2 && !(to - from == 1 && !tokens.get(i).text().endsWith("."))
                && !(to - from == 1 && officeSetOff(text, tokens, to))) {
            return null; // "Mr. Sullivan" is a reference, not an introduction
        }
        int end = tokens.get(to - 1).end();
        String country = null;
        if (to + 1 < tokens.size() && tokens.get(to).is("of")) {
            Mention m = mentionAt(places, tokens, to + 1);
            if (m != null && m.entity().type() == EntityType.COUNTRY) {
                country = m.entity().countryCode().orElse(null);
                end = m.end();
            }
        }
        return new PersonMention(tokens.get(i).start(), end,
                text.substring(tokens.get(from).start(), tokens.get(to - 1).end()),
                nameTokens(tokens, from, to), Optional.empty(), Optional.ofNullable(country),
                Optional.empty(), "honorific + name");
    }

    /**
     * Returns whether an office set off by a comma follows the name that ends before token
     * {@code to}: "H.E. Mr. Khatami, President of the Islamic Republic of Iran," introduces him.
     */
    private boolean officeSetOff(String text, List<Token> tokens, int to) {
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        OptionalInt end = offices.officeEnd(text, tokens.get(to + 1).start());
        if (end.isEmpty()) {
            return false;
        }
        // an office without a name of its own: not "Mr. Kushner, Secretary Driscoll"
        String rest = text.substring(end.getAsInt()).stripLeading();
        return rest.isEmpty() || ",.;)".indexOf(rest.charAt(0)) >= 0 || rest.startsWith("of ");
    }
}
