package io.github.jointstatements.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of those who issue a statement jointly: a person with a role, or a state or an
 * organisation.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
@JsonPropertyOrder({"name", "role", "country", "kind", "aliases"})
public interface Party {

    /** {@return the name as the statement gives it in full ("Lloyd J. Austin III", "Japan")} */
    String name();

    /** {@return the person's office ("Secretary of Defense"), if the statement gives it} */
    Optional<String> role();

    /**
     * {@return the ISO 3166-1 alpha-2 code of the country the party belongs to or is; empty for an
     * international organisation}
     */
    Optional<String> country();

    /** {@return whether the party is a person, a state or an organisation} */
    PartyKind kind();

    /**
     * {@return the other ways the text refers to this party alone ("Secretary Austin", "the
     * Secretary"), in the order they were found}
     */
    List<String> aliases();

    /** {@return a new builder} */
    static ImmutableParty.Builder builder() {
        return ImmutableParty.builder();
    }

    /**
     * Checks the invariants (a name that is not blank, an ISO 3166-1 alpha-2 country); the builder calls it, users need not.
     *
     * @throws IllegalStateException if one is broken, with a message naming the bad value
     */
    @Value.Check
    default void check() {
        if (name().isBlank()) {
            throw new IllegalStateException("party name must not be blank");
        }
        country().ifPresent(code -> {
            if (!CountryCodes.isAlpha2(code)) {
                throw new IllegalStateException("party \"" + name()
                        + "\": country must be an ISO 3166-1 alpha-2 code: \"" + code + "\"");
            }
        });
    }
}
