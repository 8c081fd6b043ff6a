package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.NOT_NAMES;
import static io.github.jointstatements.parsers.analysis.TokenSpans.mentionAtOffset;

import java.util.List;
import java.util.Locale;

/**
 * Reads the extent of an office before a name: offices joined by ", " and ", and" into one role
 * ("Politburo Member, Director of ..., and Foreign Minister"), the country of "&lt;country&gt;
 * counterpart, " before it, and the role's text without its article. Thread-safe.
 */
final class OfficeRoles {

    private final Offices offices;

    OfficeRoles(Offices offices) {
        this.offices = offices;
    }

    /**
     * Extends an office to the left over offices joined by ", " and ", and " that name no
     * person ("Politburo Member, Director of ..., and Foreign Minister"); returns the new start.
     */
    int extendRole(String text, List<Token> tokens, Places places, int office,
            int previousEnd, boolean coordinated) {
        int start = tokens.get(office).start();
        int i = office - 1;
        boolean extended = false;
        while (i >= 0) {
            int sep = i;
            boolean and = tokens.get(sep).is("and");
            if (and) {
                sep--;
            }
            // offices joined into one role end with "and": "Member, Director, and Minister"
            if (!extended && !and && !coordinated) {
                break;
            }
            if (sep < 0 || !tokens.get(sep).text().equals(",") && !(and && !extended)) {
                break;
            }
            if (!tokens.get(sep).text().equals(",")) {
                sep++; // "Director and Foreign Minister": no comma
            }
            int chunkEnd = sep; // exclusive
            int j = chunkEnd - 1;
            while (j >= 0 && tokens.get(j).start() >= previousEnd) {
                Token t = tokens.get(j);
                if (t.isCapitalized() && !NOT_NAMES.contains(t.lower())
                        || t.is("of") || t.is("the") || t.is("for")) {
                    j--;
                } else {
                    break;
                }
            }
            int chunkStart = j + 1;
            if (chunkStart >= chunkEnd || !tokens.get(chunkStart).isCapitalized()
                    || tokens.get(chunkStart).start() < previousEnd) {
                break;
            }
            // the chunk must not be a place or a list of places
            Mention m = mentionAtOffset(places, tokens.get(chunkStart).start());
            if (m != null && m.end() >= tokens.get(chunkEnd - 1).end()) {
                break;
            }
            boolean hasOffice = false;
            int officeAt = -1;
            for (int k = chunkStart; k < chunkEnd && !hasOffice; k++) {
                hasOffice = offices.officeEnd(text, tokens.get(k).start()).isPresent();
                officeAt = k;
            }
            // an office that names its holder or its country is another person's: "General
            // Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong and
            // President ...", "the President of France, Chancellor of Germany, and ..."
            if (hasOffice && offices.officeEnd(text, tokens.get(officeAt).start()).getAsInt()
                    < tokens.get(chunkEnd - 1).end()) {
                break;
            }
            Token opener = j < 0 ? null : tokens.get(j);
            boolean opensRun = opener == null || !opener.text().equals(",")
                    && (!opener.isWord() || !opener.isCapitalized()
                    || NOT_NAMES.contains(opener.lower()));
            // every office of the run names one, but the first of the run may be an office the
            // table does not know ("Politburo Member")
            if (!hasOffice && !(opensRun && (extended || coordinated))) {
                break;
            }
            start = tokens.get(chunkStart).start();
            extended = true;
            i = chunkStart - 1;
            if (opensRun) {
                break;
            }
        }
        return extended ? start : tokens.get(office).start();
    }

    /** Returns the country of "&lt;country&gt; counterpart, " just before token {@code office}. */
    static String counterpartCountry(List<Token> tokens, Places places, int office) {
        if (office < 3 || !tokens.get(office - 1).text().equals(",")
                || !tokens.get(office - 2).lower().startsWith("counterpart")) {
            return null;
        }
        Mention m = places.endingAt(tokens.get(office - 3).end());
        return m != null && m.entity().type() == EntityType.COUNTRY
                ? m.entity().countryCode().orElse(null) : null;
    }

    static String trimRole(String role) {
        String r = role.strip();
        while (r.endsWith(",")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        if (r.toLowerCase(Locale.ROOT).startsWith("the ")) {
            r = r.substring(4);
        }
        return r;
    }
}
