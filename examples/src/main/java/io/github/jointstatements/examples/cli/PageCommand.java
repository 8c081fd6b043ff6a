package io.github.jointstatements.examples.cli;

import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import picocli.CommandLine.Command;

/** {@code page}: reads the main text and metadata of any page and prints it as JSON. */
@Command(name = "page", mixinStandardHelpOptions = true,
        description = "Read the main text and metadata of any page, statement or not.")
final class PageCommand extends BatchCommand {

    @Override
    String resultKey() {
        return "page";
    }

    @Override
    Object read(StatementParser parser, Input input) throws ParseException {
        return parser.page(input);
    }
}
