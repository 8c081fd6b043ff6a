package io.github.jointstatements.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
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
 * goes on; the exit status is 0 if every input was read, 1 if any failed, and stack traces go to
 * standard error only with {@code --debug}. Inputs are read on all cores ({@code --threads}), a
 * bounded window of them at a time, so a batch of any size runs in flat memory.
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

    @Option(names = "--threads", paramLabel = "N",
            description = "Inputs read at once; results still print in input order"
                    + " (default: the ${DEFAULT-VALUE} cores of this machine).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "A progress bar on standard error: auto (runs over a second, output to"
                    + " a file, errors to a terminal), always or never (default: ${DEFAULT-VALUE}).")
    Progress.Mode progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Returns the key of the result in the envelope: "statement" or "page". */
    abstract String resultKey();

    /** Reads one input into the object printed under {@link #resultKey()}. */
    abstract Object read(StatementParser parser, Input input) throws ParseException;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1: " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatementParser parser = StatementParser.create();
        List<Inputs.Item> items = Inputs.expand(inputs);
        boolean single = items.size() == 1 && pretty;
        ObjectWriter writer = single ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
        boolean[] failed = {false};
        try (Progress bar = Progress.start(progress, spec.name(), items.size(), err)) {
            InOrder.forEach(items.iterator(), Math.min(threads, Math.max(1, items.size())),
                    item -> answer(parser, item, single, writer),
                    answer -> {
                        out.println(answer.line());
                        if (answer.failure() != null) {
                            failed[0] = true;
                            if (debug) {
                                out.flush();
                                answer.failure().printStackTrace(err);
                                err.flush();
                            }
                        }
                        bar.step();
                    },
                    () -> {
                        out.flush();
                        err.flush();
                    });
        }
        return failed[0] ? 1 : 0;
    }

    /** What is printed for one input: its line, and the failure it reports, if any. */
    private record Answer(String line, Throwable failure) {}

    /** Reads one input into its line; runs on a worker thread, and never throws for bad input. */
    private Answer answer(StatementParser parser, Inputs.Item item, boolean single,
            ObjectWriter writer) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("input", item.name());
        Throwable failure;
        try {
            if (item.problem().isPresent()) {
                throw item.problem().get();
            }
            Object result = read(parser, toInput(item));
            if (single) {
                return new Answer(write(writer, result), null);
            }
            envelope.put(resultKey(), result);
            return new Answer(write(writer, envelope), null);
        } catch (ParseException e) {
            failure = e;
            envelope.put("error", error(e.reason().name(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not take the batch down: answer this input and go on
            failure = e;
            envelope.put("error", error(ParseException.Reason.INTERNAL.name(),
                    "joint-statements failed: " + e + " (" + item.name() + ")"));
        } catch (OutOfMemoryError e) {
            // what the input held is garbage once unwound: the run can go on
            failure = e;
            envelope.put("error", error(ParseException.Reason.TOO_LARGE.name(),
                    "ran out of memory (" + item.name() + "): give java more with -Xmx,"
                            + " or split the input"));
        }
        return new Answer(write(writer, envelope), failure);
    }

    private static Map<String, String> error(String type, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("message", message);
        return error;
    }

    private static Input toInput(Inputs.Item item) throws ParseException {
        if (item.url() != null) {
            try {
                return Input.of(new URI(item.url()));
            } catch (URISyntaxException e) {
                throw new ParseException(item.name(), ParseException.Stage.READ,
                        ParseException.Reason.UNREADABLE, null, "not a valid URL: "
                                + e.getMessage(), e);
            }
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
