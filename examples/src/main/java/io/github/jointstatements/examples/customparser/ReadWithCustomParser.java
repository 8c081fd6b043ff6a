package io.github.jointstatements.examples.customparser;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.net.URI;
import java.nio.file.Path;

/**
 * Example: reads a page of {@code press.example.org} saved to a file. {@link StatementParser}
 * finds {@link PressRoomPageParser} with {@link java.util.ServiceLoader} and chooses it by the
 * page's address; nothing else is configured.
 *
 * <pre>java -cp joint-statements-examples.jar:... io.github.jointstatements.examples.customparser.ReadWithCustomParser FILE URL</pre>
 */
public final class ReadWithCustomParser {

    private ReadWithCustomParser() {}

    /**
     * Reads the page in the file named by the first argument as if read from the address given
     * by the second, and prints what was read and by which parser.
     *
     * @param args the file and the address it was saved from
     * @throws ParseException if the page holds no statement
     */
    public static void main(String[] args) throws ParseException {
        if (args.length != 2) {
            System.err.println("usage: ReadWithCustomParser FILE URL");
            System.exit(2);
        }
        Statement statement = StatementParser.create()
                .parse(Input.of(Path.of(args[0])).withBaseUrl(URI.create(args[1])));
        System.out.println("parser:    " + statement.source().parser());
        System.out.println("title:     " + statement.title().orElse("(none)"));
        System.out.println("date:      " + statement.date().map(Object::toString).orElse("(none)"));
        System.out.println("location:  " + statement.location().orElse("(none)"));
        System.out.println("publisher: " + statement.publisher().orElse("(none)"));
        System.out.println("paragraphs " + statement.paragraphs().size() + ", parties "
                + statement.parties().size() + ", pledges " + statement.pledges().size()
                + ", events " + statement.events().size());
    }
}
