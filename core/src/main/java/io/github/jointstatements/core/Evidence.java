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

    /** Returns the zero-based index of the paragraph. */
    @Value.Parameter
    int paragraph();

    /** Returns the offset of the first character, in UTF-16 code units. */
    @Value.Parameter
    int start();

    /** Returns the offset just past the last character, in UTF-16 code units. */
    @Value.Parameter
    int end();

    /** Returns the evidence for the span {@code [start, end)} of a paragraph. */
    static Evidence of(int paragraph, int start, int end) {
        return ImmutableEvidence.of(paragraph, start, end);
    }

    /** Returns the text this evidence points at in {@code paragraphs}. */
    default String in(java.util.List<String> paragraphs) {
        return paragraphs.get(paragraph()).substring(start(), end());
    }

    @Value.Check
    default void check() {
        if (paragraph() < 0 || start() < 0 || end() < start()) {
            throw new IllegalStateException("evidence span must satisfy 0 <= start <= end within"
                    + " paragraph >= 0: " + paragraph() + ":[" + start() + ", " + end() + ")");
        }
    }
}
