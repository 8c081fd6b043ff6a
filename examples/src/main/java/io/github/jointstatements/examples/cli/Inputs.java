package io.github.jointstatements.examples.cli;

import io.github.jointstatements.parsers.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's arguments into inputs: files, folders read recursively, URLs. */
final class Inputs {

    private Inputs() {}

    /** An input to read: a file or a URL, as named on the command line or found in a folder. */
    record Item(String name, Path path, String url) {}

    /**
     * Returns the inputs the arguments name, in order: a folder's files of a known format in
     * sorted path order; a file or URL as given.
     */
    static List<Item> expand(List<String> arguments) {
        List<Item> items = new ArrayList<>();
        for (String argument : arguments) {
            String lower = argument.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                items.add(new Item(argument, null, argument));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> Format.ofFileName(f.getFileName().toString()).isPresent())
                            .sorted()
                            .forEach(f -> items.add(new Item(f.toString(), f, null)));
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable folder is answered as one failed input, not a crash
                    items.add(new Item(argument, path, null));
                }
            } else {
                items.add(new Item(argument, path, null));
            }
        }
        return items;
    }
}
