package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartyKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Places the persons among a statement's parties: completes each from the fullest mention of the
 * same person anywhere in the text ("Prime Minister Ishiba" in a headline, "Ishiba Shigeru" or
 * "Prime Minister Ishiba Shigeru of Japan" further down; "European Commission President Ursula von
 * der Leyen", a person of an organisation, who has no country), then gives a person the text still
 * does not place, in this order: the country of an institution the office names ("White House ...
 * Advisor"); the country an unqualified office implies ("Secretary of State"); the country whose
 * head of state or government the office and name are ("President Macron"); the one country of
 * the issuers that no party has taken ("U.S.-Mexico Joint Declaration", "The United States and
 * Mexico affirm ..."); the publisher's country, when no other party stands for it, for the one
 * person left, else the one holding its leaders' office ("President Donald J. Trump and Prime
 * Minister Giorgia Meloni" on whitehouse.gov), else the first its title names; the other half of
 * a pair naming the parties' relations ("UK-US cooperation"); and the publisher's country for all,
 * when the statement names no other country, no organisation and no region. A topic the title
 * names ("... on Nigeria's Upcoming Election") places nobody. Thread-safe.
 */
final class PartyCountries {

    /** How many sentences may hold the pair that places a person. */
    static final int PAIR_SENTENCES = 8;
    /** How many sentences are searched for a fuller mention of a party. */
    private static final int MAX_SEARCHED_SENTENCES = 400;

    private static final Map<String, String> INSTITUTION_COUNTRIES = table(
            "institution-countries.tsv");
    private static final Map<String, String> OFFICE_COUNTRIES = table("office-countries.tsv");
    /** Ranks below an office that keep its country: "Deputy Secretary of State". */
    private static final Set<String> OFFICE_RANKS = Set.of("Deputy", "Principal", "Acting",
            "Assistant", "Under", "Associate");
    private static final Map<String, Set<String>> PUBLISHER_OFFICES = multimap(
            "publisher-offices.tsv");
    private static final Pattern RELATIONS = Pattern.compile(
            "\\s+(?:strategic\\s+|economic\\s+|bilateral\\s+|trade\\s+|security\\s+)?"
            + "(?:cooperation|relationship|relations|alliance|partnership|ties|friendship)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What comes before a pair that names the relations between them. */
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(?:the\\s+)?$");
    /** What joins the two countries of a pair: " and ", " and the ". */
    private static final Pattern AND_THE = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
    /** What follows an office when another office is joined on to it: " and President". */
    private static final Pattern JOINED_OFFICE = Pattern.compile(",|\\s+and\\s");

    private final Gazetteer gazetteer;
    private final Offices offices;
    private final PersonFinder persons;

    PartyCountries(Gazetteer gazetteer, Offices offices, PersonFinder persons) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.persons = persons;
    }

    /**
     * Completes persons named in short ("Biden", "Prime Minister Ishiba") or without a country from
     * the fullest mention of the same person, with the same office, in {@code sentences}.
     */
    void completeFromText(List<PartyEntry> parties, List<Sentence> sentences,
            TextReadings readings) {
        for (PartyEntry p : parties) {
            if (p.kind != PartyKind.PERSON || p.nameTokens.isEmpty()
                    || p.isPlaced() && p.nameTokens.size() > 1) {
                continue;
            }
            List<String> keys = keys(p.nameTokens);
            for (int i = 0; i < Math.min(sentences.size(), MAX_SEARCHED_SENTENCES); i++) {
                Sentence s = sentences.get(i);
                if (keys.stream().noneMatch(s.text()::contains)) {
                    continue;
                }
                for (PersonMention m : readings.persons(s.text())) {
                    if (m.named() && p.isNamedBy(m.nameTokens()) && sameOffice(p, m)) {
                        complete(p, m);
                    }
                }
            }
            // a family name given first, and named in full without an office: "President Biden
            // called Ishiba Shigeru today"
            for (int i = 0; i < Math.min(sentences.size(), MAX_SEARCHED_SENTENCES)
                    && p.nameTokens.size() == 1; i++) {
                String family = p.nameTokens.get(0);
                Optional<String> given = persons.givenNameAfter(sentences.get(i).text(), family);
                if (given.isPresent()) {
                    p.name = p.name + " " + given.get();
                    p.nameTokens = List.of(family, given.get());
                }
            }
        }
    }

    /** Returns whether a mention's office is compatible with a party's: "President" both. */
    private boolean sameOffice(PartyEntry p, PersonMention m) {
        if (m.role().isEmpty()) {
            return false; // "Dr. Jill Biden" is not President Biden
        }
        if (p.role == null || p.role.isEmpty()) {
            return true;
        }
        String mine = offices.head(PartyEntry.lastOffice(p.role)).toLowerCase(Locale.ROOT);
        String theirs = offices.head(PartyEntry.lastOffice(m.role().get()))
                .toLowerCase(Locale.ROOT);
        return mine.equals(theirs) || mine.endsWith(" " + theirs) || theirs.endsWith(" " + mine);
    }

    /** Completes a party from a fuller mention of the same person. */
    static void complete(PartyEntry p, PersonMention m) {
        if (m.nameTokens().size() > p.nameTokens.size()) {
            p.name = m.name();
            p.nameTokens = m.nameTokens();
        }
        if (p.country == null && p.organization == null) {
            p.country = m.country().orElse(null);
            if (p.country == null) {
                p.organization = m.organization().orElse(null);
            }
        }
        // "Secretary" in a headline, "Secretary of State" in the text; not "First Lady and
        // President" of "the First Lady and President Trump", another person's office joined on
        if (m.role().isPresent() && (p.role == null || p.role.isEmpty()
                || m.role().get().length() > p.role.length()
                && m.role().get().startsWith(p.role)
                && !JOINED_OFFICE.matcher(m.role().get().substring(p.role.length())).lookingAt())) {
            p.role = m.role().get();
        }
    }

    /**
     * Gives the persons the text does not place a country, as the class comment says.
     *
     * @param issuing the countries the title or the opening sentence names as the issuers
     * @param title the statement's title, or the empty string
     */
    void fill(List<PartyEntry> parties, Set<String> issuing, String title,
            List<Sentence> sentences, Optional<String> publisher) {
        List<PartyEntry> missing = new ArrayList<>();
        Set<String> assigned = new LinkedHashSet<>();
        int international = 0;
        for (PartyEntry p : parties) {
            if (p.kind == PartyKind.PERSON && !p.isPlaced()) {
                missing.add(p);
            } else if (p.country != null) {
                assigned.add(p.country);
            } else {
                international++;
            }
        }
        Set<String> byHeads = new HashSet<>(); // countries placed only by the heads' table
        Set<String> byRank = new HashSet<>(); // countries placed by the rank of an office
        for (PartyEntry p : new ArrayList<>(missing)) {
            String country = p.role == null ? null : institutionIn(p.role).orElse(null);
            String rule = "; country: the institution its office names";
            if (country == null && p.role != null) {
                country = officeCountry(p.role).orElse(null);
                rule = "; country: the office's";
                if (country != null && !OFFICE_COUNTRIES.containsKey(p.role.strip())) {
                    byRank.add(country);
                }
            }
            if (country == null && (p.role == null || p.role.isEmpty())) {
                // a head of state or government named in full without an office: "Barack Obama"
                Optional<String[]> head = HeadsOfGovernment.byFullName(p.name);
                if (head.isPresent()) {
                    p.role = head.get()[0];
                    country = head.get()[1];
                    rule = "; office and country: of the head of state or government so named";
                    byHeads.add(country);
                }
            }
            if (country == null && p.role != null) {
                country = HeadsOfGovernment.countryOf(offices.head(PartyEntry.lastOffice(p.role)),
                        p.name).orElse(null);
                rule = "; country: the one whose head of state or government they are";
                if (country != null) {
                    byHeads.add(country);
                }
            }
            if (country != null) {
                p.country = country;
                p.rule += rule;
                assigned.add(country);
                missing.remove(p);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        // the one country of the issuers that no party has taken
        Set<String> listed = new LinkedHashSet<>(issuing);
        boolean onePerCountry = listed.size() == parties.size() - international;
        listed.removeAll(assigned);
        // all the rest to one country only where the placed parties' countries are not guesses
        boolean guessed = parties.stream().anyMatch(p -> p.rule.contains("country: the publisher's"));
        // a deputy placed by their office's rank does not stand for their country as its
        // principal: its country is still left for the persons of the delegation ("a U.S.
        // delegation led by Homeland Security Advisor X, ..., and Acting Deputy Secretary of
        // Homeland Security Y")
        Set<String> firm = new LinkedHashSet<>();
        for (PartyEntry p : parties) {
            if (p.country != null && !(byRank.contains(p.country)
                    && p.rule.endsWith("; country: the office's")
                    && !OFFICE_COUNTRIES.containsKey(p.role.strip()))) {
                firm.add(p.country);
            }
        }
        if (leftOver(missing, listed, onePerCountry)
                || !guessed && allLeftOver(missing, issuing, firm)) {
            return;
        }
        // the publisher's own: the one person left, else the one holding its leaders' office
        // when the publisher's country is among the issuers, else the first its title names (each government names its own first); unless another
        // party already stands for that country: a joint statement joins countries
        Optional<String> publisherCountry = publisher.flatMap(this::countryOf);
        // the publisher's head placed by the table: the one other person holding an office of
        // its leaders is the publisher's too ("President Biden" and "National Security Advisor
        // Jake Sullivan")
        if (publisherCountry.isPresent() && byHeads.contains(publisherCountry.get())
                && parties.stream().filter(p -> publisherCountry.get().equals(p.country))
                        .allMatch(p -> p.rule.contains("head of state or government"))) {
            int own = holderOfOwnOffice(missing, publisherCountry.get());
            // not another holder of the head's own office: "President Biden and President von
            // der Leyen"
            String ownHead = own < 0 ? "" : missing.get(own).roleHead(offices);
            if (parties.stream().anyMatch(p -> publisherCountry.get().equals(p.country)
                    && p.roleHead(offices).equalsIgnoreCase(ownHead))) {
                own = -1;
            }
            if (own >= 0) {
                place(missing, own, publisherCountry.get(),
                        "the publisher's, whose leaders hold the office");
                if (missing.isEmpty()) {
                    return;
                }
            }
        }
        if (publisherCountry.isPresent() && !assigned.contains(publisherCountry.get())) {
            String home = publisherCountry.get();
            int own = missing.size() == 1 ? 0
                    : listed.contains(home) ? holderOfOwnOffice(missing, home) : -1;
            String why = missing.size() == 1 ? "the publisher's"
                    : "the publisher's, whose leaders hold the office";
            if (own < 0 && missing.get(0).namedInTitle) {
                own = 0;
                why = "the publisher's, named first in the title";
            }
            if (own >= 0) {
                place(missing, own, home, why);
                assigned.add(home);
                listed.remove(home);
                if (leftOver(missing, listed, onePerCountry)) {
                    return;
                }
            }
        }
        // the other half of a pair with a placed party's country: "UK-US cooperation", "the
        // relationship between Canada and France"
        if (missing.size() == 1 && !assigned.isEmpty()) {
            for (int i = 0; i < Math.min(sentences.size(), PAIR_SENTENCES); i++) {
                String paired = pairedCountry(sentences.get(i), assigned, true);
                // (the counterpart the title names, not an ambassador, who serves abroad)
                PartyEntry last = missing.get(0);
                if (paired == null && last.namedInTitle
                        && (last.role == null || !last.role.contains("Ambassador"))) {
                    paired = joinedCountry(sentences.get(i), assigned, true);
                }
                if (paired != null) {
                    place(missing, 0, paired, "the other country of a pair, of their relations");
                    return;
                }
            }
        }
        // a statement about the publisher's own affairs: its persons are all the publisher's
        if (publisherCountry.isPresent() && !missing.isEmpty()
                && domestic(publisherCountry.get(), assigned, listed, title, sentences)) {
            String home = publisherCountry.get();
            for (PartyEntry p : new ArrayList<>(missing)) {
                if (foreignLeader(p, parties, home)) {
                    continue;
                }
                place(missing, missing.indexOf(p), home,
                        "the publisher's, as the statement names no other country");
            }
        }
    }

    /**
     * Places the persons a press statement's title names that hold an office of the publisher's
     * leaders, as its own people ("Statement by President Joe Biden and First Lady Jill Biden on
     * ..."): a press statement is the publisher's; unless another party holds the same office
     * ("Statement from President Biden and President von der Leyen").
     */
    void fillPublishersOwn(List<PartyEntry> parties, Optional<String> publisher) {
        Optional<String> home = publisher.flatMap(this::countryOf);
        if (home.isEmpty()) {
            return;
        }
        Set<String> own = PUBLISHER_OFFICES.getOrDefault(home.get(), Set.of());
        for (PartyEntry p : parties) {
            String head = p.roleHead(offices).toLowerCase(Locale.ROOT);
            if (p.kind != PartyKind.PERSON || !p.namedInTitle || p.isPlaced()
                    || !own.contains(head)) {
                continue;
            }
            boolean shared = parties.stream().anyMatch(o -> o != p
                    && o.roleHead(offices).toLowerCase(Locale.ROOT).equals(head));
            if (!shared) {
                p.country = home.get();
                p.rule += "; country: the publisher's, whose own statement it is";
            }
        }
    }

    /**
     * Returns whether a statement names no country, organisation or region but {@code home}: in
     * its parties, its issuers, its title and its opening sentences.
     */
    private boolean domestic(String home, Set<String> assigned, Set<String> listed, String title,
            List<Sentence> sentences) {
        if (assigned.stream().anyMatch(c -> !c.equals(home))
                || listed.stream().anyMatch(c -> !c.equals(home))) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        texts.add(title);
        for (int i = 0; i < Math.min(sentences.size(), PAIR_SENTENCES); i++) {
            texts.add(sentences.get(i).text());
        }
        for (String text : texts) {
            for (Mention m : gazetteer.find(text)) {
                // another country, an organisation, or a region ("Europe", "the Middle East");
                // not a city, whose name may be one at home too ("St. Petersburg", Florida)
                String code = m.entity().countryCode().orElse("");
                if (m.entity().type() == EntityType.ORGANIZATION
                        || m.entity().type() == EntityType.COUNTRY && !code.equals(home)
                        || m.entity().type() == EntityType.PLACE && code.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Returns whether a person holds an office that marks another country's leader: one the
     * leaders of other countries hold and {@code home}'s do not ("Prime Minister Kishida" on
     * whitehouse.gov), or the office a party named before holds too ("President Biden" and
     * "President Yoon": two countries' presidents, the publisher's named first).
     */
    private boolean foreignLeader(PartyEntry p, List<PartyEntry> parties, String home) {
        String head = p.roleHead(offices).toLowerCase(Locale.ROOT);
        if (head.isEmpty()) {
            return false;
        }
        // each government names its own first: the first of those sharing the office is home's
        boolean shared = parties.subList(0, parties.indexOf(p)).stream().anyMatch(o ->
                o.kind == PartyKind.PERSON
                && o.roleHead(offices).toLowerCase(Locale.ROOT).equals(head)
                && PUBLISHER_OFFICES.values().stream().anyMatch(v -> v.contains(head)));
        boolean elsewhere = !PUBLISHER_OFFICES.getOrDefault(home, Set.of()).contains(head)
                && PUBLISHER_OFFICES.entrySet().stream().anyMatch(e -> !e.getKey().equals(home)
                        && e.getValue().contains(head));
        return shared || elsewhere;
    }

    /** Places the one person left with the one country of the title's issuers left. */
    private static boolean leftOver(List<PartyEntry> missing, Set<String> listed,
            boolean onePerCountry) {
        if (missing.size() == 1 && listed.size() == 1 && onePerCountry) {
            place(missing, 0, listed.iterator().next(), "the one of the issuers' left");
            return true;
        }
        return missing.isEmpty();
    }

    /**
     * Places all the persons left with the one issuing country no placed party stands for, when
     * every other issuing country has its party: "Joint Statement on Australia-U.S. Ministerial
     * Consultations", with the Secretaries of State and Defense placed by their offices, places
     * the Ministers for Foreign Affairs and for Defence in Australia.
     */
    private static boolean allLeftOver(List<PartyEntry> missing, Set<String> issuing,
            Set<String> assigned) {
        Set<String> left = new LinkedHashSet<>(issuing);
        left.removeAll(assigned);
        // an ambassador serves in the other country: "Ambassador Ken Salazar" in Mexico City
        if (missing.isEmpty() || issuing.size() < 2 || left.size() != 1
                || !issuing.containsAll(assigned) || missing.stream().anyMatch(p ->
                        p.role != null && p.role.contains("Ambassador"))) {
            return false;
        }
        String country = left.iterator().next();
        while (!missing.isEmpty()) {
            place(missing, 0, country, "the one of the issuers' left, for all the persons left");
        }
        return true;
    }

    /** Returns the index of the one person holding an office of {@code country}'s leaders. */
    private int holderOfOwnOffice(List<PartyEntry> missing, String country) {
        Set<String> own = PUBLISHER_OFFICES.getOrDefault(country, Set.of());
        int holder = -1;
        for (int i = 0; i < missing.size(); i++) {
            String role = missing.get(i).role;
            if (role == null || role.isEmpty()) {
                continue;
            }
            String head = offices.head(PartyEntry.lastOffice(role)).toLowerCase(Locale.ROOT);
            if (own.contains(head)) {
                if (holder >= 0) {
                    return -1;
                }
                holder = i;
            }
        }
        return holder;
    }

    private static void place(List<PartyEntry> missing, int which, String country, String why) {
        PartyEntry p = missing.remove(which);
        p.country = country;
        p.rule += "; country: " + why;
    }

    /**
     * Returns the other country of a pair joined by "and" with one of {@code known}: "the
     * challenges faced by the UK and Ireland"; with {@code between}, only of a pair the
     * relations between them name ("the relationship between Canada and France"); null if
     * none.
     */
    String joinedCountry(Sentence near, Set<String> known, boolean between) {
        String text = near.text();
        Mention previous = null;
        for (Mention m : gazetteer.find(text)) {
            if (m.entity().type() != EntityType.COUNTRY || m.entity().countryCode().isEmpty()) {
                previous = null;
                continue;
            }
            if (previous != null && AND_THE.matcher(text).region(previous.end(), m.start())
                    .matches() && (!between || BETWEEN.matcher(text).region(0, previous.start())
                            .find())) {
                String a = previous.entity().countryCode().get();
                String b = m.entity().countryCode().get();
                if (known.contains(a) && !known.contains(b)) {
                    return b;
                }
                if (known.contains(b) && !known.contains(a)) {
                    return a;
                }
            }
            previous = m;
        }
        return null;
    }

    /**
     * Returns the other country of a hyphenated pair "UK-Canada" with one of {@code known}; with
     * {@code relations}, only of a pair that names their relations ("UK-US cooperation", not
     * "the U.S.-Russia Summit").
     */
    String pairedCountry(Sentence near, Set<String> known, boolean relations) {
        String text = near.text();
        Places places = new Places(gazetteer.find(text));
        for (Mention m : places.all()) {
            String code = m.entity().countryCode().orElse(null);
            if (m.entity().type() != EntityType.COUNTRY || code == null || known.contains(code)) {
                continue;
            }
            Mention after = m.end() < text.length() && text.charAt(m.end()) == '-'
                    ? places.startingAt(m.end() + 1) : null;
            Mention before = m.start() > 0 && text.charAt(m.start() - 1) == '-'
                    ? places.endingAt(m.start() - 1) : null;
            for (Mention other : new Mention[] {after, before}) {
                if (other != null && known.contains(other.entity().countryCode().orElse(""))
                        && (!relations || RELATIONS.matcher(text).region(
                                Math.max(m.end(), other.end()), text.length()).lookingAt())) {
                    return code;
                }
            }
        }
        return null;
    }

    /**
     * Returns the country an unqualified office implies: "Secretary of State", and the ranks
     * below it ("Deputy Secretary of State", "Acting Secretary of Defense", "Under Secretary of
     * State for Arms Control", "Assistant Secretary of State for East Asian and Pacific
     * Affairs"); a portfolio after "for" belongs to the ranked offices only, as "Secretary of
     * State for Defence" is another country's.
     */
    static Optional<String> officeCountry(String role) {
        String office = role.strip();
        String known = OFFICE_COUNTRIES.get(office);
        if (known != null) {
            return Optional.of(known);
        }
        boolean ranked = false;
        for (int space = office.indexOf(' '); space > 0
                && OFFICE_RANKS.contains(office.substring(0, space));
                space = office.indexOf(' ')) {
            office = office.substring(space + 1);
            ranked = true;
        }
        if (!ranked) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : OFFICE_COUNTRIES.entrySet()) {
            if (office.equals(e.getKey()) || office.startsWith(e.getKey() + " for ")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the country whose seat of government the first sentences name ("in Downing
     * Street", "at the Élysée Palace"), if its leaders hold {@code office} ("Prime Minister" in
     * Downing Street, not at the White House); empty if none or several.
     */
    Optional<String> seatCountry(List<Sentence> sentences, String office) {
        String head = offices.head(PartyEntry.lastOffice(office)).toLowerCase(Locale.ROOT);
        Set<String> seats = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(sentences.size(), PAIR_SENTENCES); i++) {
            String text = sentences.get(i).text();
            for (Map.Entry<String, String> e : INSTITUTION_COUNTRIES.entrySet()) {
                if (text.contains(e.getKey()) && PUBLISHER_OFFICES.getOrDefault(e.getValue(),
                        Set.of()).contains(head)) {
                    seats.add(e.getValue());
                }
            }
        }
        return seats.size() == 1 ? Optional.of(seats.iterator().next()) : Optional.empty();
    }

    /** Returns the country of an institution a role names: "White House ... Advisor". */
    private static Optional<String> institutionIn(String role) {
        for (Map.Entry<String, String> e : INSTITUTION_COUNTRIES.entrySet()) {
            if (role.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Returns the country an institution's name names or implies. */
    Optional<String> countryOf(String institution) {
        String known = INSTITUTION_COUNTRIES.get(institution.strip());
        if (known != null) {
            return Optional.of(known);
        }
        for (Mention m : gazetteer.find(institution)) {
            if (m.entity().type() == EntityType.COUNTRY) {
                return m.entity().countryCode();
            }
        }
        return institutionIn(institution); // "Prime Minister's Office, 10 Downing Street"
    }

    /** Returns the words of a name that a mention of the same person must contain one of. */
    private static List<String> keys(List<String> name) {
        List<String> keys = new ArrayList<>();
        for (String w : name) {
            if (w.length() > 2 && !w.equals("III") && !w.equals("Jr")) {
                keys.add(w);
            }
        }
        return keys;
    }

    private static Map<String, Set<String>> multimap(String resource) {
        Map<String, Set<String>> map = new HashMap<>();
        table(resource, (k, v) -> map.computeIfAbsent(k, x -> new HashSet<>())
                .add(v.toLowerCase(Locale.ROOT)));
        Map<String, Set<String>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static Map<String, String> table(String resource) {
        Map<String, String> map = new HashMap<>();
        table(resource, map::put);
        return Map.copyOf(map);
    }

    private static void table(String resource, BiConsumer<String, String> row) {
        for (String line : WordLists.load(PartyCountries.class, resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ": no tab in row \"" + line + "\"");
            }
            row.accept(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
    }
}
