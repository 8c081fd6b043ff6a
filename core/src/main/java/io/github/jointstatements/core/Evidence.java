package io.github.jointstatements.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where a fact stands in a statement's body: the UTF-16 span {@code [start, end)} of the
 * paragraph {@code paragraph} (a zero-based index into {@link Statement#paragraphs()}).
 *
 * <p>That the span lies inside its paragraph is checked by the {@link Statement} that holds it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
@JsonPropertyOrder({"paragraph", "start", "end"})
public interface Evidence {

    /** {@return the zero-based index of the paragraph} */
    @Value.Parameter
    int paragraph();

    /** {@return the offset of the first character, in UTF-16 code units} */
    @Value.Parameter
    int start();

    /** {@return the offset just past the last character, in UTF-16 code units} */
    @Value.Parameter
    int end();

    /**
     * Returns the evidence for the span {@code [start, end)} of a paragraph.
     *
     * @param paragraph the zero-based index of the paragraph
     * @param start the offset of the first character, in UTF-16 code units
     * @param end the offset just past the last character
     * @return the evidence
     * @throws IllegalStateException if the span is not {@code 0 <= start <= end}
     */
    static Evidence of(int paragraph, int start, int end) {
        return ImmutableEvidence.of(paragraph, start, end);
    }

    /**
     * Returns the text this evidence points at.
     *
     * @param paragraphs the body the evidence points into, {@link Statement#paragraphs()}
     * @return the characters {@code [start, end)} of the paragraph
     * @throws IndexOutOfBoundsException if the span is not inside {@code paragraphs}
     */
    default String in(java.util.List<String> paragraphs) {
        return paragraphs.get(paragraph()).substring(start(), end());
    }

    /**
     * Checks the invariants (a span {@code 0 <= start <= end} of a paragraph {@code >= 0}); the builder calls it, users need not.
     *
     * @throws IllegalStateException if one is broken, with a message naming the bad value
     */
    @Value.Check
    default void check() {
        if (paragraph() < 0 || start() < 0 || end() < start()) {
            throw new IllegalStateException("evidence span must satisfy 0 <= start <= end within"
                    + " paragraph >= 0: " + paragraph() + ":[" + start() + ", " + end() + ")");
        }
    }
}
