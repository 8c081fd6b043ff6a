package io.github.jointstatements.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code parse} and {@code page} share: the inputs, the JSON Lines envelope, the exit
 * status. Each input gets exactly one line, in input order; a failure is a line with an
 * {@code error} ({@code type}: a {@link ParseException.Reason} name; {@code message}) and the run
 * goes on. The exit status is 0 if every input was read, 1 if any failed; stack traces go to
 * standard error only with {@code --debug}.
 */
abstract class BatchCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = StatementJson.newMapper();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL",
            description = "HTML, .txt or .md files, folders (read recursively), or URLs.")
    List<String> inputs;

    @Option(names = "--pretty",
            description = "With a single input, print the result alone, indented.")
    boolean pretty;

    @Option(names = "--debug", description = "Print stack traces of failures on standard error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Returns the key of the result in the envelope: "statement" or "page". */
    abstract String resultKey();

    /** Reads one input into the object printed under {@link #resultKey()}. */
    abstract Object read(StatementParser parser, Input input) throws ParseException;

    /** The answer to one input: its envelope, and whether it failed. */
    record Answer(Map<String, Object> envelope, boolean failed) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatementParser parser = StatementParser.create();
        List<Inputs.Item> items = Inputs.expand(inputs);
        boolean single = items.size() == 1 && pretty;
        boolean failed = false;
        for (Inputs.Item item : items) {
            Answer answer = answer(parser, item, err);
            failed |= answer.failed();
            Object printed = single && !answer.failed()
                    ? answer.envelope().get(resultKey()) : answer.envelope();
            out.println(write(single ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer(),
                    printed));
            out.flush();
        }
        err.flush();
        return failed ? 1 : 0;
    }

    /**
     * Answers one input: never throws, whatever the input holds, so that one input cannot take
     * the run down.
     */
    Answer answer(StatementParser parser, Inputs.Item item, PrintWriter err) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("input", item.name());
        try {
            if (item.problem().isPresent()) {
                throw item.problem().get();
            }
            envelope.put(resultKey(), read(parser, toInput(item)));
            return new Answer(envelope, false);
        } catch (ParseException e) {
            envelope.put("error", error(e.reason().name(), e.getMessage()));
            trace(err, item, e);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not take the batch down: answer this input and go on
            envelope.put("error", error(ParseException.Reason.INTERNAL.name(),
                    "joint-statements failed: " + e + " (" + item.name() + ")"));
            trace(err, item, e);
        } catch (OutOfMemoryError e) {
            // what the input held is garbage once unwound: the run can go on
            envelope.put("error", error(ParseException.Reason.TOO_LARGE.name(),
                    "ran out of memory (" + item.name() + "): give java more with -Xmx, or"
                            + " split the input"));
            trace(err, item, e);
        }
        return new Answer(envelope, true);
    }

    private void trace(PrintWriter err, Inputs.Item item, Throwable e) {
        if (debug) {
            err.println("joint-statements: " + item.name() + ":");
            e.printStackTrace(err);
            err.flush();
        }
    }

    private static Map<String, String> error(String type, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("message", message);
        return error;
    }

    private static Input toInput(Inputs.Item item) throws ParseException {
        if (item.url() != null) {
            throw new ParseException(item.name(), ParseException.Stage.READ,
                    ParseException.Reason.UNREADABLE, null,
                    "reading URLs is not supported yet", null);
        }
        return Input.of(item.path());
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
