package io.github.jointstatements.examples.cli;

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

    /** Returns the command line, configured, ready to execute. */
    static CommandLine commandLine() {
        return new CommandLine(new JointStatementsCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: parse, page or bench");
    }
}
