package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.testkit.GoldenFiles;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A user's tests: the public API, the ServiceLoader registration, the test kit. */
class ConsumerTest {

    private static final String STATEMENT = "<html><body><main><h1>Joint Statement of Ruritania and Freedonia</h1>"
            + "<p>The Foreign Ministers of Ruritania and Freedonia met in Strelsau on"
            + " March 3, 2024.</p>"
            + "<p>The two ministers agreed to hold further consultations in May 2024.</p>"
            + "</main></body></html>";

    @Test
    void runsOnTheModulePathOrTheClassPathAsAsked() {
        boolean modules = Boolean.getBoolean("consumer.modules");
        assertEquals(modules, StatementParser.class.getModule().isNamed());
        assertEquals(modules, ConsumerTest.class.getModule().isNamed());
        if (modules) {
            assertEquals("io.github.jointstatements.parsers",
                    StatementParser.class.getModule().getName());
            assertEquals("io.github.jointstatements.core", Statement.class.getModule().getName());
            assertFalse(StatementParser.class.getModule()
                    .isExported("io.github.jointstatements.parsers.internal"));
        }
    }

    @Test
    void readsAStatementFromAString() throws Exception {
        Statement statement = StatementParser.create().parse(STATEMENT);

        assertTrue(statement.title().orElseThrow().startsWith("Joint Statement"));
        assertEquals(2, statement.paragraphs().size());
        assertEquals(statement.pledges().size(), Pledges.of(STATEMENT).size());
    }

    @Test
    void writesAndReadsTheJsonContract() throws Exception {
        Statement statement = StatementParser.create().parse(STATEMENT);

        String json = Pledges.json(STATEMENT);

        assertTrue(json.startsWith("{\"id\":"), json);
        assertEquals(statement, StatementJson.read(json));
    }

    @Test
    void serviceLoaderFindsTheBuiltInParsersAndOurs() {
        List<String> ids = StatementParser.create().pageParserIds();

        assertTrue(ids.contains("bulletin"), ids::toString);
        assertTrue(ids.contains("generic"), ids::toString);
    }

    @Test
    void ourParserReadsOurSite() throws Exception {
        Page page = StatementParser.create().page(Input.of(STATEMENT)
                .withBaseUrl(URI.create("https://bulletin.example.net/2024/03/03/joint")));

        assertEquals("bulletin", page.source().parser());
        assertEquals(2, page.paragraphs().size());
    }

    @TestFactory
    Stream<DynamicTest> goldenFiles() {
        return GoldenFiles.of(new BulletinPageParser()).tests(Path.of("src/test/golden"));
    }
}
