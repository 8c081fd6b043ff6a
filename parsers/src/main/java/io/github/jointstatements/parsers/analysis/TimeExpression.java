package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartialDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in a text: its UTF-16 span {@code [start, end)}, its text, the date it
 * resolves to (as precise as the text allows) and where it places its time against the
 * statement's date.
 *
 * @param start the index of its first character
 * @param end the index after its last character
 * @param text the expression as written
 * @param date the date it resolves to; empty when it names no date ("in the coming weeks"), or is
 *     relative and there was no anchor
 * @param direction where the expression itself places its time against the anchor
 */
record TimeExpression(int start, int end, String text, Optional<PartialDate> date,
        Direction direction) {

    /**
     * Whether the expression itself places its time before, at or after the anchor: "last
     * month" {@link #PAST}, "today" {@link #PRESENT}, "next year" and "in the coming days"
     * {@link #FUTURE}, "in February" {@link #UNKNOWN} (absolute or undetermined).
     */
    enum Direction {
        /** Before the anchor: "last month", "yesterday", "three days ago", "earlier this year". */
        PAST,
        /** At the anchor: "today", "this year", "this week". */
        PRESENT,
        /** After the anchor: "next year", "tomorrow", "in the coming days", "within 90 days". */
        FUTURE,
        /** Absolute ("January 31, 2023", "in February") or undetermined ("on Friday"). */
        UNKNOWN
    }

    TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(direction, "direction");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
