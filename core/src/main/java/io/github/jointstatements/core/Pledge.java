package io.github.jointstatements.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sentence in which one or more parties commit to a future course of action, agree on one, or
 * reaffirm a standing commitment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePledge.class)
@JsonDeserialize(as = ImmutablePledge.class)
@JsonPropertyOrder({"kind", "verb", "actors", "action", "timeframe", "text", "evidence"})
public interface Pledge {

    /** {@return the kind of commitment, from the governing verb} */
    PledgeKind kind();

    /** {@return the governing verb as written ("pledged", "will", "reaffirmed")} */
    String verb();

    /** {@return the names of the parties who make the pledge, in the order the text gives them} */
    List<String> actors();

    /** {@return what is pledged: the words that follow the verb, when they can be told apart} */
    Optional<String> action();

    /** {@return when the pledged action is to happen, if the sentence says} */
    Optional<PartialDate> timeframe();

    /** {@return the whole sentence as written} */
    String text();

    /** {@return where the sentence stands in the body} */
    Evidence evidence();

    /** {@return a new builder} */
    static ImmutablePledge.Builder builder() {
        return ImmutablePledge.builder();
    }

    /**
     * Checks the invariants (a verb and a text that are not blank); the builder calls it, users need not.
     *
     * @throws IllegalStateException if one is broken, with a message naming the bad value
     */
    @Value.Check
    default void check() {
        if (verb().isBlank() || text().isBlank()) {
            throw new IllegalStateException("pledge verb and text must not be blank: \""
                    + verb() + "\" in \"" + text() + "\"");
        }
    }
}
