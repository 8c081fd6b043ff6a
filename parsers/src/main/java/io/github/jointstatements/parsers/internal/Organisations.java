package io.github.jointstatements.parsers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The international organisations statements name ({@code organizations.tsv}: names,
 * abbreviations, other names), loaded once for both layers: the analysis compiles {@link
 * #table()} into its gazetteer, and the page layer, which knows no gazetteer, finds them in a
 * short text with {@link #first} and {@link #last}. The table lives here, below both layers, so
 * that neither reads the other's resources. Names match in any case on word boundaries,
 * abbreviations with their exact case ("OAS", not "oas"). Immutable and thread-safe.
 */
public final class Organisations {

    private static final String TABLE = "organizations.tsv";

    /**
     * One organisation of the table.
     *
     * @param name its own English name ("North Atlantic Treaty Organization")
     * @param abbreviations the abbreviations statements use, the usual one first ("NATO")
     * @param otherNames other names it goes by ("North Atlantic Alliance")
     */
    public record Organisation(String name, List<String> abbreviations, List<String> otherNames) {

        /** Copies the lists. */
        public Organisation {
            abbreviations = List.copyOf(abbreviations);
            otherNames = List.copyOf(otherNames);
        }
    }

    /** One way the table writes an organisation, and the organisation's own name. */
    private record Form(String text, boolean abbreviation, String name) {}

    private static final List<Organisation> TABLE_ROWS = load();

    private static final List<Form> FORMS = forms(TABLE_ROWS);

    /** Returns the organisations of the table, in its order. */
    public static List<Organisation> table() {
        return TABLE_ROWS;
    }

    /**
     * Returns the table's own name of the organisation that the whole of {@code text} names
     * ("Peace and Security Council" gives "African Union Peace and Security Council", "OAS" gives
     * "Organization of American States"): names in any case, abbreviations in their exact case, a
     * leading "the" ignored; empty when the text is no name of the table's.
     */
    public static Optional<String> named(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "the ", 0, 4)) {
            t = t.substring(4).strip();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (Form form : FORMS) {
            if (form.abbreviation() ? form.text().equals(t) : form.text().equals(lower)) {
                return Optional.of(form.name());
            }
        }
        return Optional.empty();
    }

    private Organisations() {}

    /** An organisation found in a text: where it starts and ends, and its name. */
    public record Found(int start, int end, String name) {}

    /**
     * Returns the organisation mentioned last in {@code text} (the one a chain "the Authority of
     * the Heads of State of the Economic Community of West African States (ECOWAS)" ends with):
     * its name as the text writes it when the text writes a name ("Shanghai Cooperation
     * Organization"), the table's name when it writes an abbreviation only; empty when the text
     * names none.
     */
    public static Optional<Found> last(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Found best = null;
        boolean abbreviated = false;
        for (Form form : FORMS) {
            String hay = form.abbreviation() ? text : lower;
            int at = hay.lastIndexOf(form.text());
            while (at >= 0 && !onWordBoundaries(text, at, at + form.text().length())) {
                at = at == 0 ? -1 : hay.lastIndexOf(form.text(), at - 1);
            }
            if (at < 0) {
                continue;
            }
            int end = at + form.text().length();
            // the later mention wins; at the same place, the longer ("Council of the European
            // Union" over "European Union")
            if (best == null || at > best.start() && end >= best.end() || end > best.end()) {
                String name = form.abbreviation() ? form.name() : text.substring(at, end);
                best = new Found(at, end, name);
                abbreviated = form.abbreviation();
            }
        }
        // "the Shanghai Cooperation Organization (hereinafter ... SCO)": the name the text
        // writes for the organisation it abbreviates
        return abbreviated ? Optional.of(writtenOut(best, lower, text)) : Optional.ofNullable(best);
    }

    /**
     * Returns the organisation mentioned first in {@code text}, named as {@link #last} names it;
     * empty when the text names none.
     */
    public static Optional<Found> first(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Found best = null;
        boolean abbreviated = false;
        for (Form form : FORMS) {
            String hay = form.abbreviation() ? text : lower;
            int at = hay.indexOf(form.text());
            while (at >= 0 && !onWordBoundaries(text, at, at + form.text().length())) {
                at = hay.indexOf(form.text(), at + 1);
            }
            if (at < 0) {
                continue;
            }
            int end = at + form.text().length();
            // the earlier mention wins; at the same place, the longer
            if (best == null || at < best.start() || at == best.start() && end > best.end()) {
                best = new Found(at, end, form.abbreviation() ? form.name() : text.substring(at, end));
                abbreviated = form.abbreviation();
            }
        }
        return abbreviated ? Optional.of(writtenOut(best, lower, text)) : Optional.ofNullable(best);
    }

    /** An abbreviation's organisation, named as the text writes it out when it does. */
    private static Found writtenOut(Found best, String lower, String text) {
        for (Form form : FORMS) {
            if (!form.abbreviation() && form.name().equals(best.name())) {
                int at = lower.indexOf(form.text());
                if (at >= 0 && onWordBoundaries(text, at, at + form.text().length())) {
                    return new Found(best.start(), best.end(),
                            text.substring(at, at + form.text().length()));
                }
            }
        }
        return best;
    }

    private static boolean onWordBoundaries(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static List<Form> forms(List<Organisation> table) {
        List<Form> forms = new ArrayList<>();
        for (Organisation o : table) {
            forms.add(new Form(o.name().toLowerCase(Locale.ROOT), false, o.name()));
            for (String abbreviation : o.abbreviations()) {
                forms.add(new Form(abbreviation, true, o.name()));
            }
            for (String other : o.otherNames()) {
                forms.add(new Form(other.toLowerCase(Locale.ROOT), false, o.name()));
            }
        }
        return List.copyOf(forms);
    }

    private static List<Organisation> load() {
        List<Organisation> table = new ArrayList<>();
        for (String line : WordLists.load(Organisations.class, TABLE)) {
            String[] columns = line.split("\t", -1);
            if (columns.length > 3 || columns[0].isBlank()) {
                throw new IllegalStateException("expected at most 3 tab-separated columns in "
                        + TABLE + ": \"" + line + "\"");
            }
            table.add(new Organisation(columns[0].strip(),
                    columns.length > 1 ? WordLists.items(columns[1]) : List.of(),
                    columns.length > 2 ? WordLists.items(columns[2]) : List.of()));
        }
        return List.copyOf(table);
    }
}
