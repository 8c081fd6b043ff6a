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

    /** Returns the kind of commitment, from the governing verb. */
    PledgeKind kind();

    /** Returns the governing verb as written ("pledged", "will", "reaffirmed"). */
    String verb();

    /** Returns the names of the parties who make the pledge, in the order the text gives them. */
    List<String> actors();

    /** Returns what is pledged: the words that follow the verb, when they can be told apart. */
    Optional<String> action();

    /** Returns when the pledged action is to happen, if the sentence says. */
    Optional<PartialDate> timeframe();

    /** Returns the whole sentence as written. */
    String text();

    /** Returns where the sentence stands in the body. */
    Evidence evidence();

    /** Returns a new builder. */
    static ImmutablePledge.Builder builder() {
        return ImmutablePledge.builder();
    }

    @Value.Check
    default void check() {
        if (verb().isBlank() || text().isBlank()) {
            throw new IllegalStateException("pledge verb and text must not be blank: \""
                    + verb() + "\" in \"" + text() + "\"");
        }
    }
}
