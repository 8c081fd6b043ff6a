package io.github.jointstatements.examples;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.net.URI;
import java.time.Duration;

/**
 * Example: reads a statement from a URL and prints it as JSON. The parser fetches the page
 * itself, within the limits it was built with: timeouts, a redirect limit, a size cap; it takes
 * the charset and format from the response's {@code Content-Type} and resolves links against the
 * address finally reached.
 *
 * <pre>java -cp joint-statements.jar io.github.jointstatements.examples.ReadFromUrl URL</pre>
 */
public final class ReadFromUrl {

    private ReadFromUrl() {}

    /**
     * Reads the statement at the URL given as the first argument and prints it as indented JSON.
     *
     * @param args the URL
     * @throws ParseException if the page cannot be fetched (an HTTP error, a timeout, a redirect
     *     loop, a type that is not a page) or holds no statement
     */
    public static void main(String[] args) throws ParseException {
        if (args.length != 1) {
            System.err.println("usage: ReadFromUrl URL");
            System.exit(2);
        }
        StatementParser parser = StatementParser.builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .build();
        Statement statement = parser.parse(URI.create(args[0]));
        System.out.println(StatementJson.writePretty(statement));
    }
}
