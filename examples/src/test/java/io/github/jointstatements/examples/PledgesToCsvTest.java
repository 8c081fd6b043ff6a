package io.github.jointstatements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.Party;
import io.github.jointstatements.core.PartyKind;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.PledgeKind;
import io.github.jointstatements.core.Source;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.StatementKind;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PledgesToCsvTest {

    /** Reads CSV with a header back into one map per row. */
    static List<Map<String, String>> rows(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void quotesWhatCsvMustQuoteAndKeepsTheEvidence() throws IOException {
        String sentence = "Ruritania and Freedonia pledged to \"deepen\" trade, energy and, in 2025,"
                + " security ties.";
        Statement statement = Statement.builder()
                .id("js-1")
                .kind(StatementKind.JOINT_STATEMENT)
                .title("Joint Statement, with a comma")
                .date(LocalDate.of(2024, 3, 3))
                .source(Source.builder().parser("text").build())
                .addParty(Party.builder().name("Ruritania").kind(PartyKind.STATE).build())
                .addParty(Party.builder().name("Freedonia").kind(PartyKind.STATE).build())
                .addParagraph("Intro.")
                .addParagraph(sentence)
                .addPledge(Pledge.builder()
                        .kind(PledgeKind.PLEDGE)
                        .verb("pledged")
                        .addActor("Ruritania")
                        .addActor("Freedonia")
                        .action("to \"deepen\" trade, energy and, in 2025, security ties")
                        .text(sentence)
                        .evidence(Evidence.of(1, 0, sentence.length()))
                        .build())
                .build();
        StringWriter out = new StringWriter();

        int written = PledgesToCsv.write(List.of(statement), out);

        assertThat(written).isEqualTo(1);
        List<Map<String, String>> rows = rows(out.toString());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("statementTitle", "Joint Statement, with a comma")
                    .containsEntry("statementDate", "2024-03-03")
                    .containsEntry("kind", "PLEDGE")
                    .containsEntry("actors", "Ruritania; Freedonia")
                    .containsEntry("timeframe", "")
                    .containsEntry("paragraph", "1")
                    .containsEntry("start", "0")
                    .containsEntry("end", Integer.toString(sentence.length()))
                    .containsEntry("text", sentence);
        });
    }

    @Test
    void writesTheHeaderEvenWithoutPledges() throws IOException {
        StringWriter out = new StringWriter();

        assertThat(PledgesToCsv.write(List.of(), out)).isZero();

        assertThat(out.toString()).startsWith("statementId,statementDate,").endsWith("text\n")
                .hasLineCount(1);
    }
}
