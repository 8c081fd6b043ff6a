package io.github.jointstatements.parsers.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the person a statement names as its author on a line of its own, at its end or above
 * it, rather than in its title or opening: an attribution ("– Press Secretary Karine
 * Jean-Pierre", "-Karoline Leavitt, White House Press Secretary", "— Jake Sullivan") or a byline
 * ("Jake Sullivan, National Security Advisor", "ANTONY J. BLINKEN, SECRETARY OF STATE"). The line
 * must be the person and nothing else: a name and an office, in either order, after an optional
 * dash. Thread-safe.
 */
final class AttributionLines {

    /** How many paragraphs at the end of the body may hold the line. */
    private static final int EDGE_PARAGRAPHS = 2;
    /** How many words the line may have. */
    private static final int MAX_WORDS = 14;
    private static final Pattern LEADING_DASH = Pattern.compile("^[-–—]+\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;,]+$");
    /** A generational suffix after a comma at the end of a line: "Joseph R. Biden, Jr.". */
    private static final Pattern GENERATION = Pattern.compile(",\\s*(?:Jr|Sr)\\.?$");
    /** How many signatures a block may hold: a declaration of many states' ministers. */
    private static final int MAX_SIGNATURES = 20;
    /** The most words of a line of the page's own under a signature block: "End of content". */
    private static final int MAX_TRAILER_WORDS = 6;
    /** Words kept in lower case when a line in capitals is read as a title. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "for", "and", "to", "on",
            "in", "at", "de", "von", "der", "van", "bin", "al");

    private final PersonFinder persons;
    private final Offices offices;

    AttributionLines(PersonFinder persons, Offices offices) {
        this.persons = persons;
        this.offices = offices;
    }

    /**
     * Returns the person of the attribution line among the last paragraphs of the body, past
     * short lines only, else of a byline that is its first paragraph; empty if there is none.
     */
    Optional<PersonMention> find(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        int last = sentences.get(sentences.size() - 1).paragraph();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Sentence s = sentences.get(i);
            if (s.paragraph() <= last - EDGE_PARAGRAPHS
                    || s.text().split("\\s+").length > MAX_WORDS) {
                break; // only short lines may follow a line that signs the statement
            }
            Optional<PersonMention> found = aloneInParagraph(sentences, i);
            if (found.isPresent()) {
                return found;
            }
        }
        // a byline above the statement: its first paragraph
        return aloneInParagraph(sentences, 0);
    }

    /**
     * Returns the persons of a signature block that ends the body: two to {@value
     * #MAX_SIGNATURES} paragraphs under the text they sign, each a person with an office
     * ("President Joseph R. Biden, Jr.", "Yoko Kamikawa, Minister for Foreign Affairs of Japan"),
     * or a name over a line with the office; empty if the body does not end so.
     */
    List<PersonMention> signatures(List<Sentence> sentences) {
        List<PersonMention> found = new ArrayList<>();
        int i = sentences.size() - 1;
        // a short line of the page's own under the block: "Fim do conteúdo da página"
        if (i > 0 && alone(sentences, i) && line(sentences.get(i).text()).isEmpty()
                && sentences.get(i).text().split("\\s+").length <= MAX_TRAILER_WORDS
                && !offices.officeEnd(sentences.get(i).text(), 0).isPresent()) {
            i--;
        }
        while (i >= 0 && found.size() <= MAX_SIGNATURES && alone(sentences, i)) {
            Optional<PersonMention> signed = line(sentences.get(i).text())
                    .filter(m -> m.role().isPresent());
            if (signed.isEmpty() && i > 0 && alone(sentences, i - 1)) {
                // a name over its office: "Yoko Kamikawa" then "Minister for Foreign Affairs"
                signed = line(sentences.get(i - 1).text() + ", " + sentences.get(i).text())
                        .filter(m -> m.role().isPresent());
                if (signed.isPresent()) {
                    i--;
                }
            }
            if (signed.isEmpty()) {
                break;
            }
            found.add(0, signed.get());
            i--;
        }
        // a block under the text it signs, not a body of names alone
        return i >= 0 && found.size() >= 2 && found.size() <= MAX_SIGNATURES ? found
                : List.of();
    }

    private static boolean alone(List<Sentence> sentences, int i) {
        Sentence s = sentences.get(i);
        return (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
                && (i + 1 == sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph());
    }

    /** Returns the person of sentence {@code i} if it is a paragraph of its own and a byline. */
    private Optional<PersonMention> aloneInParagraph(List<Sentence> sentences, int i) {
        if (!alone(sentences, i)) {
            return Optional.empty();
        }
        Optional<PersonMention> found = line(sentences.get(i).text());
        // a line among others like it is an item of a list of names, not an attribution
        if (found.isPresent() && (i > 0 && line(sentences.get(i - 1).text()).isPresent()
                || i + 1 < sentences.size() && line(sentences.get(i + 1).text()).isPresent())) {
            return Optional.empty();
        }
        return found;
    }

    /**
     * Returns the person a line names and nothing else: "– Deputy Press Secretary Andrew Bates",
     * "Jake Sullivan, National Security Advisor"; empty otherwise.
     */
    Optional<PersonMention> line(String text) {
        String t = TRAILING.matcher(LEADING_DASH.matcher(text.strip()).replaceFirst(""))
                .replaceFirst("");
        t = GENERATION.matcher(t).replaceFirst("");
        if (t.isEmpty() || t.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        if (t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)) {
            t = titleCase(t);
        }
        // an office and a name: "Press Secretary Karine Jean-Pierre"
        List<PersonMention> found = persons.find(t);
        if (found.size() == 1 && found.get(0).named() && found.get(0).start() == 0
                && found.get(0).end() == t.length()) {
            return Optional.of(found.get(0));
        }
        // a name, then its office: "Karoline Leavitt, White House Press Secretary"
        int comma = t.indexOf(',');
        Optional<PersonMention> bare = persons.bareName(comma < 0 ? t : t.substring(0, comma));
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        if (comma < 0) {
            // a bare name only after a dash: "— Jake Sullivan"; not a heading of two words
            return LEADING_DASH.matcher(text.strip()).lookingAt() ? bare : Optional.empty();
        }
        String office = t.substring(comma + 1).strip();
        String withOffice = office + " " + bare.get().name();
        for (PersonMention m : persons.find(withOffice)) {
            if (m.named() && m.name().equals(bare.get().name()) && m.start() == 0) {
                return Optional.of(m);
            }
        }
        OptionalInt end = offices.officeEnd(office, 0);
        return end.isPresent() && end.getAsInt() == office.length() ? Optional.of(
                new PersonMention(bare.get().start(), bare.get().end(), bare.get().name(),
                        bare.get().nameTokens(), Optional.of(office), Optional.empty(),
                        Optional.empty(), "a name, then its office")) : Optional.empty();
    }

    /** Returns a line in capitals as a title: "SECRETARY OF STATE" gives "Secretary of State". */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean first = true;
        for (String word : text.split(" ", -1)) {
            if (!first) {
                out.append(' ');
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (!first && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                StringBuilder w = new StringBuilder(lower.length());
                boolean up = true;
                for (int i = 0; i < lower.length(); i++) {
                    char c = lower.charAt(i);
                    w.append(up ? Character.toUpperCase(c) : c);
                    up = !Character.isLetter(c) && c != '’' && c != '\'';
                }
                out.append(w);
            }
            first = false;
        }
        return out.toString();
    }
}
