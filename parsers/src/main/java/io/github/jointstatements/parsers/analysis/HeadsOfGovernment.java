package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern WORD_GAPS = Pattern.compile("[\\s,]+");
    /**
     * The heads of the table by the last word of their names' forms, in the table's order: a
     * name matches only forms that end with its own last word.
     */
    private static final Map<String, List<Head>> HEADS_BY_LAST_WORD = index(load());

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
        for (Head h : headsNamed(words)) {
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
        for (Head h : headsNamed(words)) {
            if (h.forms().contains(words)) {
                if (found != null && !found[1].equals(h.country())) {
                    return Optional.empty();
                }
                found = new String[] {h.office(), h.country()};
            }
        }
        return Optional.ofNullable(found);
    }

    /** Returns the heads with a form that ends with the last of {@code words}, in table order. */
    private static List<Head> headsNamed(List<String> words) {
        return HEADS_BY_LAST_WORD.getOrDefault(words.get(words.size() - 1), List.of());
    }

    private static Map<String, List<Head>> index(List<Head> heads) {
        Map<String, List<Head>> index = new HashMap<>();
        for (Head h : heads) {
            for (List<String> form : h.forms()) {
                if (!form.isEmpty()) {
                    List<Head> named = index.computeIfAbsent(form.get(form.size() - 1),
                            k -> new ArrayList<>());
                    if (named.isEmpty() || named.get(named.size() - 1) != h) {
                        named.add(h);
                    }
                }
            }
        }
        Map<String, List<Head>> copy = new HashMap<>();
        index.forEach((word, named) -> copy.put(word, List.copyOf(named)));
        return Map.copyOf(copy);
    }

    private static boolean sameName(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        return a.size() == 1 || b.size() == 1 || a.get(0).charAt(0) == b.get(0).charAt(0);
    }

    /** Returns a name's words in lower case, without accents, suffixes and initials. */
    static List<String> words(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> words = new ArrayList<>();
        for (String w : WORD_GAPS.split(plain)) {
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
