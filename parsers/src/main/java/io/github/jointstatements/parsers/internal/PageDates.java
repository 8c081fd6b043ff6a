package io.github.jointstatements.parsers.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages print in their headers and datelines: "Wednesday, February 1, 2023",
 * "JAN. 31, 2023", "31 January 2023", "May 30 , 2013", "2023-01-31", "2023-01-31T10:00:00-05:00".
 *
 * <p>Thread-safe. The patterns are bounded (no nested quantifiers) so that hostile input cannot
 * make them backtrack.
 */
public final class PageDates {

    /** English month names and the abbreviations newsrooms use, to month numbers. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2),
            Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(january|february|march|april|may|june|july|august"
            + "|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct"
            + "|nov|dec)\\.?";

    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?,?\\s{1,3})?";

    /** "February 1, 2023", "JAN. 31, 2023", "May 30 , 2013" */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\s{0,2},?\\s{0,3}(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    /** "31 January 2023", "1st February, 2023" */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?" + MONTH
                    + ",?\\s{1,3}(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    /** "2023-01-31", "2023/01/31" */
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private PageDates() {}

    /** Returns the date the whole of {@code text} is, ignoring surrounding white space. */
    public static Optional<LocalDate> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            return Optional.empty();
        }
        Optional<LocalDate> iso = isoDateTime(trimmed);
        if (iso.isPresent()) {
            return iso;
        }
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
            Matcher m = pattern.matcher(trimmed);
            if (m.matches()) {
                return toDate(pattern, m);
            }
        }
        return Optional.empty();
    }

    /** A date found inside a longer text, with where it stands. */
    public record Found(LocalDate date, int start, int end) {}

    /** Returns the first date written out in {@code text}, with its span. */
    public static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) {
                    break;
                }
                Optional<LocalDate> date = toDate(pattern, m);
                if (date.isPresent() && boundary(text, m.start(), m.end())) {
                    best = new Found(date.get(), m.start(), m.end());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns the date that ends {@code text} ("... Lloyd J. Austin III JAN. 31, 2023"). */
    public static Optional<Found> findAtEnd(String text) {
        String stripped = text.stripTrailing();
        int from = Math.max(0, stripped.length() - 40);
        Found last = null;
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
            Matcher m = pattern.matcher(stripped);
            m.region(from, stripped.length());
            while (m.find()) {
                if (m.end() == stripped.length() && boundary(stripped, m.start(), m.end())) {
                    Optional<LocalDate> date = toDate(pattern, m);
                    if (date.isPresent() && (last == null || m.start() < last.start())) {
                        last = new Found(date.get(), m.start(), m.end());
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean boundary(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static Optional<LocalDate> isoDateTime(String text) {
        if (text.length() < 10 || !Character.isDigit(text.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            // not an offset date-time; the patterns below try the other forms
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)))
                    .filter(d -> text.length() == 10 || text.charAt(10) == 'T'
                            || text.charAt(10) == ' ');
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == MONTH_DAY_YEAR) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            if (pattern == DAY_MONTH_YEAR) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "February 30": not a date
        }
    }

    /** Returns the month number of an English month name or abbreviation. */
    public static int month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (month == null) {
            throw new IllegalArgumentException("not a month name: " + name);
        }
        return month;
    }
}
