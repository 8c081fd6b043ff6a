package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.KIND_WORD;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.RELAYER;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.TITLE_ISSUERS;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.beforeKind;
import static io.github.jointstatements.parsers.analysis.StateIssuers.joins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issuers a statement's title names: the persons of its byline or of its readout
 * ("Statement by President Joe Biden and Prime Minister Narendra Modi ...", "Readout of X's
 * Meeting with Y"), the parts of a title that may name states or organisations as issuers, and a
 * dashed pair of states that names what they share ("U.S.-China Economic and Trade Meeting").
 * Thread-safe.
 */
final class TitleIssuers {

    /** A dash that joins two names: "U.S.-China", "United States – Switzerland". */
    private static final Pattern NAME_DASH = Pattern.compile("[\\p{L}.)]\\s?[-–—]\\s?\\p{Lu}");
    /**
     * Nouns for what states named as a dashed pair hold or share: "U.S.-China Economic and Trade
     * Meeting", "United States-Cambodia Agreement", "U.S.-EU Task Force"; not "Russia-Ukraine War".
     */
    private static final Set<String> RELATION_NOUNS = Set.of("meeting", "meetings", "talks",
            "summit", "dialogue", "consultations", "agreement", "partnership", "relations",
            "relationship", "council", "commission", "committee", "group", "forum", "framework",
            "cooperation", "alliance", "force", "declaration", "initiative", "compact",
            "negotiations");
    /** Lower-case words that may come between a dashed pair and its relation noun. */
    private static final Set<String> RELATION_FILLERS = Set.of("and", "of", "for", "on", "a",
            "an", "the");
    /** How many words after a dashed pair may come before its relation noun. */
    private static final int MAX_RELATION_WORDS = 8;

    /** A call or meeting with someone in a title: "PM phone call with". */
    private static final Pattern CALL_WITH = Pattern.compile(
            "(?i)\\b(?:call|calls|meeting|meetings|talks|conversation)\\s+with\\s+");
    /** What ends a name after "with" in a title: a preposition, a colon, a date. */
    private static final Pattern COUNTERPART_END = Pattern.compile(
            "\\s*(?::|,|\\s(?:on|about|regarding|in|at|to|of|and)\\s|\\s\\d)");

    /** The chair or patron under whom a body meets: "under the chairmanship of". */
    private static final Pattern UNDER_CHAIR = Pattern.compile(
            "(?i),?\\s*\\bunder\\s+(?:the\\s+)?(?:chairmanship|chairpersonship|presidency|auspices"
            + "|patronage)\\s+of\\b");

    private final PersonFinder persons;

    TitleIssuers(PersonFinder persons) {
        this.persons = persons;
    }

    /**
     * Returns the named persons of the title's issuer part; without spokespersons and press
     * secretaries when {@code noRelayers} (they relay a joint statement, but issue their own).
     */
    List<PersonMention> titleIssuers(String title, boolean noRelayers) {
        if (title.isBlank()) {
            return List.of();
        }
        String part = title;
        boolean byline = false;
        String lower = title.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("readout")) {
            // "Statement by Press Secretary X on the Meeting Between Y and Z" is X's; a title
            // that names a meeting between its issuers names them all
            Matcher m = TITLE_ISSUERS.matcher(title);
            if (m.find() && !m.group().regionMatches(true, 0, "between", 0, 7)) {
                part = officeRunOn(title, m.start(1), m.group(1));
                // a bare name, or a name and then its office: "Statement from Jen Psaki on ...",
                // "Statement from Jeff Zients, White House COVID-19 Response Coordinator on ..."
                int comma = part.indexOf(',');
                byline = KIND_WORD.matcher(title.substring(0, m.start()).strip()).matches();
                Optional<PersonMention> bare = !byline ? Optional.empty() : persons.bareName(
                        comma < 0 ? part : part.substring(0, comma));
                if (bare.isPresent()) {
                    String office = comma < 0 ? "" : part.substring(comma + 1).strip()
                            .replaceAll(",$", "");
                    String name = bare.get().name();
                    return List.of(persons.find(office + " " + name).stream()
                            .filter(p -> p.name().equals(name) && p.role().isPresent())
                            .findFirst().orElse(bare.get()));
                }
            }
        }
        // the chair of the meeting that issues it is no issuer: "Final Communiqué of the 36th
        // Session of the GCC Supreme Council under the chairmanship of King ..."
        Matcher chair = UNDER_CHAIR.matcher(part);
        if (chair.find()) {
            part = part.substring(0, chair.start());
        }
        List<PersonMention> named = new ArrayList<>();
        int counterparts = part.indexOf(" with ");
        for (PersonMention m : persons.find(part)) {
            // a spokesperson relays, unless met or called: "... Call with Akif Cağatay Kiliç,
            // Spokesperson and Chief Advisor to the President of Türkiye"
            boolean counterpart = counterparts >= 0 && m.start() > counterparts;
            if (m.named() && !(noRelayers && !counterpart
                    && RELAYER.matcher(m.role().orElse("")).find())) {
                named.add(m);
            }
        }
        // a byline's issuers end where its verb begins: "Statement by President Joe Biden, ...,
        // and Prime Minister Narendra Modi Mourning Former Prime Minister Shinzo Abe"
        for (int i = 1; byline && i < named.size(); i++) {
            if (PersonFinder.holdsHeadlineStop(part.substring(named.get(i - 1).end(),
                    named.get(i).start()))) {
                named = new ArrayList<>(named.subList(0, i));
                break;
            }
        }
        // the counterparts of a meeting share their country: "Meeting with President Ghani and
        // Chairman Abdullah of Afghanistan"
        int with = part.indexOf(" with ");
        for (int i = named.size() - 2; i >= 0 && with >= 0; i--) {
            PersonMention m = named.get(i);
            PersonMention next = named.get(i + 1);
            if (m.start() > with && m.country().isEmpty() && m.organization().isEmpty()
                    && next.country().isPresent()
                    && part.substring(m.end(), next.start()).strip().equals("and")
                    && !part.substring(next.start(), next.end()).endsWith(next.name())) {
                named.set(i, new PersonMention(m.start(), m.end(), m.name(), m.nameTokens(),
                        m.role(), next.country(), m.organization(),
                        m.rule() + ", of the country of the counterpart named with them"));
            }
        }
        counterpartByName(part).ifPresent(named::add);
        return named;
    }

    /**
     * Returns the counterpart a title names by a bare name after a call or meeting with them,
     * where it names no other person after it, if the name is a head of state or government's
     * ("PM phone call with Barack Obama"); empty otherwise.
     */
    private Optional<PersonMention> counterpartByName(String part) {
        Matcher with = CALL_WITH.matcher(part);
        if (!with.find()) {
            return Optional.empty();
        }
        String rest = part.substring(with.end());
        Matcher stop = COUNTERPART_END.matcher(rest);
        String name = stop.find() ? rest.substring(0, stop.start()) : rest;
        if (persons.find(rest).stream().anyMatch(PersonMention::named)) {
            return Optional.empty();
        }
        // only a head of state or government the table knows by that name: a bare plural
        // ("Airline Leaders", "European Allies") is a group, not a person
        return persons.bareName(name).filter(m -> HeadsOfGovernment.byFullName(m.name())
                .isPresent()).map(m -> new PersonMention(with.end() + m.start(),
                with.end() + m.end(), m.name(), m.nameTokens(), m.role(), m.country(),
                m.organization(), "a bare name after a call or meeting with them"));
    }

    /**
     * Returns a byline's part, run on past a "to" that only seemed to end it where an office goes
     * on over it: "Statement by Press Secretary to the Vice President Kirsten Allen",
     * "Statement by Assistant to the President for National Security Affairs Jake Sullivan"; the
     * part as matched otherwise.
     */
    private String officeRunOn(String title, int start, String part) {
        int end = start + part.length();
        if (!title.startsWith(" to ", end)) {
            return part;
        }
        String rest = title.substring(start);
        for (PersonMention m : persons.find(rest)) {
            if (m.start() < part.length() && m.end() > part.length() && m.named()) {
                return rest.substring(0, m.end());
            }
        }
        return part;
    }

    /**
     * Returns the parts of a title that may name its issuers: what comes before the kind of document
     * ("United States–European Commission Joint Statement", "G7 Leaders’ Statement on Iran"),
     * else what follows "of", "from", "by" or "between" ("Joint Statement from the United States
     * and Norway on ..."), else what names a meeting ("Joint Statement on United States-Ukraine
     * Meeting").
     */
    static List<String> issuerParts(String title) {
        List<String> parts = new ArrayList<>();
        String before = beforeKind(title);
        if (before.chars().anyMatch(Character::isUpperCase)) {
            parts.add(before);
        }
        Matcher by = TITLE_ISSUERS.matcher(title);
        if (by.find()) {
            parts.add(by.group(1));
        }
        Matcher members = MEMBERS_OF.matcher(title);
        if (members.find()) {
            parts.add(members.group(1));
        }
        relationPair(title).ifPresent(parts::add);
        return parts;
    }

    /**
     * The states or bodies whose members a kind "of" names: "Joint Statement of the Foreign
     * Ministers of Brazil, Russia, India, China and South Africa", "Declaration of the Heads of
     * State of ..."; group 1 is the list, up to a topic's preposition.
     */
    private static final Pattern MEMBERS_OF = Pattern.compile(
            "(?i)\\b(?:statement|declaration|communiqu[eéÉ]|release)\\s+of\\s+(?:the\\s+)?"
            + "(?:[\\w-]+\\s+){0,3}?(?:ministers|leaders|presidents|governments|heads\\s+of\\s+"
            + "(?:state|government)(?:\\s+and\\s+government)?)\\s+of\\s+(.{3,300}?)(?=\\s+(?:on"
            + "|regarding|about|at|in|concerning|following|after|to)\\s|\\s*[(:]|$)");

    /**
     * Returns the first dashed pair of names in a title that names what they hold or share, with
     * the words up to that noun: "U.S.-China Economic and Trade Meeting", "United States –
     * Switzerland – Liechtenstein Agreement"; empty if none.
     */
    static Optional<String> relationPair(String title) {
        Matcher dash = NAME_DASH.matcher(title);
        while (dash.find()) {
            // back over the capitalised words of the first name
            int start = title.lastIndexOf(' ', dash.start()) + 1;
            while (start > 1) {
                int from = title.lastIndexOf(' ', start - 2) + 1;
                String word = title.substring(from, start - 1);
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    break;
                }
                start = from;
            }
            int at = dash.end() - 1;
            for (int words = 0; words < MAX_RELATION_WORDS && at < title.length(); words++) {
                int space = title.indexOf(' ', at);
                int end = space < 0 ? title.length() : space;
                String word = title.substring(at, end);
                int hyphen = Math.max(word.lastIndexOf('-'), word.lastIndexOf('–'));
                String noun = word.substring(hyphen + 1).replaceAll("[^\\p{L}]", "")
                        .toLowerCase(Locale.ROOT);
                if (words > 0 && RELATION_NOUNS.contains(noun)) {
                    return Optional.of(title.substring(start, end));
                }
                boolean joins = word.equals("–") || word.equals("—") || word.equals("-");
                if (!joins && !word.isEmpty() && !Character.isUpperCase(word.charAt(0))
                        && !RELATION_FILLERS.contains(noun)) {
                    break;
                }
                at = end + 1;
            }
        }
        return Optional.empty();
    }
}
