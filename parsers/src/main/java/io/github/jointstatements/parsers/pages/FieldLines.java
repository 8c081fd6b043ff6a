package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.Reposts;
import io.github.jointstatements.parsers.internal.SlashedDates;
import io.github.jointstatements.parsers.internal.Titles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a header line of fields ("Date: 22/06/2019 | Source: Naenara News | Read original version
 * at source", "Date: March 4, 2024", "Date | 25, November 2014", "10/06/2025 | Press release |
 * Distributed by ..."): its dates, in the order written, and the publisher its source field
 * names. Stateless.
 */
final class FieldLines {

    /** A field of a metadata line ("Press release", "10/06/2025") has at most this many words. */
    private static final int MAX_FIELD_WORDS = 8;

    /** "25, November 2014": a comma after the day a date field's value may carry. */
    private static final Pattern DAY_COMMA = Pattern.compile("^(\\d{1,2}),(?=\\s)");

    private FieldLines() {}

    /** What a line of fields says: its dates in the order written, the first source's publisher. */
    record Fields(List<LocalDate> dates, Optional<String> source) {}

    /**
     * Returns the fields of {@code line}, or empty when it is no line of fields; an ambiguous
     * date with slashes is read in the page's {@code order}.
     */
    static Optional<Fields> read(String line, SlashedDates.Order order) {
        String key = Lines.key(line);
        if (!key.startsWith("date:") && !(key.contains(" | ") && (key.contains("date:")
                || key.startsWith("date |") || isMetadata(line)))) {
            return Optional.empty();
        }
        List<LocalDate> dates = new ArrayList<>(2);
        Optional<String> source = Optional.empty();
        String[] fields = line.split("\\|");
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i].strip();
            String k = Lines.key(f);
            if (k.equals("date") && i + 1 < fields.length) {
                // "Date | 25, November 2014": the label, then the date
                String value = DAY_COMMA.matcher(fields[i + 1].strip()).replaceFirst("$1");
                LineDates.dateOfLine(value, order).ifPresent(dates::add);
            } else if (k.startsWith("date:")) {
                LineDates.dateOfLine(f.substring(5).strip(), order).ifPresent(dates::add);
            } else if (!f.isEmpty() && LineDates.dateOfLine(f, order).isPresent()) {
                dates.add(LineDates.dateOfLine(f, order).get()); // "NEWS | April 26, 2024"
            } else if (k.startsWith("source:") && source.isEmpty()) {
                source = Reposts.publisherNamed(f.substring(7));
            }
        }
        return Optional.of(new Fields(List.copyOf(dates), source));
    }

    /** What a labelled field of a document's record names. */
    enum Label { TITLE, PLACE, DATE, SOURCE, TEXT }

    /** A labelled field of a document's record: its label and value (empty for "[Full text]"). */
    record Labelled(Label label, String value) {}

    /**
     * A labelled field of a document database's record: "[Title] Bishkek Declaration of ...",
     * "[Place] Bishkek", "[Date] June 14, 2019", "[Source] Shanghai Cooperation Organization
     * Secretariat", "[Full text]"; or, with a colon, "Title: ...", "Venue: ...".
     */
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:\\[(title|place|venue|location|date|source|issued by|full text|text)\\]"
                    + "|(title|place|venue|location|issued by):)\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    /** Returns the labelled field {@code line} is, or empty when it is none. */
    static Optional<Labelled> labelled(String line) {
        java.util.regex.Matcher m = LABELLED.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = Lines.key(m.group(1) != null ? m.group(1) : m.group(2));
        String value = m.group(3).strip();
        Label kind = switch (label) {
            case "title" -> Label.TITLE;
            case "place", "venue", "location" -> Label.PLACE;
            case "date" -> Label.DATE;
            case "source", "issued by" -> Label.SOURCE;
            default -> Label.TEXT;
        };
        if (kind != Label.TEXT && value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(kind, value));
    }

    /**
     * "10/06/2025 | Press release | Distributed by ...": short fields between bars, one of them a
     * date or a release label.
     */
    private static boolean isMetadata(String line) {
        boolean marked = false;
        for (String field : line.split("\\|")) {
            String f = field.strip();
            if (Titles.words(f) > MAX_FIELD_WORDS) {
                return false;
            }
            marked |= PageChrome.isHeaderLabel(f) || LineDates.dateOfLine(f).isPresent()
                    || LineDates.SLASHED_DATE.matcher(f).find();
        }
        return marked;
    }
}
