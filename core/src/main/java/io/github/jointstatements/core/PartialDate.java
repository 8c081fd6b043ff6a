package io.github.jointstatements.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date as precise as a text gives it: a year ({@code 2023}), a year and month
 * ({@code 2023-02}) or a full date ({@code 2023-02-14}).
 *
 * <p>Its text form is the ISO 8601 prefix of the date it stands for. Partial dates order by their
 * earliest day; a less precise date sorts before a more precise one that starts on the same day
 * ({@code 2023 < 2023-01 < 2023-01-01}). Instances are immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How precise a {@link PartialDate} is. */
    public enum Precision {
        /** Only the year is known. */
        YEAR,
        /** The year and the month are known. */
        MONTH,
        /** The day is known. */
        DAY
    }

    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    private final int year;
    private final int month; // 0 when absent
    private final int day; // 0 when absent

    private PartialDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be within 1..9999: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be within 1..12: " + month);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "no such day: " + year + "-" + month + "-" + day, e);
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * Returns the partial date of a whole year.
     *
     * @param year the year, 1 to 9999
     * @return the date {@code YYYY}
     * @throws IllegalArgumentException if the year is out of range
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /**
     * Returns the partial date of a month of a year.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @return the date {@code YYYY-MM}
     * @throws IllegalArgumentException if the year or the month is out of range
     */
    public static PartialDate ofMonth(int year, int month) {
        if (month == 0) {
            throw new IllegalArgumentException("month must be within 1..12: 0");
        }
        return new PartialDate(year, month, 0);
    }

    /**
     * Returns the partial date of a month of a year.
     *
     * @param month the month
     * @return the date {@code YYYY-MM}
     * @throws IllegalArgumentException if the year is beyond 1 to 9999
     */
    public static PartialDate of(YearMonth month) {
        return ofMonth(month.getYear(), month.getMonthValue());
    }

    /**
     * Returns the partial date of a full day.
     *
     * @param date the day
     * @return the date {@code YYYY-MM-DD}
     * @throws IllegalArgumentException if the year is beyond 1 to 9999
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses the ISO text form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @param text the text form, as {@link #toString()} writes it
     * @return the partial date
     * @throws IllegalArgumentException if the text is not one of these forms or names no real
     *     date; the message quotes the text
     */
    @JsonCreator
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (!(length == 4 || length == 7 || length == 10)
                || (length >= 7 && text.charAt(4) != '-')
                || (length == 10 && text.charAt(7) != '-')) {
            throw new IllegalArgumentException(
                    "expected a partial date YYYY, YYYY-MM or YYYY-MM-DD: \"" + text + "\"");
        }
        try {
            int year = digits(text, 0, 4);
            int month = length >= 7 ? digits(text, 5, 7) : 0;
            int day = length == 10 ? digits(text, 8, 10) : 0;
            if (length >= 7 && month == 0) {
                throw new IllegalArgumentException("month 00");
            }
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected a partial date YYYY, YYYY-MM or YYYY-MM-DD: \"" + text + "\"", e);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@return the year} */
    public int year() {
        return year;
    }

    /** {@return the month, 1 to 12, if the date is that precise} */
    public Optional<Integer> month() {
        return month == 0 ? Optional.empty() : Optional.of(month);
    }

    /** {@return the day of the month if the date is that precise} */
    public Optional<Integer> day() {
        return day == 0 ? Optional.empty() : Optional.of(day);
    }

    /** {@return how precise this date is} */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** {@return the full date if the day is known} */
    public Optional<LocalDate> toLocalDate() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** {@return the first day this date may stand for} */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** {@return the last day this date may stand for} */
    public LocalDate end() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        if (month != 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /**
     * Returns whether a day lies within the span this date stands for.
     *
     * @param date the day
     * @return whether {@code date} is neither before {@link #start()} nor after {@link #end()}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other
                && year == other.year && month == other.month && day == other.day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /** {@return the ISO 8601 text form: {@code 2023}, {@code 2023-02} or {@code 2023-02-14}} */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(10);
        pad(text, year, 4);
        if (month != 0) {
            pad(text.append('-'), month, 2);
        }
        if (day != 0) {
            pad(text.append('-'), day, 2);
        }
        return text.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        out.append("0".repeat(width - digits.length())).append(digits);
    }
}
