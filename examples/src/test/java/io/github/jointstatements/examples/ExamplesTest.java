package io.github.jointstatements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.examples.customparser.ReadWithCustomParser;
import io.github.jointstatements.parsers.StatementParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example program runs on the bundled samples; the working directory is examples/. */
class ExamplesTest {

    private static final Path SEED = Path.of("samples/rok-us-defense-ministerial-2023.txt");
    private static final Path ARCHIVE = Path.of("samples/archive");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeEach
    void captureStandardOutput() {
        stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardOutput() {
        System.setOut(stdout);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printPledgesPrintsTheTitleAndOneLinePerPledge() throws Exception {
        Statement statement = StatementParser.create().parse(SEED);

        PrintPledges.main(new String[] {SEED.toString()});

        List<String> lines = printed().lines().toList();
        assertThat(lines.get(0)).startsWith(statement.title().orElseThrow());
        assertThat(lines).hasSize(1 + statement.pledges().size());
    }

    @Test
    void apiTourReadsTheSampleThreeWaysAndRoundTripsItsJson() throws Exception {
        Statement statement = StatementParser.create().parse(SEED);

        ApiTour.main(new String[] {SEED.toString()});

        List<String> lines = printed().lines().toList();
        assertThat(lines.get(0)).startsWith(statement.title().orElseThrow());
        assertThat(lines).contains("same statement, same id: true", "JSON round trip equal: true")
                .hasSize(3 + 2 * statement.pledges().size() + statement.events().size() + 1);
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"id\":\"" + statement.id() + "\"");
    }

    @Test
    void pledgesToCsvWritesAHeaderAndOneRowPerPledgeOfTheFolder(@TempDir Path temp)
            throws Exception {
        Path csv = temp.resolve("pledges.csv");
        int pledges = Statements.readFolder(ARCHIVE, System.err).stream()
                .mapToInt(s -> s.pledges().size()).sum();

        PledgesToCsv.main(new String[] {ARCHIVE.toString(), csv.toString()});

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("statementId,statementDate,statementTitle,kind,verb,"
                + "actors,action,timeframe,paragraph,start,end,text");
        assertThat(PledgesToCsvTest.rows(Files.readString(csv))).hasSize(pledges);
    }

    @Test
    void eventTimelinePrintsEveryEventOfTheFolderAndTheCount() throws Exception {
        int events = Statements.readFolder(ARCHIVE, System.err).stream()
                .mapToInt(s -> s.events().size()).sum();

        EventTimeline.main(new String[] {ARCHIVE.toString()});

        List<String> lines = printed().lines().toList();
        assertThat(lines).hasSize(events + 1).last().isEqualTo(events + " events");
    }

    @Test
    void readWithCustomParserFindsTheExampleParserThroughServiceLoader() throws Exception {
        ReadWithCustomParser.main(new String[] {
            "samples/press-room/us-uk-consultations-indo-pacific.html",
            "https://press.example.org/releases/2022/03/11/us-uk-consultations-indo-pacific"});

        assertThat(printed())
                .contains("parser:    example-press-room")
                .contains("title:     Joint Statement on U.S.-UK Consultations on the Indo-Pacific")
                .contains("date:      2022-03-11")
                .contains("location:  Washington")
                .contains("publisher: The White House");
    }
}
