package io.github.jointstatements.examples;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.Statement;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Example: writes every pledge of a folder of statements as CSV, one row per pledge, with the
 * statement it comes from and the evidence that locates it, using Jackson's CSV module.
 *
 * <pre>java -cp joint-statements.jar io.github.jointstatements.examples.PledgesToCsv DIR [OUT.csv]</pre>
 */
public final class PledgesToCsv {

    /** One CSV row: a pledge and where it comes from. */
    @JsonPropertyOrder({"statementId", "statementDate", "statementTitle", "kind", "verb",
        "actors", "action", "timeframe", "paragraph", "start", "end", "text"})
    record Row(String statementId, String statementDate, String statementTitle, String kind,
            String verb, String actors, String action, String timeframe, int paragraph,
            int start, int end, String text) {

        static Row of(Statement statement, Pledge pledge) {
            return new Row(statement.id(),
                    statement.date().map(Object::toString).orElse(""),
                    statement.title().orElse(""),
                    pledge.kind().name(),
                    pledge.verb(),
                    String.join("; ", pledge.actors()),
                    pledge.action().orElse(""),
                    pledge.timeframe().map(Object::toString).orElse(""),
                    pledge.evidence().paragraph(),
                    pledge.evidence().start(),
                    pledge.evidence().end(),
                    pledge.text());
        }
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private PledgesToCsv() {}

    /**
     * Reads the statements under the folder named by the first argument and writes their
     * pledges as CSV to the file named by the second, or to standard output.
     *
     * @param args the folder, and optionally the CSV file to write
     * @throws IOException if the folder cannot be read or the CSV cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PledgesToCsv DIR [OUT.csv]");
            System.exit(2);
        }
        List<Statement> statements = Statements.readFolder(Path.of(args[0]), System.err);
        if (args.length == 2) {
            try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                int rows = write(statements, out);
                System.err.println(rows + " pledges from " + statements.size() + " statements");
            }
        } else {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            write(statements, out);
            out.flush();
        }
    }

    /**
     * Writes the pledges of the statements as CSV with a header row; the writer is not closed.
     *
     * @return the number of pledge rows written
     */
    static int write(List<Statement> statements, Writer out) throws IOException {
        int rows = 0;
        try (SequenceWriter csv = CSV.writer(SCHEMA)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            for (Statement statement : statements) {
                for (Pledge pledge : statement.pledges()) {
                    csv.write(Row.of(statement, pledge));
                    rows++;
                }
            }
        }
        return rows;
    }
}
