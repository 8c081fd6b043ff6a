/**
 * The built-in page parsers, one final class per kind of site or format, each a
 * {@link io.github.jointstatements.parsers.PageParser} service registered both in
 * {@code META-INF/services} and with {@code provides} in {@code module-info.java}.
 *
 * <p>Not exported by {@code module-info.java}: users reach these parsers through
 * {@link io.github.jointstatements.parsers.StatementParser} and name them by their ids
 * ({@code source.parser}), so classes can be added, split or renamed without breaking anyone.
 */
package io.github.jointstatements.parsers.pages;
