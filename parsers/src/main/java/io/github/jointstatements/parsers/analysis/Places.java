package io.github.jointstatements.parsers.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The gazetteer mentions of one text, indexed by where they start and end. Not thread-safe. */
final class Places {

    private final List<Mention> all;
    private final Map<Integer, Mention> byStart = new HashMap<>();
    private final Map<Integer, Mention> byEnd = new HashMap<>();

    Places(List<Mention> mentions) {
        this.all = List.copyOf(mentions);
        for (Mention m : mentions) {
            byStart.put(m.start(), m);
            byEnd.put(m.end(), m);
        }
    }

    /** Returns every mention, left to right. */
    List<Mention> all() {
        return all;
    }

    /** Returns the mention that starts at {@code offset}, or null. */
    Mention startingAt(int offset) {
        return byStart.get(offset);
    }

    /** Returns the mention that ends at {@code offset}, or null. */
    Mention endingAt(int offset) {
        return byEnd.get(offset);
    }
}
