package io.github.jointstatements.examples;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Example: the README's tour of the API in one program. It reads a statement from a file, from
 * a string and from bytes that came from an address; prints its pledges and events; writes it
 * as JSON and reads it back.
 *
 * <pre>java -cp joint-statements.jar io.github.jointstatements.examples.ApiTour FILE</pre>
 */
public final class ApiTour {

    private ApiTour() {}

    /**
     * Takes the statement in the file named by the first argument on the tour.
     *
     * @param args the file
     * @throws ParseException if the file holds no statement
     * @throws IOException if the file cannot be read or the JSON cannot be read back
     */
    public static void main(String[] args) throws ParseException, IOException {
        if (args.length != 1) {
            System.err.println("usage: ApiTour FILE");
            System.exit(2);
        }
        Path file = Path.of(args[0]);

        // one parser for the whole program: it is immutable and thread-safe
        StatementParser parser = StatementParser.create();

        // a file: .html, .txt, or .md with YAML front matter; the extension tells the format
        Statement statement = parser.parse(file);

        // a string: the format is told from the text
        Statement fromString = parser.parse(Files.readString(file, StandardCharsets.UTF_8));

        // bytes from elsewhere (an HTTP response, a WARC record): name them, and say where they
        // came from, which resolves links and lets a site's own page parser recognise the page
        byte[] bytes = Files.readAllBytes(file);
        Statement fromBytes = parser.parse(Input.of(bytes, "crawl-0042")
                .withBaseUrl(URI.create("https://blog.example.com/2023/02/joint-statement.html"))
                .withCharset(StandardCharsets.UTF_8));

        System.out.println(statement.title().orElse("(untitled)") + ", "
                + statement.date().map(Object::toString).orElse("undated")
                + ", read by parser " + statement.source().parser());
        System.out.println("same statement, same id: "
                + (statement.id().equals(fromString.id()) && statement.id().equals(fromBytes.id())));

        // who pledged what, with the words it rests on
        for (Pledge pledge : statement.pledges()) {
            System.out.println(pledge.kind() + ": " + String.join(" and ", pledge.actors()) + " "
                    + pledge.verb() + " " + pledge.action().orElse(""));
            System.out.println("  evidence: " + pledge.evidence().in(statement.paragraphs()));
        }

        // the events it reports or schedules, dated as precisely as the text allows
        for (Event event : statement.events()) {
            System.out.println(event.date().map(PartialDate::toString).orElse("undated") + " "
                    + event.status() + " " + event.name());
        }

        // the JSON contract: one document, and JSON Lines for many
        String json = StatementJson.write(statement);
        Statement back = StatementJson.read(json);
        System.out.println("JSON round trip equal: " + back.equals(statement));
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        StatementJson.writeLines(List.of(statement), out);
    }
}
