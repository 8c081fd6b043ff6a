package io.github.jointstatements.parsers.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written with slashes, the one reader of them for every page and text: "2019/06/05",
 * "05/06/2019", "02/18/2021", "22/9/14".
 *
 * <p>The rule. A date that opens with a four-digit year is year, month, day. Otherwise its first
 * two numbers are day and month in an order the date itself settles when one of them is above 12
 * ("22/06/2019": day first; "02/18/2021": month first) or both are equal ("07/07/2005"). When they
 * could be mistaken for each other ("05/06/2019"), the {@link Order} its context gives decides:
 * month first in a U.S. context (a U.S. time zone after it, "Washington, DC" before it: U.S.
 * writers put the month first), day first in any other context known to date the page (a
 * header's date line, a dateline, a release line: the rest of the world puts the day first),
 * and no date at all where the context is unknown (a date met in running text or in metadata
 * whose page is not known). A two-digit year is of this century, and read only in a date that is
 * the whole of a line ("22/9/14"). Thread-safe; the pattern is bounded.
 */
public final class SlashedDates {

    /** The order in which an ambiguous date is read, as its context gives it. */
    public enum Order {
        /** Day first: a page's header or dateline outside the United States. */
        DAY_FIRST,
        /** Month first: a U.S. context. */
        MONTH_FIRST,
        /** Unknown: an ambiguous date gives none. */
        UNKNOWN
    }

    /** A date with slashes, not glued to other digits: "05/06/2019", "22/9/14", "2019/06/05". */
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(?:((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})|(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d{2}))"
                    + "(?![\\d/])");

    /** The fewest and most characters a date with slashes has: "1/2/19", "2019/12/31". */
    private static final int MIN_WHOLE = 6;
    private static final int MAX_WHOLE = 10;

    /** Time zones of the United States, written as a word after a time. */
    private static final Set<String> US_TIME_ZONES = Set.of("est", "edt", "et", "cst", "cdt",
            "ct", "mst", "mdt", "pst", "pdt", "pt", "akst", "hst");

    /** The district a capital's dateline names: "Washington, DC". */
    private static final Set<String> CAPITAL_DISTRICTS = Set.of("dc", "d.c.", "d. c.");

    /** The earliest and latest years a page date may have. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private SlashedDates() {}

    /** A date with slashes found in a text, with where it stands. */
    public record Found(LocalDate date, int start, int end) {}

    /**
     * Returns the date of {@code first/second/year} by the rule, {@code year} of two digits in this
     * century; empty when it is no date or is ambiguous in an {@link Order#UNKNOWN} context.
     */
    public static Optional<LocalDate> of(int first, int second, int year, Order order) {
        int y = year < 100 ? 2000 + year : year;
        int day;
        int month;
        if (first > 12 && second <= 12) {
            day = first;
            month = second;
        } else if (second > 12 && first <= 12 || first == second) {
            month = first;
            day = second;
        } else if (order == Order.MONTH_FIRST) {
            month = first;
            day = second;
        } else if (order == Order.DAY_FIRST) {
            day = first;
            month = second;
        } else {
            return Optional.empty();
        }
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31/02/2019", "13/13/2019"
        }
    }

    /**
     * Returns the first date with slashes in {@code text} read by the rule in {@code order},
     * with its span; a date the rule cannot read is skipped.
     */
    public static Optional<Found> find(CharSequence text, Order order) {
        return find(text, order, false);
    }

    private static Optional<Found> find(CharSequence text, Order order, boolean shortYears) {
        if (!hasSlash(text)) {
            return Optional.empty();
        }
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = read(m, order, shortYears);
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Returns the date of a match by the rule, or empty. */
    private static Optional<LocalDate> read(MatchResult m, Order order, boolean shortYears) {
        if (!shortYears && m.group(6) != null && m.group(6).length() == 2) {
            return Optional.empty(); // "12/13/14" in a text: a reference as likely as a date
        }
        return m.group(1) != null
                ? yearFirst(m.group(1), m.group(2), m.group(3))
                : of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)), order);
    }

    /** Returns the date with slashes that ends {@code text}, read by the rule in {@code order}. */
    public static Optional<Found> findAtEnd(CharSequence text, Order order) {
        int n = text.length();
        while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
            n--;
        }
        int from = Math.max(0, n - 12);
        while (from > 0 && text.charAt(from - 1) != ' ' && text.charAt(from - 1) != '(') {
            from--; // back to the start of the last word, so that a date is matched whole
            if (n - from > 24) {
                return Optional.empty();
            }
        }
        // the last match, the one that may end the text: an earlier date of the last words
        // ("22/06/2019 23/06/2019") is not the one asked for
        Matcher m = SLASHED.matcher(text).region(from, n);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        if (last == null || last.end() != n) {
            return Optional.empty();
        }
        MatchResult date = last;
        return read(date, order, false).map(d -> new Found(d, date.start(), date.end()));
    }

    /**
     * Returns the date the whole of {@code text} is, white space around it ignored; a year of two
     * digits is read here ("22/9/14" alone on a line), not by {@link #find}.
     */
    public static Optional<LocalDate> parse(String text, Order order) {
        String stripped = text.strip();
        if (stripped.length() < MIN_WHOLE || stripped.length() > MAX_WHOLE
                || stripped.charAt(0) < '0' || stripped.charAt(0) > '9') {
            return Optional.empty(); // not a date alone, whose first character is a digit
        }
        Optional<Found> found = find(stripped, order, true);
        return found.filter(f -> f.start() == 0 && f.end() == stripped.length())
                .map(Found::date);
    }

    /**
     * Returns the order a date's context gives: {@link Order#MONTH_FIRST} when {@code context}
     * names a U.S. time zone as a word ("02:13 PM EST") or the District of Columbia
     * ("Washington, DC"), else {@code otherwise}.
     */
    public static Order orderIn(CharSequence context, Order otherwise) {
        String key = context.toString().toLowerCase(Locale.ROOT);
        for (String district : CAPITAL_DISTRICTS) {
            int at = key.indexOf(", " + district);
            int end = at + 2 + district.length();
            if (at >= 0 && (end == key.length() || !Character.isLetter(key.charAt(end)))) {
                return Order.MONTH_FIRST; // "Washington, DC", not "London, DCMS"
            }
        }
        int i = 0;
        int n = key.length();
        while (i < n) {
            while (i < n && !Character.isLetter(key.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(key.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && i - start <= 4 && US_TIME_ZONES.contains(key.substring(start, i))) {
                return Order.MONTH_FIRST;
            }
        }
        return otherwise;
    }

    /**
     * Returns the order the dates with slashes of a page's {@code lines} write in, as the first of
     * them that tells it does: one read in a U.S. context ("01/08/2022 08:01 PM EST") or one whose
     * day or month is above 12 ("22/06/2019", "02/18/2021"); {@code otherwise} when none tells. A
     * page writes all its dates in one order, so that this one decides the ambiguous others
     * ("01/08/2022" alone above "01/08/2022 08:01 PM EST").
     */
    public static Order orderOf(List<String> lines, Order otherwise) {
        for (String line : lines) {
            if (!hasSlash(line)) {
                continue;
            }
            Matcher m = SLASHED.matcher(line);
            while (m.find()) {
                if (m.group(4) == null || m.group(6).length() == 2) {
                    continue;
                }
                int first = Integer.parseInt(m.group(4));
                int second = Integer.parseInt(m.group(5));
                if (first > 12 && second <= 12) {
                    return Order.DAY_FIRST;
                }
                if (second > 12 && first <= 12) {
                    return Order.MONTH_FIRST;
                }
                if (first <= 12 && second <= 12 && orderIn(line,
                        Order.UNKNOWN) == Order.MONTH_FIRST) {
                    return Order.MONTH_FIRST;
                }
            }
        }
        return otherwise;
    }

    private static Optional<LocalDate> yearFirst(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasSlash(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '/') {
                return true;
            }
        }
        return false;
    }
}
