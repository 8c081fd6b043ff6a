/**
 * Helpers shared by the page parsers and the analysis: decoding ({@code Decoder}), HTML metadata
 * in one walk ({@code HtmlMetadata}, {@code JsonLd}), content scoring ({@code ContentExtractor}),
 * the shared reading of HTML pages and site templates ({@code HtmlPageReader},
 * {@code SiteFit}), the tidying of bodies ({@code BodyCleaner}), repost unwrapping
 * ({@code Reposts}), titles ({@code Titles}), dates on pages ({@code PageDates}), languages
 * ({@code Languages}), publishers, line handling and the loading of the data tables in
 * resources.
 *
 * <p>Internal: not exported by {@code module-info.java}, no compatibility promise.
 */
package io.github.jointstatements.parsers.internal;
