package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.SlashedDates;
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

    /**
     * A time after a date: "- 11:28 GMT", ", 10:26", " at 9:41 PM", " | 14:05 CET", " / 09:39
     * PM".
     */
    static final Pattern TRAILING_TIME = Pattern.compile(
            "(?:[ ]{0,3}[-–|,@/]|[ ]{1,3}at)?[ ]{0,3}\\d{1,2}[:.]\\d{2}(?::\\d{2})?[ ]{0,2}"
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

    /** A date with slashes opening a line: "01/08/2022 08:01 PM EST". */
    private static final Pattern LEADING_SLASHED = Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");

    /**
     * The date a header line is: a date alone, after a release label ("For Immediate Release
     * September 10, 2009"), or before a time ("Wed, 07 Dec 2022 - 11:28 GMT"); a date with
     * slashes is read by {@link SlashedDates}' rule, day first unless the line is of the United
     * States ("05/06/2019 - 14:35 EST").
     */
    static Optional<LocalDate> dateOfLine(String line) {
        return dateOfLine(line, SlashedDates.Order.DAY_FIRST);
    }

    /**
     * The date a header line is, as {@link #dateOfLine(String)}, an ambiguous date with slashes
     * read in the page's {@code order} unless the line itself is of the United States.
     */
    static Optional<LocalDate> dateOfLine(String line, SlashedDates.Order order) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        line = TextLines.withoutBullet(Lines.collapse(line)); // "• 29/06/2015"
        Optional<LocalDate> date = PageDates.parse(line);
        if (date.isPresent()) {
            return date;
        }
        SlashedDates.Order lineOrder = SlashedDates.orderIn(line, order);
        if (line.length() <= 10 && line.indexOf('/') > 0) {
            date = SlashedDates.parse(line, lineOrder); // "22/06/2019", "22/9/14"
            if (date.isPresent()) {
                return date;
            }
        }
        int label = PageChrome.labelPrefixLength(line);
        if (label > 0) {
            date = dateOfLine(Lines.collapse(line).substring(label), order);
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher time = TRAILING_TIME.matcher(line);
        if (time.find() && time.start() > 0) {
            String before = line.substring(0, time.start()).strip();
            return PageDates.parse(before).or(() -> before.length() <= 10
                    ? SlashedDates.parse(before, lineOrder) : Optional.empty()); // "17/06/2019 - 19:38"
        }
        return Optional.empty();
    }

    /** A time of day ending a credit: "Xinhua) 10:48". */
    private static final Pattern CREDIT_CLOCK = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}$");

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
        // "Xinhua) 10:48, February 26, 2022": a credit's time before the day, no headline's
        return Titles.words(credit) <= MAX_CREDIT_WORDS
                && (!Headlines.isHeadline(credit) || CREDIT_CLOCK.matcher(credit).find())
                ? Optional.of(found.get().date()) : Optional.empty();
    }

    /**
     * A byline with its day: "Contributed by YokweOnline on Sep 21, 2013 - 08:34 AM", "Posted by
     * admin on 12 March 2020"; the name between is at most a few words.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:contributed|posted|published|submitted|written|uploaded|added)\\sby\\s"
                    + "[^\\s]{1,40}(?:\\s[^\\s]{1,40}){0,3}?\\son\\s(.{6,40})$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Returns the day of a byline ("Contributed by YokweOnline on Sep 21, 2013 - 08:34 AM"): the
     * day the page, not the document it reposts, was published; empty for any other line.
     */
    static Optional<LocalDate> bylineDate(String line) {
        if (line.length() > 100) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = BYLINE.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String when = m.group(1);
        Matcher time = TRAILING_TIME.matcher(when);
        if (time.find() && time.start() > 0) {
            when = TextLines.trimTrailingPunctuation(when.substring(0, time.start()).strip());
        }
        String day = when;
        return PageDates.parse(day).or(() -> PageDates.find(day).map(PageDates.Found::date));
    }

    /** A date opening a line and where it ends. */
    record Dated(LocalDate date, int end) {}

    /**
     * The date that opens a line, with a time after it: "Saturday, February 15, 2025, 6:34
     * p.m.", "19-12-2018 18:15", "20/12/2024 00:33"; a date with slashes whose day and month
     * could be mistaken is read day first, month first before a U.S. time zone ("01/08/2022 08:01
     * PM EST").
     */
    static Optional<Dated> leadingDate(String line) {
        return leadingDate(line, SlashedDates.Order.DAY_FIRST);
    }

    /** The date that opens a line, an ambiguous date with slashes read in the page's {@code order}. */
    static Optional<Dated> leadingDate(String line, SlashedDates.Order order) {
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
            Optional<LocalDate> slashedDate = SlashedDates.of(a, b, year,
                    zone == null ? order : SlashedDates.orderIn(zone, order));
            if (slashedDate.isEmpty()) {
                return Optional.empty();
            }
            date = slashedDate.get();
        }
        return Optional.of(new Dated(date, end));
    }

    /**
     * "Publication Date: 30/05/2001": a footer's date field, its date (an ambiguous date with
     * slashes read in the page's {@code order}).
     */
    static Optional<LocalDate> dateField(String line, SlashedDates.Order order) {
        if (line.length() > 60) {
            return Optional.empty();
        }
        String key = Lines.key(line);
        for (String field : DATE_FIELDS) {
            if (key.startsWith(field)) {
                String value = Lines.collapse(line).substring(field.length()).strip();
                return dateOfLine(value, order).or(() -> leadingDate(value, order)
                        .filter(d -> d.end() >= value.length() - 1)
                        .map(Dated::date));
            }
        }
        return Optional.empty();
    }

    /**
     * A date written with slashes ending a line ("Issued 02/18/2021"), read by {@link
     * SlashedDates}' rule in {@code order}.
     */
    static Optional<LocalDate> slashedDateAtEnd(String line, SlashedDates.Order order) {
        Matcher m = SLASHED_DATE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return SlashedDates.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), order);
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
