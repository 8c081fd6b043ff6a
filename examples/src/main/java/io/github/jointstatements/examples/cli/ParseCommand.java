package io.github.jointstatements.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Explanation;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parse}: reads statements and prints each as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read statements: parties, pledges, events, dates, acronyms.")
final class ParseCommand extends BatchCommand {

    @Option(names = "--explain",
            description = "Add to each statement an \"explanation\": the rule behind each fact.")
    boolean explain;

    @Override
    String resultKey() {
        return "statement";
    }

    @Override
    Object read(StatementParser parser, Input input) throws ParseException {
        if (!explain) {
            return parser.parse(input);
        }
        Explanation explanation = parser.explain(input);
        ObjectNode statement = Explaining.MAPPER.valueToTree(explanation.statement());
        statement.set("explanation", Explaining.MAPPER.valueToTree(explanation.facts()));
        return statement;
    }

    /** The mapper of {@code --explain}, built only when it is asked for. */
    private static final class Explaining {
        static final ObjectMapper MAPPER = StatementJson.newMapper();
    }
}
