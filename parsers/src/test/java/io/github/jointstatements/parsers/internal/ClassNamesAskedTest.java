package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.ParseException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class name the library's parsers ask a page about (their fit tests' and their
 * templates' selectors') is declared before any page is read, so that the page's metadata
 * indexed it: none is answered by reading every class attribute of the page.
 */
class ClassNamesAskedTest {

    private static final List<PageParser> PARSERS = ServiceLoader.load(PageParser.class)
            .stream().map(ServiceLoader.Provider::get).toList();

    static Stream<Path> pages() throws IOException, URISyntaxException {
        Path resources = Path.of(ClassNamesAskedTest.class.getResource("/corpus").toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void the_parsers_ask_only_class_names_indexed_before_the_page_was_read(Path file)
            throws IOException {
        PageInput input = PageInput.of(file.toString(), Format.HTML,
                new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Optional.empty());
        for (PageParser parser : PARSERS) {
            if (parser.fit(input) > 0) {
                try {
                    parser.parse(input);
                } catch (ParseException e) {
                    // what the parser makes of the page is not the question here
                }
            }
        }
        assertThat(HtmlMetadata.of(input).elements().unaskedClassQuestions()).isZero();
    }
}
