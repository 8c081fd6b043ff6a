/**
 * Helpers shared by the page parsers and the analysis: decoding, HTML text and metadata, dates
 * on pages, publishers, line handling and the loading of the data tables in resources.
 *
 * <p>Internal: not exported by {@code module-info.java}, no compatibility promise.
 */
package io.github.jointstatements.parsers.internal;
