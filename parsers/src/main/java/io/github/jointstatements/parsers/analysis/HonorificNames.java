package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.HONORIFICS;
import static io.github.jointstatements.parsers.analysis.TokenSpans.mentionAt;
import static io.github.jointstatements.parsers.analysis.TokenSpans.nameTokens;

import java.util.List;
import java.util.Optional;

/**
 * Reads a person named after honorifics alone, without an office: "H.E. Sheikh Tahnoun bin Zayed
 * Al Nahyan of the UAE", with an "of &lt;country&gt;" after the name placing them. Thread-safe.
 */
final class HonorificNames {

    private final NameReader names;

    HonorificNames(NameReader names) {
        this.names = names;
    }

    PersonMention honorificOnly(String text, List<Token> tokens, Places places,
            int i) {
        int from = i;
        while (from < tokens.size() && HONORIFICS.contains(tokens.get(from).text())) {
            from++;
        }
        int to = names.nameEnd(text, tokens, places, from);
        if (to - from < 2 && !(to - from == 1 && !tokens.get(i).text().endsWith("."))) {
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
}
