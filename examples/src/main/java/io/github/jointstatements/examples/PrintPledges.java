package io.github.jointstatements.examples;

import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.nio.file.Path;

/**
 * Example: prints who pledged what in a statement.
 *
 * <pre>java -cp joint-statements.jar io.github.jointstatements.examples.PrintPledges FILE</pre>
 */
public final class PrintPledges {

    private PrintPledges() {}

    /** Reads the statement named by the first argument and prints its pledges. */
    public static void main(String[] args) throws ParseException {
        if (args.length != 1) {
            System.err.println("usage: PrintPledges FILE");
            System.exit(2);
        }
        StatementParser parser = StatementParser.create();
        Statement statement = parser.parse(Path.of(args[0]));
        System.out.println(statement.title().orElse("(untitled)") + " — "
                + statement.date().map(Object::toString).orElse("undated"));
        for (Pledge pledge : statement.pledges()) {
            System.out.printf("%-13s %s %s: %s%n", pledge.kind(), String.join(" and ",
                    pledge.actors()), pledge.verb(), pledge.action().orElse(pledge.text()));
        }
    }
}
