/**
 * The domain of joint-statements: a {@link io.github.jointstatements.core.Statement} and the
 * values it is made of ({@link io.github.jointstatements.core.Party},
 * {@link io.github.jointstatements.core.Pledge}, {@link io.github.jointstatements.core.Event},
 * {@link io.github.jointstatements.core.Source}, {@link io.github.jointstatements.core.Evidence},
 * {@link io.github.jointstatements.core.PartialDate}) and their enums.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}:
 * values that a document may not give are {@link java.util.Optional}, lists are empty rather than
 * absent. Invariants (evidence inside its paragraph, ISO 3166-1 country codes, actors that name
 * parties) are checked when a value is built, and a violation throws
 * {@link java.lang.IllegalStateException} naming the bad value. Nothing here knows HTML; the JSON
 * form is in {@link io.github.jointstatements.core.json}.
 */
@ValueStyle
package io.github.jointstatements.core;
