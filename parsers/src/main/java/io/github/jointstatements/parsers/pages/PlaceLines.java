package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.analysis.CountryNames;
import io.github.jointstatements.parsers.internal.BodyCleaner;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.Titles;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads places from a text page's lines: a header line of a place and its country ("Addis Ababa,
 * Ethiopia"), the place of a dateline opening a paragraph ("TOKYO, Japan — The ..."). Stateless;
 * the pattern is bounded.
 */
final class PlaceLines {

    /**
     * A dateline opening a paragraph: a place, perhaps its country or a day, perhaps a news
     * agency in brackets, then a dash. Bounded, reluctant spans: no backtracking blow-up.
     */
    private static final Pattern BODY_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.' ]{1,30}?)(?:,[ ]{1,2}(\\p{Lu}[\\p{L}.]{1,20}"
                    + "(?: \\p{Lu}[\\p{L}.]{1,20}){0,2}))?(?:,[ ]{1,2}[\\p{L}\\d. ]{3,20}?)?[ ]{0,2}"
                    + "(\\([\\p{L} ]{2,20}\\))?[ ]{0,2}(?:—|–|--|-)[ ]{0,2}\\p{Lu}");

    /** The district a capital's dateline may name instead of a country: "Washington, DC". */
    static final Set<String> CAPITAL_DISTRICTS = Set.of("DC", "D.C.", "D. C.");

    /** A header line of a place and its country has at most this many words. */
    static final int MAX_PLACE_LINE_WORDS = 6;

    /**
     * The place of a dateline opening a paragraph: "TOKYO, Japan — The ministers ...",
     * "Addis Ababa, Ethiopia – ...", "Khartoum, 20 April (SUNA)- Sudan and Egypt ...": a place in
     * capitals, or followed by its country, or by a news agency's name in brackets, then a dash.
     */
    static Optional<String> datelinePlace(String paragraph) {
        Matcher m = BODY_DATELINE.matcher(paragraph);
        if (!m.find()) {
            return agencyDatelinePlace(paragraph).or(() -> bracketedDatelinePlace(paragraph));
        }
        String place = m.group(1).strip();
        String country = m.group(2) == null ? null : m.group(2).strip();
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT))
                && place.chars().anyMatch(Character::isLetter);
        boolean ofCountry = country != null && CountryNames.isCountry(country);
        boolean agency = m.group(3) != null;
        if (!BodyCleaner.isPlace(place) || !(capitals || ofCountry || agency)
                || CountryNames.isCountry(place) && !ofCountry) {
            return Optional.empty();
        }
        if (capitals && inCapitals(paragraph.substring(m.end() - 1), HEADING_WORDS)) {
            // "FIFTY – NINTH ORDINARY SESSION OF THE AUTHORITY ...": a heading in capitals,
            // not a dateline before its text
            return Optional.empty();
        }
        return Optional.of(place);
    }

    /**
     * A place in capitals, a stop and a news agency's name in capitals before the text:
     * "ASTANA.KAZINFORM The Minister ...", "ASTANA. KAZINFORM The ..."; bounded.
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(\\p{Lu}{2,20}(?:[ -]\\p{Lu}{2,20}){0,2})\\.\\s?\\p{Lu}{3,20}\\s(?=\\p{Lu})");

    /** The place of a wire's dateline whose agency follows the place's stop. */
    private static Optional<String> agencyDatelinePlace(String paragraph) {
        Matcher m = AGENCY_DATELINE.matcher(paragraph);
        if (!m.find() || !BodyCleaner.isPlace(m.group(1)) || CountryNames.isCountry(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /**
     * A dateline in brackets before the text: "( February 11, Islamabad, Sri Lanka Guardian) On
     * the invitation ..."; its parts, one a day, bounded.
     */
    private static final Pattern BRACKETED_DATELINE = Pattern.compile(
            "^\\(\\s?([^()]{5,80}?)\\s?\\)\\s(?=\\p{Lu})");

    /** Within a bracketed dateline: a month and a day, either order. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "^(?:\\p{L}{3,12}\\.?\\s\\d{1,2}|\\d{1,2}\\s\\p{L}{3,12})(?:,?\\s(?:19|20)\\d{2})?$");

    /** The place of a dateline in brackets: its first part that is a place, after a day. */
    private static Optional<String> bracketedDatelinePlace(String paragraph) {
        Matcher m = BRACKETED_DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean dated = false;
        for (String part : m.group(1).split(",")) {
            String p = part.strip();
            if (MONTH_DAY.matcher(p).matches()
                    && io.github.jointstatements.parsers.internal.PageDates.isMonth(
                            p.split("[\\s.]")[Character.isDigit(p.charAt(0)) ? 1 : 0])) {
                dated = true;
            } else if (dated && BodyCleaner.isPlace(p) && !CountryNames.isCountry(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Words after a dateline's dash read to tell a heading in capitals from a dateline's text. */
    private static final int HEADING_WORDS = 3;

    /** Whether the first {@code words} words of {@code text} (as many as it has) are in capitals. */
    private static boolean inCapitals(String text, int words) {
        String[] parts = text.strip().split("\\s+", words + 1);
        int read = 0;
        for (int i = 0; i < Math.min(words, parts.length); i++) {
            String w = parts[i];
            if (w.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
            read++;
        }
        return read >= 2;
    }

    /** "Addis Ababa, Ethiopia": a header line that is a place and its country, the place. */
    static Optional<String> placeLine(String line) {
        if (line.length() > 60 || Titles.words(line) > MAX_PLACE_LINE_WORDS) {
            return Optional.empty();
        }
        int comma = line.lastIndexOf(',');
        if (comma <= 0) {
            return Optional.empty();
        }
        String place = line.substring(0, comma).strip();
        String country = TextLines.trimTrailingPunctuation(line.substring(comma + 1).strip());
        if (!(CountryNames.isCountry(country) || CAPITAL_DISTRICTS.contains(country))
                || !BodyCleaner.isPlace(place)
                || ReleaseLines.RELEASE_PARTS.matcher(place).find() || Headlines.namesDocument(place)
                || PageChrome.isHeaderLabel(place) || PageChrome.opensWithIssuerHead(place)) {
            return Optional.empty(); // "Press Conference - Queenstown, New Zealand": a headline
        }
        return Optional.of(firstPart(place));
    }

    /** "Ottawa, Ontario" gives "Ottawa". */
    static String firstPart(String place) {
        int comma = place.indexOf(',');
        return comma > 0 ? place.substring(0, comma).strip() : place;
    }

    private PlaceLines() {}
}
