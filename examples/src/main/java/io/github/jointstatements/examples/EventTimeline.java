package io.github.jointstatements.examples;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.core.Statement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Example: builds one timeline of the events that a folder of statements reports or schedules:
 * dated events in date order (a month before the days within it), then the undated ones, each
 * with its status and the statement that mentions it.
 *
 * <pre>java -cp joint-statements.jar io.github.jointstatements.examples.EventTimeline DIR</pre>
 */
public final class EventTimeline {

    /** An event and the statement that mentions it. */
    record Entry(Event event, Statement statement) {

        /** Dated entries first, by date; then undated ones, by the statement's date. */
        static final Comparator<Entry> ORDER = Comparator
                .comparing((Entry e) -> e.event().date().orElse(null),
                        Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
                .thenComparing(e -> e.statement().date().orElse(null),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(e -> e.event().name());

        /** Returns the line printed for this entry. */
        String line() {
            String when = event.date().map(PartialDate::toString).orElse("undated");
            String acronym = event.acronym().map(a -> " (" + a + ")").orElse("");
            String where = event.location().map(l -> ", " + l).orElse("");
            return String.format(Locale.ROOT, "%-10s  %-7s  %-10s %s%s%s  [%s]", when,
                    event.status(), event.kind(), event.name(), acronym, where,
                    statement.title().orElse(statement.id()));
        }
    }

    private EventTimeline() {}

    /**
     * Reads the statements under the folder named by the first argument and prints the
     * timeline of their events.
     *
     * @param args the folder
     * @throws IOException if the folder cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EventTimeline DIR");
            System.exit(2);
        }
        List<Statement> statements = Statements.readFolder(Path.of(args[0]), System.err);
        print(timeline(statements), System.out);
    }

    /** Returns every event of the statements, in timeline order. */
    static List<Entry> timeline(List<Statement> statements) {
        List<Entry> entries = new ArrayList<>();
        for (Statement statement : statements) {
            for (Event event : statement.events()) {
                entries.add(new Entry(event, statement));
            }
        }
        entries.sort(Entry.ORDER);
        return entries;
    }

    /** Prints one line per entry. */
    static void print(List<Entry> timeline, PrintStream out) {
        for (Entry entry : timeline) {
            out.println(entry.line());
        }
        out.println(timeline.size() + " events");
    }
}
