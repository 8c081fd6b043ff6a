package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.parsers.analysis.TimeExpression.Direction;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the time expressions of a text and resolves them against the statement's date.
 *
 * <p>What it reads, and what each form resolves to (anchor: the statement's date):
 *
 * <ul>
 *   <li>Full dates: "January 31, 2023", "Jan. 31 2023", "31 January 2023", "the 26th day of
 *       April, 2023", "Wednesday, February 1, 2023", "2023-01-31" give the day. A range keeps
 *       its start: "30-31 May 2013" and "January 26-27" give the 30th and the 26th.
 *   <li>Partial dates: "May 2022", "May of 2022" give the month; "2023", "fiscal year 2024", "FY
 *       2024" the year; a month or a day without a year ("in February", "September 15") takes
 *       the anchor's year (the caller, which knows the tense, may move it a year). The bare
 *       month names that are also ordinary words, "May" and "March", count only after a word
 *       that introduces a time ("in May", "since March", "early May").
 *   <li>Qualified dates keep the precision of what they qualify: "late 2022", "mid-2023", "the
 *       end of 2024", "the first half of 2025", "the spring of 2024" give the year; "early
 *       February", "the end of October" the month.
 *   <li>Relative expressions: "today", "tonight", "this morning" the anchor; "yesterday",
 *       "tomorrow" the day before or after; "this/last/next week" the month of the anchor, of
 *       seven days before, of seven days after; "this/last/next month", "earlier/later this
 *       month" the month; "this/last/next year", "earlier/later this year", "the end of the
 *       year" the year; "last November" the latest November before the anchor's month, "next
 *       March" the first March after it; "last/next Friday" the Friday before or after the
 *       anchor, a bare "Friday" the nearest Friday (three days either side); "three days ago",
 *       "two years ago" the anchor minus that much, "in 30 days", "within 90 days", "within the
 *       next six months" plus that much, each as precise as its unit (days and weeks a day,
 *       months a month, years a year); "seventy-five years ago today" the very day. "In N years"
 *       looks ahead for five years at most: "the largest shortfall in 50 years" is no time.
 *   <li>Seasons: "in the spring", "this winter" the season under way or next to come, "next
 *       summer" the next to start, "last fall" the last one over; each as the year of its
 *       middle month.
 *   <li>Vague spans resolve to the month, or else the year, that holds the whole span they can
 *       mean, reading "days" as up to 7 days, "weeks" 6 weeks, "months" 6 months, "years" 5
 *       years: "in the coming days" (anchor 2025-11-23) gives 2025-11, "over the past months"
 *       (anchor 2021-09-22) 2021, "over the past year" no date. "In the near future", "soon",
 *       "recently" have a direction and no date. "For the first time in 80 years" is no time
 *       ahead.
 *   <li>"by", "before", "until", "no later than" belong to the expression they introduce ("by the
 *       end of 2024"), other prepositions do not ("in February" is found as "February").
 * </ul>
 *
 * <p>Without an anchor, relative expressions are found with their direction and no date.
 *
 * <p>One pass over the text's tokens, each looked at a bounded number of times: linear in the
 * text's length, whatever the text. Stateless and thread-safe.
 */
final class TimeExpressions {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY,
            "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));
    /** The units of compound numbers: "seventy-five". */
    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    /** Seasons by the month they start in (northern hemisphere, as statements mean them). */
    private static final Map<String, Integer> SEASONS = Map.of(
            "spring", 3, "summer", 6, "autumn", 9, "fall", 9, "winter", 12);
    /** Words after which a bare "May" or "March" is a month. */
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "by", "until", "till",
            "from", "of", "early", "late", "mid", "last", "next", "this", "during", "through",
            "before", "after", "end", "beginning", "start", "middle", "throughout", "to", "and",
            "or", "on", "-", "between", "past", "coming");
    /** Words that make a weekday part of a name: "Good Friday Agreement", "Super Tuesday". */
    private static final Set<String> NAMED_DAYS = Set.of("good", "black", "ash", "holy", "cyber",
            "super", "bloody", "easter", "maundy", "giving", "palm");
    /** Words after which "the spring" is a time: "in the spring", "by the summer". */
    private static final Set<String> SEASON_CUES = Set.of("in", "during", "by", "until",
            "over", "through", "before", "after", "since", "throughout");
    /** The other words an expression may start with (see {@link #mayStart}). */
    private static final Set<String> STARTS = Set.of("by", "before", "until", "till", "no",
            "not", "today", "tonight", "yesterday", "tomorrow", "earlier", "later", "recently",
            "soon", "shortly", "this", "current", "last", "past", "previous", "next", "coming",
            "few", "several", "in", "within", "the", "early", "late", "mid", "end", "beginning",
            "start", "middle", "close", "turn", "first", "second", "third", "fourth", "fiscal");
    /** The words of the tables {@link #mayStart} consults, in one set: one lookup a word. */
    private static final Set<String> STARTING_WORDS = startingWords();
    /** Words that introduce a deadline and belong to the expression. */
    private static final Set<String> DEADLINES = Set.of("by", "before", "until", "till");

    private final Tokens tokens;
    private final Optional<LocalDate> anchor;

    private TimeExpressions(Tokens tokens, Optional<LocalDate> anchor) {
        this.tokens = tokens;
        this.anchor = anchor;
    }

    /**
     * Returns every time expression in {@code text}, left to right, non-overlapping, resolved
     * against the statement's date {@code anchor} when there is one (a relative expression
     * without an anchor has an empty date). Linear in the text's length.
     */
    static List<TimeExpression> find(CharSequence text, Optional<LocalDate> anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        return new TimeExpressions(Tokens.of(text), anchor).findAll();
    }

    /** A match: the token after it, its date (null if none), its direction. */
    private record Hit(int end, PartialDate date, Direction direction) {
        Hit withEnd(int newEnd) {
            return new Hit(newEnd, date, direction);
        }
    }

    private List<TimeExpression> findAll() {
        List<TimeExpression> found = new ArrayList<>();
        int size = tokens.size();
        int i = 0;
        while (i < size) {
            if (tokens.isWord(i) && tokens.startsUrl(i)) {
                i = tokens.urlEnd(i);
                continue;
            }
            Hit hit = tokens.isWord(i) && mayStart(tokens.key(i)) ? match(i) : null;
            if (hit == null) {
                i++;
                continue;
            }
            int start = tokens.start(i);
            int end = tokens.end(hit.end - 1);
            found.add(new TimeExpression(start, end,
                    tokens.text().subSequence(start, end).toString(),
                    Optional.ofNullable(hit.date), hit.direction));
            i = hit.end;
        }
        return Collections.unmodifiableList(found);
    }

    /** Whether an expression may start with a word: a cheap test that skips most words. */
    private static boolean mayStart(String key) {
        char first = key.charAt(0);
        return first >= '0' && first <= '9' || STARTING_WORDS.contains(key)
                || key.startsWith("fy");
    }

    private static Set<String> startingWords() {
        Set<String> words = new HashSet<>(STARTS);
        words.addAll(MONTHS.keySet());
        words.addAll(MONTH_ABBREVIATIONS.keySet());
        words.addAll(WEEKDAYS.keySet());
        words.addAll(NUMBERS.keySet());
        words.addAll(SEASONS.keySet());
        return Set.copyOf(words);
    }

    private Hit match(int i) {
        String key = tokens.key(i);
        if (DEADLINES.contains(key)) {
            Hit inner = core(i + 1);
            if (inner != null) {
                return inner;
            }
        }
        if ((key.equals("no") || key.equals("not")) && is(i + 1, "later") && is(i + 2, "than")) {
            Hit inner = core(i + 3);
            if (inner != null) {
                return inner;
            }
        }
        return core(i);
    }

    private Hit core(int i) {
        if (i >= tokens.size() || !tokens.isWord(i)) {
            return null;
        }
        Hit hit = relative(i);
        if (hit == null) {
            hit = qualified(i);
        }
        if (hit == null) {
            hit = weekdayDate(i);
        }
        if (hit == null) {
            hit = absolute(i, true);
        }
        return hit;
    }

    // ---- absolute dates --------------------------------------------------------------------

    /**
     * An absolute date at token {@code i}: month-day-year, day-month-year, month-year, ISO,
     * month, year. {@code bareMonth}: whether a month alone may match.
     */
    private Hit absolute(int i, boolean bareMonth) {
        int month = month(i);
        if (month > 0) {
            int after = monthEnd(i);
            // Month Day[-Day][,] [Year]
            int day = day(after);
            if (day > 0 && !(after < tokens.size() && is(after + 1, ":"))) {
                int dayEnd = skipRange(after + 1);
                int next = skipMonthDayRange(dayEnd);
                int endMonth = next > dayEnd ? month(dayEnd + 1) : month;
                int yearAt = is(next, ",") ? next + 1 : next;
                int year = year(yearAt);
                if (year > 0) {
                    // "December 29 to January 7, 2023" starts in 2022
                    PartialDate date = day(endMonth < month ? year - 1 : year, month, day);
                    if (date != null) {
                        return new Hit(yearAt + 1, date, Direction.UNKNOWN);
                    }
                }
                PartialDate date = anchor.map(a -> day(a.getYear(), month, day)).orElse(null);
                if (date != null || anchor.isEmpty() && validDay(month, day)) {
                    return new Hit(next, date, Direction.UNKNOWN);
                }
            }
            // Month [,|of] Year
            int yearAt = is(after, ",") || is(after, "of") ? after + 1 : after;
            int year = year(yearAt);
            if (year > 0) {
                return new Hit(yearAt + 1, PartialDate.ofMonth(year, month), Direction.UNKNOWN);
            }
            // Month (and|to|-) Month [,] Year: a range of months keeps its start, in that year
            if ((is(after, "and") || is(after, "to") || is(after, "through") || is(after, "-")
                    || is(after, "–")) && month(after + 1) > 0) {
                int end = monthEnd(after + 1);
                int rangeYearAt = is(end, ",") ? end + 1 : end;
                int rangeYear = year(rangeYearAt);
                if (rangeYear > 0) {
                    return new Hit(rangeYearAt + 1, PartialDate.ofMonth(rangeYear, month),
                            Direction.UNKNOWN);
                }
            }
            if (bareMonth && (!ambiguousMonth(i) || cued(i))
                    && (after > i + 1 || !abbreviation(i))) {
                return new Hit(after,
                        anchor.map(a -> PartialDate.ofMonth(a.getYear(), month)).orElse(null),
                        Direction.UNKNOWN);
            }
            return null;
        }
        int day = day(i);
        if (day > 0) {
            // Day[-Day] Month [,] [Year];  Day ["day"] "of" Month [,] [Year]
            int next = skipRange(i + 1);
            if (is(next, "day") && is(next + 1, "of")) {
                next += 2;
            } else if (is(next, "of")) {
                next++;
            }
            int dayMonth = month(next);
            if (dayMonth > 0) {
                int after = monthEnd(next);
                int rangeEnd = skipDayMonthRange(after);
                int yearAt = is(rangeEnd, ",") ? rangeEnd + 1 : rangeEnd;
                int endMonth = dayMonth;
                if (rangeEnd > after && year(yearAt) > 0) {
                    endMonth = month(after + 2);
                    after = rangeEnd; // "29 March to 7 April 2022": the year ends the range
                }
                yearAt = is(after, ",") ? after + 1 : after;
                int year = year(yearAt);
                if (year > 0) {
                    PartialDate date = day(endMonth < dayMonth ? year - 1 : year, dayMonth, day);
                    if (date != null) {
                        return new Hit(yearAt + 1, date, Direction.UNKNOWN);
                    }
                }
                PartialDate date = anchor.map(a -> day(a.getYear(), dayMonth, day)).orElse(null);
                if (date != null || anchor.isEmpty() && validDay(dayMonth, day)) {
                    return new Hit(after, date, Direction.UNKNOWN);
                }
            }
        }
        int year = year(i);
        if (year > 0) {
            // ISO 2023-01-31
            if (joined(i + 1, "-") && joined(i + 3, "-") && twoDigits(i + 2)
                    && twoDigits(i + 4)) {
                PartialDate date = day(year, number(i + 2), number(i + 4));
                if (date != null) {
                    return new Hit(i + 5, date, Direction.UNKNOWN);
                }
            }
            if (standaloneYear(i)) {
                // a range of years keeps its start: "2023-2024", "2023–24"
                int end = i + 1;
                if (joined(i + 1, "-") && (year(i + 2) > 0 || twoDigits(i + 2))
                        && tokens.isWord(i + 2) && !tokens.spaceBefore(i + 2)) {
                    end = i + 3;
                }
                return new Hit(end, PartialDate.ofYear(year), Direction.UNKNOWN);
            }
        }
        // fiscal years: "fiscal year 2024", "FY 2024", "FY2024", "FY24"
        String key = tokens.key(i);
        if (key.equals("fiscal") && is(i + 1, "year") && year(i + 2) > 0) {
            return new Hit(i + 3, PartialDate.ofYear(year(i + 2)), Direction.UNKNOWN);
        }
        if (key.equals("fy") && tokens.isUpperCase(i) && year(i + 1) > 0) {
            return new Hit(i + 2, PartialDate.ofYear(year(i + 1)), Direction.UNKNOWN);
        }
        if (key.startsWith("fy") && tokens.isUpperCase(i) && (key.length() == 4 || key.length() == 6)
                && allDigits(key, 2)) {
            int value = Integer.parseInt(key.substring(2));
            int fiscal = key.length() == 4 ? 2000 + value : value;
            if (fiscal >= 1900 && fiscal <= 2100) {
                return new Hit(i + 1, PartialDate.ofYear(fiscal), Direction.UNKNOWN);
            }
        }
        return null;
    }

    /**
     * "Wednesday, February 1, 2023", "Tuesday (24 January)": a weekday before an absolute date
     * belongs to it.
     */
    private Hit weekdayDate(int i) {
        if (weekday(i) == null) {
            return null;
        }
        // "Wednesday, February 1, 2023", "Tuesday (24 January)"
        int next = is(i + 1, ",") || is(i + 1, "(") ? i + 2 : i + 1;
        if (next < tokens.size() && (month(next) > 0 || day(next) > 0)) {
            Hit date = absolute(next, false);
            if (date != null && date.date != null
                    && date.date.precision() == PartialDate.Precision.DAY) {
                return date;
            }
        }
        return null;
    }

    // ---- qualified dates -------------------------------------------------------------------

    /**
     * "late 2022", "mid-2023", "early February", "the end of 2024", "the first half of 2025",
     * "the spring of 2024", "the end of the year", "year-end".
     */
    private Hit qualified(int i) {
        int j = i;
        if (is(j, "the")) {
            j++;
        }
        int target = -1;
        String key = j < tokens.size() ? tokens.key(j) : "";
        switch (key) {
            case "early", "late" -> target = j + 1;
            case "mid" -> target = joined(j + 1, "-") ? j + 2 : j + 1;
            case "end", "beginning", "start", "middle", "close", "turn" -> {
                if (is(j + 1, "of")) {
                    target = j + 2;
                }
            }
            case "first", "second", "third", "fourth", "last" -> {
                if ((is(j + 1, "half") || is(j + 1, "quarter")) && is(j + 2, "of")) {
                    target = j + 3;
                } else if (is(j + 1, "half") || is(j + 1, "quarter")) {
                    target = j + 2;
                }
            }
            default -> {
                if (SEASONS.containsKey(key)) {
                    target = is(j + 1, "of") ? j + 2 : j + 1;
                    // "in the spring": the season under way or next to come
                    if (j > i && !is(j + 1, "of") && (target >= tokens.size()
                            || absolute(target, true) == null) && i > 0
                            && SEASON_CUES.contains(tokens.key(i - 1))) {
                        return new Hit(j + 1, seasonRelative(SEASONS.get(key), 0),
                                Direction.UNKNOWN);
                    }
                }
            }
        }
        if (target < 0 || target >= tokens.size()) {
            return null;
        }
        if (is(target, "the") && (is(target + 1, "year") || is(target + 1, "month"))) {
            boolean year = is(target + 1, "year");
            return new Hit(target + 2, anchorDate(year ? Unit.YEAR : Unit.MONTH),
                    Direction.PRESENT);
        }
        Hit inner = relativeSpan(target);
        if (inner == null) {
            inner = absolute(target, true);
        }
        if (inner == null) {
            return null;
        }
        if (inner.date != null && inner.date.precision() == PartialDate.Precision.DAY) {
            return null; // "late January 31" is no expression; let the date match alone
        }
        return inner;
    }

    // ---- relative expressions --------------------------------------------------------------

    private enum Unit { DAY, WEEK, MONTH, YEAR }

    private Hit relative(int i) {
        String key = tokens.key(i);
        switch (key) {
            case "today", "tonight" -> {
                return new Hit(i + 1, anchorDate(Unit.DAY), Direction.PRESENT);
            }
            case "yesterday" -> {
                return new Hit(i + 1, shifted(Unit.DAY, -1), Direction.PAST);
            }
            case "tomorrow" -> {
                return new Hit(i + 1, shifted(Unit.DAY, 1), Direction.FUTURE);
            }
            case "earlier", "later" -> {
                Direction direction = key.equals("earlier") ? Direction.PAST : Direction.FUTURE;
                if (is(i + 1, "today")) {
                    return new Hit(i + 2, anchorDate(Unit.DAY), direction);
                }
                if (is(i + 1, "this") && unit(i + 2) != null) {
                    return new Hit(i + 3, anchorDate(unit(i + 2)), direction);
                }
                return null;
            }
            case "recently" -> {
                return new Hit(i + 1, null, Direction.PAST);
            }
            case "soon", "shortly" -> {
                boolean time = key.equals("soon") ? !is(i - 1, "as")
                        : !is(i + 1, "after") && !is(i + 1, "before");
                return time ? new Hit(i + 1, null, Direction.FUTURE) : null;
            }
            default -> { }
        }
        Hit span = relativeSpan(i);
        if (span != null) {
            return span;
        }
        // "N units ago", "seventy-five years ago today"
        int n = count(i);
        if (n > 0 && !(is(i, "a") && is(i + 1, "few"))) {
            int unitAt = countEnd(i);
            Unit unit = unit(unitAt);
            if (unit != null && is(unitAt + 1, "ago")) {
                if (is(unitAt + 2, "today")) {
                    return new Hit(unitAt + 3, exactly(unit, -n), Direction.PAST);
                }
                return new Hit(unitAt + 2, shiftedPrecisely(unit, -n), Direction.PAST);
            }
        }
        if ((key.equals("few") || key.equals("several")) && unit(i + 1) != null
                && is(i + 2, "ago")) {
            return vague(i + 1, 0, Direction.PAST).withEnd(i + 3);
        }
        // "in N units", "within N units", "within the next N units", "in the next N units"
        if (key.equals("in") || key.equals("within")) {
            int j = i + 1;
            boolean next = false;
            if (is(j, "the") && (is(j + 1, "next") || is(j + 1, "coming"))) {
                j += 2;
                next = true;
            }
            int count = count(j);
            int unitAt = count > 0 ? countEnd(j) : -1;
            if (count > 0 && unit(unitAt) != null && !measure(i)
                    && (unit(unitAt) != Unit.YEAR || count <= 5)) {
                return new Hit(unitAt + 1, shiftedPrecisely(unit(unitAt), count),
                        Direction.FUTURE);
            }
            if (next && unit(j) != null && plural(j)) {
                return vague(j, 0, Direction.FUTURE);
            }
            if (is(j, "the") && unit(j + 1) != null && plural(j + 1) && is(j + 2, "ahead")) {
                return vague(j + 1, 0, Direction.FUTURE).withEnd(j + 3);
            }
            if (key.equals("in") && is(j, "the") && is(j + 1, "near") && is(j + 2, "future")) {
                return new Hit(j + 3, null, Direction.FUTURE);
            }
            if (key.equals("in") && is(j, "the") && (is(j + 1, "coming") || is(j + 1, "next"))
                    && is(j + 2, "few") && unit(j + 3) != null) {
                return vague(j + 3, 0, Direction.FUTURE);
            }
        }
        // "the coming days", "the past year", "the past few weeks", "the next few months"
        if (key.equals("the") && (is(i + 1, "coming") || is(i + 1, "past") || is(i + 1, "next")
                || is(i + 1, "last"))) {
            Direction direction = is(i + 1, "coming") || is(i + 1, "next")
                    ? Direction.FUTURE : Direction.PAST;
            int j = i + 2;
            int count = count(j);
            if (count > 0) {
                j = countEnd(j);
            } else if (is(j, "few") || is(j, "several")) {
                j++;
            }
            if (unit(j) != null && (plural(j) || j == i + 2)) {
                if (j == i + 2 && !plural(j) && direction == Direction.FUTURE) {
                    return null; // "the next year" is handled by relativeSpan or is ambiguous
                }
                return vague(j, j == i + 2 && !plural(j) ? 1 : Math.max(count, 0), direction);
            }
        }
        return null;
    }

    /**
     * "this year", "last month", "next week", "last November", "next Friday", "this spring",
     * "Friday", "on Friday" (the weekday only).
     */
    private Hit relativeSpan(int i) {
        String key = tokens.key(i);
        int shift;
        switch (key) {
            case "this", "current" -> shift = 0;
            case "last", "past", "previous" -> shift = -1;
            case "next", "coming" -> shift = 1;
            default -> {
                DayOfWeek weekday = weekday(i);
                if (weekday != null && weekdayDate(i) == null
                        && !(i > 0 && NAMED_DAYS.contains(tokens.key(i - 1))
                                && tokens.isCapitalised(i - 1))) {
                    return new Hit(i + 1, nearest(weekday), Direction.UNKNOWN);
                }
                return null;
            }
        }
        int j = i + 1;
        if (key.equals("this") && is(j, "past") && unit(j + 1) != null && !plural(j + 1)
                && unit(j + 1) != Unit.DAY) {
            // "this past week", "this past year": the last one
            return new Hit(j + 2, shifted(unit(j + 1), -1), Direction.PAST);
        }
        Unit unit = unit(j);
        if (unit != null && !plural(j)) {
            if (unit == Unit.DAY) {
                return null;
            }
            Direction direction = shift < 0 ? Direction.PAST
                    : shift > 0 ? Direction.FUTURE : Direction.PRESENT;
            if (key.equals("coming") || key.equals("past")) {
                return vague(j, 1, direction);
            }
            return new Hit(j + 1, shifted(unit, shift), direction);
        }
        if (j < tokens.size() && shift == 0 && key.equals("this") && (is(j, "morning")
                || is(j, "afternoon") || is(j, "evening"))) {
            return new Hit(j + 1, anchorDate(Unit.DAY), Direction.PRESENT);
        }
        if (key.equals("last") && is(j, "night")) {
            return new Hit(j + 1, shifted(Unit.DAY, -1), Direction.PAST);
        }
        int month = month(j);
        if (month > 0 && !abbreviation(j)) {
            return new Hit(j + 1, monthRelative(month, shift), monthDirection(month, shift));
        }
        DayOfWeek weekday = weekday(j);
        if (weekday != null) {
            if (key.equals("coming") || key.equals("past")) {
                return null;
            }
            return new Hit(j + 1, weekdayRelative(weekday, shift),
                    shift < 0 ? Direction.PAST : shift > 0 ? Direction.FUTURE : Direction.UNKNOWN);
        }
        Integer season = j < tokens.size() ? SEASONS.get(tokens.key(j)) : null;
        if (season != null && !key.equals("coming") && !key.equals("past")) {
            return new Hit(j + 1, seasonRelative(season, shift),
                    shift < 0 ? Direction.PAST : shift > 0 ? Direction.FUTURE : Direction.PRESENT);
        }
        return null;
    }

    /**
     * Whether the "in" at {@code i} measures a stretch of time rather than placing a time ahead:
     * "for the first time in 80 years", "the lowest in 50 years".
     */
    private boolean measure(int i) {
        if (i == 0 || !tokens.key(i).equals("in")) {
            return false;
        }
        String before = tokens.key(i - 1);
        return before.equals("time") || before.equals("times") || before.equals("ever")
                || before.equals("record") || before.length() > 4 && before.endsWith("est");
    }

    /**
     * A vague span of {@code count} units (or, for 0, of as many as such phrases mean at most:
     * 7 days, 6 weeks, 6 months, 5 years) from the unit at {@code unitAt}, before or after the
     * anchor; "weeks and months" spans the larger unit. Its date is the month or the year that
     * holds the whole span, if one does.
     */
    private Hit vague(int unitAt, int count, Direction direction) {
        Unit unit = unit(unitAt);
        int end = unitAt + 1;
        if ((is(end, "and") || is(end, "or")) && unit(end + 1) != null && plural(end + 1)) {
            Unit second = unit(end + 1);
            unit = second.compareTo(unit) > 0 ? second : unit;
            end += 2;
        }
        if (anchor.isEmpty()) {
            return new Hit(end, null, direction);
        }
        int n = count > 0 ? count : switch (unit) {
            case DAY -> 7;
            case WEEK, MONTH -> 6;
            case YEAR -> 5;
        };
        LocalDate a = anchor.get();
        LocalDate other;
        try {
            ChronoUnit chrono = switch (unit) {
                case DAY -> ChronoUnit.DAYS;
                case WEEK -> ChronoUnit.WEEKS;
                case MONTH -> ChronoUnit.MONTHS;
                case YEAR -> ChronoUnit.YEARS;
            };
            other = direction == Direction.PAST ? a.minus(n, chrono) : a.plus(n, chrono);
        } catch (DateTimeException | ArithmeticException e) {
            return new Hit(end, null, direction);
        }
        return new Hit(end, containing(a, other), direction);
    }

    /** The month or else the year that holds both days, or null. */
    private static PartialDate containing(LocalDate a, LocalDate b) {
        if (YearMonth.from(a).equals(YearMonth.from(b))) {
            return PartialDate.of(YearMonth.from(a));
        }
        return a.getYear() == b.getYear() ? PartialDate.ofYear(a.getYear()) : null;
    }

    // ---- resolution ------------------------------------------------------------------------

    private PartialDate anchorDate(Unit unit) {
        return shifted(unit, 0);
    }

    /** The anchor moved by {@code n} units, as precise as the unit (weeks give the month). */
    private PartialDate shifted(Unit unit, int n) {
        if (anchor.isEmpty()) {
            return null;
        }
        LocalDate a = anchor.get();
        try {
            return switch (unit) {
                case DAY -> PartialDate.of(a.plusDays(n));
                case WEEK -> n == 0 ? PartialDate.of(YearMonth.from(a))
                        : PartialDate.of(YearMonth.from(a.plusWeeks(n)));
                case MONTH -> PartialDate.of(YearMonth.from(a).plusMonths(n));
                case YEAR -> PartialDate.ofYear(a.getYear() + n);
            };
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // beyond the calendar's range: no date
        }
    }

    /** "N units ago" and "in N units" need the day for days and weeks. */
    private PartialDate shiftedPrecisely(Unit unit, int n) {
        if (anchor.isEmpty()) {
            return null;
        }
        if (unit == Unit.WEEK) {
            try {
                return PartialDate.of(anchor.get().plus(n, ChronoUnit.WEEKS));
            } catch (DateTimeException | IllegalArgumentException e) {
                return null;
            }
        }
        return shifted(unit, n);
    }

    private PartialDate monthRelative(int month, int shift) {
        if (anchor.isEmpty()) {
            return null;
        }
        LocalDate a = anchor.get();
        int year = a.getYear();
        if (shift < 0 && month >= a.getMonthValue()) {
            year--;
        } else if (shift > 0 && month <= a.getMonthValue()) {
            year++;
        }
        return PartialDate.ofMonth(year, month);
    }

    private Direction monthDirection(int month, int shift) {
        if (shift != 0) {
            return shift < 0 ? Direction.PAST : Direction.FUTURE;
        }
        if (anchor.isEmpty()) {
            return Direction.UNKNOWN;
        }
        int current = anchor.get().getMonthValue();
        return month < current ? Direction.PAST
                : month > current ? Direction.FUTURE : Direction.PRESENT;
    }

    private PartialDate weekdayRelative(DayOfWeek weekday, int shift) {
        if (anchor.isEmpty()) {
            return null;
        }
        LocalDate a = anchor.get();
        if (shift < 0) {
            return PartialDate.of(a.with(TemporalAdjusters.previous(weekday)));
        }
        if (shift > 0) {
            return PartialDate.of(a.with(TemporalAdjusters.next(weekday)));
        }
        return PartialDate.of(a.with(TemporalAdjusters.nextOrSame(weekday)));
    }

    /** The given weekday nearest the anchor: from three days before to three days after. */
    private PartialDate nearest(DayOfWeek weekday) {
        if (anchor.isEmpty()) {
            return null;
        }
        LocalDate a = anchor.get();
        int difference = weekday.getValue() - a.getDayOfWeek().getValue();
        if (difference > 3) {
            difference -= 7;
        } else if (difference < -3) {
            difference += 7;
        }
        return PartialDate.of(a.plusDays(difference));
    }

    /**
     * The season that starts in {@code startMonth}: for shift 0 the one under way or next to
     * come, for 1 the next to start, for -1 the last one over; as the year of its middle month.
     */
    private PartialDate seasonRelative(int startMonth, int shift) {
        if (anchor.isEmpty()) {
            return null;
        }
        LocalDate a = anchor.get();
        YearMonth current = YearMonth.of(a.getYear() - 1, startMonth);
        while (current.plusMonths(2).atEndOfMonth().isBefore(a)) {
            current = current.plusYears(1);
        }
        YearMonth season = current;
        if (shift > 0 && !current.atDay(1).isAfter(a)) {
            season = current.plusYears(1);
        } else if (shift < 0) {
            season = current.minusYears(1);
        }
        return PartialDate.ofYear(season.plusMonths(1).getYear());
    }

    private static PartialDate day(int year, int month, int day) {
        try {
            return PartialDate.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean validDay(int month, int day) {
        return day <= YearMonth.of(2000, month).lengthOfMonth();
    }

    // ---- tokens ----------------------------------------------------------------------------

    private boolean is(int i, String key) {
        return i >= 0 && i < tokens.size() && tokens.key(i).equals(key);
    }

    /** Whether token {@code i} is {@code key} with no white space on either side. */
    private boolean joined(int i, String key) {
        return is(i, key) && !tokens.spaceBefore(i) && i + 1 < tokens.size()
                && !tokens.spaceBefore(i + 1);
    }

    /** The month token {@code i} names, capitalised ("May", "MAY", "Sept."), or 0. */
    private int month(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isCapitalised(i)) {
            return 0;
        }
        Integer month = MONTHS.get(tokens.key(i));
        if (month == null) {
            month = MONTH_ABBREVIATIONS.get(tokens.key(i));
        }
        return month == null ? 0 : month;
    }

    private boolean abbreviation(int i) {
        return !MONTHS.containsKey(tokens.key(i));
    }

    /** The token after a month name and the period of its abbreviation. */
    private int monthEnd(int i) {
        return abbreviation(i) && joinedBefore(i + 1, ".") ? i + 2 : i + 1;
    }

    private boolean joinedBefore(int i, String key) {
        return is(i, key) && !tokens.spaceBefore(i);
    }

    private boolean ambiguousMonth(int i) {
        String key = tokens.key(i);
        return key.equals("may") || key.equals("march");
    }

    private boolean cued(int i) {
        return i > 0 && MONTH_CUES.contains(tokens.key(i - 1));
    }

    /** The day of month token {@code i} gives ("31", "31st", "1st"), or 0. */
    private int day(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isWord(i)) {
            return 0;
        }
        String key = tokens.key(i);
        int digits = 0;
        while (digits < key.length() && digits < 3 && Character.isDigit(key.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return 0;
        }
        String suffix = key.substring(digits);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd")
                || suffix.equals("rd") || suffix.equals("th"))) {
            return 0;
        }
        int day = Integer.parseInt(key.substring(0, digits));
        return day >= 1 && day <= 31 ? day : 0;
    }

    /**
     * After a day: skip a range's second day ("30-31", "8 - 11", "26–27", "22 / 23", "9 and
     * 10", "9 to 11"); the range keeps its start.
     */
    private int skipRange(int i) {
        if ((is(i, "-") || is(i, "/") || is(i, "and") || is(i, "to") || is(i, "through"))
                && day(i + 1) > 0 && !is(i + 2, ":")) {
            return i + 2;
        }
        return i;
    }

    /** Whether token {@code i} joins the two ends of a range: "to", "through", a dash. */
    private boolean rangeWord(int i) {
        return is(i, "to") || is(i, "through") || is(i, "until") || is(i, "-") || is(i, "–");
    }

    /**
     * After a month and day: skip a range's end in another month ("March 29 to April 7, 2022");
     * the range keeps its start, and takes the year that ends it.
     */
    private int skipMonthDayRange(int i) {
        if (rangeWord(i) && month(i + 1) > 0) {
            int end = monthEnd(i + 1);
            if (day(end) > 0 && !is(end + 1, ":")) {
                return end + 1;
            }
        }
        return i;
    }

    /** After a day and month: skip a range's end in another month ("to 7 April"). */
    private int skipDayMonthRange(int i) {
        if (rangeWord(i) && day(i + 1) > 0 && month(i + 2) > 0) {
            return monthEnd(i + 2);
        }
        return i;
    }

    /** The year token {@code i} gives: four digits, 1800 to 2199; or 0. */
    private int year(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isWord(i)) {
            return 0;
        }
        String key = tokens.key(i);
        if (key.length() != 4 || !allDigits(key, 0)) {
            return 0;
        }
        int year = Integer.parseInt(key);
        return year >= 1800 && year <= 2199 ? year : 0;
    }

    /**
     * Whether the year at {@code i} stands as a year, not as a count or part of a number: not
     * after a currency sign or a number's separator, not before a unit or a digit group.
     */
    private boolean standaloneYear(int i) {
        int year = year(i);
        if (year < 1900 || year > 2100) {
            return false;
        }
        if (i > 0 && !tokens.isWord(i - 1) && !tokens.spaceBefore(i)) {
            String before = tokens.key(i - 1);
            if (!(before.equals("(") || before.equals("-") || before.equals("\"")
                    || before.equals("'") || before.equals("\u201C"))) {
                return false; // "$2000", "1,2023", "v2023"
            }
        }
        if (i + 1 < tokens.size() && !tokens.spaceBefore(i + 1)) {
            String after = tokens.key(i + 1);
            if (after.equals("%") || after.equals(",") && i + 2 < tokens.size()
                    && !tokens.spaceBefore(i + 2) || after.equals(".") && i + 2 < tokens.size()
                    && !tokens.spaceBefore(i + 2) && tokens.isWord(i + 2)) {
                return false; // "2000%", "2,000,000", "2023.5"
            }
        }
        return true;
    }

    private boolean twoDigits(int i) {
        return i < tokens.size() && tokens.isWord(i) && tokens.key(i).length() == 2
                && allDigits(tokens.key(i), 0);
    }

    private int number(int i) {
        return Integer.parseInt(tokens.key(i));
    }

    private static boolean allDigits(String key, int from) {
        for (int k = from; k < key.length(); k++) {
            if (key.charAt(k) < '0' || key.charAt(k) > '9') {
                return false;
            }
        }
        return from < key.length();
    }

    /** A count at token {@code i}: "90", "three", "a", "a few" (as 0: no number); or -1. */
    private int count(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isWord(i)) {
            return -1;
        }
        String key = tokens.key(i);
        if (key.length() <= 4 && allDigits(key, 0)) {
            int n = Integer.parseInt(key);
            return n > 0 ? n : -1;
        }
        Integer n = NUMBERS.get(key);
        if (n != null && joined(i + 1, "-")) {
            Integer unit = UNITS.get(i + 2 < tokens.size() ? tokens.key(i + 2) : "");
            // "seventy-five", but not "two-year"
            return n >= 20 && n % 10 == 0 && unit != null ? n + unit : -1;
        }
        return n == null ? -1 : n;
    }

    /** The token after the count at {@code i}: one token, or three for "seventy-five". */
    private int countEnd(int i) {
        return joined(i + 1, "-") && tokens.isWord(i) && !allDigits(tokens.key(i), 0)
                ? i + 3 : i + 1;
    }

    /** The anchor moved by {@code n} units, to the day ("ten years ago today"). */
    private PartialDate exactly(Unit unit, int n) {
        if (anchor.isEmpty()) {
            return null;
        }
        try {
            LocalDate a = anchor.get();
            return PartialDate.of(switch (unit) {
                case DAY -> a.plusDays(n);
                case WEEK -> a.plusWeeks(n);
                case MONTH -> a.plusMonths(n);
                case YEAR -> a.plusYears(n);
            });
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private Unit unit(int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        return switch (tokens.key(i)) {
            case "day", "days" -> Unit.DAY;
            case "week", "weeks" -> Unit.WEEK;
            case "month", "months" -> Unit.MONTH;
            case "year", "years" -> Unit.YEAR;
            default -> null;
        };
    }

    private boolean plural(int i) {
        return tokens.key(i).endsWith("s");
    }

    private DayOfWeek weekday(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isCapitalised(i)) {
            return null;
        }
        return WEEKDAYS.get(tokens.key(i));
    }
}
