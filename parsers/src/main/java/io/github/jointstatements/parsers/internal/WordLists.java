package io.github.jointstatements.parsers.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the data tables that live in resources: UTF-8 text, one entry per line, {@code #} starts
 * a comment line, blank lines are skipped.
 */
public final class WordLists {

    private WordLists() {}

    /**
     * Returns the entries of the resource {@code name}, relative to {@code anchor}'s package.
     *
     * @throws IllegalStateException if the resource is missing: a packaging bug
     */
    public static List<String> load(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to "
                        + anchor.getName());
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /**
     * Returns the items of a table's column that lists several, separated by {@code |}
     * ("Viet Nam|Vietnam"), each stripped, blank items left out; empty for a blank column.
     */
    public static List<String> items(String column) {
        List<String> items = new ArrayList<>();
        for (String item : column.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
