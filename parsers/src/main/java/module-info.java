/**
 * Reading statements: the {@link io.github.jointstatements.parsers.StatementParser} facade and
 * the {@link io.github.jointstatements.parsers.PageParser} service interface through which users
 * add page parsers of their own.
 *
 * <p>Only {@code io.github.jointstatements.parsers} is exported. The built-in page parsers
 * ({@code parsers.pages}) are services reached through {@code StatementParser} by their ids, the
 * text analysis ({@code parsers.analysis}) is reached through {@code StatementParser.parse}, and
 * the shared helpers ({@code parsers.internal}) are internal: none of them is API, so they can
 * change without breaking users. {@code ModuleApiTest} fails when a new package is neither
 * exported nor declared internal there.
 */
@SuppressWarnings("requires-automatic") // Immutables names its module in its manifest
module io.github.jointstatements.parsers {
    // the API returns core's Statement and PageInput hands page parsers jsoup's Document
    requires transitive io.github.jointstatements.core;
    requires transitive org.jsoup;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires java.net.http; // Input.of(URI): pages fetched by StatementParser
    requires static org.immutables.value.annotations;

    exports io.github.jointstatements.parsers;

    // the generated ImmutablePage.Json delegate that Jackson reads into is package-private
    opens io.github.jointstatements.parsers to com.fasterxml.jackson.databind;

    uses io.github.jointstatements.parsers.PageParser;

    // keep in step with META-INF/services/io.github.jointstatements.parsers.PageParser;
    // PageParserRegistrationTest fails when a parser class is missing from either
    provides io.github.jointstatements.parsers.PageParser with
            io.github.jointstatements.parsers.pages.BelarusMfaPageParser,
            io.github.jointstatements.parsers.pages.BloggerPageParser,
            io.github.jointstatements.parsers.pages.ConsiliumPageParser,
            io.github.jointstatements.parsers.pages.DefenseGovPageParser,
            io.github.jointstatements.parsers.pages.GenericHtmlPageParser,
            io.github.jointstatements.parsers.pages.GovUkPageParser,
            io.github.jointstatements.parsers.pages.MalaysiaMfaPageParser,
            io.github.jointstatements.parsers.pages.MarkdownPageParser,
            io.github.jointstatements.parsers.pages.MofaJapanPageParser,
            io.github.jointstatements.parsers.pages.NatoPageParser,
            io.github.jointstatements.parsers.pages.StateGovPageParser,
            io.github.jointstatements.parsers.pages.TextPageParser,
            io.github.jointstatements.parsers.pages.WhiteHousePageParser,
            io.github.jointstatements.parsers.pages.WordPressPageParser;
}
