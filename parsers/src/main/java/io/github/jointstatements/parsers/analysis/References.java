package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartyKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the words that stand for parties to the parties: names and offices ("Minister Lee",
 * "the Secretary", "President Widodo"), states and their bodies ("the United States", "the ROK
 * Ministry of National Defense", "The Ukrainian delegation"), group references ("the two
 * leaders", "both sides", "our governments", "we", "they", "the Alliance") and pronouns for one
 * person ("he", "she": the person last resolved alone). A phrase resolves only if all of it does:
 * "the two nations" does, "any nuclear attack by the DPRK" does not.
 *
 * <p>One instance serves one statement; it records the aliases it meets. Not thread-safe.
 */
final class References {

    private static final Set<String> DETERMINERS = Set.of("the", "both", "all", "our", "their",
            "these", "those", "each", "its");
    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "2", "3", "4", "5", "6", "7",
            "8", "9", "10", "respective");
    private static final List<List<String>> GROUP_NOUNS = phrases("group-nouns.txt");
    private static final Set<String> INSTITUTION_WORDS = Set.copyOf(
            WordLists.load(References.class, "institution-words.txt"));
    private static final Set<String> HONORIFICS = Set.of("mr.", "ms.", "mrs.", "dr.", "madam",
            "director", "sheikh", "h.e.");

    private final List<PartyEntry> parties;
    private final Offices offices;
    private final TextReadings readings;
    private final BitSet all;
    private final boolean collective;
    /** The words of each sentence read so far; one References serves one analysis. */
    private final Map<String, Words> wordsBySentence = new HashMap<>();
    private int lastSingle = -1;
    /** Sentences noted since, most recent first, whose subjects a pronoun may stand for. */
    private final java.util.ArrayDeque<Words> pending = new java.util.ArrayDeque<>();
    private static final int MAX_PENDING = 3;
    /** Whether the last conjunct resolved named a person by name or office. */
    private boolean lastPersonal;

    References(List<PartyEntry> parties, Gazetteer gazetteer, Offices offices) {
        this(parties, gazetteer, offices, false);
    }

    /**
     * @param collective whether the statement is one its issuers make together (a joint
     *     statement, a declaration, a communiqué), where "we" is always the issuers, even when
     *     they could not be named
     */
    References(List<PartyEntry> parties, Gazetteer gazetteer, Offices offices,
            boolean collective) {
        this(parties, offices, collective, TextReadings.of(gazetteer, offices));
    }

    /**
     * @param collective as above
     * @param readings the readings of the statement's texts, shared with the party finder
     */
    References(List<PartyEntry> parties, Offices offices, boolean collective,
            TextReadings readings) {
        this.parties = parties;
        this.collective = collective;
        this.offices = offices;
        this.readings = readings;
        this.all = new BitSet();
        all.set(0, parties.size());
    }

    /** The words of one sentence, with what the gazetteer and the person finder see in them. */
    static final class Words {
        final String text;
        final List<Token> tokens;
        private final TextReadings.Reading reading;
        private Map<Integer, PersonMention> personsByStart;

        Words(TextReadings.Reading reading) {
            this.reading = reading;
            this.text = reading.text();
            // shared by the finders that ask for these words: nobody may change them
            this.tokens = reading.tokens();
        }

        /** Returns the gazetteer's mentions in the sentence. */
        Places places() {
            return reading.places();
        }

        /** Returns the persons and offices named in the sentence, by where they start. */
        Map<Integer, PersonMention> personsByStart() {
            if (personsByStart == null) {
                personsByStart = new HashMap<>();
                for (PersonMention m : reading.persons()) {
                    personsByStart.put(m.start(), m);
                }
            }
            return personsByStart;
        }
    }

    /**
     * Returns the words of a sentence, ready for {@link #resolve}. They are read once per sentence
     * (tokens, places, persons) and kept: the pledge and event finders both ask for them.
     */
    Words words(String sentence) {
        return wordsBySentence.computeIfAbsent(sentence, text -> new Words(readings.of(text)));
    }

    /** Returns the parties of the statement. */
    List<PartyEntry> parties() {
        return parties;
    }

    /**
     * Returns the parties the tokens {@code [from, to)} stand for, all of them resolved, or
     * null if they do not.
     */
    BitSet resolve(Words w, int from, int to) {
        if (from >= to || parties.isEmpty()) {
            return null;
        }
        BitSet result = new BitSet();
        int p = from;
        List<int[]> aliasSpans = new ArrayList<>();
        List<Integer> aliasParty = new ArrayList<>();
        while (p < to) {
            int[] end = new int[1];
            lastPersonal = false;
            BitSet one = conjunct(w, p, to, end);
            boolean personal = lastPersonal;
            if (one == null) {
                return null;
            }
            if (one.cardinality() == 1 && end[0] > p && personal) {
                aliasSpans.add(new int[] {p, end[0]});
                aliasParty.add(one.nextSetBit(0));
            }
            result.or(one);
            p = end[0];
            if (p >= to) {
                break;
            }
            p = separator(w, p, to);
            if (p < 0) {
                return null;
            }
        }
        if (result.isEmpty()) {
            return null;
        }
        for (int i = 0; i < aliasSpans.size(); i++) {
            recordAlias(w, aliasSpans.get(i)[0], aliasSpans.get(i)[1], aliasParty.get(i));
        }
        if (result.cardinality() == 1 && parties.get(result.nextSetBit(0)).kind
                == PartyKind.PERSON) {
            lastSingle = result.nextSetBit(0);
            pending.clear();
        }
        return result;
    }

    /**
     * Notes a sentence whose opening subject ("Vice President Harris congratulated ...") a later
     * "she" or "he" may stand for. The subject is resolved only when a pronoun asks for it.
     */
    void noteSubject(Words w) {
        pending.addFirst(w);
        if (pending.size() > MAX_PENDING) {
            pending.removeLast();
        }
    }

    /** Returns the person a "he" or "she" stands for: the last one named alone, or -1. */
    private int pronounTarget() {
        List<Words> recent = new ArrayList<>(pending);
        pending.clear();
        for (Words w : recent) {
            int target = openingSubject(w);
            if (target >= 0) {
                lastSingle = target;
                break;
            }
        }
        return lastSingle;
    }

    /** Returns the one person that opens a sentence as its subject, or -1. */
    private int openingSubject(Words w) {
        List<Token> t = w.tokens;
        int end = 0;
        while (end < t.size() && end < 12 && (t.get(end).isCapitalized()
                || !t.get(end).isWord() && !t.get(end).text().equals(",")
                || t.get(end).is("the") || t.get(end).is("and") || t.get(end).is("of"))) {
            end++;
        }
        for (int e = end; e > 0; e--) {
            int saved = lastSingle;
            BitSet b = resolve(w, 0, e);
            lastSingle = saved;
            if (b != null) {
                int first = b.nextSetBit(0);
                return b.cardinality() == 1 && parties.get(first).kind == PartyKind.PERSON
                        && !t.get(0).is("he") && !t.get(0).is("she") ? first : -1;
            }
        }
        return -1;
    }

    /**
     * Returns whether the tokens {@code [from, to)} are a group reference that stands for all
     * the parties ("the Parties", "both sides", "the two leaders"), whatever the parties are;
     * in a statement made together, "we" as well.
     */
    boolean isGroup(Words w, int from, int to) {
        if (from < to && to == from + 1 && w.tokens.get(from).is("we")) {
            return speaksAsWe();
        }
        return from < to && group(w, from, to) == to;
    }

    /**
     * Whether "we" stands for the issuers: always where they are known; where they are not,
     * only in a statement they make together (elsewhere "we" is more often a speaker's).
     */
    boolean speaksAsWe() {
        return collective || !parties.isEmpty();
    }

    /** Returns all parties. */
    BitSet all() {
        return (BitSet) all.clone();
    }

    /** Returns the index just past a separator at {@code p}, or -1. */
    private static int separator(Words w, int p, int to) {
        Token t = w.tokens.get(p);
        if (t.text().equals(",") || t.text().equals("&")) {
            if (p + 1 < to && w.tokens.get(p + 1).is("and")) {
                return p + 2;
            }
            return p + 1;
        }
        if (t.is("and")) {
            return p + 1;
        }
        if (t.is("as") && p + 2 < to && w.tokens.get(p + 1).is("well")
                && w.tokens.get(p + 2).is("as")) {
            return p + 3;
        }
        return -1;
    }

    /** Resolves one conjunct starting at {@code p}; sets {@code end[0]} past it. */
    private BitSet conjunct(Words w, int p, int to, int[] end) {
        List<Token> t = w.tokens;
        String first = t.get(p).lower();
        // pronouns
        if (first.equals("we") || first.equals("they")) {
            end[0] = p + 1;
            return all();
        }
        if (first.equals("he") || first.equals("she")) {
            int target = pronounTarget();
            if (target < 0) {
                return null;
            }
            end[0] = p + 1;
            BitSet b = new BitSet();
            b.set(target);
            return b;
        }
        if (first.equals("i") && t.get(p).text().equals("I")) {
            int only = onlyPerson();
            if (only >= 0) {
                end[0] = p + 1;
                BitSet b = new BitSet();
                b.set(only);
                return b;
            }
        }
        // a person named with an office or an honorific
        PersonMention person = w.personsByStart().get(t.get(p).start());
        if (person == null && first.equals("the") && p + 1 < to) {
            person = w.personsByStart().get(t.get(p + 1).start());
        }
        if (person != null && person.end() <= t.get(to - 1).end()) {
            BitSet b = person.named() ? withOtherOffice(person, byName(person.nameTokens()))
                    : byOffices(person);
            if (b != null) {
                lastPersonal = true;
                end[0] = indexAfter(t, person.end(), p);
                return b;
            }
        }
        // explicit aliases ("the prime minister")
        for (int i = 0; i < parties.size(); i++) {
            for (String alias : parties.get(i).explicitAliases) {
                int e = matchWords(t, p, to, alias);
                if (e > p) {
                    end[0] = e;
                    lastPersonal = true;
                    BitSet b = new BitSet();
                    b.set(i);
                    return b;
                }
            }
        }
        // "Mr. Sullivan", "Director Wang", "Widodo"
        int q = p;
        if (HONORIFICS.contains(first)) {
            q++;
        }
        int nameEnd = q;
        while (nameEnd < to && t.get(nameEnd).isCapitalized() && t.get(nameEnd).isWord()
                && w.places().startingAt(t.get(nameEnd).start()) == null && nameEnd - q < 4) {
            nameEnd++;
        }
        for (int e = nameEnd; e > q; e--) {
            List<String> words = new ArrayList<>();
            for (int i = q; i < e; i++) {
                words.add(t.get(i).text().replace(".", ""));
            }
            BitSet b = byName(words);
            if (b != null) {
                end[0] = e;
                lastPersonal = true;
                return b;
            }
        }
        // group references
        int g = group(w, p, to);
        if (g > p) {
            end[0] = g;
            return all();
        }
        // states, their bodies and organisations
        return entity(w, p, to, end);
    }

    private int onlyPerson() {
        int only = -1;
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).kind == PartyKind.PERSON) {
                if (only >= 0) {
                    return -1;
                }
                only = i;
            }
        }
        return parties.size() == 1 ? only : -1;
    }

    private BitSet byName(List<String> words) {
        BitSet b = null;
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).isNamedBy(words)) {
                if (b != null) {
                    return null; // ambiguous
                }
                b = new BitSet();
                b.set(i);
            }
        }
        return b;
    }

    /**
     * Resolves offices named alone to the parties holding them: "the Minister", or two joined
     * by "and" ("The President and Prime Minister"), each of which must resolve.
     */
    private BitSet byOffices(PersonMention m) {
        String role = m.role().orElse("");
        int and = role.indexOf(" and ");
        if (and < 0 || m.named()) {
            return byOffice(m);
        }
        BitSet b = new BitSet();
        for (String part : role.split(" and ")) {
            BitSet one = byOffice(new PersonMention(m.start(), m.end(), m.name(), m.nameTokens(),
                    Optional.of(part.strip()), m.country(), m.organization(), m.rule()));
            if (one == null) {
                return null;
            }
            b.or(one);
        }
        return b;
    }

    /**
     * Adds the party of the other office a named mention joins to its own by "and": "The
     * President and Prime Minister Bennett" is the President's as well as Bennett's. Returns
     * {@code named} itself otherwise, null if that office resolves to no party.
     */
    private BitSet withOtherOffice(PersonMention m, BitSet named) {
        String role = m.role().orElse("");
        int and = role.indexOf(" and ");
        if (named == null || and < 0) {
            return named;
        }
        BitSet other = byOffice(new PersonMention(m.start(), m.end(), "", List.of(),
                Optional.of(role.substring(0, and).strip()), Optional.empty(), Optional.empty(),
                m.rule()));
        if (other == null) {
            return null;
        }
        BitSet b = (BitSet) named.clone();
        b.or(other);
        return b;
    }

    /** Resolves an office named alone ("the Minister") to the one party holding it. */
    private BitSet byOffice(PersonMention m) {
        String role = m.role().orElse("");
        if (role.isEmpty()) {
            return null;
        }
        String head = offices.head(PartyEntry.lastOffice(role)).toLowerCase(Locale.ROOT);
        String full = role.toLowerCase(Locale.ROOT);
        BitSet b = null;
        for (int i = 0; i < parties.size(); i++) {
            PartyEntry party = parties.get(i);
            boolean explicit = party.explicitAliases.contains("the " + full);
            boolean holds = party.role != null
                    && (party.roleHead(offices).toLowerCase(Locale.ROOT).equals(head)
                    || party.role.toLowerCase(Locale.ROOT).equals(full));
            if (explicit) {
                b = new BitSet();
                b.set(i);
                return b;
            }
            if (holds) {
                if (b != null) {
                    return null;
                }
                b = new BitSet();
                b.set(i);
            }
        }
        if (m.country().isPresent() && b != null
                && !m.country().get().equals(parties.get(b.nextSetBit(0)).country)) {
            return null;
        }
        return b;
    }

    /** Returns the end of a group reference at {@code p}, or {@code p}. */
    private static int group(Words w, int p, int to) {
        List<Token> t = w.tokens;
        int q = p;
        boolean determiner = false;
        while (q < to && DETERMINERS.contains(t.get(q).lower())) {
            q++;
            determiner = true;
        }
        while (q < to && NUMBERS.contains(t.get(q).lower())) {
            q++;
        }
        // "Ministers reaffirmed", "Leaders agreed": a plural noun alone
        boolean bare = !determiner && q == p && q < to && t.get(q).isCapitalized()
                && t.get(q).lower().endsWith("s");
        if ((determiner || bare) && q < to) {
            for (List<String> noun : GROUP_NOUNS) {
                int e = matchSequence(t, q, to, noun);
                if (e > q && !(noun.size() == 1 && singular(noun.get(0))
                        && !t.get(p).is("each"))) {
                    return e;
                }
            }
            // "the Alliance", "the ROK-U.S. Alliance", "the Joint Taskforce"
            int r = q;
            if (r < to && t.get(r).text().contains("-") && t.get(r).isCapitalized()) {
                r++;
            }
            if (r < to && t.get(r).text().equals("Alliance")) {
                return r + 1;
            }
            if (t.get(q).text().equalsIgnoreCase("joint") && q + 1 < to
                    && t.get(q + 1).isCapitalized()) {
                int e = q + 1;
                while (e < to && t.get(e).isCapitalized() && t.get(e).isWord()) {
                    e++;
                }
                return e;
            }
        }
        // "Both agreed", "The two agreed"
        if (t.get(p).is("both") && q == p + 1 && q == to) {
            return q;
        }
        return p;
    }

    private static boolean singular(String noun) {
        return noun.equals("side") || noun.equals("country") || noun.equals("president");
    }

    /** Resolves a state, a state's body or an organisation at {@code p}. */
    private BitSet entity(Words w, int p, int to, int[] end) {
        List<Token> t = w.tokens;
        int q = p;
        if (t.get(q).is("the") || t.get(q).is("our")) {
            // "our country": the statement's one country
            if (t.get(q).is("our") && q + 1 < to && (t.get(q + 1).is("country")
                    || t.get(q + 1).is("nation") || t.get(q + 1).is("government"))) {
                String code = onlyCountry();
                if (code != null) {
                    end[0] = q + 2;
                    return byCountry(code);
                }
                return null;
            }
            q++;
        }
        if (q >= to) {
            return null;
        }
        // "the Government of the Republic of Belarus"
        if ((t.get(q).is("government") || t.get(q).is("governments")) && q + 2 < to
                && t.get(q + 1).is("of")) {
            int r = t.get(q + 2).is("the") ? q + 3 : q + 2;
            if (r < to) {
                Mention m = w.places().startingAt(t.get(r).start());
                if (m == null && t.get(q + 2).is("the")) {
                    m = w.places().startingAt(t.get(q + 2).start());
                }
                if (m != null && m.entity().type() == EntityType.COUNTRY) {
                    BitSet b = byCountry(m.entity().countryCode().orElse(""));
                    if (b != null) {
                        end[0] = indexAfter(t, m.end(), q);
                        return b;
                    }
                }
            }
            return null;
        }
        Mention m = w.places().startingAt(t.get(q).start());
        if (m == null && q > p) {
            m = w.places().startingAt(t.get(p).start()); // "the United States" as one name
        }
        if (m == null || m.entity().type() == EntityType.PLACE
                || m.form() == MentionForm.DEMONYM) {
            return null;
        }
        BitSet b = m.entity().type() == EntityType.COUNTRY
                ? byCountry(m.entity().countryCode().orElse(""))
                : byOrganization(m.entity());
        if (b == null) {
            return null;
        }
        int e = indexAfter(t, m.end(), q);
        // a body of the state: "Ministry of National Defense", "delegation"
        if (e < to && t.get(e).isPossessive()) {
            return null; // "the ROK's proposal" is not the ROK
        }
        if (e < to && isInstitution(t.get(e))) {
            e++;
            while (e < to) {
                Token x = t.get(e);
                if (x.isCapitalized() && x.isWord() && !x.is("and")) {
                    e++;
                } else if ((x.is("of") || x.is("for") || x.is("and")) && e + 1 < to
                        && t.get(e + 1).isCapitalized() && t.get(e + 1).isWord()
                        && w.places().startingAt(t.get(e + 1).start()) == null) {
                    e += 2;
                } else {
                    break;
                }
            }
        } else if (m.form() == MentionForm.ADJECTIVE) {
            return null; // "Korean" alone is not Korea
        }
        end[0] = e;
        return b;
    }

    private static boolean isInstitution(Token t) {
        return INSTITUTION_WORDS.contains(t.lower());
    }

    private String onlyCountry() {
        String code = null;
        for (PartyEntry p : parties) {
            if (p.country == null || code != null && !code.equals(p.country)) {
                return null;
            }
            code = p.country;
        }
        return code;
    }

    private BitSet byCountry(String code) {
        BitSet b = new BitSet();
        for (int i = 0; i < parties.size(); i++) {
            if (code.equals(parties.get(i).country)) {
                b.set(i);
            }
        }
        return b.isEmpty() ? null : b;
    }

    private BitSet byOrganization(Entity e) {
        for (int i = 0; i < parties.size(); i++) {
            if (e.equals(parties.get(i).entity) || parties.get(i).name.equalsIgnoreCase(e.name())) {
                BitSet b = new BitSet();
                b.set(i);
                return b;
            }
        }
        return byOrganizationHead(e);
    }

    /**
     * Returns the one person party who holds an office of the organisation, or of another body
     * of the European Union for one of them, or else the one person not placed at all: in a
     * statement of President Biden and President von der Leyen, "the European Commission will"
     * is hers. Null if there is none or more than one.
     */
    private BitSet byOrganizationHead(Entity e) {
        BitSet b = null;
        for (int i = 0; i < parties.size(); i++) {
            PartyEntry p = parties.get(i);
            if (p.kind == PartyKind.PERSON && p.organization != null
                    && sameBody(p.organization, e.name())) {
                if (b != null) {
                    return null;
                }
                b = new BitSet();
                b.set(i);
            }
        }
        return b != null ? b : unplacedPerson();
    }

    /**
     * Returns the person parties placed in no country or organisation when every party is a
     * person and some are placed: the organisation's officials, whose office the text does not
     * name ("Joint Statement by President Biden and President von der Leyen"). Null otherwise.
     */
    private BitSet unplacedPerson() {
        BitSet b = new BitSet();
        for (int i = 0; i < parties.size(); i++) {
            PartyEntry p = parties.get(i);
            if (p.kind != PartyKind.PERSON) {
                return null;
            }
            if (!p.isPlaced()) {
                b.set(i);
            }
        }
        return b.isEmpty() || b.cardinality() == parties.size() ? null : b;
    }

    private static boolean sameBody(String a, String b) {
        return a.equalsIgnoreCase(b) || a.startsWith("European ") && b.startsWith("European ");
    }

    private void recordAlias(Words w, int from, int to, int party) {
        PartyEntry entry = parties.get(party);
        int s = from;
        if (w.tokens.get(s).is("both") || w.tokens.get(s).is("all")) {
            return;
        }
        String alias = w.text.substring(w.tokens.get(s).start(), w.tokens.get(to - 1).end());
        String lower = alias.toLowerCase(Locale.ROOT);
        if (lower.equals("he") || lower.equals("she") || lower.equals("i")
                || alias.contains(entry.name)
                || alias.length() > 60) {
            return;
        }
        if (lower.startsWith("the ")) {
            alias = "the " + alias.substring(4);
        }
        if (!entry.aliases.contains(alias)) {
            entry.aliases.add(alias);
        }
    }

    private static int indexAfter(List<Token> tokens, int offset, int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    private static int matchWords(List<Token> t, int p, int to, String phrase) {
        if (phrase.isEmpty()) {
            return p;
        }
        return matchSequence(t, p, to, List.of(phrase.split(" ")));
    }

    private static int matchSequence(List<Token> t, int p, int to, List<String> words) {
        if (p + words.size() > to) {
            return p;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!t.get(p + i).lower().equals(words.get(i))) {
                return p;
            }
        }
        return p + words.size();
    }

    private static List<List<String>> phrases(String resource) {
        List<List<String>> list = new ArrayList<>();
        for (String line : WordLists.load(References.class, resource)) {
            list.add(List.of(line.toLowerCase(Locale.ROOT).split(" ")));
        }
        // longest first, so that "prime ministers" wins over "ministers"
        list.sort((a, b) -> b.size() - a.size());
        return List.copyOf(list);
    }
}
