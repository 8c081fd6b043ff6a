package io.github.jointstatements.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's own command line ({@code -h} lists its options), and skips
 * {@link ArchiveBenchmark} with a message when the archive folder is absent, so that a checkout
 * without the archive still runs everything else.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    /** Runs JMH with the given arguments; exits non-zero if the run fails. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions command;
        try {
            command = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (command.shouldHelp() || command.shouldList() || command.shouldListWithParams()
                || command.shouldListProfilers() || command.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Options options = command;
        Collection<String> archives = command.getParameter("archive")
                .orElse(List.of(Documents.DEFAULT_ARCHIVE));
        for (String archive : archives) {
            if (!Files.isDirectory(Path.of(archive))) {
                System.err.println("Skipping ArchiveBenchmark: no archive folder at "
                        + Path.of(archive).toAbsolutePath().normalize()
                        + " (give it with -p archive=DIR)");
                options = new OptionsBuilder().parent(command)
                        .exclude(ArchiveBenchmark.class.getName()).build();
                break;
            }
        }
        try {
            new Runner(options).run();
        } catch (RunnerException e) {
            System.err.println("Benchmarks failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
