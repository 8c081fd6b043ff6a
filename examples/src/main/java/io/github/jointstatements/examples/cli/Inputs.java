package io.github.jointstatements.examples.cli;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.ParseException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Expands the command line's arguments into inputs: files, folders read recursively, URLs. */
final class Inputs {

    private Inputs() {}

    /**
     * An input to read: a file or a URL, as named on the command line or found in a folder; or
     * an argument that is already known to fail (an empty or unreadable folder), with its error.
     */
    record Item(String name, Path path, String url, Optional<ParseException> problem) {

        static Item file(Path path) {
            return new Item(path.toString(), path, null, Optional.empty());
        }

        static Item failed(String name, ParseException.Reason reason, String detail) {
            return new Item(name, null, null, Optional.of(new ParseException(name,
                    ParseException.Stage.READ, reason, null, detail, null)));
        }
    }

    /**
     * Returns the inputs the arguments name, in order: a folder's files of a known format in
     * sorted path order; a file or URL as given. Every argument yields at least one item, so
     * that each is answered: a folder without such files, or one that cannot be listed, yields
     * a failed item.
     */
    static List<Item> expand(List<String> arguments) {
        List<Item> items = new ArrayList<>();
        for (String argument : arguments) {
            String lower = argument.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                items.add(new Item(argument, null, argument, Optional.empty()));
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                items.add(Item.failed(argument, ParseException.Reason.UNREADABLE,
                        "not a valid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(path)) {
                items.addAll(folder(argument, path));
            } else {
                items.add(new Item(argument, path, null, Optional.empty()));
            }
        }
        return items;
    }

    private static List<Item> folder(String argument, Path folder) {
        List<Path> files = new ArrayList<>();
        List<Item> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()
                            && Format.ofFileName(file.getFileName().toString()).isPresent()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a subfolder or file that cannot be listed is answered, not skipped
                    unreadable.add(Item.failed(file.toString(),
                            ParseException.Reason.UNREADABLE, "cannot read: " + e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of(Item.failed(argument, ParseException.Reason.UNREADABLE,
                    "cannot read the folder: " + e));
        }
        List<Item> items = new ArrayList<>();
        files.stream().sorted().map(Item::file).forEach(items::add);
        items.addAll(unreadable);
        items.sort((a, b) -> a.name().compareTo(b.name()));
        if (items.isEmpty()) {
            items.add(Item.failed(argument, ParseException.Reason.EMPTY,
                    "a folder without .html, .htm, .txt or .md files"));
        }
        return items;
    }
}
