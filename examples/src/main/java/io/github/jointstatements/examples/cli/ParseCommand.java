package io.github.jointstatements.examples.cli;

import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import picocli.CommandLine.Command;

/** {@code parse}: reads statements and prints each as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read statements: parties, pledges, events, dates, acronyms.")
final class ParseCommand extends BatchCommand {

    @Override
    String resultKey() {
        return "statement";
    }

    @Override
    Object read(StatementParser parser, Input input) throws ParseException {
        return parser.parse(input);
    }
}
