package io.github.jointstatements.parsers.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation that an issuing clause near the top names as the statement's author, for a
 * statement whose other rules found no party: "The 41st session of the Supreme Council of the
 * Cooperation Council for the Arab States of the Gulf (GCC), held in ..., issued its final
 * communique", "The following statement was issued by the Council of the European Union:". A
 * body's meeting or session speaks for it, so the first organisation or body the tables know in
 * the clause's subject is the issuer; a clause naming no organisation gives none.
 *
 * <p>Immutable and thread-safe.
 */
final class IssuingClauses {

    /** Sentences read, from the first. */
    private static final int MAX_SENTENCES = 4;

    /** "issued its final communique", "adopted the following declaration": the subject before. */
    private static final Pattern ISSUED = Pattern.compile(
            "(?i)\\b(?:issued|adopted|released)\\s(?:its|their|the\\sfollowing|the|a)\\s"
            + "(?:final\\s|joint\\s)?(?:press\\s)?(?:communiqu[eé]|statement|declaration)\\b");

    /** "The following statement was issued by ...": the author after. */
    private static final Pattern ISSUED_BY = Pattern.compile(
            "(?i)\\b(?:communiqu[eé]|statement|declaration)\\s(?:was|has\\sbeen)\\s"
            + "(?:issued|adopted|released)\\sby\\s");

    private final Gazetteer gazetteer;

    IssuingClauses(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Returns the organisation the first issuing clause names as author, if it names one. */
    Optional<Entity> issuer(List<Sentence> sentences) {
        for (int i = 0; i < Math.min(MAX_SENTENCES, sentences.size()); i++) {
            String text = sentences.get(i).text();
            if (!Chars.containsIgnoreCase(text, "issued")
                    && !Chars.containsIgnoreCase(text, "adopted")
                    && !Chars.containsIgnoreCase(text, "released")) {
                continue; // both patterns need one of the verbs: no scan without one
            }
            Matcher by = ISSUED_BY.matcher(text);
            Matcher issued = ISSUED.matcher(text);
            String author;
            if (by.find()) {
                int colon = text.indexOf(':', by.end());
                author = text.substring(by.end(), colon < 0 ? text.length() : colon);
            } else if (issued.find()) {
                author = text.substring(0, issued.start());
            } else {
                continue;
            }
            for (Mention m : gazetteer.find(author)) {
                if (m.entity().type() == EntityType.ORGANIZATION) {
                    return Optional.of(m.entity());
                }
            }
        }
        return Optional.empty();
    }
}
