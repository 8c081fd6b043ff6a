package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartyKind;
import io.github.jointstatements.core.StatementKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds those who issue a statement jointly, as its title or opening sentences name them.
 *
 * <p>In order of preference: the persons the title names as issuers ("Joint Statement: Minister
 * of National Defense Lee Jong-Sup and U.S. Secretary of Defense Lloyd J. Austin III", "Readout
 * of X's Meeting with Y"), completed from the opening sentences (full names, countries); else the
 * persons of the first opening sentence that names any ("Vice President Kamala Harris met today
 * with Indonesian President Joko Widodo"), with an unnamed principal of a readout ("The Prime
 * Minister met ...") standing for its state; else the states and organisations the title names
 * ("United States–European Commission Joint Statement") or that an opening sentence lists ("We,
 * the governments of Australia, Canada, ..."); else the publisher. A person without an office
 * of their own takes the collective one ("the National Security Advisors of ..."); a person the
 * text does not place takes the one country of the title's list left over, else the publisher's,
 * else the country an unqualified office implies ("Secretary of Defense"). Thread-safe.
 */
final class PartyFinder {

    /** How many opening sentences may name the parties. */
    private static final int OPENING_SENTENCES = 4;
    private static final int OPENING_PARAGRAPHS = 2;
    /** The last paragraph an opening may start in, past relaying lines. */
    private static final int MAX_OPENING_PARAGRAPH = 5;
    /** Lines shorter than this are headings or chrome, not opening sentences. */
    private static final int MIN_OPENING_WORDS = 6;
    /** How many words may come before the first issuer of an opening sentence. */
    private static final int MAX_WORDS_BEFORE = 8;
    private static final Pattern TITLE_ISSUERS = Pattern.compile(
            "\\b(?:by|from|between)\\s+(.{3,400}?)(?=\\s+(?:on|regarding|about|at|in|concerning|"
            + "following|after|to)\\s|\\s*[(:]|$)", Pattern.CASE_INSENSITIVE);
    /** A leading phrase and an article before a sentence's subject: "In September 2021, the". */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "(?:[^,;:]{1,40},\\s*)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_ARTICLE = Pattern.compile("(?i)the\\s+");
    /** A word in lower case after white space: the verb after a subject. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\s+\\p{Ll}");
    private static final Pattern KIND_WORD = Pattern.compile(
            "(?i)\\b(?:joint\\s+)?(?:leaders[’']\\s+)?(?:statement|declaration|communiqu[eé]|"
            + "readout|fact\\s+sheet)\\b");
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
    /** A title that names an instrument between states: an agreement, a memorandum ... */
    private static final Pattern INSTRUMENT = Pattern.compile(
            "(?i)(?:the\\s+)?(?:[\\p{L}.–-]+\\s+){0,3}?(?:agreement|memorandum|framework|treaty"
            + "|accord|arrangement|protocol|charter|implementation)\\b");
    /** What follows an office when a name, or the rest of a longer office, comes after it. */
    private static final Pattern NAME_FOLLOWS = Pattern.compile(
            "\\s*(?:\\p{Lu}|[’']s\\b|(?:and|&)\\s+\\p{Lu}|,\\s*\\p{Lu})");
    /**
     * A phrase of time or occasion that opens a sentence before its subject, up to its comma:
     * "On the margins of the G20 Foreign Ministers’ Meeting in New Delhi today,"; not "At the
     * invitation of King Salman," (who is named, but is not the subject).
     */
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "(?i)(?:on\\s+the\\s+(?:margins|sidelines)\\s+of|today|yesterday|tonight"
            + "|this\\s+(?:morning|afternoon|evening|week)|(?:earlier|later)\\s+today"
            + "|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
            + "|march|april|may|june|july|august|september|october|november|december|\\d)"
            + "|in\\s+a\\s+(?:phone\\s+|video\\s+|virtual\\s+)?(?:call|meeting))"
            + "\\b[^,;:]{0,200},");
    /** A title that names a call or meeting with someone: "PM call with President Trump". */
    private static final Pattern MEETING_WITH = Pattern.compile(
            "(?i)\\b(?:call|calls|meeting|meetings|talks|conversation)\\s+with\\b");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]{0,80}\\)");
    private static final Pattern GOVERNMENT_OF = Pattern.compile(
            "(?i)\\b(?:the\\s+)?governments?\\s+of(?:\\s+the)?\\b");
    private static final Pattern COLLECTIVE_OFFICE = Pattern.compile(
            "\\b((?:[A-Z][a-z]+ ){0,3}(?:Advisors|Advisers|Ministers|Secretaries|Presidents|"
            + "Chancellors))\\s+of\\b");
    /**
     * A sentence that opens with those who speak as a group of states or organisations: "We, the
     * Leaders of the G7, ...", "We—the governments of Cook Islands, ...", "Today, the leaders of
     * the United States, Canada, and Finland announced ...", "WE, the Member States of ...", "As
     * leaders of Australia, the United Kingdom, and the United States, ... we resolve ...".
     */
    private static final Pattern COLLECTIVE = Pattern.compile(
            "^(?:[^,;:]{1,40},\\s*){0,2}(?:we\\b[\\s,—–-]*)?(?:as\\s+)?(?:the\\s+)?(?:economic\\s+)?"
            + "(?:leaders|heads\\s+of\\s+state(?:\\s+and\\s+government)?|heads\\s+of\\s+government"
            + "|governments|member\\s+states|(?:[a-z]+\\s+)?partners|representatives"
            + "|ministers\\s+and\\s+representatives|principals|countries|nations)\\s+of\\s+"
            + "(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    // the lookahead on the alternatives' first letters spares every other position the six tries
    private static final Pattern RELAYER = Pattern.compile(
            "(?i)(?=[afprsw])\\b(?:following\\s+(?:joint\\s+)?(?:readout|statement)"
            + "|spokes(?:person|man|woman)\\b|press\\s+secretary\\b|attributable\\s+to\\b"
            + "|reproduced\\b|was\\s+(?:published|released)\\s+by\\b)");
    private static final Pattern READOUT_VERB = Pattern.compile(
            "^(?:met|meets|spoke|speaks|hosted|hosts|held|holds|received|receives|welcomed|"
            + "had|called)\\b");

    private final Gazetteer gazetteer;
    private final Offices offices;
    private final PersonFinder persons;
    private final PartyCountries countries;

    PartyFinder(Gazetteer gazetteer, Offices offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.persons = new PersonFinder(gazetteer, offices);
        this.countries = new PartyCountries(gazetteer, offices, persons);
    }

    /** Returns the parties of a statement, in the order the text names them. */
    List<PartyEntry> find(Optional<String> title, List<Sentence> sentences,
            Optional<String> publisher, StatementKind kind) {
        boolean joint = kind == StatementKind.JOINT_STATEMENT
                || kind == StatementKind.JOINT_DECLARATION || kind == StatementKind.COMMUNIQUE
                || kind == StatementKind.READOUT;
        String headline = title.orElse("");
        List<Sentence> opening = opening(sentences);
        List<PartyEntry> parties = new ArrayList<>();

        for (PersonMention m : titleIssuers(headline, kind != StatementKind.PRESS_STATEMENT)) {
            // two persons a title names are two, though they share a family name: "President
            // Joe Biden and First Lady Jill Biden"
            if (parties.stream().noneMatch(p -> p.name.equals(m.name()))) {
                parties.add(entry(m, "person named in the title"));
            }
        }
        parties.forEach(p -> p.namedInTitle = true);
        // a person the title names by a bare name, or a spokesperson, speaks for the publisher,
        // not for a state the title goes on to name ("Statement by NSC Spokesperson Adam Hodge
        // Welcoming the Visit of Amir Tamim ... of Qatar")
        for (PartyEntry p : parties) {
            if (kind == StatementKind.PRESS_STATEMENT && p.country == null && (parties.size() == 1
                    && p.role == null || p.role != null && RELAYER.matcher(p.role).find())) {
                p.country = publisher.flatMap(countries::countryOf).orElse(null);
            }
        }
        // a release whose title names a meeting of others, or two states, reads like a readout:
        // "PM call with Chancellor Scholz", "Joint media release: Australia-Japan-US Defence
        // Ministers’ Meeting"
        // ("Statement by NSC Spokesperson X on Y’s Call with Z" is X's; a fact sheet is the
        // publisher's unless joint)
        Matcher byline = TITLE_ISSUERS.matcher(headline);
        boolean readsLikeReadout = (kind == StatementKind.PRESS_STATEMENT
                || kind == StatementKind.OTHER) && !byline.find()
                && (MEETING_WITH.matcher(headline).find() || relationPair(headline)
                        .filter(p -> issuingEntities(p, false).size() >= 2).isPresent()
                        || issuingEntities(beforeKind(headline), false).size() >= 2);
        boolean press = (kind == StatementKind.PRESS_STATEMENT || kind == StatementKind.OTHER
                || kind == StatementKind.FACT_SHEET) && !readsLikeReadout;
        // those who speak as a group of states or organisations in the opening sentence: "We, the
        // Leaders of the G7, ...", not the persons the sentence goes on to mention
        List<Named> collective = parties.isEmpty() && (joint
                || kind == StatementKind.PRESS_STATEMENT) ? collectiveIssuers(opening) : List.of();
        for (Named n : collective) {
            addEntity(parties, n.entity(), entityName(n, headline),
                    "the group the opening sentence speaks as");
        }
        boolean grouped = !collective.isEmpty();
        List<PersonMention> openingPersons = new ArrayList<>();
        List<PersonMention> firstNamed = List.of();
        PersonMention unnamedPrincipal = null;
        String firstNamedText = "";
        for (Sentence s : opening) {
            if (RELAYER.matcher(s.text()).find()) {
                continue;
            }
            List<PersonMention> found = persons.find(s.text());
            List<PersonMention> named = new ArrayList<>();
            // "On the margins of the G20 Foreign Ministers’ Meeting in New Delhi today, Secretary
            // ...": the words of a leading adverbial do not push the subject deep
            Matcher lead = LEADING_ADVERBIAL.matcher(s.text());
            int leadingWords = s == opening.get(0) && lead.lookingAt()
                    ? wordsBefore(s.text(), lead.end()) : 0;
            boolean subject = false;
            for (PersonMention m : found) {
                // issuers open their sentence; a person named deep in it is mentioned in passing
                subject |= m.named() && wordsBefore(s.text(), m.start()) - leadingWords
                        <= MAX_WORDS_BEFORE;
                if (m.named() && subject) {
                    named.add(m);
                } else if (unnamedPrincipal == null && s.index() == opening.get(0).index()
                        && m.start() <= 4 && READOUT_VERB.matcher(
                                s.text().substring(m.end()).strip()).find()) {
                    unnamedPrincipal = m;
                }
            }
            openingPersons.addAll(named);
            if (firstNamed.isEmpty() && !named.isEmpty()) {
                firstNamed = named;
                firstNamedText = s.text();
            }
        }
        if (grouped) {
            // the group speaks; the persons the opening goes on to name are mentioned
        } else if (!parties.isEmpty()) {
            for (PartyEntry p : parties) {
                for (PersonMention m : openingPersons) {
                    if (p.isNamedBy(m.nameTokens())) {
                        PartyCountries.complete(p, m);
                        fullerOffice(p, m);
                    }
                }
            }
            // the counterpart a headline leaves out: "PM call with President Trump", then
            // "Prime Minister Boris Johnson spoke with US President Donald Trump"
            if ((joint || !press) && parties.size() == 1 && firstNamed.size() > 1) {
                for (PersonMention m : firstNamed) {
                    add(parties, m, "person named in the opening sentence beside the title's");
                }
            } else if ((joint || !press) && parties.size() == 1 && unnamedPrincipal != null
                    && !parties.get(0).roleHead(offices).equalsIgnoreCase(
                            offices.head(unnamedPrincipal.role().orElse("")))) {
                // "PM call with Chancellor Scholz", then "The Prime Minister spoke to ..."
                addPrincipal(parties, unnamedPrincipal, sentences, firstNamed, publisher);
            }
        } else if (!firstNamed.isEmpty() && !press) {
            if (unnamedPrincipal != null) {
                addPrincipal(parties, unnamedPrincipal, sentences, firstNamed, publisher);
            }
            for (PersonMention m : firstNamed) {
                add(parties, m, "person named in the opening sentence");
            }
        }
        // a counterpart named by office and country alone: "Readout of President Biden’s Call
        // with the Prime Minister of Japan"
        if (joint && !grouped && !parties.isEmpty()) {
            addUnnamedCounterparts(parties, headline);
            addUnnamedCounterparts(parties, firstNamedText);
        }
        if (parties.isEmpty() && (joint || readsLikeReadout)) {
            addEntities(parties, headline, opening);
        } else if (parties.isEmpty() && INSTRUMENT.matcher(headline).lookingAt()) {
            // an instrument is its signatories: "Agreement Between the United States of America
            // and Malaysia on Reciprocal Trade", "United States-Australia Framework For ..."
            for (String part : issuerParts(headline)) {
                List<Entity> signatories = issuingEntities(part, false);
                if (signatories.size() >= 2 && parties.isEmpty()) {
                    signatories.forEach(e -> addEntity(parties, e,
                            "states or organisations the title names as the instrument's parties"));
                }
            }
        }
        countries.completeFromText(parties, sentences);
        Set<String> issuing = issuingCountries(headline, opening);
        if (issuing.isEmpty() && joint) {
            issuing = pairedCountries(parties, opening,
                    publisher.flatMap(countries::countryOf).orElse(""));
        }
        countries.fill(parties, issuing, headline, sentences, publisher);
        // persons that are not of the states the title names as issuers are not its issuers:
        // "Joint Statement from the United States, United Kingdom, France, Germany, and Italy"
        if (joint && !parties.isEmpty() && parties.get(0).kind == PartyKind.PERSON) {
            List<PartyEntry> states = new ArrayList<>();
            addEntities(states, headline, List.of());
            Set<String> titled = new LinkedHashSet<>();
            states.forEach(e -> {
                if (e.kind == PartyKind.STATE) {
                    titled.add(e.country);
                }
            });
            boolean foreign = titled.size() >= 2 && parties.stream()
                    .anyMatch(p -> p.country != null && !titled.contains(p.country));
            if (foreign) {
                parties.clear();
                parties.addAll(states);
            }
        }
        // a press statement whose opening sentence has states or organisations as its subject:
        // "The United States, Japan, and the Republic of Korea condemn ...", "In September 2021,
        // Australia, the United Kingdom and the United States announced AUKUS"
        if (parties.isEmpty() && kind == StatementKind.PRESS_STATEMENT && !opening.isEmpty()) {
            subjectEntities(opening.get(0).text()).forEach(e -> addEntity(parties, e,
                    "states or organisations the opening sentence has as its subject"));
        }
        // a statement by the states it lists: "Statement by Australia, Japan, New Zealand, the
        // United Kingdom, and the United States on ..."
        Matcher by = TITLE_ISSUERS.matcher(headline);
        if (parties.isEmpty() && kind == StatementKind.PRESS_STATEMENT && by.find()
                && KIND_WORD.matcher(headline.substring(0, by.start()).strip()).matches()) {
            List<Entity> listed = issuingEntities(by.group(1), true);
            if (listed.size() >= 2) {
                listed.forEach(e -> addEntity(parties, e,
                        "states or organisations the title lists as the statement's authors"));
            }
        }
        if (parties.isEmpty() && kind == StatementKind.PRESS_STATEMENT) {
            publisher.ifPresent(p -> parties.add(new PartyEntry(p, List.of(), null,
                    countries.countryOf(p).orElse(null), PartyKind.ORGANIZATION,
                    "the publisher, as no issuer is named")));
        }
        fillRoles(parties, headline, opening);
        countries.fill(parties, issuing, headline, sentences, publisher);
        if (kind == StatementKind.PRESS_STATEMENT) {
            countries.fillPublishersOwn(parties, publisher);
        }
        return parties;
    }

    /**
     * Returns the states or organisations that open a sentence as its subject, two or more,
     * joined by commas or "and" and followed by a lower-case word (the verb), past one leading
     * phrase; empty otherwise.
     */
    private List<Entity> subjectEntities(String text) {
        List<Entity> first = subjectEntities(text, SUBJECT_ARTICLE);
        return first.isEmpty() ? subjectEntities(text, SUBJECT_LEAD) : first;
    }

    private List<Entity> subjectEntities(String text, Pattern before) {
        Matcher lead = before.matcher(text);
        int at = lead.lookingAt() ? lead.end() : 0;
        List<Entity> run = new ArrayList<>();
        for (Mention m : gazetteer.find(text)) {
            if (m.start() < at) {
                continue;
            }
            String between = text.substring(at, m.start());
            if (run.isEmpty() ? !between.isBlank() : !joins(between)) {
                break;
            }
            if (m.entity().type() == EntityType.PLACE || m.form() == MentionForm.ADJECTIVE
                    || m.form() == MentionForm.DEMONYM) {
                return List.of();
            }
            if (!run.contains(m.entity())) {
                run.add(m.entity());
            }
            at = m.end();
        }
        Matcher verb = LOWER_WORD.matcher(text).region(at, text.length());
        return run.size() >= 2 && verb.lookingAt() ? run : List.of();
    }

    private static int wordsBefore(String text, int offset) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < offset; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /**
     * Returns the opening sentences: the first few of the first paragraphs, past lines that only
     * relay the statement ("The following is attributable to ...") or repeat its headline.
     */
    private static List<Sentence> opening(List<Sentence> sentences) {
        List<Sentence> opening = new ArrayList<>();
        int firstParagraph = -1;
        for (Sentence s : sentences) {
            if (opening.size() >= OPENING_SENTENCES || s.paragraph() > MAX_OPENING_PARAGRAPH) {
                break;
            }
            // a line that relays the statement is no opening, unless a group speaks in it:
            // "Today, the Leaders of Canada, ... met ... and released the following statement:"
            if (RELAYER.matcher(s.text()).find() && !COLLECTIVE.matcher(s.text()).lookingAt()
                    || wordsBefore(s.text(), s.text().length()) < MIN_OPENING_WORDS) {
                continue;
            }
            if (firstParagraph < 0) {
                firstParagraph = s.paragraph();
            } else if (s.paragraph() >= firstParagraph + OPENING_PARAGRAPHS) {
                break;
            }
            opening.add(s);
        }
        return opening;
    }

    /**
     * Returns the named persons of the title's issuer part; without spokespersons and press
     * secretaries when {@code noRelayers} (they relay a joint statement, but issue their own).
     */
    private List<PersonMention> titleIssuers(String title, boolean noRelayers) {
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
                part = m.group(1);
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
        List<PersonMention> named = new ArrayList<>();
        for (PersonMention m : persons.find(part)) {
            if (m.named() && !(noRelayers && RELAYER.matcher(m.role().orElse("")).find())) {
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
        return named;
    }

    private void add(List<PartyEntry> parties, PersonMention m, String rule) {
        for (PartyEntry p : parties) {
            if (p.isNamedBy(m.nameTokens())) {
                PartyCountries.complete(p, m);
                return;
            }
        }
        parties.add(entry(m, rule));
    }

    /**
     * Gives a person the title names by a short office the fuller one the opening writes for
     * the same office: "Foreign Minister Káčer" in the title, "Slovak Minister of Foreign and
     * European Affairs Rastislav Káčer" in the text.
     */
    private void fullerOffice(PartyEntry p, PersonMention m) {
        String theirs = m.role().orElse("");
        String head = p.roleHead(offices);
        // not "President and President" of "the President and President López Obrador"
        boolean twice = !head.isEmpty() && theirs.indexOf(head) != theirs.lastIndexOf(head);
        if (p.role != null && theirs.length() > p.role.length() && !theirs.contains(",") && !twice
                && offices.head(PartyEntry.lastOffice(theirs)).equalsIgnoreCase(p.roleHead(offices))
                && !p.roleHead(offices).isEmpty()) {
            p.role = theirs;
        }
    }

    private static PartyEntry entry(PersonMention m, String rule) {
        PartyEntry entry = new PartyEntry(m.name(), m.nameTokens(), m.role().orElse(null),
                m.country().orElse(null), PartyKind.PERSON, rule);
        if (entry.country == null) {
            entry.organization = m.organization().orElse(null);
        }
        return entry;
    }

    /**
     * Adds the unnamed principal of a readout ("The Prime Minister met the Prime Minister of
     * Canada Mark Carney") as its state: the publisher's country, else the other half of a
     * hyphenated pair with a counterpart's country ("the UK-Canada relationship").
     */
    private void addPrincipal(List<PartyEntry> parties, PersonMention principal,
            List<Sentence> sentences, List<PersonMention> counterparts,
            Optional<String> publisher) {
        String country = principal.country().orElse(null);
        String rule = "unnamed principal of a readout, as its state";
        if (country == null && publisher.isPresent()) {
            country = countries.countryOf(publisher.get()).orElse(null);
            rule += " (the publisher's country)";
        }
        if (country == null) {
            Set<String> theirs = new LinkedHashSet<>();
            counterparts.forEach(c -> c.country().ifPresent(theirs::add));
            for (int i = 0; i < Math.min(sentences.size(), PartyCountries.PAIR_SENTENCES)
                    && country == null;
                    i++) {
                country = countries.pairedCountry(sentences.get(i), theirs, false);
            }
            rule += " (the other country of a hyphenated pair)";
        }
        if (country == null) {
            return;
        }
        Optional<Entity> state = countryEntity(country);
        if (state.isEmpty()) {
            return;
        }
        PartyEntry entry = new PartyEntry(state.get().name(), List.of(), null, country,
                PartyKind.STATE, rule);
        entry.explicitAliases.add(principal.role().map(r -> "the " + r.toLowerCase(Locale.ROOT))
                .orElse(""));
        parties.add(entry);
    }

    /**
     * Adds the state of each counterpart a text names by office and country alone, after "with"
     * ("President Biden spoke today with the Prime Minister of Japan"), unless a name follows
     * that the person finder could not read, or a party already holds that office or stands for
     * that country.
     */
    private void addUnnamedCounterparts(List<PartyEntry> parties, String text) {
        for (PersonMention m : persons.find(text)) {
            if (m.named() || m.country().isEmpty()) {
                continue;
            }
            String before = text.substring(0, m.start()).strip().toLowerCase(Locale.ROOT);
            if (before.endsWith(" the")) {
                before = before.substring(0, before.length() - 4);
            }
            String code = m.country().get();
            String head = offices.head(PartyEntry.lastOffice(m.role().orElse("")));
            if (!before.endsWith(" with") || NAME_FOLLOWS.matcher(text).region(m.end(),
                    text.length()).lookingAt()
                    || parties.stream().anyMatch(p -> code.equals(p.country)
                            || p.roleHead(offices).equalsIgnoreCase(head))) {
                continue; // a name the finder could not read follows, or a party holds it
            }
            Optional<Entity> state = countryEntity(code);
            if (state.isPresent()) {
                addEntity(parties, state.get(), "counterpart named by office and country");
                parties.get(parties.size() - 1).explicitAliases.add(
                        text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Adds the states and organisations the title or an opening sentence lists as issuers. */
    private void addEntities(List<PartyEntry> parties, String title, List<Sentence> opening) {
        for (String part : issuerParts(title)) {
            List<Entity> inTitle = issuingEntities(part, false);
            if (inTitle.size() >= 2) {
                inTitle.forEach(e -> addEntity(parties, e,
                        "states or organisations the title names as issuers"));
                return;
            }
            if (inTitle.size() == 1 && inTitle.get(0).type() == EntityType.ORGANIZATION) {
                // a grouping ("Quad Leaders’ Joint Statement") is its members when the opening
                // lists them ("We, the Leaders of Australia, India, Japan, and the United States")
                for (Sentence s : opening) {
                    List<Entity> listed = issuingEntities(s.text(), true);
                    if (listed.size() >= 2) {
                        listed.forEach(e -> addEntity(parties, e,
                                "the members the opening lists of the grouping the title names"));
                        return;
                    }
                }
                addEntity(parties, inTitle.get(0), "the organisation the title names as issuer");
                return;
            }
        }
        for (Sentence s : opening) {
            List<Entity> listed = issuingEntities(s.text(), true);
            if (listed.size() >= 2) {
                listed.forEach(e -> addEntity(parties, e,
                        "states or organisations listed in the opening sentence"));
                return;
            }
        }
    }

    /**
     * Returns the parts of a title that may name its issuers: what comes before the kind of document
     * ("United States–European Commission Joint Statement", "G7 Leaders’ Statement on Iran"),
     * else what follows "of", "from", "by" or "between" ("Joint Statement from the United States
     * and Norway on ..."), else what names a meeting ("Joint Statement on United States-Ukraine
     * Meeting").
     */
    private static List<String> issuerParts(String title) {
        List<String> parts = new ArrayList<>();
        String before = beforeKind(title);
        if (before.chars().anyMatch(Character::isUpperCase)) {
            parts.add(before);
        }
        Matcher by = TITLE_ISSUERS.matcher(title);
        if (by.find()) {
            parts.add(by.group(1));
        }
        relationPair(title).ifPresent(parts::add);
        return parts;
    }

    /** Returns what a title writes before the kind of document, or the empty string. */
    private static String beforeKind(String title) {
        Matcher kind = KIND_WORD.matcher(title);
        return kind.find() && kind.start() > 0 ? title.substring(0, kind.start()) : "";
    }

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

    /**
     * Returns the countries the title names as issuers ("U.S.-Mexico Joint Declaration"), else
     * those that open the first opening sentence as its subject ("The United States and Mexico
     * affirm ..."); a topic ("... on Nigeria's Upcoming Election") is none of them.
     */
    /**
     * Returns the two countries of two persons, one of them placed in the publisher's country,
     * where the opening pairs that country with another ("... the issues confronting the United States and
     * Brazil", "... between the United States and Italy"); empty otherwise.
     */
    private Set<String> pairedCountries(List<PartyEntry> parties, List<Sentence> opening,
            String home) {
        if (parties.size() != 2 || parties.stream().anyMatch(p -> p.kind != PartyKind.PERSON)
                || parties.stream().filter(p -> p.country != null).count() != 1) {
            return Set.of();
        }
        String known = parties.get(0).country != null ? parties.get(0).country
                : parties.get(1).country;
        if (!known.equals(home)) {
            return Set.of(); // the other may be the publisher's own, not yet placed
        }
        for (Sentence s : opening) {
            String text = s.text();
            Mention last = null;
            for (Mention m : gazetteer.find(text)) {
                if (m.entity().type() != EntityType.COUNTRY || m.form() == MentionForm.ADJECTIVE
                        || m.form() == MentionForm.DEMONYM) {
                    last = null;
                    continue;
                }
                if (last != null && text.substring(last.end(), m.start()).strip().equals("and")) {
                    String a = last.entity().countryCode().orElse("");
                    String b = m.entity().countryCode().orElse("");
                    if (!a.equals(b) && (a.equals(known) || b.equals(known))) {
                        return new LinkedHashSet<>(List.of(a, b));
                    }
                }
                last = m;
            }
        }
        return Set.of();
    }

    private Set<String> issuingCountries(String title, List<Sentence> opening) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : issuerParts(title)) {
            for (Mention m : gazetteer.find(part)) {
                m.entity().countryCode().filter(c -> m.entity().type() == EntityType.COUNTRY)
                        .ifPresent(codes::add);
            }
        }
        if (!codes.isEmpty() || opening.isEmpty()) {
            return codes;
        }
        String first = opening.get(0).text();
        List<Mention> run = new ArrayList<>();
        int runEnd = -1;
        for (Mention m : gazetteer.find(first)) {
            if (m.entity().type() == EntityType.PLACE || m.form() == MentionForm.ADJECTIVE
                    || m.form() == MentionForm.DEMONYM) {
                continue;
            }
            if (run.isEmpty() ? wordsBefore(first, m.start()) > MAX_WORDS_BEFORE
                    : !joins(first.substring(runEnd, m.start()))) {
                break;
            }
            run.add(m);
            runEnd = m.end();
        }
        if (run.size() >= 2) {
            run.forEach(m -> m.entity().countryCode()
                    .filter(c -> m.entity().type() == EntityType.COUNTRY).ifPresent(codes::add));
        }
        return codes;
    }

    /**
     * Returns the countries and organisations a text names together: in a title, all of them;
     * in a sentence, the longest run joined by commas and "and" only.
     */
    private List<Entity> issuingEntities(String text, boolean runOnly) {
        List<Entity> best = new ArrayList<>();
        List<Entity> run = new ArrayList<>();
        int runEnd = -1;
        for (Mention m : gazetteer.find(text)) {
            if (m.entity().type() == EntityType.PLACE) {
                continue;
            }
            if (m.form() == MentionForm.ADJECTIVE || m.form() == MentionForm.DEMONYM) {
                continue;
            }
            if (m.entity().type() == EntityType.ORGANIZATION && m.start() > 0
                    && text.charAt(m.start() - 1) == '(' && m.end() < text.length()
                    && text.charAt(m.end()) == ')') {
                continue; // "India, Israel, the UAE and the United States (I2U2)": a name for all
            }
            if (runOnly && !run.isEmpty() && run.get(run.size() - 1).equals(m.entity())
                    && text.lastIndexOf('(', m.start()) > text.lastIndexOf(')', m.start())) {
                continue; // "the United States of America (the “United States”)": the same again
            }
            boolean joined = runEnd >= 0 && joins(text.substring(runEnd, m.start()));
            if (runOnly && !joined) {
                if (run.size() > best.size()) {
                    best = run;
                }
                run = new ArrayList<>();
            }
            if (!run.contains(m.entity())) {
                run.add(m.entity());
            }
            runEnd = m.end();
        }
        if (run.size() > best.size()) {
            best = run;
        }
        return best;
    }

    /**
     * Returns whether the text between two names joins them in a list, past what names them
     * again or names their governments: " (the “United States”) and the Government of the ".
     */
    private static boolean joins(String between) {
        String s = PARENTHESISED.matcher(between).replaceAll(" ");
        return isJoiner(GOVERNMENT_OF.matcher(s).replaceAll(" ").replaceAll("\\s+", " "));
    }

    private static boolean isJoiner(String between) {
        String s = between.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.equals(",") || s.equals("and") || s.equals(", and")
                || s.equals("and the") || s.equals(", the") || s.equals(", and the")
                || s.equals("-") || s.equals("–") || s.equals("—") || s.equals("/");
    }

    private static void addEntity(List<PartyEntry> parties, Entity e, String rule) {
        addEntity(parties, e, e.name(), rule);
    }

    private static void addEntity(List<PartyEntry> parties, Entity e, String name, String rule) {
        for (PartyEntry p : parties) {
            if (p.name.equals(name) || p.entity != null && p.entity.equals(e)) {
                return;
            }
        }
        PartyKind kind = e.type() == EntityType.COUNTRY ? PartyKind.STATE : PartyKind.ORGANIZATION;
        PartyEntry entry = new PartyEntry(name, List.of(), null, e.countryCode().orElse(null),
                kind, rule);
        entry.entity = e;
        parties.add(entry);
    }

    /** A state or an organisation as a text names it. */
    private record Named(Entity entity, String surface) {
    }

    /**
     * Returns the name of a party that is a state or an organisation: a state's common name
     * ("United States" for "the United States of America"); an organisation by the shorter of the
     * forms the title and the opening sentence write ("G7" of "G7 Leaders’ Statement" and "We, the
     * Leaders of the G7"; "Group of Seven" where neither writes a short form): statements name
     * groupings by their short forms, and neither form is expanded.
     */
    private String entityName(Named n, String title) {
        if (n.entity().type() != EntityType.ORGANIZATION) {
            return n.entity().name();
        }
        String name = stripThe(n.surface());
        for (Mention m : gazetteer.find(title)) {
            String written = stripThe(m.text(title));
            if (m.entity().equals(n.entity()) && written.length() < name.length()) {
                name = written;
            }
        }
        return name;
    }

    private static String stripThe(String name) {
        String s = name.strip();
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    /**
     * Returns the states and organisations an opening sentence speaks as ("We, the Leaders of the
     * Group of Seven (G7), met ...": the G7), or nothing when it goes on to name the persons who
     * speak for them ("The leaders of the United States and Israel, President Biden and Prime
     * Minister Lapid, met ...").
     */
    private List<Named> collectiveIssuers(List<Sentence> opening) {
        for (int i = 0; i < Math.min(2, opening.size()); i++) {
            String text = opening.get(i).text();
            Matcher c = COLLECTIVE.matcher(text);
            if (!c.lookingAt() || i > 0 && !text.regionMatches(true, 0, "we", 0, 2)) {
                continue;
            }
            // a line that relays the statement of a group whose leaders then speak by name:
            // "Today, the leaders of France, ... released the following joint statement", then
            // "Today, we — President Macron of France, Chancellor Scholz of Germany, ..."
            if (RELAYER.matcher(text).find() && i + 1 < opening.size() && persons.find(
                    opening.get(i + 1).text()).stream().filter(PersonMention::named).count() >= 2) {
                continue;
            }
            List<Named> run = new ArrayList<>();
            int runEnd = c.end();
            for (Mention m : gazetteer.find(text)) {
                if (m.start() < runEnd) {
                    continue;
                }
                String between = withoutParentheses(text.substring(runEnd, m.start()));
                if (run.isEmpty() ? !between.isBlank() : !isJoiner(between)) {
                    if (between.isBlank() || !between.strip().startsWith("(")) {
                        break;
                    }
                    // "(ROK)", "(G7)": the same again, the shorter form kept
                    Named last = run.isEmpty() ? null : run.get(run.size() - 1);
                    String again = m.text(text);
                    if (last != null && last.entity().equals(m.entity())
                            && again.length() < last.surface().length()) {
                        run.set(run.size() - 1, new Named(m.entity(), again));
                    }
                    continue;
                }
                if (m.entity().type() == EntityType.PLACE || m.form() == MentionForm.ADJECTIVE
                        || m.form() == MentionForm.DEMONYM) {
                    break;
                }
                run.add(new Named(m.entity(), m.text(text)));
                runEnd = m.end();
            }
            if (run.isEmpty()) {
                continue;
            }
            String rest = withoutParentheses(text.substring(runEnd));
            if (rest.startsWith(",")) {
                List<PersonMention> after = persons.find(rest.substring(1));
                if (!after.isEmpty() && after.get(0).named() && after.get(0).start() <= 2) {
                    return List.of(); // the persons who speak for them follow
                }
            }
            return run;
        }
        return List.of();
    }

    /** Returns a text without the parenthesised groups at its start: " (ROK), and" gives ", and". */
    private static String withoutParentheses(String text) {
        String t = text.strip();
        while (t.startsWith("(")) {
            int close = t.indexOf(')');
            if (close < 0) {
                break;
            }
            t = t.substring(close + 1).strip();
        }
        return t;
    }

    /** Gives persons without an office the collective one: "the Defense Ministers of ...". */
    private static void fillRoles(List<PartyEntry> parties, String title, List<Sentence> opening) {
        String collective = null;
        Matcher m = COLLECTIVE_OFFICE.matcher(title);
        if (m.find()) {
            collective = m.group(1);
        } else if (!opening.isEmpty()) {
            Matcher o = COLLECTIVE_OFFICE.matcher(opening.get(0).text());
            if (o.find()) {
                collective = o.group(1);
            }
        }
        if (collective == null) {
            return;
        }
        String singular = collective.endsWith("ies")
                ? collective.substring(0, collective.length() - 3) + "y"
                : collective.substring(0, collective.length() - 1);
        for (PartyEntry p : parties) {
            if (p.kind == PartyKind.PERSON && (p.role == null || p.role.isEmpty())) {
                p.role = singular;
            }
        }
    }

    /** Returns the gazetteer's country for an ISO code, found through its English name. */
    private Optional<Entity> countryEntity(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return gazetteer.lookup(name)
                .filter(e -> e.countryCode().orElse("").equals(code));
    }
}
