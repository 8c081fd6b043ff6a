package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.HONORIFICS;
import static io.github.jointstatements.parsers.analysis.TokenSpans.indexAt;
import static io.github.jointstatements.parsers.analysis.TokenSpans.nameTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the persons of a plural office followed by their names: "Presidents Biden and Lula",
 * "National Security Advisors Sullivan, Shin, and Akiba", "The Presidents of the Federative
 * Republic of Brazil, Michel Temer; of the Republic of Paraguay, Horacio Cartes", each with the
 * office in the singular. Thread-safe.
 */
final class PluralOffices {

    /** How many words a plural office may have: "Executive Vice Presidents". */
    private static final int MAX_PLURAL_OFFICE_WORDS = 4;
    /** How many words the group of a plural office may have: "of MERCOSUR Member States". */
    private static final int MAX_GROUP_WORDS = 6;
    /** How many words a name after a country may have: "Álvaro García Linera". */
    private static final int MAX_NAME_WORDS = 5;

    private final Offices offices;
    private final NameReader names;

    PluralOffices(Offices offices, NameReader names) {
        this.offices = offices;
        this.names = names;
    }

    /**
     * Returns the persons of a plural office followed by their names: "Presidents Biden and
     * Lula", "National Security Advisors Sullivan, Shin, and Akiba", each with the office in the
     * singular; or nothing.
     */
    List<PersonMention> plural(String text, List<Token> tokens, Places places, int i) {
        int limit = Math.min(tokens.size() - 1, i + MAX_PLURAL_OFFICE_WORDS);
        for (int j = i; j < limit; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || !t.isCapitalized()) {
                return List.of();
            }
            String w = t.text();
            if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
                continue;
            }
            String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.substring(0, w.length() - 1);
            String office = text.substring(tokens.get(i).start(), t.start()) + singular;
            OptionalInt end = offices.officeEnd(office, 0);
            if (end.isEmpty() || end.getAsInt() != office.length()) {
                continue;
            }
            if (tokens.get(j + 1).is("of")) {
                return ofCountries(text, tokens, places, i, j + 1, office);
            }
            List<PersonMention> found = new ArrayList<>();
            int k = j + 1;
            while (k < tokens.size()) {
                // "Prime Ministers Hon Tony Abbott and Rt Hon John Key"
                while (k < tokens.size() && (HONORIFICS.contains(tokens.get(k).text())
                        || tokens.get(k).is("the") && k + 1 < tokens.size()
                        && HONORIFICS.contains(tokens.get(k + 1).text()))) {
                    k++;
                }
                int to = names.nameEnd(text, tokens, places, k);
                if (to == k || to - k > 3) {
                    break;
                }
                int start = found.isEmpty() ? tokens.get(i).start() : tokens.get(k).start();
                // the country in parentheses after a name: "Pedro Pablo Kuczynski (Peru)"
                Optional<String> country = Optional.empty();
                int after = to;
                Mention placed = to + 2 < tokens.size() && tokens.get(to).text().equals("(")
                        ? places.startingAt(tokens.get(to + 1).start()) : null;
                if (placed != null && placed.entity().type() == EntityType.COUNTRY
                        && placed.form() == MentionForm.NAME) {
                    int close = indexAt(tokens, placed.end());
                    if (close < tokens.size() && tokens.get(close).text().equals(")")) {
                        country = placed.entity().countryCode();
                        after = close + 1;
                    }
                }
                found.add(new PersonMention(start, tokens.get(after - 1).end(),
                        text.substring(tokens.get(k).start(), tokens.get(to - 1).end()),
                        nameTokens(tokens, k, to), Optional.of(office), country,
                        Optional.empty(), "plural office + names"));
                k = after;
                if (k < tokens.size() && tokens.get(k).text().equals(",")) {
                    k++;
                }
                if (k < tokens.size() && tokens.get(k).is("and")) {
                    k++;
                } else if (k >= tokens.size() || !tokens.get(k - 1).text().equals(",")) {
                    break;
                }
            }
            return found.size() >= 2 ? found : List.of();
        }
        return List.of();
    }

    /**
     * Returns the persons of a plural office listed by country, each country followed by a
     * name: "The Presidents of the Federative Republic of Brazil, Michel Temer; of the Republic
     * of Paraguay, Horacio Cartes; of the Oriental Republic of Uruguay, Tabaré Vázquez", each
     * with the office in the singular and placed in the country; nothing for fewer than two.
     */
    private List<PersonMention> ofCountries(String text, List<Token> tokens, Places places,
            int i, int of, String office) {
        List<PersonMention> found = new ArrayList<>();
        int k = of;
        while (k + 1 < tokens.size() && tokens.get(k).is("of")) {
            int c = k + 1;
            Mention m = places.startingAt(tokens.get(c).start());
            if (m == null && tokens.get(c).is("the") && c + 1 < tokens.size()) {
                m = places.startingAt(tokens.get(c + 1).start());
            }
            if (m == null || m.entity().type() != EntityType.COUNTRY) {
                break;
            }
            int comma = indexAt(tokens, m.end());
            if (comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) {
                break;
            }
            int n = comma + 1;
            int to = names.nameEnd(text, tokens, places, n);
            if (to - n < 2 || to - n > MAX_NAME_WORDS) {
                break;
            }
            found.add(new PersonMention(found.isEmpty() ? tokens.get(i).start()
                    : tokens.get(k).start(), tokens.get(to - 1).end(),
                    text.substring(tokens.get(n).start(), tokens.get(to - 1).end()),
                    nameTokens(tokens, n, to), Optional.of(office), m.entity().countryCode(),
                    Optional.empty(), "plural office + of a country, a name, each"));
            k = to;
            if (k < tokens.size() && (tokens.get(k).text().equals(";")
                    || tokens.get(k).text().equals(","))) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).is("and")) {
                k++;
            }
        }
        return found.size() >= 2 ? found : namesOfCountries(text, tokens, places, i, of, office);
    }

    /**
     * Returns the persons of a plural office of a group listed by name, each name followed by
     * its country: "The Presidents of MERCOSUR Member States, Mauricio Macri, of the Argentine
     * Republic; Michel Temer, of the Federative Republic of Brazil; ...", each with the office in
     * the singular and placed in the country; nothing for fewer than two.
     */
    private List<PersonMention> namesOfCountries(String text, List<Token> tokens, Places places,
            int i, int of, String office) {
        // the group, as far as its comma: "of MERCOSUR Member States,"
        int k = of + 1;
        int limit = Math.min(tokens.size(), k + MAX_GROUP_WORDS);
        while (k < limit && !tokens.get(k).text().equals(",")) {
            if (!tokens.get(k).isWord()) {
                return List.of();
            }
            k++;
        }
        if (k >= limit) {
            return List.of();
        }
        k++;
        List<PersonMention> found = new ArrayList<>();
        while (k < tokens.size()) {
            int to = names.nameEnd(text, tokens, places, k);
            if (to - k < 2 || to - k > MAX_NAME_WORDS || to + 2 >= tokens.size()
                    || !tokens.get(to).text().equals(",") || !tokens.get(to + 1).is("of")) {
                break;
            }
            int c = to + 2;
            Mention m = places.startingAt(tokens.get(c).start());
            if (m == null && tokens.get(c).is("the") && c + 1 < tokens.size()) {
                m = places.startingAt(tokens.get(c + 1).start());
            }
            if (m == null || m.entity().type() != EntityType.COUNTRY) {
                break;
            }
            int end = indexAt(tokens, m.end());
            found.add(new PersonMention(found.isEmpty() ? tokens.get(i).start()
                    : tokens.get(k).start(), tokens.get(end - 1).end(),
                    text.substring(tokens.get(k).start(), tokens.get(to - 1).end()),
                    nameTokens(tokens, k, to), Optional.of(office), m.entity().countryCode(),
                    Optional.empty(), "plural office of a group + a name, of a country, each"));
            k = end;
            if (k < tokens.size() && (tokens.get(k).text().equals(";")
                    || tokens.get(k).text().equals(","))) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).is("and")) {
                k++;
            }
        }
        return found.size() >= 2 ? found : List.of();
    }
}
