package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.KIND_WORD;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.RELAYER;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.TITLE_ISSUERS;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.beforeKind;
import static io.github.jointstatements.parsers.analysis.StateIssuers.addEntity;

import io.github.jointstatements.core.PartyKind;
import io.github.jointstatements.core.StatementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
 * the governments of Australia, Canada, ..."); else, for a press statement, a line of its own
 * that names its author ("– Press Secretary Karine Jean-Pierre"), else the publisher. A person
 * without an office of their own takes the collective one ("the National Security Advisors of
 * ..."); a person the text does not place takes the one country of the title's list left over,
 * else the publisher's, else the country an unqualified office implies ("Secretary of Defense"),
 * else the country of the head of state or government the office and name are ("President
 * Macron"). Thread-safe.
 *
 * <p>The finder runs its rules in that order: {@link TitleIssuers}, {@link GroupOpening},
 * {@link OpeningPersons}, {@link ReadoutParties}, {@link StateIssuers},
 * {@link AttributionLines}, {@link CollectiveRoles},
 * and {@link PartyCountries} for the countries.
 */
final class PartyFinder {

    /** A title that names an instrument between states: an agreement, a memorandum ... */
    private static final Pattern INSTRUMENT = Pattern.compile(
            "(?i)(?:the\\s+)?(?:[\\p{L}.–-]+\\s+){0,3}?(?:agreement|memorandum|framework|treaty"
            + "|accord|arrangement|protocol|charter|implementation)\\b");
    /** A title that names a call or meeting with someone: "PM call with President Trump". */
    /** The last paragraph a line relaying the statement may stand in. */
    private static final int MAX_RELAY_PARAGRAPH = 2;
    /** A line that relays the statement its subject issued: "... released the following ...". */
    private static final Pattern RELAYED = Pattern.compile(
            "(?i)\\b(?:released|issued|published|adopted|made)\\s+the\\s+following\\b");
    /**
     * A line that relays the statement in the passive, its issuers after "by": "The text of the
     * following statement was released by the Governments of the United States of America,
     * Kazakhstan, ...", "The following joint statement was issued by ...".
     */
    private static final Pattern RELAYED_BY = Pattern.compile(
            "(?i)\\bfollowing\\b[^.:;]{0,80}?\\b(?:was|were|has\\s+been)\\s+(?:jointly\\s+)?"
            + "(?:released|issued|published|adopted|made)\\s+by\\s+(?:the\\s+)?"
            + "(?:governments?\\s+of\\s+)?");
    /**
     * A title that calls the release joint, or names a meeting of two sides or more: "Joint Press
     * Release", "Press Release after the trilateral meeting of the Ministers ...".
     */
    private static final Pattern JOINT = Pattern.compile(
            "(?i)\\b(?:joint|bilateral|trilateral|quadrilateral)\\b");
    /**
     * A chair's statement: the chair speaks, not the bodies or states its opening cites ("APEC
     * Chair’s Statement", "Chairman's Statement of the 32nd ASEAN Summit").
     */
    private static final Pattern CHAIRS = Pattern.compile(
            "(?i)\\bchair(?:man|woman|person)?[’']s\\s+statement\\b");
    /** What a title writes before an organisation that is its author: "Statement by the ". */
    private static final Pattern ORGANISATION_LEAD = Pattern.compile(
            "(?i)(?:(?:joint\\s+)?(?:press\\s+)?statement\\s+(?:by|from|of)\\s+)?(?:the\\s+)?");
    /** The kind of statement after its issuer's name in a title: " Press Statement on ...". */
    private static final Pattern KIND_AFTER = Pattern.compile(
            "(?i)\\s+(?:press\\s+|presidential\\s+)?(?:joint\\s+)?(?:statement|declaration"
            + "|communiqu[eé]|readout)\\b");
    /** The invitation that opens a visit's report: "At the invitation of ", "1. At the kind
     * invitation of ". */
    private static final Pattern INVITATION = Pattern.compile(
            "(?i)\\W{0,3}(?:(?:\\d{1,3}|[IVX]{1,5})\\s*[.)]\\s*)?at\\s+the\\s+(?:kind\\s+|gracious\\s+)?"
            + "invitation\\s+of\\b");
    /** The visit the invited paid: "paid a state visit", "is paying an official visit". */
    private static final Pattern VISIT = Pattern.compile(
            "\\b(?:paid|pays|is\\s+paying|made|undertook|undertakes|was\\s+on|is\\s+on)\\s+(?:an?\\s+)?"
            + "(?:[\\w-]+\\s+){0,3}?visit\\b|\\bvisited\\b");
    /** What follows the visit before the country visited: " to ", " to the ". */
    private static final Pattern VISIT_TO = Pattern.compile("(?i)\\s+to\\s+(?:the\\s+)?");
    private static final String SPOKEN_FOR =
            "the state or organisation the title says the statement speaks for";
    private static final String MEETING_BODY =
            "the organisation whose own meeting the communiqué's opening reports";
    private static final String TITLE_MEETING_BODY =
            "the organisation whose meeting or chair the title says issues the text";
    private static final Pattern MEETING_WITH = Pattern.compile(
            "(?i)\\b(?:call|calls|meeting|meetings|talks|conversation)(?:\\s+[\\w-]+){0,2}?"
            + "\\s+with\\b");
    /** A title that is a kind "of" its author: "Statement of the Arab League on ...". */
    private static final Pattern KIND_OF = Pattern.compile(
            "(?i)(?:(?:joint|press|final)\\s+)*(?:statement|declaration|communiqu[eéÉ])\\s+of\\s+"
            + "(.{3,200}?)(?=\\s+(?:on|regarding|about|concerning|following|after|to)\\s|\\s*[(:]|$)");
    /** A title's call or meeting between those it names: "the phone call between the HR/VP X and
     * the Foreign Minister of Indonesia, Y". */
    private static final Pattern MEETING_BETWEEN_TITLE = Pattern.compile(
            "(?i)\\b(?:call|meeting|talks|conversation)\\s+between\\b");
    /**
     * A meeting or call of those an opening sentence names, with the other: "Japanese Foreign
     * Minister X on Wednesday held a meeting and working lunch with his Chinese counterpart Y".
     */
    private static final Pattern MET_WITH = Pattern.compile(
            "\\b(?:met|meets|spoke|speaks|talked|held|holds|had|has)\\b[^.;]{0,80}?\\bwith\\b"
            + "|\\breceived\\s+(?:a\\s+)?(?:phone|telephone)\\s+call\\s+from\\b");
    /**
     * The text calling itself joint in its first lines, whatever its title: "Joint Statement
     * Australia-US-Japan Defence Ministers’ Meeting", "The State of Qatar and the State of Kuwait
     * issued today a joint statement", "... adopted a Joint Statement on migration".
     */
    private static final Pattern SAYS_JOINT = Pattern.compile(
            "(?i)\\bjoint\\s+(?:press\\s+)?(?:statement|communiqu[eé]|declaration|release)\\b");
    /**
     * A meeting of those the sentence goes on to name: "The 12th Annual Consultation between the
     * Prime Minister of Malaysia, ... and the President of the Republic of Indonesia, ..., was
     * held in Kuching".
     */
    private static final Pattern MEETING_BETWEEN = Pattern.compile(
            "(?i)\\b(?:consultations?|meeting|talks|summit|dialogue|session)\\s+between\\b");
    /** What joins two persons who talk together: " and ", " and his Russian counterpart ". */
    private static final Pattern AND_COUNTERPART = Pattern.compile(
            "\\s*,?\\s*and\\s+(?:(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+)?counterparts?\\s*,?\\s*)?");
    /**
     * The talks of two persons, after the second's name and a short time or place: " on Thursday
     * held bilateral talks", " have discussed", ", in a phone call, agreed".
     */
    private static final Pattern TALKED = Pattern.compile(
            "[^.;:\"“]{0,40}?\\b(?:(?:have|has|had)\\s+)?(?:held|hold|discussed|discuss|met|meet"
            + "|spoke|talked|conferred|exchanged\\s+views)\\b");
    /** The last paragraph whose words may call the text joint. */
    private static final int MAX_JOINT_PARAGRAPH = 1;

    private final Gazetteer gazetteer;
    private final Offices offices;
    private final PersonFinder persons;
    private final PartyCountries countries;
    private final TitleIssuers titles;
    private final GroupOpening groups;
    private final StateIssuers states;
    private final ReadoutParties readouts;
    private final AttributionLines attributions;
    private final IssuingClauses clauses;
    private final IssuerPersons issuerPersons;
    private final MeetingBodies meetings;
    private final OpeningSubjects subjects;

    PartyFinder(Gazetteer gazetteer, Offices offices) {
        this(gazetteer, offices, new PersonFinder(gazetteer, offices));
    }

    /** Returns a finder whose rules read persons with {@code persons}. */
    PartyFinder(Gazetteer gazetteer, Offices offices, PersonFinder persons) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.persons = persons;
        this.countries = new PartyCountries(gazetteer, offices, persons);
        this.titles = new TitleIssuers(persons);
        this.groups = new GroupOpening(gazetteer, persons);
        this.states = new StateIssuers(gazetteer);
        this.readouts = new ReadoutParties(gazetteer, offices, countries);
        this.attributions = new AttributionLines(persons, offices);
        this.clauses = new IssuingClauses(gazetteer);
        this.issuerPersons = new IssuerPersons(persons, offices);
        this.meetings = new MeetingBodies(gazetteer);
        this.subjects = new OpeningSubjects(persons, gazetteer);
    }

    /** What one statement gives the rules: its headline, sentences, publisher and kind. */
    private record Input(String headline, List<Sentence> sentences, List<Sentence> opening,
            Optional<String> publisher, StatementKind kind, boolean joint) {
    }

    /** Returns the parties of a statement, in the order the text names them. */
    List<PartyEntry> find(Optional<String> title, List<Sentence> sentences,
            Optional<String> publisher, StatementKind kind) {
        return find(title, sentences, publisher, kind, new TextReadings(gazetteer, persons));
    }

    /**
     * Returns the parties of a statement, in the order the text names them, reading its texts
     * into {@code readings}, which the rules after the party finder then share.
     */
    List<PartyEntry> find(Optional<String> title, List<Sentence> sentences,
            Optional<String> publisher, StatementKind kind, TextReadings readings) {
        // a press release that calls itself joint in its first lines, its title naming no
        // person, is read as a joint statement; as what it is if that finds no one ("Joint
        // Statement of Ford, GM, and Stellantis" among a release's statements)
        if (callsItselfJoint(kind, title.orElse(""), sentences) && titles.titleIssuers(title.orElse(""),
                kind != StatementKind.PRESS_STATEMENT).isEmpty()) {
            List<PartyEntry> joint = findAs(title, sentences, publisher,
                    StatementKind.JOINT_STATEMENT, readings);
            if (!joint.isEmpty()) {
                return joint;
            }
        }
        return findAs(title, sentences, publisher, kind, readings);
    }

    private List<PartyEntry> findAs(Optional<String> title, List<Sentence> sentences,
            Optional<String> publisher, StatementKind kind, TextReadings readings) {
        boolean joint = kind == StatementKind.JOINT_STATEMENT
                || kind == StatementKind.JOINT_DECLARATION || kind == StatementKind.COMMUNIQUE
                || kind == StatementKind.READOUT;
        Input in = new Input(title.orElse(""), sentences,
                withoutHeadline(OpeningSentences.opening(sentences), title.orElse("")),
                publisher, kind, joint);
        String headline = in.headline();
        List<Sentence> opening = in.opening();
        List<PartyEntry> parties = new ArrayList<>();
        addTitlePersons(parties, in);
        // a release whose title names a meeting of others, or two states, reads like a readout:
        // "PM call with Chancellor Scholz", "Joint media release: Australia-Japan-US Defence
        // Ministers’ Meeting"
        // ("Statement by NSC Spokesperson X on Y’s Call with Z" is X's; a fact sheet is the
        // publisher's unless joint)
        boolean readsLikeReadout = readsLikeReadout(headline, kind);
        boolean press = (kind == StatementKind.PRESS_STATEMENT || kind == StatementKind.OTHER
                || kind == StatementKind.FACT_SHEET) && !readsLikeReadout;
        // those who speak as a group of states or organisations in the opening sentence: "We, the
        // Leaders of the G7, ...", not the persons the sentence goes on to mention
        List<GroupOpening.Named> collective = parties.isEmpty() && (joint
                || kind == StatementKind.PRESS_STATEMENT) ? groups.collectiveIssuers(opening)
                : List.of();
        collective = titleListedOver(collective, headline);
        for (GroupOpening.Named n : collective) {
            addEntity(parties, n.entity(), groups.entityName(n, headline),
                    "the group the opening sentence speaks as");
        }
        if (collective.isEmpty() && parties.isEmpty() && joint) {
            // states that relay their own statement: "The United States, France and the United
            // Kingdom released the following joint statement today"
            for (Entity e : relayingStates(sentences)) {
                addEntity(parties, e, "states or organisations that relay their own statement");
            }
        }
        if (parties.isEmpty() && collective.isEmpty() && (kind == StatementKind.COMMUNIQUE
                || (kind == StatementKind.OTHER || kind == StatementKind.JOINT_DECLARATION
                        || kind == StatementKind.READOUT) && headline.isEmpty())) {
            // the organisation whose own meeting the opening reports, not those who attend it:
            // "The Forty-Fourth Regular Meeting of the Conference of Heads of Government of the
            // Caribbean Community (CARICOM) was held ...", then the heads who attended
            meetings.organisation(sentences, headline).ifPresent(n -> addEntity(parties,
                    n.entity(), n.surface(), MEETING_BODY));
        }
        boolean grouped = !collective.isEmpty() || !parties.isEmpty() && joint
                && (parties.get(0).rule.startsWith("states or organisations that relay")
                        || parties.get(0).rule.equals(MEETING_BODY));
        // the group speaks; the persons the opening goes on to name are mentioned. A chair's
        // statement whose title names no one speaks for the body the title names, not for the
        // chair the opening names as presiding ("Chairman's Statement of the 27th ASEAN Regional
        // Forum", then "The Meeting was chaired by H.E. Mr Ana Roe, Minister of ...")
        boolean chairs = CHAIRS.matcher(headline).find();
        boolean openingMentions = grouped || chairs && parties.isEmpty();
        OpeningPersons named = openingMentions ? OpeningPersons.NONE
                : OpeningPersons.read(readings, opening);
        if (!openingMentions) {
            addOpeningPersons(parties, named, in, press);
        }
        // a counterpart named by office and country alone: "Readout of President Biden’s Call
        // with the Prime Minister of Japan"
        if (joint && !grouped && !parties.isEmpty()) {
            readouts.addUnnamedCounterparts(parties, headline, readings);
            readouts.addUnnamedCounterparts(parties, named.firstNamedText(), readings);
        }
        if (parties.isEmpty() && !grouped && (joint || headline.isEmpty())) {
            // the host and the visitor of a visit, where no title names the issuers: "At the
            // invitation of President Carlos Salinas de Gortari, President George Bush of the
            // United States of America paid a state visit to Mexico"
            for (PersonMention m : visitParties(opening)) {
                add(parties, m, "host and visitor of the visit the opening reports");
            }
        }
        if (!grouped && !chairs && kind != StatementKind.FACT_SHEET
                && (kind != StatementKind.PRESS_STATEMENT || publisher.isEmpty())) {
            // the persons an opening sentence has as the subject of its main verb, with their
            // counterpart, where the rules above found none of them or only one: "On Friday
            // Vladimir Putin had a telephone conversation with President of the United States
            // of America Barack Obama". (A fact sheet, or a press statement of a known
            // publisher, is the publisher's whoever met: "Statement by NSC Spokesperson on
            // National Security Advisor Jake Sullivan’s Meeting with ...")
            // (the text's first sentences where a full text's lead ends inside one: "X met Y.
            // Following is the text of the joint statement: ...")
            subjects.read(opening, sentences, readings).ifPresent(r -> addSubjects(parties, r));
        }
        if (parties.isEmpty() && joint && !grouped) {
            // the signatories of a joint statement, in a block at its end
            for (PersonMention m : attributions.signatures(sentences)) {
                add(parties, m, "person of the signature block that ends the statement");
            }
        }
        if (parties.isEmpty() && (joint || readsLikeReadout)) {
            states.addEntities(parties, headline, chairs ? List.of() : opening);
            if (parties.isEmpty() && chairs) {
                states.addTitleOrganisation(parties, headline,
                        "the organisation whose chair's statement the title names");
            }
            if (parties.isEmpty() && chairs) {
                addPublisher(parties, in, "the publisher, as the chair is not named");
            }
        } else if (parties.isEmpty() && INSTRUMENT.matcher(headline).lookingAt()) {
            addSignatories(parties, headline);
        }
        countries.completeFromText(parties, sentences, readings);
        Set<String> issuing = states.issuingCountries(headline, opening);
        if (issuing.isEmpty() && joint) {
            issuing = states.pairedCountries(parties, opening,
                    publisher.flatMap(countries::countryOf).orElse(""));
        }
        countries.fill(parties, issuing, headline, sentences, publisher);
        if (joint && !parties.isEmpty() && parties.get(0).kind == PartyKind.PERSON) {
            keepTitledStates(parties, headline);
        }
        if ((joint || readsLikeReadout) && !issuerPersons.replaceStates(parties, sentences)) {
            List<Entity> titled = IssuerPersons.titleStates(states, headline);
            issuerPersons.addCounterparts(parties, titled, sentences);
            issuerPersons.preferTitleIssuers(parties, titled);
        }
        if (parties.isEmpty() && kind == StatementKind.PRESS_STATEMENT) {
            addPressIssuers(parties, in);
        }
        if (parties.isEmpty()) {
            // "The Nth session of the Supreme Council of the GCC ... issued its final communique"
            clauses.issuer(sentences).ifPresent(e -> addEntity(parties, e,
                    "the organisation an issuing clause names as the statement's author"));
        }
        if (parties.isEmpty() && joint) {
            states.titleOrganisationInOpening(headline, opening).ifPresent(e -> addEntity(
                    parties, e, states.writtenName(e, headline),
                    "the one organisation the title and the opening both name"));
        }
        if (parties.isEmpty() && kind != StatementKind.FACT_SHEET) {
            // the body whose meeting, or whose unnamed chair, the title says issues the text:
            // "Communiqué of the 44th Ordinary Summit of SADC Heads of State and Government",
            // "Press Statement by the Chairman of the ASEAN Foreign Ministers’ Retreat"
            meetings.titleOrganisation(headline).ifPresent(n -> addEntity(parties,
                    n.entity(), n.surface(), TITLE_MEETING_BODY));
        }
        if (parties.isEmpty() && kind != StatementKind.FACT_SHEET) {
            // whatever the kind, a block of signatories of two countries or more that ends the
            // text: "Susana Malcorra / Foreign Minister of Argentina", "José Serra / Foreign
            // Minister of Brazil", ...
            List<PersonMention> signed = attributions.signatures(sentences);
            if (signed.stream().map(m -> m.country().orElse("")).filter(c -> !c.isEmpty())
                    .distinct().count() >= 2) {
                signed.forEach(m -> add(parties, m, "person of the signature block that ends"
                        + " the statement, of several countries"));
            }
        }
        if (parties.isEmpty() && !opening.isEmpty() && kind != StatementKind.FACT_SHEET) {
            // whatever the kind but a fact sheet (the publisher's): "The Government of the
            // Republic of Fiji and the Government of the Republic of Vanuatu held ...", "The
            // Ministry of Foreign Affairs of Viet Nam and the Ministry of Foreign Affairs of ..."
            states.subjectEntities(opening.get(0).text()).forEach(e -> addEntity(parties, e,
                    "states or organisations the opening sentence has as its subject"));
            issuerPersons.replaceStates(parties, sentences);
        }
        if (parties.isEmpty() && kind != StatementKind.FACT_SHEET
                && (kind != StatementKind.PRESS_STATEMENT || publisher.isEmpty())) {
            // the states or bodies that are the subject of the opening's main verb past its
            // leading clauses: "On the occasion of ..., the Republic of A and the Republic of B
            // reaffirm ...", "The Council of Ministers of ECOWAS, meeting in ..., adopted ..."
            subjects.subjectClause(opening).ifPresent(c -> subjectEntities(c).forEach(e ->
                    addEntity(parties, e, "states or organisations that are the subject of the"
                            + " opening's main verb")));
        }
        CollectiveRoles.fillRoles(parties, headline, opening);
        countries.fill(parties, issuing, headline, sentences, publisher);
        if (kind == StatementKind.PRESS_STATEMENT) {
            countries.fillPublishersOwn(parties, publisher);
        }
        // organisations that issue without states by the names the statement writes, not the
        // table's (beside states, which go by their common names, an organisation keeps its own:
        // "European Union" of "U.S.-EU Summit Statement")
        boolean withStates = parties.stream().anyMatch(p -> p.kind == PartyKind.STATE);
        for (PartyEntry p : parties) {
            // (one spoken for by an office holder keeps its own: "on behalf of the EU")
            if (!withStates && p.entity != null && p.entity.type() == EntityType.ORGANIZATION
                    && p.name.equals(p.entity.name()) && !p.rule.equals(SPOKEN_FOR)) {
                p.name = states.statedName(p.entity, headline, opening);
            }
        }
        return parties;
    }

    /**
     * Returns the opening sentences past the headline repeated as the first of them ("Press
     * Release on the phone call between the HR/VP Federica Mogherini and ..."), whose persons the
     * title's rules read: the sentence after it names the issuers as the text does.
     */
    private static List<Sentence> withoutHeadline(List<Sentence> opening, String headline) {
        if (opening.size() < 2 || headline.isEmpty()
                || !opening.get(0).text().strip().equalsIgnoreCase(headline.strip())) {
            return opening;
        }
        return opening.subList(1, opening.size());
    }

    /** Whether the text says "joint statement" or the like: only a text with "joint" is scanned. */
    private static boolean saysJoint(String text) {
        return Chars.containsIgnoreCase(text, "joint") && SAYS_JOINT.matcher(text).find();
    }

    /**
     * Returns whether a press release, or a text of no known kind, calls itself joint in its
     * title or first paragraphs ("Turkish, Azerbaijani, and Turkmen FMs adopt joint statement"): its issuers are read as a joint statement's. (A fact sheet stays the
     * publisher's.)
     */
    static boolean callsItselfJoint(StatementKind kind, String title, List<Sentence> sentences) {
        if (kind != StatementKind.PRESS_STATEMENT && kind != StatementKind.OTHER) {
            return false;
        }
        if (saysJoint(title)) {
            return true;
        }
        for (Sentence s : sentences) {
            if (s.paragraph() > MAX_JOINT_PARAGRAPH) {
                break;
            }
            if (saysJoint(s.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the persons the title names as issuers. A person the title names by a bare name, or a
     * spokesperson, speaks for the publisher, not for a state the title goes on to name
     * ("Statement by NSC Spokesperson Adam Hodge Welcoming the Visit of Amir Tamim ... of Qatar").
     */
    private void addTitlePersons(List<PartyEntry> parties, Input in) {
        StatementKind kind = in.kind();
        for (PersonMention m : titles.titleIssuers(in.headline(),
                kind != StatementKind.PRESS_STATEMENT)) {
            // two persons a title names are two, though they share a family name: "President
            // Joe Biden and First Lady Jill Biden"
            if (parties.stream().noneMatch(p -> p.name.equals(m.name()))) {
                parties.add(PartyEntry.person(m, "person named in the title"));
            }
        }
        parties.forEach(p -> p.namedInTitle = true);
        for (PartyEntry p : parties) {
            if (kind == StatementKind.PRESS_STATEMENT && p.country == null && (parties.size() == 1
                    && p.role == null || p.role != null && RELAYER.matcher(p.role).find())) {
                p.country = in.publisher().flatMap(countries::countryOf).orElse(null);
            }
        }
    }

    /**
     * Returns the states or organisations a title's byline lists, where it lists more than the
     * group the opening speaks as: "Joint Statement by the Principals of FAO, WHO, UNHCR, UNICEF,
     * WFP and UN OCHA", then "As principals of the United Nations humanitarian system, we ...".
     */
    private List<GroupOpening.Named> titleListedOver(List<GroupOpening.Named> collective,
            String headline) {
        Matcher by = TITLE_ISSUERS.matcher(headline);
        if (collective.isEmpty() || !by.find()) {
            return collective;
        }
        List<Entity> listed = states.issuingEntities(by.group(1), false);
        if (listed.size() < 2 || listed.size() <= collective.size()) {
            return collective;
        }
        List<GroupOpening.Named> named = new ArrayList<>();
        listed.forEach(e -> named.add(new GroupOpening.Named(e, e.name())));
        return named;
    }

    /** Returns whether a press release's title names a meeting of others, or two states. */
    private boolean readsLikeReadout(String headline, StatementKind kind) {
        Matcher byline = TITLE_ISSUERS.matcher(headline);
        if (kind != StatementKind.PRESS_STATEMENT && kind != StatementKind.OTHER) {
            return false;
        }
        boolean bylined = byline.find();
        // a byline that is the call's "between", not an author's "by": "Press Release on the
        // phone call between the HR/VP X and ..." (but "Statement by Press Secretary X on the
        // meeting between ..." is X's)
        if (bylined && byline.group().regionMatches(true, 0, "between", 0, 7)
                && MEETING_BETWEEN_TITLE.matcher(headline).find()) {
            return true;
        }
        return (!bylined && (MEETING_WITH.matcher(headline).find() || TitleIssuers.relationPair(headline)
                        .filter(p -> states.issuingEntities(p, false).size() >= 2).isPresent()
                        || states.issuingEntities(beforeKind(headline), false).size() >= 2));
    }

    /**
     * Completes the title's persons from the opening's, or adds the opening's persons where the
     * title names none: the counterpart a headline leaves out, a readout's unnamed principal.
     */
    private void addOpeningPersons(List<PartyEntry> parties, OpeningPersons named, Input in,
            boolean press) {
        boolean joint = in.joint();
        List<PersonMention> firstNamed = named.firstNamed();
        PersonMention unnamedPrincipal = named.unnamedPrincipal();
        if (!parties.isEmpty()) {
            for (PartyEntry p : parties) {
                for (PersonMention m : named.all()) {
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
                readouts.addPrincipal(parties, unnamedPrincipal, in.sentences(), firstNamed,
                        in.publisher());
            } else if ((joint || !press) && parties.size() == 1 && unnamedPrincipal != null) {
                // "Minister Roe meets with ...", then "Today, the Minister of Foreign Affairs met
                // with Kwame Mensah, ...": the title's person is the principal, the one the
                // opening meets their counterpart
                PartyEntry principal = parties.get(0);
                String office = unnamedPrincipal.role().orElse("");
                // the fuller office of the same head, not offices joined: "The President and
                // Vice President met ..."
                if (principal.role != null && (office.startsWith(principal.role + " of ")
                        || office.startsWith(principal.role + " for "))) {
                    principal.role = office;
                }
                for (PersonMention m : firstNamed) {
                    if (!principal.isNamedBy(m.nameTokens())) {
                        add(parties, m, "person the title's unnamed principal meets in the"
                                + " opening sentence");
                    }
                }
            }
        } else if (!firstNamed.isEmpty() && (!press || (JOINT.matcher(in.headline()).find()
                || MEETING_BETWEEN.matcher(named.firstNamedText()).find()
                || metWith(named.firstNamedText(), firstNamed)
                || talkTogether(named.firstNamedText(), firstNamed))
                && ofSeveralCountries(firstNamed))) {
            // not when the opening names the principal's office with a name and no other
            // country: "Today, the President spoke with ...", then "President Biden thanked ..."
            // (but "the Prime Minister of Canada Mark Carney" is the counterpart)
            String head = unnamedPrincipal == null ? ""
                    : offices.head(unnamedPrincipal.role().orElse(""));
            if (unnamedPrincipal != null && firstNamed.stream().noneMatch(m -> offices.head(
                    PartyEntry.lastOffice(m.role().orElse(""))).equalsIgnoreCase(head)
                    && m.country().isEmpty() && m.organization().isEmpty())) {
                readouts.addPrincipal(parties, unnamedPrincipal, in.sentences(), firstNamed,
                        in.publisher());
            }
            for (PersonMention m : firstNamed) {
                add(parties, m, "person named in the opening sentence");
            }
        }
    }

    /**
     * Returns the states or organisations a clause's subject names: two or more listed, else the
     * organisations, one or two, of a subject that names no state or place ("We, the Ministers of
     * Foreign Affairs of the Member States of the OIC", "The Council of Ministers of ECOWAS",
     * "The Commission of the African Union and the European Commission").
     */
    private List<Entity> subjectEntities(OpeningSubjects.Clause clause) {
        List<Entity> listed = states.subjectEntities(clause.text());
        if (!listed.isEmpty()) {
            return listed;
        }
        List<Entity> bodies = new ArrayList<>();
        for (Mention m : gazetteer.find(clause.subject())) {
            if (m.entity().type() != EntityType.ORGANIZATION) {
                return List.of();
            }
            if (!bodies.contains(m.entity())) {
                bodies.add(m.entity());
            }
        }
        return bodies.size() <= 2 ? bodies : List.of();
    }

    /**
     * Adds the persons an opening sentence has as its subject and counterpart where the parties
     * found so far are none, or one person among them (the principal or the counterpart a title
     * names: "Telephone conversation with US President Barack Obama"); completes the country and
     * office of persons found so far that are all among them.
     */
    private void addSubjects(List<PartyEntry> parties, OpeningSubjects.Reading reading) {
        List<PersonMention> read = reading.persons();
        boolean among = parties.stream().allMatch(p -> p.kind == PartyKind.PERSON
                && read.stream().anyMatch(m -> p.isNamedBy(m.nameTokens())));
        if (!among) {
            return;
        }
        if (parties.size() > 1) {
            // the same persons: the country and office the reading gives a counterpart ("his
            // Nepal counterpart X")
            for (PartyEntry p : parties) {
                read.stream().filter(m -> p.isNamedBy(m.nameTokens())).findFirst()
                        .ifPresent(m -> PartyCountries.complete(p, m));
            }
            return;
        }
        for (PersonMention m : read) {
            add(parties, m, "person the opening has as its main verb's subject or counterpart");
        }
    }

    /**
     * Returns the host and the visitor an opening sentence names ("At the invitation of His
     * Excellency Jacob Zuma, President of the Republic of South Africa, His Excellency Robert
     * Mugabe, President of the Republic of Zimbabwe paid a State Visit ..."): the persons named
     * before the visit's verb, two or more; empty otherwise.
     */
    private List<PersonMention> visitParties(List<Sentence> opening) {
        for (Sentence s : opening) {
            String text = s.text();
            Matcher invitation = INVITATION.matcher(text);
            Matcher visit = VISIT.matcher(text);
            if (!invitation.lookingAt() || !visit.find()) {
                continue;
            }
            // the host is of the country visited: "... paid a state visit to Mexico"
            Matcher to = VISIT_TO.matcher(text).region(visit.end(), text.length());
            String visited = null;
            if (to.lookingAt()) {
                for (Mention c : gazetteer.find(text.substring(to.end()))) {
                    if (c.start() == 0 && c.entity().type() == EntityType.COUNTRY) {
                        visited = c.entity().countryCode().orElse(null);
                    }
                    break;
                }
            }
            List<PersonMention> named = new ArrayList<>();
            for (PersonMention m : persons.find(text)) {
                if (m.named() && m.start() < visit.start()) {
                    named.add(m);
                }
            }
            String host = visited;
            if (host != null && named.size() == 2 && named.get(0).country().isEmpty()
                    && !host.equals(named.get(1).country().orElse(null))) {
                PersonMention m = named.get(0);
                named.set(0, new PersonMention(m.start(), m.end(), m.name(), m.nameTokens(),
                        m.role(), Optional.of(host), m.organization(),
                        m.rule() + ", the host of the country visited"));
            }
            return named.size() >= 2 ? named : List.of();
        }
        return List.of();
    }

    /**
     * Returns the states or organisations, two or more, that are the subject of the first line
     * relaying the statement ("The United States, France and the United Kingdom released the
     * following joint statement"), among the first paragraphs; empty if none.
     */
    private List<Entity> relayingStates(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.paragraph() > MAX_RELAY_PARAGRAPH) {
                break;
            }
            if (RELAYED.matcher(s.text()).find()) {
                return states.subjectEntities(s.text());
            }
            Matcher by = RELAYED_BY.matcher(s.text());
            if (by.find()) {
                // the states or their governments themselves, not their ministers, who the
                // following lines name ("... released by the defense ministers of Australia, ...")
                String after = s.text().substring(by.end());
                List<Mention> first = gazetteer.find(after);
                String before = first.isEmpty() ? ""
                        : after.substring(0, first.get(0).start()).strip();
                boolean listFirst = !first.isEmpty()
                        && (before.isEmpty() || before.equalsIgnoreCase("the"));
                List<Entity> listed = listFirst ? states.issuingEntities(after, true) : List.of();
                return listed.size() >= 2 ? listed : List.of();
            }
        }
        return List.of();
    }

    /**
     * Returns whether the first person a sentence names meets or speaks with the next, the verb
     * between them: "Japanese Foreign Minister X on Wednesday held a meeting and working lunch
     * with his Chinese counterpart Y".
     */
    private static boolean metWith(String text, List<PersonMention> named) {
        if (!twoInOrder(named)) {
            return false;
        }
        Matcher met = MET_WITH.matcher(text).region(named.get(0).end(), named.get(1).start());
        return met.find();
    }

    /** Whether a sentence names two persons or more, the second after the first. */
    private static boolean twoInOrder(List<PersonMention> named) {
        return named.size() >= 2 && named.get(1).start() >= named.get(0).end();
    }

    /**
     * Returns whether the first two persons a sentence names, joined by "and", are its subject
     * and talk together: "Pakistan Foreign Minister X and his Russian counterpart Y on Thursday
     * held bilateral talks", "Russian Foreign Minister X and US Secretary of State Y have
     * discussed the results of ...".
     */
    private static boolean talkTogether(String text, List<PersonMention> named) {
        if (!twoInOrder(named)) {
            return false;
        }
        return AND_COUNTERPART.matcher(text).region(named.get(0).end(), named.get(1).start())
                .matches()
                && TALKED.matcher(text).region(named.get(1).end(), text.length()).lookingAt();
    }

    /**
     * Returns whether persons the text places are of two countries or more: the subjects of a
     * joint press release's opening, who meet or speak together ("The Minister of Foreign Affairs of
     * the Republic of Cyprus, Mr Ioannis Kasoulides, the Minister of Foreign Affairs of the
     * Hellenic Republic, Mr Nikos Kotzias ... held a trilateral meeting").
     */
    private static boolean ofSeveralCountries(List<PersonMention> named) {
        return named.size() >= 2 && named.stream().allMatch(m -> m.country().isPresent())
                && named.stream().map(m -> m.country().get()).distinct().count() >= 2;
    }

    /**
     * Adds an instrument's signatories: "Agreement Between the United States of America and
     * Malaysia on Reciprocal Trade", "United States-Australia Framework For ...".
     */
    private void addSignatories(List<PartyEntry> parties, String headline) {
        for (String part : TitleIssuers.issuerParts(headline)) {
            List<Entity> signatories = states.issuingEntities(part, false);
            if (signatories.size() >= 2 && parties.isEmpty()) {
                signatories.forEach(e -> addEntity(parties, e,
                        "states or organisations the title names as the instrument's parties"));
            }
        }
    }

    /**
     * Replaces persons that are not of the states the title names as issuers by those states:
     * "Joint Statement from the United States, United Kingdom, France, Germany, and Italy".
     */
    private void keepTitledStates(List<PartyEntry> parties, String headline) {
        List<PartyEntry> titledStates = new ArrayList<>();
        states.addEntities(titledStates, headline, List.of());
        Set<String> titled = new LinkedHashSet<>();
        titledStates.forEach(e -> {
            if (e.kind == PartyKind.STATE) {
                titled.add(e.country);
            }
        });
        boolean foreign = titled.size() >= 2 && parties.stream()
                .anyMatch(p -> p.country != null && !titled.contains(p.country));
        if (foreign) {
            parties.clear();
            parties.addAll(titledStates);
        }
    }

    /**
     * Adds the issuers of a press statement that names no person: the states or organisations
     * its opening sentence has as its subject ("The United States, Japan, and the Republic of
     * Korea condemn ..."), else those its title lists ("Statement by Australia, Japan, New
     * Zealand, the United Kingdom, and the United States on ..."), else the person a line of its
     * own names as the author ("– Press Secretary Karine Jean-Pierre"), else the publisher.
     */
    private void addPressIssuers(List<PartyEntry> parties, Input in) {
        String headline = in.headline();
        if (!in.opening().isEmpty()) {
            states.subjectEntities(in.opening().get(0).text()).forEach(e -> addEntity(parties, e,
                    "states or organisations the opening sentence has as its subject"));
        }
        if (parties.isEmpty()) {
            // "Indonesia, Singapore sign agreements at Leaders' Retreat": the states a title has
            // as its subject, or the persons the opening names for them
            states.titleSubjectEntities(headline).forEach(e -> addEntity(parties, e,
                    "states or organisations the title has as its subject"));
            issuerPersons.replaceStates(parties, in.sentences());
        }
        Matcher by = TITLE_ISSUERS.matcher(headline);
        if (parties.isEmpty() && by.find()
                && KIND_WORD.matcher(headline.substring(0, by.start()).strip()).matches()) {
            List<Entity> listed = states.issuingEntities(by.group(1), true);
            if (listed.size() >= 2) {
                listed.forEach(e -> addEntity(parties, e,
                        "states or organisations the title lists as the statement's authors"));
            } else {
                // "Statement by the North Atlantic Council": the body the byline names alone
                states.bylineOrganisation(by.group(1)).ifPresent(e -> addEntity(parties, e,
                        "the organisation or body the title's byline names as author"));
            }
        }
        Matcher of = KIND_OF.matcher(headline);
        if (parties.isEmpty() && of.lookingAt()) {
            // "Statement of the Arab League on the situation in Sudan": the body the title's
            // "of" names alone, as "by" does
            states.bylineOrganisation(of.group(1)).ifPresent(e -> addEntity(parties, e,
                    "the organisation or body the title's byline names as author"));
        }
        if (parties.isEmpty()) {
            // "Statement of the Chairperson of the African Union Commission on ...", then "The
            // Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, is ..."
            issuerPersons.titleOfficeHolder(headline, in.opening(), in.publisher(),
                    in.publisher().flatMap(countries::countryOf)).ifPresent(m ->
                    parties.add(PartyEntry.person(m, "person the opening names in the office the"
                            + " title names")));
        }
        if (parties.isEmpty()) {
            // "Statement by the High Representative on behalf of the EU on ...": the body the
            // office holder speaks for
            states.spokenFor(headline).ifPresent(e -> addEntity(parties, e, SPOKEN_FOR));
        }
        if (parties.isEmpty() && !in.opening().isEmpty()) {
            // "The European Union condemns ...", "The members of the Security Council condemned"
            states.subjectOrganization(in.opening().get(0).text()).ifPresent(n -> addEntity(
                    parties, n.entity(), n.surface(),
                    "the organisation the opening sentence has as its subject"));
        }
        if (parties.isEmpty()) {
            attributions.find(in.sentences()).ifPresent(m -> parties.add(PartyEntry.person(
                    withTitlesOffice(m, headline), "person an attribution line names")));
        }
        if (parties.isEmpty()) {
            // "Statement by NATO Defence Ministers", "G7 Foreign Ministers’ Statement on ...":
            // the organisation whose members speak: the title opens with it, or its byline
            // does (not a topic: "... Suspending Russia from the Human Rights Council")
            Matcher lead = ORGANISATION_LEAD.matcher(headline);
            Optional<GroupOpening.Named> speaker = lead.lookingAt()
                    ? states.membersOrganization(headline.substring(lead.end()))
                    : Optional.empty();
            speaker.ifPresent(n -> addEntity(parties, n.entity(), n.surface(),
                    "the organisation whose members the title names as its authors"));
        }
        if (parties.isEmpty()) {
            // "PRESS RELEASE Meeting of the Council of Heads of Member States of the Shanghai
            // Cooperation Organization": the body whose meeting the release reports
            meetings.titleOrganisation(headline).ifPresent(n -> addEntity(parties,
                    n.entity(), n.surface(), TITLE_MEETING_BODY));
        }
        if (parties.isEmpty()) {
            addPublisher(parties, in, "the publisher, as no issuer is named");
        }
    }

    private void addPublisher(List<PartyEntry> parties, Input in, String rule) {
        in.publisher().ifPresent(p -> parties.add(new PartyEntry(
                titledPublisher(p, in.headline()), List.of(), null,
                countries.countryOf(p).orElse(null), PartyKind.ORGANIZATION, rule)));
    }

    /**
     * Returns the publisher by the end of its name that opens the title before the kind of
     * statement, as the statement names itself: "Security Council" of "United Nations Security
     * Council" for "Security Council Press Statement on ..."; else its name ("The White House"
     * stays whole: an article is no other name).
     */
    static String titledPublisher(String publisher, String headline) {
        String title = headline.regionMatches(true, 0, "the ", 0, 4) ? headline.substring(4)
                : headline;
        String[] words = publisher.strip().split("\\s+");
        for (int i = 1; i <= words.length - 2; i++) {
            if (i == 1 && words[0].equalsIgnoreCase("the")
                    || !Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            String end = String.join(" ", Arrays.asList(words).subList(i, words.length));
            if (title.regionMatches(true, 0, end + " ", 0, end.length() + 1) && KIND_AFTER.matcher(title).region(end.length(),
                    title.length()).lookingAt()) {
                return end;
            }
        }
        return publisher;
    }

    /**
     * Gives a person named without an office the office the title names alone: "Statement from
     * the Press Secretary on ...", signed "– Karoline Leavitt".
     */
    private PersonMention withTitlesOffice(PersonMention m, String headline) {
        if (m.role().isPresent()) {
            return m;
        }
        for (PersonMention office : persons.find(headline)) {
            if (!office.named() && office.role().isPresent()) {
                return new PersonMention(m.start(), m.end(), m.name(), m.nameTokens(),
                        office.role(), office.country(), office.organization(),
                        m.rule() + ", with the office the title names");
            }
        }
        return m;
    }

    private void add(List<PartyEntry> parties, PersonMention m, String rule) {
        for (PartyEntry p : parties) {
            if (p.isNamedBy(m.nameTokens())) {
                PartyCountries.complete(p, m);
                return;
            }
            if (p.isNamedLongerBy(m.nameTokens())) {
                // "Sebastián Piñera" of the title, "Sebastián Piñera Echenique" after it: the
                // office and country of the one, the name as first written
                String name = p.name;
                List<String> tokens = p.nameTokens;
                PartyCountries.complete(p, m);
                p.name = name;
                p.nameTokens = tokens;
                return;
            }
        }
        parties.add(PartyEntry.person(m, rule));
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
}
