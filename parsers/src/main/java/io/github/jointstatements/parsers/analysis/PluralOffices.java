package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.HONORIFICS;
import static io.github.jointstatements.parsers.analysis.TokenSpans.nameTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the persons of a plural office followed by their names: "Presidents Biden and Lula",
 * "National Security Advisors Sullivan, Shin, and Akiba", each with the office in the singular.
 * Thread-safe.
 */
final class PluralOffices {

    /** How many words a plural office may have: "Executive Vice Presidents". */
    private static final int MAX_PLURAL_OFFICE_WORDS = 4;

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
                found.add(new PersonMention(start, tokens.get(to - 1).end(),
                        text.substring(tokens.get(k).start(), tokens.get(to - 1).end()),
                        nameTokens(tokens, k, to), Optional.of(office), Optional.empty(),
                        Optional.empty(), "plural office + names"));
                k = to;
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
}
