package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Titles;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of a text page's header lines: a date alone, after a release label, before a
 * time or after a short credit, a date opening a release line, a footer's date field. Stateless;
 * every pattern is bounded.
 */
final class LineDates {

    /** A credit before a date in a header ("(Xinhua) 10:26,") has at most this many words. */
    private static final int MAX_CREDIT_WORDS = 3;

    /** A time after a date: "- 11:28 GMT", ", 10:26", " at 9:41 PM", " | 14:05 CET". */
    static final Pattern TRAILING_TIME = Pattern.compile(
            "(?:[ ]{0,3}[-–|,@]|[ ]{1,3}at)?[ ]{0,3}\\d{1,2}[:.]\\d{2}(?::\\d{2})?[ ]{0,2}"
                    + "(?:[ap]\\.?m\\.?)?[ ]{0,2}(?:[a-z]{2,5})?[ ]{0,2}$",
            Pattern.CASE_INSENSITIVE);

    /** A date with slashes ending a line: "02/18/2021". */
    static final Pattern SLASHED_DATE = Pattern.compile(
            "(?:^|[ (])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})$");

    /** A date field of a text's footer: "Publication Date: 30/05/2001", "Release date: ...". */
    private static final List<String> DATE_FIELDS = List.of("publication date:", "release date:",
            "date of publication:", "published:", "published on:", "posted on:", "date issued:",
            "issued on:", "last updated:", "last updated on:");

