package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.StatementParser;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the page layer: every page of the corpus ({@code corpus/<id>/source.*}, its
 * approved output in {@code golden/corpus/<id>/page.json}) and every template case
 * ({@code golden/pages/<case>/source.*} with its {@code provenance.json} and approved
 * {@code page.json}) reads exactly as approved. {@code -Dgolden.update=true} rewrites the
 * approved files from the current output: read the diff before committing it.
 */
class GoldenPagesTest {

    private static final StatementParser PARSER = StatementParser.create();
    private static final ObjectMapper MAPPER = StatementJson.newMapper();
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** One golden case: the source, the base URL it is read with, the approved output. */
    record Case(String name, Path source, URI url, Path approved) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path resources = Path.of(GoldenPagesTest.class.getResource("/corpus").toURI()).getParent();
        Path sourceTree = Path.of("src/test/resources");
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(resources.resolve("corpus"))) {
            for (Path folder : folders.sorted().toList()) {
                Path source = source(folder);
                if (source != null) {
                    String id = folder.getFileName().toString();
                    cases.add(Arguments.of(new Case("corpus/" + id, source, null,
                            sourceTree.resolve("golden/corpus").resolve(id).resolve("page.json"))));
                }
            }
        }
        Path pages = resources.resolve("golden/pages");
        if (Files.isDirectory(pages)) {
            try (Stream<Path> folders = Files.list(pages)) {
                for (Path folder : folders.sorted().toList()) {
                    Path source = source(folder);
                    if (source == null) {
                        continue;
                    }
                    JsonNode provenance = MAPPER.readTree(folder.resolve("provenance.json").toFile());
                    String url = provenance.path("url").asText("");
                    String name = folder.getFileName().toString();
                    cases.add(Arguments.of(new Case("pages/" + name, source,
                            url.isEmpty() ? null : URI.create(url),
                            sourceTree.resolve("golden/pages").resolve(name).resolve("page.json"))));
                }
            }
        }
        return cases.stream();
    }

    private static Path source(Path folder) {
        for (String name : List.of("source.html", "source.txt", "source.md")) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return folder.resolve(name);
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pageReadsAsApproved(Case c) throws Exception {
        Input input = Input.of(c.source());
        if (c.url() != null) {
            input = input.withBaseUrl(c.url());
        }
        Page page = PARSER.page(input);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        String actual = MAPPER.writer(printer).writeValueAsString(page) + "\n";
        if (UPDATE) {
            Files.createDirectories(c.approved().getParent());
            Files.writeString(c.approved(), actual, StandardCharsets.UTF_8);
        }
        assertThat(c.approved()).as("approved output of %s (run with -Dgolden.update=true)", c)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(c.approved(), StandardCharsets.UTF_8));
    }
}
