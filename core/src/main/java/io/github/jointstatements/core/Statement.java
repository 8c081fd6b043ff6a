package io.github.jointstatements.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A joint statement, declaration, communiqué or readout read off a page: who issued it, when and
 * where, its body, what its parties pledged and which events it reports or schedules.
 *
 * <p>Every pledge and event carries {@link Evidence} into {@link #paragraphs()}; that evidence
 * lies inside its paragraph, and that every pledge actor names a party, are checked when the
 * statement is built.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
@JsonPropertyOrder({"id", "kind", "title", "date", "location", "publisher", "language", "source",
    "parties", "paragraphs", "pledges", "events", "acronyms"})
public interface Statement {

    /**
     * {@return a stable fingerprint of the statement's content: the same statement reposted
     * elsewhere gets the same id}
     */
    String id();

    /** {@return what kind of statement this is} */
    StatementKind kind();

    /** {@return the statement's own headline; on a repost, the original's} */
    Optional<String> title();

    /** {@return the day the statement was issued; on a repost, the original's date} */
    Optional<LocalDate> date();

    /** {@return where the statement was issued or the meeting it reports took place} */
    Optional<String> location();

    /** {@return the institution that issued the original ("U.S. Department of Defense")} */
    Optional<String> publisher();

    /** {@return the language of the text as a BCP 47 tag ("en")} */
    Optional<String> language();

    /** {@return where the statement was read} */
    Source source();

    /** {@return those who issue the statement jointly, in the order the text names them} */
    List<Party> parties();

    /** {@return the statement's body, one string per paragraph} */
    List<String> paragraphs();

    /** {@return the pledges, in text order} */
    List<Pledge> pledges();

    /** {@return the events, in the order the text first mentions them} */
    List<Event> events();

    /** {@return the acronyms the text defines, each to its long form, in text order} */
    Map<String, String> acronyms();

    /** {@return a new builder} */
    static ImmutableStatement.Builder builder() {
        return ImmutableStatement.builder();
    }

    /**
     * Checks the invariants (evidence inside its paragraph, actors that name parties); the builder calls it, users need not.
     *
     * @throws IllegalStateException if one is broken, with a message naming the bad value
     */
    @Value.Check
    default void check() {
        for (Pledge pledge : pledges()) {
            checkEvidence(pledge.evidence(), "pledge \"" + pledge.text() + "\"");
        }
        for (Event event : events()) {
            checkEvidence(event.evidence(), "event \"" + event.name() + "\"");
        }
        Set<String> names = new HashSet<>();
        for (Party party : parties()) {
            names.add(party.name());
        }
        for (Pledge pledge : pledges()) {
            for (String actor : pledge.actors()) {
                if (!names.contains(actor)) {
                    throw new IllegalStateException("pledge actor \"" + actor
                            + "\" names no party of the statement " + names);
                }
            }
        }
    }

    private void checkEvidence(Evidence evidence, String what) {
        int paragraph = evidence.paragraph();
        if (paragraph >= paragraphs().size()) {
            throw new IllegalStateException(what + ": evidence paragraph " + paragraph
                    + " is beyond the " + paragraphs().size() + " paragraphs");
        }
        if (evidence.end() > paragraphs().get(paragraph).length()) {
            throw new IllegalStateException(what + ": evidence [" + evidence.start() + ", "
                    + evidence.end() + ") ends beyond paragraph " + paragraph + " of length "
                    + paragraphs().get(paragraph).length());
        }
    }
}
