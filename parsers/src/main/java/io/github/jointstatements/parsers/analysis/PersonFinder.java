package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.GIVEN_NAME_STOPS;
import static io.github.jointstatements.parsers.analysis.NameWords.HONORIFICS;
import static io.github.jointstatements.parsers.analysis.NameWords.NAME_STOPS;
import static io.github.jointstatements.parsers.analysis.NameWords.NOT_NAMES;
import static io.github.jointstatements.parsers.analysis.NameWords.OPENING_HONORIFICS;
import static io.github.jointstatements.parsers.analysis.NameWords.SUFFIXES;
import static io.github.jointstatements.parsers.analysis.NameWords.isAllCaps;
import static io.github.jointstatements.parsers.analysis.NameWords.isInitial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds persons named with an office or an honorific, and offices named alone, in one pass over a
 * text's tokens.
 *
 * <p>A mention is an optional country modifier ("ROK", "Australian", "United Kingdom"), an office
 * from {@link Offices} or a run of offices joined by commas and "and" ("Chinese Communist Party
 * Politburo Member, Director of the Office of the Foreign Affairs Commission, and Foreign Minister
 * Wang Yi"), an optional "of &lt;country&gt;" ("the Prime Minister of the Kingdom of Thailand"),
 * honorifics ("H.E. Dr."), and a name: capitalised words, initials, particles ("bin", "von der")
 * and a generational suffix. A name may also follow an honorific alone ("H.E. Sheikh Tahnoun bin
 * Zayed Al Nahyan of the UAE"). An "of &lt;country&gt;" after the name places the person.
 * Thread-safe.
 *
 * <p>The finder runs its readers: {@link OfficeHolders} (an office and a name),
 * {@link PluralOffices} ("Presidents Biden and Lula"), {@link HonorificNames} (honorifics and a
 * name), {@link NameFirstOffices} (a name, then its office after a comma: "Jon Finer, Principal
 * Deputy National Security Advisor,"), over the words of {@link NameWords}.
 */
final class PersonFinder {

    /** How many words a bare name may have: "Karine Jean-Pierre", "Elizabeth Sherwood-Randall". */
    private static final int BARE_NAME_WORDS = 4;
    /** A plural "counterparts" just before a list of persons. */
    private static final Pattern COUNTERPARTS = Pattern.compile("\\bcounterparts,?\\s*$");
    private static final int COUNTERPARTS_REACH = 20;
    /** What joins the persons of a list: ", ", " and ", ", and ". */
    /**
     * What sets an office off from the name before it: a comma, past the name's post-nominal
     * letters ("H.E. Uhuru Kenyatta, C.G.H, President of the Republic of Kenya").
     */
    private static final Pattern POST_NOMINAL_GAP = Pattern.compile(
            ",\\s(?:\\p{Lu}(?:\\.?\\p{Lu}){1,5}\\.?,\\s)?");
    /**
     * A counterpart named after the adjective of their country: "his Saudi counterpart Prince
     * Faisal Bin Farhan", "his Vietnamese counterpart, Nguyen Xuan Phuc".
     */
    private static final Pattern COUNTERPART = Pattern.compile(
            "\\s+counterpart,?\\s+(?:the\\s+)?$");
    /** A name after "his Vietnamese counterpart": its start is the match's end. */
    private static final Pattern COUNTERPART_NAME = Pattern.compile(
            "\\b(?:his|her|their)\\s+\\p{Lu}[\\p{L}-]{2,30}\\s+counterpart,?\\s+");
    /** How far before a name "&lt;adjective&gt; counterpart" may stand. */
    private static final int COUNTERPART_REACH = 20;
    /** A verb that two sides do together: " co-hosted", " co-chaired", " jointly". */
    private static final Pattern TWO_SIDES_VERB = Pattern.compile(
            "\\s+(?:co-?\\p{Ll}+|jointly)\\b");
    /** What joins two persons of one coordination: " and ", ", and ". */
    private static final Pattern COORDINATED = Pattern.compile(",?\\s+and\\s+");
    private static final Pattern LIST_GAP = Pattern.compile(",?\\s+(?:and\\s+)?|,\\s*");
    /** An abbreviation in parentheses just before an office: " (ROK) ". */
    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile(
            "\\s*\\(\\p{Lu}[\\p{Lu}.]{1,9}\\)\\s*$");
    private static final int ABBREVIATION_REACH = 16;
    /** The longest text between a name and the office set off after it: ", the ". */
    private static final int GAP = 6;
    /** Styles written before a name that give way to the office written after it. */
    private static final Set<String> STYLES = Set.of("Senator", "Sheikh", "Sheikha", "Shaikh",
            "Prince", "Princess");
    /** A word of a bare name: "Psaki", "Jean-Pierre", "O’Rourke". */
    private static final Pattern BARE_NAME_WORD = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[-’'\\p{Lu}]\\p{L}+)?");

    private final Gazetteer gazetteer;
    private final Offices offices;
    private final OfficeHolders holders;
    private final PluralOffices plurals;
    /** Heads of an office some ministries write in lower case after a name: ", minister of". */
    static final Set<String> LOWER_HEADS = Set.of("minister", "secretary");

    private final HonorificNames honorifics;
    private final NameFirstOffices nameFirst;
    private final NameReader names;

    PersonFinder(Gazetteer gazetteer, Offices offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        NameReader names = new NameReader(offices);
        this.names = names;
        this.holders = new OfficeHolders(offices, names, new OfficeRoles(offices));
        this.nameFirst = new NameFirstOffices(offices, names, holders);
        this.plurals = new PluralOffices(offices, names);
        this.honorifics = new HonorificNames(names, offices);
    }

    /**
     * Returns the person that {@code text} names by a bare name and nothing else, as a title's
     * issuer part may ("Statement from Jen Psaki on ...", "Statement by Jake Sullivan on ..."):
     * two to four capitalised words or initials, none an office, a state, an organisation, an
     * institution or a headline's verb; empty otherwise. The mention has no role or country.
     */
    Optional<PersonMention> bareName(String text) {
        String name = text.strip();
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > BARE_NAME_WORDS
                || !BARE_NAME_WORD.matcher(words[words.length - 1]).matches()) {
            return Optional.empty();
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!(BARE_NAME_WORD.matcher(w).matches() || isInitial(w))
                    || isAllCaps(w) && !isInitial(w) || NOT_NAMES.contains(lower)
                    || NAME_STOPS.contains(lower) || GIVEN_NAME_STOPS.contains(lower)
                    || HONORIFICS.contains(w) || SUFFIXES.contains(w)) {
                return Optional.empty();
            }
        }
        if (!gazetteer.find(name).isEmpty()) {
            return Optional.empty();
        }
        for (int at = 0; at >= 0; at = name.indexOf(' ', at + 1)) {
            // "Joe President Biden"
            if (offices.officeEnd(name, at == 0 ? 0 : at + 1).isPresent()) {
                return Optional.empty();
            }
        }
        int start = text.indexOf(name);
        return Optional.of(new PersonMention(start, start + name.length(), name,
                List.of(words), Optional.empty(), Optional.empty(), Optional.empty(),
                "a bare name"));
    }

    /**
     * Returns whether {@code text} holds a word that ends a name where a Title Case headline
     * runs on, as its verb ("Mourning", "Marking", "Host").
     */
    static boolean holdsHeadlineStop(String text) {
        return NameWords.holdsHeadlineStop(text);
    }

    /** Returns the mentions in {@code text}, left to right, not overlapping. */
    List<PersonMention> find(String text) {
        return find(text, Token.tokenize(text), new Places(gazetteer.find(text)));
    }

    /** Returns the mentions in {@code text}, whose tokens and gazetteer mentions are given. */
    List<PersonMention> find(String text, List<Token> tokens, Places places) {
        List<PersonMention> found = new ArrayList<>();
        int previousEnd = 0; // the end of the last person named: offices before it are theirs
        int skip = 0; // the end of the last mention, named or not
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isCapitalized() && token.start() >= skip && !found.isEmpty()
                    && LOWER_HEADS.contains(token.text()) && tokens.get(i - 1).text().equals(",")
                    && found.get(found.size() - 1).end() == tokens.get(i - 1).start()) {
                // an office in lower case set off after a name, as some ministries write it:
                // "Dr. Kang Kyung-wha, minister of Foreign Affairs of the ROK," read capitalised
                String capitalised = text.substring(0, token.start())
                        + Character.toUpperCase(text.charAt(token.start()))
                        + text.substring(token.start() + 1);
                PersonMention last = found.get(found.size() - 1);
                PersonMention office = at(capitalised, tokens, places, i, previousEnd);
                if (office != null && appositive(capitalised, last, office)) {
                    found.set(found.size() - 1, withOffice(last, office));
                    skip = office.end();
                    previousEnd = office.end();
                }
                continue;
            }
            if (!token.isCapitalized() || token.start() < skip) {
                continue;
            }
            PersonMention mention = at(text, tokens, places, i, previousEnd);
            if (mention == null) {
                List<PersonMention> several = plurals.plural(text, tokens, places, i);
                if (!several.isEmpty()) {
                    found.addAll(several);
                    skip = several.get(several.size() - 1).end();
                    previousEnd = skip;
                    continue;
                }
                mention = nameFirst.read(text, tokens, places, i, this::bareName);
            }
            if (mention != null && !found.isEmpty()
                    && appositive(text, found.get(found.size() - 1), mention)) {
                found.set(found.size() - 1, withOffice(found.get(found.size() - 1), mention));
                skip = mention.end();
                previousEnd = mention.end();
            } else if (mention != null && possessor(text, tokens, mention)) {
                skip = mention.end(); // "President Biden’s Special Advisor ...": another's office
            } else if (mention != null) {
                found.add(mention);
                skip = mention.end();
                if (mention.named()) {
                    previousEnd = mention.end();
                }
            }
        }
        shareCounterpartsCountry(text, found);
        if (text.contains("counterpart ") || text.contains("counterpart,")) {
            counterpartNames(text, tokens, places, found);
            counterpartsCountry(text, places, found);
        }
        countryBeforeAbbreviation(text, places, found);
        officeOfThePreviousName(text, found);
        officeBeforeAStyle(text, found);
        coordinatedCountry(text, places, found);
        return found;
    }

    /**
     * Gives a person placed nowhere, joined by "and" to a person whose country is written
     * before their office, that country: "Australian Minister for Foreign Affairs Penny Wong and
     * Deputy Prime Minister and Minister for Defence Richard Marles hosted Republic of Korea
     * Minister of Foreign Affairs Cho Tae-yul and Minister of National Defense Shin Won-sik".
     * (Not from a country the text does not write before the office: "Secretary Blinken and
     * Foreign Minister Wang Yi"; nor for two who co-host or co-chair: "U.S. Special Presidential
     * Coordinator X and Deputy Prime Minister Y co-hosted".)
     */
    private static void coordinatedCountry(String text, Places places,
            List<PersonMention> found) {
        for (int i = 1; i < found.size(); i++) {
            // past an office read alone within the next one's: "Deputy Prime Minister" of
            // "Deputy Prime Minister and Minister for Defence Richard Marles"
            int j = i - 1;
            while (j > 0 && !found.get(j).named()) {
                j--;
            }
            PersonMention first = found.get(j);
            PersonMention next = found.get(i);
            int gapEnd = found.get(j + 1).start();
            if (!first.named() || !next.named() || first.country().isEmpty()
                    || next.country().isPresent() || next.organization().isPresent()
                    || next.role().isEmpty() || gapEnd < first.end()
                    || !COORDINATED.matcher(text).region(first.end(), gapEnd).matches()
                    || !countryWrittenBefore(text, places, first)
                    || TWO_SIDES_VERB.matcher(text).region(next.end(), text.length())
                            .lookingAt()) {
                continue;
            }
            found.set(i, new PersonMention(next.start(), next.end(), next.name(),
                    next.nameTokens(), next.role(), first.country(), next.organization(),
                    next.rule() + ", of the country of the person joined to them"));
        }
    }

    /** Returns whether a country's name or adjective opens a person's office, or precedes it. */
    private static boolean countryWrittenBefore(String text, Places places, PersonMention m) {
        Mention at = places.startingAt(m.start());
        Mention before = m.start() > 0 && text.charAt(m.start() - 1) == ' '
                ? places.endingAt(m.start() - 1) : null;
        for (Mention c : new Mention[] {at, before}) {
            if (c != null && c.entity().type() == EntityType.COUNTRY
                    && c.entity().countryCode().equals(m.country())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives an office read as the next person's to the person named just before it, when the
     * next name has honorifics of its own after the office's comma: "At the invitation of H.E.
     * Nana Mensah, President of the Republic of Ghana, H.E. Faure Kodjo, President of the
     * Togolese Republic, paid ..." (Mensah is Ghana's President, Kodjo Togo's).
     */
    private void officeOfThePreviousName(String text, List<PersonMention> found) {
        for (int i = 1; i < found.size(); i++) {
            PersonMention before = found.get(i - 1);
            PersonMention m = found.get(i);
            int nameAt = m.named() ? text.indexOf(m.name(), m.start()) : -1;
            if (!before.named() || before.role().isPresent() || nameAt < 0 || nameAt > m.end()
                    || m.role().isEmpty() || !POST_NOMINAL_GAP.matcher(text).region(before.end(),
                            m.start()).matches()) {
                continue;
            }
            String office = text.substring(m.start(), nameAt);
            int comma = office.lastIndexOf(", ");
            if (comma < 0 || !honorificsOnly(office.substring(comma + 2))) {
                continue;
            }
            List<PersonMention> read = find(office.substring(0, comma));
            if (read.size() != 1 || read.get(0).named() || read.get(0).role().isEmpty()) {
                continue;
            }
            PersonMention theirs = read.get(0);
            found.set(i - 1, new PersonMention(before.start(), m.start() + comma, before.name(),
                    before.nameTokens(), theirs.role(), before.country().or(theirs::country),
                    before.organization().or(theirs::organization),
                    before.rule() + ", then its office"));
            PersonMention next = new PersonMention(m.start() + comma + 2, m.end(), m.name(),
                    m.nameTokens(), Optional.empty(), Optional.empty(), Optional.empty(),
                    "honorific + name");
            // and the office set off after the next name is the next name's
            if (i + 1 < found.size() && appositive(text, next, found.get(i + 1))) {
                next = withOffice(next, found.remove(i + 1));
            }
            found.set(i, next);
        }
    }

    /**
     * Gives an office without a name to the styled name that follows it past honorifics alone:
     * "Foreign Minister of Saudi Arabia HH Prince Faisal bin Farhan Al Saud" is the minister, not
     * a prince without a country.
     */
    private static void officeBeforeAStyle(String text, List<PersonMention> found) {
        for (int i = 1; i < found.size(); i++) {
            PersonMention office = found.get(i - 1);
            PersonMention m = found.get(i);
            if (office.named() || office.role().isEmpty() || !m.named()
                    || m.role().isPresent() && !STYLES.contains(m.role().get())
                    || m.start() < office.end() || m.start() - office.end() > GAP) {
                continue;
            }
            String gap = text.substring(office.end(), m.start());
            if (!gap.isBlank() && !honorificsOnly(gap)) {
                continue;
            }
            found.set(i - 1, new PersonMention(office.start(), m.end(), m.name(), m.nameTokens(),
                    office.role(), office.country().or(m::country),
                    office.organization().or(m::organization),
                    "office, then a styled name"));
            found.remove(i);
        }
    }

    /** Returns whether the words are honorifics alone, at least one: "H.E. ", "H.E. Mr. ". */
    private static boolean honorificsOnly(String words) {
        String[] parts = words.strip().split("\\s+");
        if (words.isBlank()) {
            return false;
        }
        for (String w : parts) {
            if (!HONORIFICS.contains(w) && !HONORIFICS.contains(w + ".")
                    && !w.equals("H.E.") && !w.equals("H.E")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives a person placed nowhere the country written just before their office, past the
     * abbreviation the text defines for it: "Republic of Korea (ROK) Foreign Minister Park Jin".
     */
    private static void countryBeforeAbbreviation(String text, Places places,
            List<PersonMention> found) {
        for (int i = 0; i < found.size(); i++) {
            PersonMention m = found.get(i);
            if (m.country().isPresent() || m.organization().isPresent() || m.role().isEmpty()) {
                continue;
            }
            Matcher abbreviation = ABBREVIATION_BEFORE.matcher(text).region(
                    Math.max(0, m.start() - ABBREVIATION_REACH), m.start());
            if (!abbreviation.find()) {
                continue;
            }
            Mention before = places.endingAt(abbreviation.start());
            Optional<String> country = before == null
                    || before.entity().type() != EntityType.COUNTRY ? Optional.empty()
                    : before.entity().countryCode();
            if (country.isPresent()) {
                found.set(i, new PersonMention(m.start(), m.end(), m.name(), m.nameTokens(),
                        m.role(), country, m.organization(),
                        m.rule() + ", of the country written before the office"));
            }
        }
    }

    /**
     * Adds the persons named by their name alone after "&lt;adjective&gt; counterpart": "at the
     * invitation of his Vietnamese counterpart Nguyen Xuan Phuc", "met her Estonian counterpart,
     * Kaja Tamm, in Tallinn" (two name words or more).
     */
    private void counterpartNames(String text, List<Token> tokens, Places places,
            List<PersonMention> found) {
        Matcher c = COUNTERPART_NAME.matcher(text);
        while (c.find()) {
            int at = c.end();
            if (found.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
                continue;
            }
            int k = TokenSpans.indexAt(tokens, at);
            if (k < 0 || k >= tokens.size() || tokens.get(k).start() != at) {
                continue;
            }
            int end = names.nameEnd(text, tokens, places, k);
            if (end - k < 2) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int w = k; w < end; w++) {
                words.add(tokens.get(w).text());
            }
            int last = tokens.get(end - 1).end();
            PersonMention m = new PersonMention(at, last, text.substring(at, last), words,
                    Optional.empty(), Optional.empty(), Optional.empty(), "counterpart + name");
            int into = 0;
            while (into < found.size() && found.get(into).start() < at) {
                into++;
            }
            found.add(into, m);
        }
    }

    /**
     * Gives a person named after "&lt;adjective&gt; counterpart" the country of the adjective,
     * and, where they hold no office of their own but a style, the office of the person named
     * before them whose counterpart they are: "Minister of Foreign Affairs Sameh Shokry met with
     * his Saudi counterpart Prince Faisal Bin Farhan".
     */
    private static void counterpartsCountry(String text, Places places,
            List<PersonMention> found) {
        for (int i = 0; i < found.size(); i++) {
            PersonMention m = found.get(i);
            if (!m.named() || m.country().isPresent() || m.organization().isPresent()) {
                continue;
            }
            Matcher c = COUNTERPART.matcher(text).region(
                    Math.max(0, m.start() - COUNTERPART_REACH), m.start());
            if (!c.find()) {
                continue;
            }
            Mention adjective = places.endingAt(c.start());
            if (adjective == null || adjective.form() != MentionForm.ADJECTIVE
                    || adjective.entity().type() != EntityType.COUNTRY) {
                continue;
            }
            Optional<String> role = m.role();
            if (role.isEmpty() || STYLES.contains(role.get())) {
                for (int k = i - 1; k >= 0; k--) {
                    PersonMention before = found.get(k);
                    if (before.named() && before.role().isPresent()
                            && !STYLES.contains(before.role().get())) {
                        role = before.role();
                        break;
                    }
                }
            }
            found.set(i, new PersonMention(m.start(), m.end(), m.name(), m.nameTokens(), role,
                    adjective.entity().countryCode(), m.organization(),
                    m.rule() + ", of the country of the counterpart's adjective"));
        }
    }

    /**
     * Gives the persons listed after a plural "&lt;country&gt; counterparts," the country the
     * first of them takes from it: "their Indonesian counterparts, Foreign Minister Siti Rahma
     * and Defence Minister Budi Santoso".
     */
    private static void shareCounterpartsCountry(String text, List<PersonMention> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            PersonMention first = found.get(i);
            if (!first.named() || first.country().isEmpty() || !COUNTERPARTS.matcher(text)
                    .region(Math.max(0, first.start() - COUNTERPARTS_REACH), first.start())
                    .find()) {
                continue;
            }
            for (int k = i + 1; k < found.size(); k++) {
                PersonMention next = found.get(k);
                String gap = text.substring(found.get(k - 1).end(), next.start());
                if (!next.named() || next.country().isPresent() && !next.country()
                        .equals(first.country()) || !LIST_GAP.matcher(gap).matches()) {
                    break;
                }
                found.set(k, new PersonMention(next.start(), next.end(), next.name(),
                        next.nameTokens(), next.role(), first.country(), next.organization(),
                        next.rule() + ", of the country of the counterparts listed with them"));
            }
        }
    }

    /**
     * Returns whether a person is named only as the one whose office the words after them name:
     * "President Biden’s Special Advisor for Climate John Podesta", "the Prime Minister’s
     * Special Envoy".
     */
    private boolean possessor(String text, List<Token> tokens, PersonMention mention) {
        int k = TokenSpans.indexAt(tokens, mention.end());
        return mention.named() && k + 1 < tokens.size() && tokens.get(k).isPossessive()
                && offices.officeEnd(text, tokens.get(k + 1).start()).isPresent();
    }

    /**
     * Returns whether an office without a name follows a person named without one (or with a
     * style only: "Senator the Hon Penny Wong"), set off by commas as their office: "Mr. MOTEGI
     * Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk", "Mr Ioannis
     * Kasoulides, the Minister of Foreign Affairs of Cyprus,".
     */
    private static boolean appositive(String text, PersonMention person, PersonMention office) {
        String gap = office.start() > person.end() && office.start() - person.end() <= GAP
                ? text.substring(person.end(), office.start()) : "";
        return person.named() && (person.role().isEmpty() || STYLES.contains(person.role().get()))
                && !office.named() && office.role().isPresent()
                && (gap.equals(", ") || gap.equals(", the ")) && (office.end() == text.length()
                        || ",.;)".indexOf(text.charAt(office.end())) >= 0
                        || verbAfter(text, office.end()));
    }

    /**
     * Returns whether a word in lower case follows {@code at} after one space: the verb of a
     * subject whose office no comma closes ("H.E. Hassan Sheikh Mohamud, President of the
     * Federal Republic of Somalia paid a two-day Official Visit").
     */
    private static boolean verbAfter(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == ' '
                && Character.isLowerCase(text.charAt(at + 1));
    }

    /** Returns a person with the office and country of the office that follows their name. */
    private static PersonMention withOffice(PersonMention person, PersonMention office) {
        return new PersonMention(person.start(), office.end(), person.name(),
                person.nameTokens(), office.role(), person.country().or(office::country),
                person.organization().or(office::organization),
                person.rule() + ", then its office");
    }

    /**
     * Returns the given name that follows a one-word family name in {@code text} without an
     * office: "Shigeru" for "Ishiba" in "President Biden called Ishiba Shigeru today"; empty if the
     * text has none. The name must stand alone: "the Biden Administration" has none.
     */
    Optional<String> givenNameAfter(String text, String family) {
        int at = text.indexOf(family);
        if (at < 0) {
            return Optional.empty();
        }
        List<Token> tokens = Token.tokenize(text);
        Places places = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(family)) {
                continue;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token given = tokens.get(i + 1);
            Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            if (before != null && (before.isCapitalized() && before.isWord()
                    || HONORIFICS.contains(before.text()))
                    || !given.isWord() || !given.isCapitalized() || isAllCaps(given.text())
                    || given.text().length() < 3 || NOT_NAMES.contains(given.lower())
                    || NAME_STOPS.contains(given.lower())
                    || SUFFIXES.contains(given.text()) || GIVEN_NAME_STOPS.contains(given.lower())
                    || after != null && after.isWord() && after.isCapitalized()
                    || offices.officeEnd(text, given.start()).isPresent()) {
                continue;
            }
            if (places == null) {
                places = new Places(gazetteer.find(text));
            }
            if (places.startingAt(given.start()) == null
                    && places.startingAt(tokens.get(i).start()) == null) {
                return Optional.of(given.text());
            }
        }
        return Optional.empty();
    }

    private PersonMention at(String text, List<Token> tokens, Places places, int i,
            int previousEnd) {
        Token first = tokens.get(i);
        OptionalInt officeEnd = offices.officeEnd(text, first.start());
        if (officeEnd.isEmpty()) {
            if (OPENING_HONORIFICS.contains(first.text()) && !first.text().equals("His")
                    && !first.text().equals("Her")
                    || (first.text().equals("His") || first.text().equals("Her"))
                    && i + 1 < tokens.size() && HONORIFICS.contains(tokens.get(i + 1).text())) {
                return honorifics.honorificOnly(text, tokens, places, i);
            }
            return null;
        }
        return holders.read(text, tokens, places, i, officeEnd.getAsInt(), previousEnd);
    }
}