    /** A time right after a date: ", 6:34 p.m.", " 00:33", " 08:01 PM EST". */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^[ ,]{0,3}(?:[-–—][ ]{0,2})?(?:at[ ]{1,2})?\\d{1,2}[:.]\\d{2}(?::\\d{2})?[ ]{0,2}(?:[ap]\\.?m\\.?)?"
                    + "(?:[ ]{1,2}((?-i:[A-Z]{2,4})))?(?![\\w:])", Pattern.CASE_INSENSITIVE);

    /** A date with slashes and a two-digit year alone on a line: "22/9/14". */
    private static final Pattern SHORT_YEAR_SLASHED = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{2})");

    /** A date with slashes opening a line: "01/08/2022 08:01 PM EST". */
    private static final Pattern LEADING_SLASHED = Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");

    /** Time zones of the United States, whose pages write dates month first. */
    static final Set<String> US_TIME_ZONES = Set.of("est", "edt", "et", "cst", "cdt",
            "ct", "mst", "mdt", "pst", "pdt", "pt", "akst", "hst");

    /**
     * The date a header line is: a date alone, after a release label ("For Immediate Release
     * September 10, 2009"), or before a time ("Wed, 07 Dec 2022 - 11:28 GMT").
     */
    static Optional<LocalDate> dateOfLine(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        line = TextLines.withoutBullet(Lines.collapse(line)); // "• 29/06/2015"
        Optional<LocalDate> date = PageDates.parse(line);
        if (date.isPresent()) {
            return date;
        }
        String collapsed = line;
        Matcher shortYear = SHORT_YEAR_SLASHED.matcher(collapsed);
        if (shortYear.matches()) {
            // "22/9/14": a blog's date with the year's last two digits
            return slashedDateAtEnd(shortYear.group(1) + "/" + shortYear.group(2) + "/20"
                    + shortYear.group(3));
        }
        if (collapsed.length() <= 10 && collapsed.indexOf('/') > 0) {
            date = slashedDateAtEnd(collapsed);
            if (date.isPresent()) {
                return date;
            }
        }
        int label = PageChrome.labelPrefixLength(line);
        if (label > 0) {
            date = dateOfLine(Lines.collapse(line).substring(label));
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher time = TRAILING_TIME.matcher(line);
        if (time.find() && time.start() > 0) {
            String before = line.substring(0, time.start()).strip();
            return PageDates.parse(before).or(() -> before.length() <= 10
                    ? slashedDateAtEnd(before) : Optional.empty()); // "17/06/2019 - 19:38"
        }
        return Optional.empty();
    }

    /** A date after a short credit that reads as no headline: "(Xinhua) 10:26, February 28, 2019". */
    static Optional<LocalDate> creditedDate(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        Optional<PageDates.Found> found = PageDates.findAtEnd(line);
        if (found.isEmpty() || found.get().start() == 0) {
            return Optional.empty();
        }
        String credit = TextLines.trimTrailingPunctuation(line.substring(0, found.get().start()));
        return Titles.words(credit) <= MAX_CREDIT_WORDS && !Headlines.isHeadline(credit)
                ? Optional.of(found.get().date()) : Optional.empty();
    }

    /**
     * A date opening a line and where it ends; {@code date} is null for a date with slashes
     * whose day and month cannot be told apart.
     */
    record Dated(LocalDate date, int end) {}

    /**
     * The date that opens a line, with a time after it: "Saturday, February 15, 2025, 6:34
     * p.m.", "19-12-2018 18:15", "20/12/2024 00:33"; a date with slashes whose day and month
     * could be mistaken is read month first only before a U.S. time zone ("01/08/2022 08:01 PM
     * EST").
     */
    static Optional<Dated> leadingDate(String line) {
        LocalDate date = null;
        int end = -1;
        Optional<PageDates.Found> found = PageDates.find(line.substring(0,
                Math.min(line.length(), 60)));
        if (found.isPresent() && found.get().start() == 0) {
            date = found.get().date();
            end = found.get().end();
        }
        Matcher slashed = LEADING_SLASHED.matcher(line);
        int a = 0;
        int b = 0;
        int year = 0;
        if (date == null && slashed.find()) {
            a = Integer.parseInt(slashed.group(1));
            b = Integer.parseInt(slashed.group(2));
            year = Integer.parseInt(slashed.group(3));
            end = slashed.end();
        } else if (date == null) {
            return Optional.empty();
        }
        Matcher time = LEADING_TIME.matcher(line.substring(end));
        String zone = null;
        if (time.find()) {
            zone = time.group(1);
            end += time.end();
        }
        if (date == null) {
            try {
                if (a > 12 && b <= 12) {
                    date = LocalDate.of(year, b, a);
                } else if (b > 12 && a <= 12 || a == b || zone != null
                        && US_TIME_ZONES.contains(zone.toLowerCase(Locale.ROOT))) {
                    date = LocalDate.of(year, a, b);
                } else {
                    return Optional.of(new Dated(null, end)); // "07/10/2022": day or month first
                }
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Dated(date, end));
    }

    /** "Publication Date: 30/05/2001": a footer's date field, its date. */
    static Optional<LocalDate> dateField(String line) {
        if (line.length() > 60) {
            return Optional.empty();
        }
        String key = Lines.key(line);
        for (String field : DATE_FIELDS) {
            if (key.startsWith(field)) {
                String value = Lines.collapse(line).substring(field.length()).strip();
                return dateOfLine(value).or(() -> leadingDate(value)
                        .filter(d -> d.date() != null && d.end() >= value.length() - 1)
                        .map(Dated::date));
            }
        }
        return Optional.empty();
    }

    /**
     * A date written with slashes ending a line, when its day and month cannot be mistaken for
     * each other ("02/18/2021": month first; "22/06/2019": day first); "11/10/2018" gives none.
     */
    static Optional<LocalDate> slashedDateAtEnd(String line) {
        Matcher m = SLASHED_DATE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        try {
            if (a > 12 && b <= 12) {
                return Optional.of(LocalDate.of(year, b, a));
            }
            if (b > 12 && a <= 12 || a == b) {
                return Optional.of(LocalDate.of(year, a, b)); // "07/07/2005" reads both ways alike
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A line ending with a day's number: "Geneva, 16". */
    static boolean endsWithDay(String line) {
        int n = line.length();
        int i = n;
        while (i > 0 && Character.isDigit(line.charAt(i - 1))) {
            i--;
        }
        return n - i >= 1 && n - i <= 2 && i > 0 && line.charAt(i - 1) == ' ' && n <= 40;
    }

    private LineDates() {}
}
