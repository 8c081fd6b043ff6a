package io.github.jointstatements.parsers.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.ParseException.Reason;
import io.github.jointstatements.parsers.StatementParser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input of issue 5 gets a clear answer from the API: a statement, or a
 * {@link ParseException} with the expected reason; never another exception, a hang or more
 * memory than the 512 MiB heap this test runs in (the {@code hostile-input} surefire execution).
 *
 * <p>The timeout only guards against a hang; speed is measured by the benchmarks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final String STATEMENT = "STATEMENT";

    /**
     * What each case may get: {@code STATEMENT}, or a failure with one of these reasons. Where
     * the page parser's judgement decides, more than one answer is right: a parser that drops
     * link lists reads the statement among 200,000 links, one that keeps them hits the
     * paragraph limit; a 50,000-row table is read or hits it; 20,000 one-word fragments in
     * unclosed tags may read as a listing (no statement), or as text.
     */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("empty.txt", Set.of("EMPTY")),
            Map.entry("whitespace-only.html", Set.of("EMPTY")),
            Map.entry("random-binary.html", Set.of("NOT_TEXT")),
            Map.entry("gzip-served-as.html", Set.of("NOT_TEXT")),
            Map.entry("nested-200000-elements.html", Set.of(STATEMENT)),
            Map.entry("unclosed-20000-tags.html",
                    Set.of(STATEMENT, "NO_STATEMENT", "TOO_LARGE")),
            Map.entry("line-20mb-no-punctuation.txt", Set.of(STATEMENT)),
            Map.entry("parentheses-200000.txt", Set.of(STATEMENT)),
            Map.entry("abbreviations-200000.txt", Set.of(STATEMENT)),
            Map.entry("invalid-utf8.html", Set.of(STATEMENT)),
            Map.entry("nul-and-control-characters.txt", Set.of(STATEMENT)),
            Map.entry("declared-utf8-is-windows-1252.html", Set.of(STATEMENT)),
            Map.entry("declared-latin1-is-utf8.html", Set.of(STATEMENT)),
            Map.entry("utf16-with-bom.html", Set.of(STATEMENT)),
            Map.entry("all-script.html", Set.of("EMPTY")),
            Map.entry("links-200000.html", Set.of(STATEMENT, "TOO_LARGE")),
            Map.entry("table-50000-rows.html", Set.of(STATEMENT, "TOO_LARGE")),
            Map.entry("broken-front-matter.md", Set.of("MALFORMED")),
            Map.entry("front-matter-without-body.md", Set.of("EMPTY")),
            Map.entry("does-not-exist.html", Set.of("UNREADABLE")));

    private static final StatementParser PARSER = StatementParser.create();

    @TempDir
    static Path folder;

    static Stream<HostileInputs.Case> cases() {
        return HostileInputs.all().stream();
    }

    @Test
    void everyCaseHasAnExpectation() {
        assertThat(HostileInputs.all()).extracting(HostileInputs.Case::fileName)
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parseAnswersClearly(HostileInputs.Case c) {
        Path path = HostileInputs.write(folder, c);
        Set<String> expected = EXPECTED.get(c.fileName());
        String outcome;
        try {
            Statement statement = PARSER.parse(path);
            outcome = STATEMENT;
            assertThat(statement.paragraphs()).isNotEmpty();
            assertThat(String.join("\n", statement.paragraphs()))
                    .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
        } catch (ParseException e) {
            outcome = e.reason().name();
            assertThat(e.input()).isEqualTo(path.toString());
            assertThat(e.getMessage()).contains(path.toString());
            if (e.reason() == Reason.TOO_LARGE) {
                assertThat(e.limit()).isPresent();
                assertThat(e.getMessage()).contains(e.limit().get() + "=");
            }
            assertThat(outcome).as(e.getMessage()).isIn(expected);
        }
        assertThat(outcome).isIn(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pageAnswersClearly(HostileInputs.Case c) {
        Path path = HostileInputs.write(folder, c);
        try {
            Page page = PARSER.page(path);
            assertThat(page.source().parser()).isNotBlank();
        } catch (ParseException e) {
            assertThat(e.reason()).as(e.getMessage()).isNotEqualTo(Reason.INTERNAL);
            assertThat(e.input()).isEqualTo(path.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.jointstatements.parsers.hostile.HostileInputTest#decodedRight")
    void wrongOrUnusualEncodingsAreDecodedRight(String fileName) {
        HostileInputs.Case c = HostileInputs.all().stream()
                .filter(k -> k.fileName().equals(fileName)).findFirst().orElseThrow();
        Statement statement = parse(HostileInputs.write(folder, c));
        assertThat(statement.title()).contains(HostileInputs.STATEMENT_TITLE);
        assertThat(String.join(" ", statement.paragraphs())).contains("“Élysée roadmap”");
    }

    static Stream<String> decodedRight() {
        return Stream.of("declared-utf8-is-windows-1252.html", "declared-latin1-is-utf8.html",
                "utf16-with-bom.html");
    }

    @Test
    void invalidUtf8KeepsTheValidCharacters() {
        HostileInputs.Case c = HostileInputs.all().stream()
                .filter(k -> k.fileName().equals("invalid-utf8.html")).findFirst().orElseThrow();
        Statement statement = parse(HostileInputs.write(folder, c));
        assertThat(String.join(" ", statement.paragraphs())).contains("“Élysée roadmap”")
                .contains("\uFFFD");
    }

    @Test
    void controlCharactersAreDropped() {
        HostileInputs.Case c = HostileInputs.all().stream()
                .filter(k -> k.fileName().equals("nul-and-control-characters.txt")).findFirst()
                .orElseThrow();
        Statement statement = parse(HostileInputs.write(folder, c));
        assertThat(String.join(" ", statement.paragraphs())).contains("North Atlantic");
    }

    private static Statement parse(Path path) {
        try {
            return PARSER.parse(path);
        } catch (ParseException e) {
            throw new AssertionError("expected a statement: " + e.getMessage(), e);
        }
    }
}
