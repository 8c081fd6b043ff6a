package io.github.jointstatements.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code joint-statements} command line: {@code parse} reads statements, {@code page} reads
 * the main text and metadata of any page; both print one JSON line per input.
 */
@Command(name = "joint-statements", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads joint statements, declarations, communiqués and readouts into JSON.",
        subcommands = {ParseCommand.class, PageCommand.class, BenchCommand.class})
public final class JointStatementsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status: 0, 1 if an input failed, 2 on bad usage. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Returns the command line, ready to execute: bad usage is answered with a message and the
     * usage on standard error and status 2; an unexpected failure with one line on standard
     * error (its stack trace only with {@code --debug}) and status 1.
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new JointStatementsCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            err.println("joint-statements: " + e);
            if (failed.getCommand() instanceof BatchCommand batch && batch.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: parse, page or bench");
    }
}
