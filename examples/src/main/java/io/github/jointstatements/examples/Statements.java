package io.github.jointstatements.examples;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the folder examples share: read every statement under a folder, report the rest. */
final class Statements {

    private Statements() {}

    /**
     * Reads every file of a known format under {@code folder}, in path order, and returns the
     * statements; a file that holds none is named on {@code err} and skipped.
     */
    static List<Statement> readFolder(Path folder, PrintStream err) throws IOException {
        StatementParser parser = StatementParser.create();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> Format.ofFileName(f.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        }
        List<Statement> statements = new ArrayList<>();
        for (Path file : files) {
            try {
                statements.add(parser.parse(file));
            } catch (ParseException e) {
                err.println("skipped: " + e.getMessage());
            }
        }
        return statements;
    }
}
