package io.github.jointstatements.parsers.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages print in their headers, datelines and addresses: "Wednesday, February 1,
 * 2023", "JAN. 31, 2023", "31 January 2023", "May 30 , 2013", "Dienstag, 28. April 2020",
 * "mardi 5 juin 2018", "25 JANUARY 2022", "5 de junio de 2018", "06.12.2021", "2023-01-31",
 * "2023-01-31T10:00:00-05:00", and the {@code /2023/01/31/} of a URL path; a date with slashes
 * ("22/06/2019") by {@link SlashedDates}' rule, outside any context: not when its day and month
 * could be mistaken for each other.
 *
 * <p>Month and weekday names come from {@code months.tsv} (English and the languages of the
 * issuers and blogs statements come from). Thread-safe. The patterns are bounded (no nested
 * quantifiers) so that hostile input cannot make them backtrack.
 */
public final class PageDates {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final List<String> WEEKDAYS = new ArrayList<>();

    static {
        for (String row : WordLists.load(PageDates.class, "months.tsv")) {
            String[] cells = row.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("months.tsv: not two cells in \"" + row + "\"");
            }
            if (cells[0].equals("weekday")) {
                WEEKDAYS.add(cells[1].toLowerCase(Locale.ROOT));
            } else {
                MONTHS.put(cells[1].toLowerCase(Locale.ROOT), Integer.parseInt(cells[0]));
            }
        }
    }

    /**
     * A word that may name a month; the table decides ({@link #month}). Matching any word and
     * looking it up is much cheaper than an alternation of every month name in every language.
     */
    private static final String MONTH = "(\\p{L}{3,12})\\.?";

    /** A word that may name a weekday before a date; the table decides ({@link #isWeekday}). */
    private static final String WEEKDAY = "(?:(\\p{L}{3,14})\\.?,?\\s{1,3})?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    /** "February 1, 2023", "JAN. 31, 2023", "May 30 , 2013" */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\s{0,2},?\\s{0,3}(\\d{4})",
            FLAGS);

    /** "31 January 2023", "1st February, 2023", "28. April 2020", "5 de junio de 2018" */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s{1,3}(?:(?:of|de)\\s{1,3})?" + MONTH
                    + ",?\\s{1,3}(?:(?:de|del)\\s{1,3})?(\\d{4})",
            FLAGS);

    /** "2023-01-31", "2023/01/31" */
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

    /** "06.12.2021": day first, as in Europe; only with dots, which no US writer uses. */
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    /**
     * "19-12-2018": with dashes, written day first in Europe and month first in the US, so read
     * only when the day cannot be mistaken for the month (one of them above 12).
     */
    private static final Pattern DASHED = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

    /** "/2023/01/31/" or "/2023/01/" in a URL path: the year and month of WordPress and Blogger. */
    private static final Pattern URL_PATH = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2})/(?:(\\d{1,2})/)?");

    private static final Pattern[] ALL = {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO, DOTTED, DASHED};

    /** The earliest and latest years a page date may have: no page predates the web by much. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private PageDates() {}

    /** Returns the date the whole of {@code text} is, ignoring surrounding white space. */
    public static Optional<LocalDate> parse(String text) {
        // every form opens with a digit (ISO, which may end with a time zone's letter or a
        // word after a space) or ends with an ASCII digit (the others): most lines do neither,
        // and are answered from their ends, without a pass over them
        int first = Lines.firstVisible(text);
        if (first < 0 || !Character.isDigit(text.charAt(first))
                && !isAsciiDigit(text.charAt(Lines.lastVisible(text)))) {
            return Optional.empty();
        }
        if (Lines.hasMoreVisible(text, 60)) {
            return Optional.empty(); // a paragraph: answered without collapsing it first
        }
        String trimmed = Lines.collapse(text);
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            return Optional.empty();
        }
        Optional<LocalDate> iso = isoDateTime(trimmed);
        if (iso.isPresent()) {
            return iso;
        }
        int n = trimmed.length();
        if (!isAsciiDigit(trimmed.charAt(n - 1))) {
            return Optional.empty(); // every form ends with the year's or the day's digits
        }
        // ISO opens with its year, every other form ends with it: a form the text cannot match
        // as a whole is not tried
        boolean opensWithYear = n >= 4 && digits(trimmed, 0, 4);
        boolean endsWithYear = n >= 4 && digits(trimmed, n - 4, n);
        for (Pattern pattern : ALL) {
            if (pattern == ISO ? !opensWithYear : !endsWithYear) {
                continue;
            }
            Matcher m = pattern.matcher(trimmed);
            if (m.matches() && start(pattern, m) == 0) {
                return toDate(pattern, m);
            }
        }
        return SlashedDates.parse(trimmed, SlashedDates.Order.UNKNOWN); // "22/06/2019"
    }

    private static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A date found inside a longer text, with where it stands. */
    public record Found(LocalDate date, int start, int end) {}

    /** Returns the first date written out in {@code text}, with its span. */
    public static Optional<Found> find(String text) {
        if (!hasDigit(text)) {
            return Optional.empty();
        }
        Found best = null;
        for (Pattern pattern : ALL) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = start(pattern, m);
                if (best != null && start >= best.start()) {
                    break;
                }
                Optional<LocalDate> date = toDate(pattern, m);
                if (date.isPresent() && boundary(text, start, m.end())) {
                    best = new Found(date.get(), start, m.end());
                    break;
                }
            }
        }
        Optional<SlashedDates.Found> slashed = SlashedDates.find(text, SlashedDates.Order.UNKNOWN);
        if (slashed.isPresent() && (best == null || slashed.get().start() < best.start())
                && boundary(text, slashed.get().start(), slashed.get().end())) {
            best = new Found(slashed.get().date(), slashed.get().start(), slashed.get().end());
        }
        return Optional.ofNullable(best);
    }

    /** Returns the date that ends {@code text} ("... Lloyd J. Austin III JAN. 31, 2023"). */
    public static Optional<Found> findAtEnd(String text) {
        String stripped = text.stripTrailing();
        int n = stripped.length();
        if (n < 8 || !isAsciiDigit(stripped.charAt(n - 1))) {
            return Optional.empty(); // every form ends with the year or the day's digits
        }
        int from = Math.max(0, n - 48);
        // a date that ends the text ends with its year, or is ISO and ends with its day: a
        // form whose end the text does not have is not tried
        boolean yearAtEnd = isYear(stripped, n - 4);
        Found last = null;
        for (Pattern pattern : ALL) {
            if (pattern == ISO ? !endsIso(stripped) : !yearAtEnd) {
                continue;
            }
            Matcher m = pattern.matcher(stripped);
            m.region(from, n);
            while (m.find()) {
                int start = start(pattern, m);
                if (m.end() == n && boundary(stripped, start, m.end())) {
                    Optional<LocalDate> date = toDate(pattern, m);
                    if (date.isPresent() && (last == null || start < last.start())) {
                        last = new Found(date.get(), start, m.end());
                    }
                }
            }
        }
        if (last == null && yearAtEnd) {
            Optional<SlashedDates.Found> slashed = SlashedDates.findAtEnd(stripped,
                    SlashedDates.Order.UNKNOWN);
            if (slashed.isPresent() && boundary(stripped, slashed.get().start(), n)) {
                last = new Found(slashed.get().date(), slashed.get().start(), n);
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * Returns the date a URL path gives ({@code /2023/01/31/}), or its year and month as the first
     * of the month when {@code dayOnly} is false and the path gives no day.
     */
    public static Optional<LocalDate> fromUrlPath(String path, boolean dayOnly) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher m = URL_PATH.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(3) == null && dayOnly) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the four characters at {@code at} are a year a page date may have. */
    private static boolean isYear(String text, int at) {
        if (at < 0 || at + 4 > text.length()) {
            return false;
        }
        int year = 0;
        for (int i = at; i < at + 4; i++) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c)) {
                return false;
            }
            year = year * 10 + (c - '0');
        }
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Whether {@code text} ends with what {@link #ISO} matches: year, month and day, one separator. */
    private static boolean endsIso(String text) {
        int n = text.length();
        for (int day = 1; day <= 2; day++) {
            for (int month = 1; month <= 2; month++) {
                int sep2 = n - day - 1;
                int sep1 = sep2 - month - 1;
                int year = sep1 - 4;
                if (year >= 0 && digits(text, sep2 + 1, n) && digits(text, sep1 + 1, sep2)
                        && "-/.".indexOf(text.charAt(sep2)) >= 0
                        && text.charAt(sep1) == text.charAt(sep2) && isYear(text, year)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return from < to;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean boundary(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * Returns where a match's date starts: at its weekday if the word before the date is one,
     * else at the date itself (the word before it is text, "Statement January 5, 2024").
     */
    private static int start(Pattern pattern, Matcher m) {
        if ((pattern == MONTH_DAY_YEAR || pattern == DAY_MONTH_YEAR) && m.group(1) != null
                && !isWeekday(m.group(1))) {
            return m.start(2);
        }
        return m.start();
    }

    private static boolean isWeekday(String word) {
        return WEEKDAYS.contains(key(word));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static Optional<LocalDate> isoDateTime(String text) {
        if (text.length() < 10 || !Character.isDigit(text.charAt(0))) {
            return Optional.empty();
        }
        if (text.charAt(4) != '-') {
            return Optional.empty(); // both forms need a year of four digits and a dash: no
                                     // exception thrown and caught per line that is not one
        }
        // an offset date-time with a capital T ("2023-01-31T10:00:00-05:00") is read by its
        // date alone, below: a valid one's date is what its first ten characters write, and an
        // invalid one is read by them anyway. Only a small t, which the date alone does not
        // accept, makes the whole text's validity decide, and the formatter is asked.
        if (text.length() > 10 && text.charAt(10) == 't' && mayHaveOffset(text)) {
            try {
                return plausible(OffsetDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException e) {
                // not an offset date-time; the patterns try the other forms
            }
        }
        // "2020-04-28": what LocalDate.parse reads, read without its formatter's machinery
        if (!digits(text, 0, 4) || !digits(text, 5, 7) || text.charAt(7) != '-'
                || !digits(text, 8, 10)) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(number(text, 0, 4), number(text, 5, 7),
                    number(text, 8, 10));
            return text.length() == 10 || text.charAt(10) == 'T' || text.charAt(10) == ' '
                    ? plausible(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // "2020-02-30"
        }
    }

    /** The number the ASCII digits of {@code text[from, to)} write. */
    private static int number(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + text.charAt(i) - '0';
        }
        return number;
    }

    /**
     * Returns whether a text that starts with a date of a four-digit year may be an ISO offset
     * date-time: a {@code T} (any case) after the date and an offset ({@code Z}, or a sign) after
     * it. Any other text would only make {@link OffsetDateTime#parse} throw, and an exception
     * costs more than the whole page's date search (a bare date, 2020-04-28, is the common one).
     */
    private static boolean mayHaveOffset(String text) {
        if (text.length() <= 10 || (text.charAt(10) != 'T' && text.charAt(10) != 't')) {
            return false;
        }
        for (int i = 11; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == MONTH_DAY_YEAR) {
                Integer month = MONTHS.get(key(m.group(2)));
                return month == null ? Optional.empty() : plausible(LocalDate.of(
                        Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(3))));
            }
            if (pattern == DAY_MONTH_YEAR) {
                Integer month = MONTHS.get(key(m.group(3)));
                return month == null ? Optional.empty() : plausible(LocalDate.of(
                        Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(2))));
            }
            if (pattern == DASHED) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                return a > 12 && b <= 12 ? plausible(LocalDate.of(year, b, a))
                        : b > 12 && a <= 12 ? plausible(LocalDate.of(year, a, b))
                        : Optional.empty();
            }
            if (pattern == DOTTED) {
                return plausible(LocalDate.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            return plausible(LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "February 30": not a date
        }
    }

    private static Optional<LocalDate> plausible(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR
                ? Optional.of(date) : Optional.empty();
    }

    /** Returns whether the table knows {@code name} as a month's name or abbreviation. */
    public static boolean isMonth(String name) {
        return name.length() <= 12 && MONTHS.containsKey(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Returns the month number of a month name or abbreviation the table knows. */
    public static int month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (month == null) {
            throw new IllegalArgumentException("not a month name: " + name);
        }
        return month;
    }
}
