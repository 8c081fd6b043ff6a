package io.github.jointstatements.parsers.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The table of issuer hosts and the institutions that publish on them. Thread-safe. */
public final class Publishers {

    private static final Map<String, String> BY_HOST = load();

    /** The institutions of the table by the letters of their names, "the" and "U.S." aside. */
    private static final Map<String, String> BY_NAME = byName(BY_HOST);

    private Publishers() {}

    /** Returns the institution publishing on {@code host} or on a domain it belongs to. */
    public static Optional<String> forHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        while (true) {
            String name = BY_HOST.get(h);
            if (name != null) {
                return Optional.of(name);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    /**
     * Returns the institution of the table that a page names as its source ("U.S Department of
     * State" gives "U.S. Department of State", "the White House" gives "The White House"),
     * compared by letters, a leading "the" and "United States" / "U.S." alike; empty when the
     * name is not one of the table's.
     */
    public static Optional<String> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(nameKey(name)));
    }

    private static Map<String, String> byName(Map<String, String> byHost) {
        Map<String, String> table = new HashMap<>();
        for (String name : byHost.values()) {
            table.putIfAbsent(nameKey(name), name);
        }
        return Map.copyOf(table);
    }

    private static String nameKey(String name) {
        String text = Lines.key(name);
        String key = Titles.letters(text.startsWith("the ") ? text.substring(4) : text);
        if (key.startsWith("unitedstates")) {
            key = "us" + key.substring("unitedstates".length());
        }
        return key;
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        for (String row : WordLists.load(Publishers.class,
                "/io/github/jointstatements/parsers/pages/publishers.tsv")) {
            int tab = row.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("publishers.tsv: no tab in row \"" + row + "\"");
            }
            table.put(row.substring(0, tab).strip(), row.substring(tab + 1).strip());
        }
        return Map.copyOf(table);
    }
}
