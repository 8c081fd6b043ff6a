/**
 * Reading statements: the {@link io.github.jointstatements.parsers.StatementParser} facade, its
 * {@link io.github.jointstatements.parsers.Input}, the {@link io.github.jointstatements.parsers.Page}
 * a page parser extracts, the {@link io.github.jointstatements.parsers.PageParser} service
 * interface for new sources, and the one checked
 * {@link io.github.jointstatements.parsers.ParseException}.
 *
 * <p>No method here accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@ValueStyle
package io.github.jointstatements.parsers;

import io.github.jointstatements.core.ValueStyle;
