package io.github.jointstatements.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file tests of a page parser: each case is a folder holding a page and the output that
 * was approved for it, and a test fails when the parser's output differs from the approved one.
 *
 * <pre>{@code
 * class MySiteParserTest {
 *     @TestFactory
 *     Stream<DynamicTest> golden() {
 *         return GoldenFiles.of(new MySiteParser()).tests(Path.of("src/test/golden"));
 *     }
 * }
 * }</pre>
 *
 * <p>A case folder holds:
 * <ul>
 *   <li>{@code source.html}, {@code source.txt} or {@code source.md}: the page, as read from its
 *       site;</li>
 *   <li>{@code url.txt} (optional): the address the page was read from, one line; parsers that
 *       recognise a site by its host need it;</li>
 *   <li>{@code expected-page.json}: the approved {@link Page}, what the parser itself extracts;</li>
 *   <li>{@code expected.json}: the approved {@link Statement} that the whole library reads from
 *       the page with this parser; absent when the page holds no statement, which the test then
 *       asserts.</li>
 * </ul>
 *
 * <p>Run the tests with the system property {@code golden.update=true}
 * ({@code mvn test -Dgolden.update=true}) to write the current output as the approved one
 * instead of comparing; read the diff before committing it. Each test also checks that the
 * parser under test is the one chosen for its page, so that a {@link PageParser#fit} too low
 * does not go unnoticed behind a generic parser.
 *
 * <p>The parser is tested as users will meet it: if {@link StatementParser#create()} finds it
 * with {@link java.util.ServiceLoader} (registered in {@code META-INF/services} or with
 * {@code provides} in {@code module-info.java}), that registration is used; otherwise it is added
 * with {@link StatementParser.Builder#addPageParser}. Instances are immutable and thread-safe.
 */
public final class GoldenFiles {

    /** The system property that turns comparing into approving: {@code golden.update}. */
    public static final String UPDATE_PROPERTY = "golden.update";

    private static final List<String> SOURCES =
            List.of("source.html", "source.htm", "source.txt", "source.md");
    private static final ObjectWriter JSON =
            StatementJson.newMapper().writerWithDefaultPrettyPrinter();

    private final PageParser parser;
    private final StatementParser statements;

    private GoldenFiles(PageParser parser) {
        this.parser = parser;
        StatementParser registered = StatementParser.create();
        this.statements = registered.pageParserIds().contains(parser.id())
                ? registered
                : StatementParser.builder().addPageParser(parser).build();
    }

    /**
     * Returns golden-file tests of a page parser.
     *
     * @param parser the parser under test
     * @return the tests, ready to run over case folders
     */
    public static GoldenFiles of(PageParser parser) {
        return new GoldenFiles(Objects.requireNonNull(parser, "parser"));
    }

    /**
     * Returns whether the tests approve output instead of comparing it: whether the system
     * property {@value #UPDATE_PROPERTY} is {@code true}.
     *
     * @return whether the tests write the approved files
     */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /**
     * Returns one test per case folder under {@code folder}, in name order; {@code folder}
     * itself is the only case if it holds a page.
     *
     * @param folder a folder of case folders, read and written in place (give the path in the
     *     source tree, such as {@code src/test/golden}, not a copy under {@code target})
     * @return the tests, for a JUnit 5 {@code @TestFactory}
     * @throws UncheckedIOException if the folder cannot be listed
     * @throws IllegalArgumentException if the folder holds no case at all
     */
    public Stream<DynamicTest> tests(Path folder) {
        List<Path> cases = cases(folder);
        return cases.stream().map(c -> DynamicTest.dynamicTest(
                c.getFileName().toString(), c.toUri(), () -> check(c)));
    }

    /**
     * Runs one case: parses its page and compares the output with the approved files, or writes
     * them when {@link #updating()}.
     *
     * @param caseFolder the case folder
     * @throws AssertionFailedError if the output differs from the approved one, the approved
     *     files are missing, or another parser was chosen for the page
     * @throws UncheckedIOException if the files cannot be read or written
     */
    public void check(Path caseFolder) {
        Path source = source(caseFolder).orElseThrow(() -> new AssertionFailedError(
                "no page in " + caseFolder + ": expected one of " + SOURCES));
        Input input = Input.of(source);
        Optional<URI> url = url(caseFolder);
        if (url.isPresent()) {
            input = input.withBaseUrl(url.get());
        }

        Page page;
        try {
            page = statements.page(input);
        } catch (ParseException e) {
            throw new AssertionFailedError("parser " + parser.id() + " could not read the page: "
                    + e.getMessage(), e);
        }
        if (!page.source().parser().equals(parser.id())) {
            throw new AssertionFailedError("the page was read by parser \""
                    + page.source().parser() + "\", not by \"" + parser.id() + "\": does "
                    + parser.getClass().getSimpleName() + ".fit() recognise it?"
                    + url.map(u -> "").orElse(" (no url.txt gives the page's address)"));
        }
        compare(caseFolder.resolve("expected-page.json"), Optional.of(json(page)));

        Optional<String> statement;
        try {
            statement = Optional.of(StatementJson.writePretty(statements.parse(input)) + "\n");
        } catch (ParseException e) {
            if (e.reason() != ParseException.Reason.NO_STATEMENT) {
                throw new AssertionFailedError("the page could not be read as a statement: "
                        + e.getMessage(), e);
            }
            statement = Optional.empty();
        }
        compare(caseFolder.resolve("expected.json"), statement);
    }

    /** Compares the actual text with the approved file, or approves it; empty: no file. */
    private static void compare(Path approved, Optional<String> actual) {
        try {
            if (updating()) {
                if (actual.isPresent()) {
                    Files.writeString(approved, actual.get(), StandardCharsets.UTF_8);
                } else {
                    Files.deleteIfExists(approved);
                }
                return;
            }
            boolean exists = Files.isRegularFile(approved);
            if (actual.isEmpty()) {
                if (exists) {
                    throw new AssertionFailedError("the page holds no statement, but " + approved
                            + " was approved; rerun with -D" + UPDATE_PROPERTY + "=true to"
                            + " approve the change");
                }
                return;
            }
            if (!exists) {
                throw new AssertionFailedError("nothing approved yet: " + approved
                        + " is missing; run the tests with -D" + UPDATE_PROPERTY
                        + "=true to write it, then read it before committing");
            }
            String expected = normalise(Files.readString(approved, StandardCharsets.UTF_8));
            String got = normalise(actual.get());
            if (!expected.equals(got)) {
                throw new AssertionFailedError(approved + " differs from the output (first at line "
                        + firstDifference(expected, got) + "); if the change is right, rerun with -D"
                        + UPDATE_PROPERTY + "=true and read the diff before committing",
                        expected, got);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Page page) {
        try {
            return JSON.writeValueAsString(page) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write page as JSON", e);
        }
    }

    /** Line endings and trailing white space do not count: editors and git change them. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    private static int firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return i + 1;
    }

    private static List<Path> cases(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (source(folder).isPresent()) {
            return List.of(folder);
        }
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isDirectory).filter(c -> source(c).isPresent()).sorted()
                    .forEach(cases::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cases in " + folder, e);
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no case in " + folder.toAbsolutePath()
                    + ": expected folders holding one of " + SOURCES);
        }
        return cases;
    }

    private static Optional<Path> source(Path folder) {
        return SOURCES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static Optional<URI> url(Path caseFolder) {
        Path file = caseFolder.resolve("url.txt");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(URI.create(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new AssertionFailedError("not an address in " + file + ": " + e.getMessage(), e);
        }
    }
}
