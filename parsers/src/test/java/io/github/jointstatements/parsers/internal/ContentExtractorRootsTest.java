package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measuring a template's roots alone tells what measuring the whole body tells: the same text
 * read from the roots, the same prose and links of the body, the same listing.
 */
class ContentExtractorRootsTest {

    static Stream<Path> pages() throws IOException, URISyntaxException {
        List<Path> pages = new ArrayList<>();
        for (String folder : List.of("/corpus", "/golden/pages", "/unseen")) {
            Path root = Path.of(ContentExtractorRootsTest.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
            }
        }
        return pages.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void roots_measured_alone_read_as_in_the_whole_body(Path page) throws IOException {
        // read as Latin-1: any bytes decode, and the markup is what the test is about
        Element body = Jsoup.parse(Files.readString(page, StandardCharsets.ISO_8859_1)).body();
        List<List<Element>> rootSets = new ArrayList<>();
        rootSets.add(ContentExtractor.roots(ContentExtractor.measure(body)));
        rootSets.add(body.children());
        rootSets.add(List.of(body));
        for (List<Element> roots : rootSets) {
            ContentExtractor.Measured whole = ContentExtractor.measure(body, false);
            ContentExtractor.Measured alone = ContentExtractor.measureFor(body, roots);
            assertThat(ContentExtractor.paragraphs(alone, roots))
                    .isEqualTo(ContentExtractor.paragraphs(whole, roots));
            assertThat(alone.moreProseThan(200)).isEqualTo(whole.proseChars() > 200);
            assertThat(alone.proseChars()).isEqualTo(whole.proseChars());
            assertThat(alone.linkItems()).isEqualTo(whole.linkItems());
            assertThat(alone.listingRoot()).isSameAs(whole.listingRoot());
            assertThat(alone.listingParagraphs()).isEqualTo(whole.listingParagraphs());
            assertThat(ContentExtractor.roots(alone)).isEqualTo(ContentExtractor.roots(whole));
        }
    }
}
