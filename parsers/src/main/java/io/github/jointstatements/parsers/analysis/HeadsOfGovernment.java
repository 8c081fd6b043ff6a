package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Places a person a statement names by office and name alone ("President Macron", "Chancellor
 * Scholz", "Prime Minister Kishida Fumio") in the country whose head of state or government they
 * are, from the table {@code heads-of-government.tsv}. A name matches a form of the table when
 * both end with the same word and one is that word alone or both start with the same letter
 * ("Joseph R. Biden, Jr." and "Joe Biden"), generational suffixes and initials aside; the office
 * must have the table's head ("Prime Minister of Japan" is a "Prime Minister"). A name and office
 * that two countries share place nobody. Thread-safe: the table is read once.
 */
final class HeadsOfGovernment {

    private record Head(String country, String office, List<List<String>> forms) {
    }

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final List<Head> HEADS = load();

    private HeadsOfGovernment() {}

    /**
     * Returns the country of the head of state or government whose office has the head
     * {@code officeHead} and whose name is {@code name}; empty if none, or more than one country.
     */
    static Optional<String> countryOf(String officeHead, String name) {
        List<String> words = words(name);
        if (words.isEmpty() || officeHead.isEmpty()) {
            return Optional.empty();
        }
        Set<String> found = new HashSet<>();
        for (Head h : HEADS) {
            if (h.office().equalsIgnoreCase(officeHead)
                    && h.forms().stream().anyMatch(f -> sameName(f, words))) {
                found.add(h.country());
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * Returns the office and country ({@code [office, country]}) of the one head of state or
     * government the table names by this full name ("Barack Obama"), of two words or more;
     * empty if none or several.
     */
    static Optional<String[]> byFullName(String name) {
        List<String> words = words(name);
        if (words.size() < 2) {
            return Optional.empty();
        }
        String[] found = null;
        for (Head h : HEADS) {
            if (h.forms().contains(words)) {
                if (found != null && !found[1].equals(h.country())) {
                    return Optional.empty();
                }
                found = new String[] {h.office(), h.country()};
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean sameName(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        return a.size() == 1 || b.size() == 1 || a.get(0).charAt(0) == b.get(0).charAt(0);
    }

    /** Returns a name's words in lower case, without accents, suffixes and initials. */
    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[\\s,]+")) {
            String word = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (word.length() > 1 && !SUFFIXES.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<Head> load() {
        List<Head> heads = new ArrayList<>();
        for (String row : WordLists.load(HeadsOfGovernment.class, "heads-of-government.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 4) {
                throw new IllegalStateException("heads-of-government.tsv: expected 4 columns: \""
                        + row + "\"");
            }
            List<List<String>> forms = new ArrayList<>();
            for (String form : cols[2].split("\\|")) {
                forms.add(words(form));
            }
            heads.add(new Head(cols[0].strip(), cols[1].strip(), List.copyOf(forms)));
        }
        return List.copyOf(heads);
    }
}
