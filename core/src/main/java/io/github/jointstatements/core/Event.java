package io.github.jointstatements.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting, summit, talks, visit, exercise, conference or anniversary that a statement reports or
 * schedules.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
@JsonPropertyOrder({"name", "acronym", "kind", "date", "location", "status", "text", "evidence"})
public interface Event {

    /** {@return the event's name as the text gives it ("54th Security Consultative Meeting")} */
    String name();

    /** {@return the acronym the text uses for the event ("SCM"), if any} */
    Optional<String> acronym();

    /** {@return the kind of event, from the noun that names it} */
    EventKind kind();

    /** {@return when the event takes place, as precisely as the text says; empty if it does not} */
    Optional<PartialDate> date();

    /** {@return where the event takes place, if the text says} */
    Optional<String> location();

    /** {@return whether the event was held before the statement or is planned after it} */
    EventStatus status();

    /** {@return the sentence that places the event} */
    String text();

    /** {@return where that sentence stands in the body} */
    Evidence evidence();

    /** {@return a new builder} */
    static ImmutableEvent.Builder builder() {
        return ImmutableEvent.builder();
    }

    /**
     * Checks the invariants (a name that is not blank); the builder calls it, users need not.
     *
     * @throws IllegalStateException if one is broken, with a message naming the bad value
     */
    @Value.Check
    default void check() {
        if (name().isBlank()) {
            throw new IllegalStateException("event name must not be blank in \"" + text() + "\"");
        }
    }
}
