package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.BodyCleaner;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.Publishers;
import io.github.jointstatements.parsers.internal.SlashedDates;
import io.github.jointstatements.parsers.internal.Titles;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a release line of a page's header: a date opening it, perhaps a time, then parts between
 * dashes or bars that are each a place, an issuer or a label ("November 19, 2021 – Ottawa,
 * Ontario – Global Affairs Canada", "Saturday, February 15, 2025, 6:34 p.m. Munich, Germany",
 * "20/12/2024 00:33 | Statements and remarks |"). A headline or a sentence after the date makes
 * no release line. Stateless.
 */
final class ReleaseLines {

    /** The parts of a release line: "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada". */
    static final Pattern RELEASE_PARTS = Pattern.compile(
            "[ ]{1,2}[-–—][ ]{1,2}|[ ]{0,2}\\|[ ]{0,2}");

    /** A release line is at most this many words. */
    private static final int MAX_RELEASE_LINE_WORDS = 16;

    /** An office's name among the parts ("Ministry of Foreign Affairs") has at most this many words. */
    private static final int MAX_OFFICE_WORDS = Headlines.MAX_SECTION_WORDS + 3;

    private ReleaseLines() {}

    /**
     * What a release line says: its date, whether a label names the release's type, its place
     * (the city) and its issuer.
     */
    record Release(LocalDate date, boolean labelled, Optional<String> place,
            Optional<String> issuer) {}

    /**
     * Returns the release line {@code line} is, or empty when it is none; an ambiguous date with
     * slashes is read in the page's {@code order}.
     */
    static Optional<Release> read(String line, SlashedDates.Order order) {
        String p = TextLines.withoutBullet(line); // "• 14 Jun. 2023 - Press release"
        if (Titles.words(p) > MAX_RELEASE_LINE_WORDS) {
            return Optional.empty();
        }
        Optional<LineDates.Dated> dated = LineDates.leadingDate(p, order);
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        String rest = p.substring(dated.get().end()).strip();
        while (!rest.isEmpty() && "-–—|,".indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1).strip(); // "– Ottawa, Ontario – ..."
        }
        String place = null;
        String issuer = null;
        boolean labelled = false;
        for (String part : RELEASE_PARTS.split(rest)) {
            String f = TextLines.trimTrailingPunctuation(part.strip());
            while (f.startsWith(",")) {
                f = f.substring(1).strip();
            }
            if (f.isEmpty()) {
                continue;
            }
            if (PageChrome.isHeaderLabel(f) || isLabelWords(f)) {
                labelled = true;
                continue;
            }
            Optional<String> named = Publishers.inLine(f);
            if (named.isPresent()) {
                issuer = issuer == null ? named.get() : issuer;
                continue;
            }
            if (PageChrome.opensWithIssuerHead(f) && Titles.words(f) <= MAX_OFFICE_WORDS) {
                continue; // "Ministry of Foreign Affairs": where, but no place
            }
            String city = PlaceLines.firstPart(f);
            if (NavigationLines.isNavigation(f)) {
                continue; // "Sunday, December 29, 2024 Search Advanced Search": a site's clock
            }
            if (place == null && BodyCleaner.isPlace(city) && BodyCleaner.isPlace(f)) {
                place = city;
                continue;
            }
            return Optional.empty(); // a headline or a sentence after the date
        }
        return Optional.of(new Release(dated.get().date(), labelled,
                Optional.ofNullable(place), Optional.ofNullable(issuer)));
    }

    /** Words of a release's type between bars: "Statements and remarks", "News release". */
    private static boolean isLabelWords(String part) {
        String key = Lines.key(part);
        int and = key.indexOf(" and ");
        return and > 0 && PageChrome.isHeaderLabel(key.substring(0, and))
                || Titles.words(key) <= 3 && key.endsWith("release");
    }
}
