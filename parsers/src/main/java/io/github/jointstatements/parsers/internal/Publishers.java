package io.github.jointstatements.parsers.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The table of issuer hosts and the institutions that publish on them. Thread-safe. */
public final class Publishers {

    private static final Map<String, String> BY_HOST = load();

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
