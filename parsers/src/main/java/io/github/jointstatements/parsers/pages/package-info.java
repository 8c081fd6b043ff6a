/**
 * The built-in page parsers, one final class per kind of site or format, each a
 * {@link io.github.jointstatements.parsers.PageParser} service registered both in
 * {@code META-INF/services} and with {@code provides} in {@code module-info.java}.
 *
 * <p>The registry's choice: a parser fits a page by the address it was read from
 * ({@code HOST_FIT}), by the canonical address a saved page keeps, or by its template's
 * characteristic markup (a site's template above its platform's: a state.gov page saved from
 * WordPress is read as state.gov); the generic parser reads every other HTML page. Sites:
 * {@code whitehouse-gov} (the Drupal, WordPress and block-theme White House, archives
 * included), {@code defense-gov}, {@code state-gov}, {@code gov-uk}, {@code mofa-go-jp},
 * {@code nato-int}, {@code consilium-europa-eu}, {@code mfa-gov-by}, {@code kln-gov-my};
 * platforms: {@code blogger} (every template generation, mobile {@code ?m=1} pages),
 * {@code wordpress}; formats: {@code text}, {@code markdown}; and {@code generic}. The HTML
 * parsers share one reading ({@code internal.HtmlPageReader}): a site's template says where its
 * text, headline and date stand, and what it does not say is found generically.
 *
 * <p>Not exported by {@code module-info.java}: users reach these parsers through
 * {@link io.github.jointstatements.parsers.StatementParser} and name them by their ids
 * ({@code source.parser}), so classes can be added, split or renamed without breaking anyone.
 */
package io.github.jointstatements.parsers.pages;
