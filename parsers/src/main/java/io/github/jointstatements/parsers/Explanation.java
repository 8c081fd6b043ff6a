package io.github.jointstatements.parsers;

import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement with the rule behind each fact the analysis found in it: which rule chose its kind
 * and location, found each party, acronym, pledge and event, so that a wrong fact can be traced to
 * the rule that made it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statement the statement, as {@link StatementParser#parse(Input)} returns it
 * @param facts each fact and its rule, in the order the analysis found them
 */
public record Explanation(Statement statement, List<Fact> facts) {

    /**
     * One fact and the rule that produced it.
     *
     * @param kind what the fact is: {@code kind}, {@code location}, {@code party},
     *     {@code acronym}, {@code pledge} or {@code event}
     * @param value the fact in a few words ("PLEDGE: The two leaders also pledged ...")
     * @param rule the rule that produced it, in words
     * @param evidence where in the body the fact stands, if it stands in the body
     */
    public record Fact(String kind, String value, String rule, Optional<Evidence> evidence) {

        /**
         * Checks that no component is null.
         *
         * @param kind what the fact is
         * @param value the fact in a few words
         * @param rule the rule that produced it
         * @param evidence where in the body the fact stands, if it does
         */
        public Fact {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * Checks that no component is null and copies the facts.
     *
     * @param statement the statement
     * @param facts each fact and its rule
     */
    public Explanation {
        Objects.requireNonNull(statement, "statement");
        facts = List.copyOf(facts);
    }
}
