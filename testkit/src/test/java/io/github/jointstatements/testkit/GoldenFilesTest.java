package io.github.jointstatements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenFilesTest {

    private static final String STATEMENT = """
            <html><body><h1>Joint Statement of Ruritania and Freedonia</h1><article>
            <p>The Foreign Ministers of Ruritania and Freedonia met in Strelsau on March 3, 2024.</p>
            <p>The two ministers agreed to hold the next round of consultations in May.</p>
            </article></body></html>
            """;

    private static final String LISTING = """
            <html><body><h1>Press releases</h1><ul class="listing"><li>One</li></ul>
            <article><p>All releases of the ministry.</p></article></body></html>
            """;

    private final GoldenFiles golden = GoldenFiles.of(new ExamplePressParser());

    @TempDir
    Path cases;

    @AfterEach
    void stopApproving() {
        System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
    }

    private Path page(String name, String html, boolean withUrl) throws IOException {
        Path folder = Files.createDirectories(cases.resolve(name));
        Files.writeString(folder.resolve("source.html"), html, StandardCharsets.UTF_8);
        if (withUrl) {
            Files.writeString(folder.resolve("url.txt"),
                    "https://press.example.org/releases/" + name + "\n", StandardCharsets.UTF_8);
        }
        return folder;
    }

    private void approve(Path folder) {
        System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
        golden.check(folder);
        System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
    }

    @Test
    void approvingWritesThePageAndTheStatementAndThenTheyPass() throws IOException {
        Path folder = page("joint-statement", STATEMENT, true);
        approve(folder);

        assertThat(folder.resolve("expected-page.json")).content()
                .contains("\"parser\" : \"example-press\"")
                .contains("The two ministers agreed");
        assertThat(folder.resolve("expected.json")).content()
                .contains("\"title\" : \"Joint Statement of Ruritania and Freedonia\"");
        golden.check(folder);
    }

    @Test
    void aChangedOutputFailsWithBothTextsForTheDiff() throws IOException {
        Path folder = page("joint-statement", STATEMENT, true);
        approve(folder);
        Path approved = folder.resolve("expected-page.json");
        Files.writeString(approved, Files.readString(approved).replace("Freedonia", "Grand Fenwick"));

        assertThatThrownBy(() -> golden.check(folder))
                .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                    assertThat(e.getExpected().getStringRepresentation()).contains("Grand Fenwick");
                    assertThat(e.getActual().getStringRepresentation()).contains("Freedonia");
                })
                .hasMessageContaining("expected-page.json differs")
                .hasMessageContaining("-Dgolden.update=true");
    }

    @Test
    void aCaseWithNothingApprovedFailsAndSaysHowToApprove() throws IOException {
        Path folder = page("joint-statement", STATEMENT, true);

        assertThatThrownBy(() -> golden.check(folder))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("nothing approved yet")
                .hasMessageContaining("-Dgolden.update=true");
    }

    @Test
    void aPageReadByAnotherParserFails() throws IOException {
        Path folder = page("no-address", STATEMENT, false);

        assertThatThrownBy(() -> golden.check(folder))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("read by parser \"generic\", not by \"example-press\"")
                .hasMessageContaining("no url.txt");
    }

    @Test
    void aPageWithoutAStatementHasNoApprovedStatement() throws IOException {
        Path folder = page("listing", LISTING, true);
        approve(folder);

        assertThat(folder.resolve("expected-page.json")).exists();
        assertThat(folder.resolve("expected.json")).doesNotExist();
        golden.check(folder);

        Files.writeString(folder.resolve("expected.json"), "{}");
        assertThatThrownBy(() -> golden.check(folder))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("holds no statement");
    }

    @Test
    void givesOneTestPerCaseFolderInNameOrder() throws Throwable {
        approve(page("b-statement", STATEMENT, true));
        approve(page("a-listing", LISTING, true));
        Files.createDirectories(cases.resolve("not-a-case"));

        List<DynamicTest> tests = golden.tests(cases).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("a-listing", "b-statement");
        for (DynamicTest test : tests) {
            Executable executable = test.getExecutable();
            executable.execute();
        }
    }

    @Test
    void aFolderWithoutCasesIsAnError() {
        assertThatThrownBy(() -> golden.tests(cases))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no case in");
    }
}
