package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.MAX_WORDS_BEFORE;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.wordsBefore;

import io.github.jointstatements.core.PartyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the persons who stand for the states a statement's title or opening names as its issuers,
 * in the first paragraphs of the page read together: "Vietnam, India issue joint communique",
 * then "The President of the Republic of India, H.E. Mr. Pranab Mukherjee, is on a State visit
 * ... at the invitation of H.E. Mr. Truong Tan Sang, President of the Socialist Republic of
 * Vietnam". The annotation names a person where one is named, the state otherwise. Thread-safe.
 */
final class IssuerPersons {

    /** How many paragraphs past the first sentence of some length the persons may stand in. */
    private static final int WINDOW_PARAGRAPHS = 4;
    /** How many sentences of the first paragraphs are read. */
    private static final int WINDOW_SENTENCES = 8;
    /** Shorter sentences are headings or chrome. */
    private static final int MIN_WORDS = 6;
    /**
     * What a person named just after it is not an issuer for: "accompanied by Mrs. Ikeda",
     * "Accompanying His Excellency ... were".
     */
    private static final Pattern ACCOMPANYING = Pattern.compile(
            "(?i)\\b(?:accompanied\\s+by|accompanying|along\\s+with|joined\\s+by|including)\\s+$");
    private static final int ACCOMPANYING_REACH = 30;
    /** What a host written just after it invites the statement's other party with. */
    private static final Pattern INVITATION = Pattern.compile(
            "(?i)\\bat\\s+the\\s+(?:kind\\s+|gracious\\s+)?invitation\\s+of\\s+(?:the\\s+)?$");
    private static final int INVITATION_REACH = 40;
    /**
     * What joins an issuer to the next one a sentence names: a list (", ", " and "), a meeting or
     * an invitation ("met today with", "at the invitation of").
     */
    private static final Pattern FOLLOWING = Pattern.compile(
            "(?i),?\\s*(?:and\\s+|(?:\\w+\\s+){0,5}?(?:met|meets|spoke|speaks|hosted|hosts"
            + "|received|receives|welcomed|called|(?:held|had)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:talks"
            + "|meeting|call|conversation))\\s+(?:\\w+\\s+){0,3}?(?:with\\s+)?)?"
            + "(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}\\(\\p{Lu}[\\p{Lu}.]{1,9}\\)\\s*)?");
    private static final int FOLLOWING_REACH = 260;
    /** What makes a person named just after it the object of a phrase: "the call between". */
    private static final Pattern OBJECT_OF = Pattern.compile(
            "(?i)\\b(?:between|with|to|by|from|of)\\s+(?:the\\s+)?$");

    /**
     * A phrase of purpose, time or occasion that leads a sentence, up to the comma before its
     * subject: "To affirm our commitment to working closely together to advance these goals, the".
     */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "(?:\\d{1,2}\\.\\s+)?(?:To|In\\s+order\\s+to|On|In|At|Following|After|During)\\s"
            + "[^,;:]{0,240},(?:\\s+\\p{Ll}[^,;\\p{Lu}]{0,120},)*\\s+(?:the\\s+)?");

    /** A title's kind and the word before its author: "Press statement by the ". */
    private static final Pattern OFFICE_BYLINE = Pattern.compile(
            "(?i)(?:joint\\s+)?(?:press\\s+|media\\s+)?(?:statement|declaration|remarks|message"
            + "|communiqu[eé])\\s+(?:of|by|from)\\s+(?:the\\s+)?");

    /** How many issuers a title must name for them to outweigh the persons found. */
    private static final int MIN_TITLE_ISSUERS = 3;
    /** How many words of honorifics may stand between a leading phrase and its subject. */
    private static final int HONORIFIC_WORDS = 2;

    private final PersonFinder persons;
    private final Offices offices;

    IssuerPersons(PersonFinder persons, Offices offices) {
        this.persons = persons;
        this.offices = offices;
    }

    /**
     * Replaces the states found as issuers by the persons who stand for them, when the first
     * paragraphs name one person with an office for each of these states and for no other.
     * Returns whether it did.
     */
    boolean replaceStates(List<PartyEntry> parties, List<Sentence> sentences) {
        if (parties.size() < 2 || parties.stream().anyMatch(p -> p.kind != PartyKind.STATE
                || p.country == null)) {
            return false;
        }
        Map<String, PersonMention> byCountry = byCountry(sentences);
        List<PartyEntry> found = new ArrayList<>();
        for (PartyEntry state : parties) {
            PersonMention m = byCountry.get(state.country);
            if (m == null) {
                return false;
            }
            found.add(PartyEntry.person(m, "person who stands for a state the title or opening"
                    + " names as issuer (" + state.name + ")"));
        }
        parties.clear();
        parties.addAll(found);
        return true;
    }

    /**
     * Returns the person the opening names in the office the title names without a name:
     * "Statement of the Chairperson of the African Union Commission on ...", then "The Chairperson
     * of the African Union Commission, H.E. Moussa Faki Mahamat, is following ...".
     */
    Optional<PersonMention> titleOfficeHolder(String headline, List<Sentence> opening,
            Optional<String> publisher, Optional<String> publishersCountry) {
        Matcher byline = OFFICE_BYLINE.matcher(headline);
        if (!byline.lookingAt()) {
            return Optional.empty();
        }
        PersonMention office = null;
        for (PersonMention m : persons.find(headline)) {
            if (m.named()) {
                return Optional.empty();
            }
            if (office == null && m.role().isPresent()) {
                office = m;
            }
        }
        // the office opens the byline; one that does not say whose it is ("the Chairperson")
        // is the publisher's
        if (office == null || office.start() != byline.end()) {
            return Optional.empty();
        }
        boolean publishers = office.country().isEmpty() && office.organization().isEmpty();
        if (publishers && publisher.isEmpty()) {
            return Optional.empty();
        }
        String head = offices.head(PartyEntry.lastOffice(office.role().get()));
        for (Sentence s : opening) {
            for (PersonMention m : persons.find(s.text())) {
                if (m.named() && m.role().isPresent() && !head.isEmpty()
                        && head.equalsIgnoreCase(offices.head(PartyEntry.lastOffice(
                                m.role().get())))
                        && agrees(office.country(), m.country())
                        && agrees(office.organization(), m.organization())
                        && (!publishers || m.country().isPresent()
                                && m.country().equals(publishersCountry)
                                || m.organization().filter(o -> publisher.get().contains(o))
                                        .isPresent())) {
                    return Optional.of(new PersonMention(m.start(), m.end(), m.name(),
                            m.nameTokens(), m.role(), m.country().or(office::country),
                            m.organization().or(office::organization), m.rule()));
                }
            }
        }
        return Optional.empty();
    }

    /** Returns whether what the title's office says agrees with what the opening's says. */
    private static boolean agrees(Optional<String> title, Optional<String> opening) {
        return title.isEmpty() || opening.isEmpty() || title.equals(opening);
    }

    /**
     * Adds, to the persons found as issuers, the counterparts the first paragraphs name for the
     * states the title or opening names as issuers that no person found stands for: "U.S.-Japan
     * ...", then a second leader named past the opening sentence.
     */
    void addCounterparts(List<PartyEntry> parties, List<Entity> issuers,
            List<Sentence> sentences) {
        if (parties.isEmpty() || issuers.size() < 2
                || parties.stream().anyMatch(p -> p.kind != PartyKind.PERSON)) {
            return;
        }
        Map<String, PersonMention> byCountry = null;
        for (Entity e : issuers) {
            String code = key(e);
            if (code == null || parties.stream().anyMatch(p -> code.equals(p.country)
                    || code.equals(p.organization))) {
                continue;
            }
            if (byCountry == null) {
                byCountry = byCountry(sentences);
            }
            PersonMention m = byCountry.get(code);
            if (m != null && parties.stream().noneMatch(p -> p.isNamedBy(m.nameTokens()))) {
                parties.add(PartyEntry.person(m, "counterpart named in the first paragraphs for a"
                        + " state the title names as issuer (" + e.name() + ")"));
            }
        }
    }

    /**
     * Replaces the persons found by the states and organisations the title names as issuers,
     * three or more, when the persons stand for fewer than half of them: "Joint Statement by the
     * Foreign Ministers of the Gulf Cooperation Council, Egypt, Jordan, Iraq, and the United
     * States", whose text names only the Secretary of State, in a photo's caption.
     */
    void preferTitleIssuers(List<PartyEntry> parties, List<Entity> issuers) {
        if (parties.isEmpty() || issuers.size() < MIN_TITLE_ISSUERS
                || parties.stream().anyMatch(p -> p.kind != PartyKind.PERSON)) {
            return;
        }
        long covered = issuers.stream().filter(e -> parties.stream().anyMatch(p -> {
            String key = key(e);
            return key != null && (key.equals(p.country) || key.equals(p.organization));
        })).count();
        if (covered * 2 >= issuers.size()) {
            return;
        }
        parties.clear();
        issuers.forEach(e -> StateIssuers.addEntity(parties, e, "states or organisations the"
                + " title names as issuers, for most of whom no person found stands"));
    }

    /**
     * Returns, for each country, the first person of it the first paragraphs name with an office,
     * but one who only accompanies another.
     */
    private Map<String, PersonMention> byCountry(List<Sentence> sentences) {
        Map<String, PersonMention> byCountry = new LinkedHashMap<>();
        int first = -1;
        int read = 0;
        for (Sentence s : sentences) {
            String text = s.text();
            if (wordsBefore(text, text.length()) < MIN_WORDS) {
                continue;
            }
            if (first < 0) {
                first = s.paragraph();
            }
            if (s.paragraph() >= first + WINDOW_PARAGRAPHS || read++ >= WINDOW_SENTENCES) {
                break;
            }
            int lastEnd = -1; // the end of the last issuer of this sentence, or -1
            for (PersonMention m : persons.find(text)) {
                if (!m.named()) {
                    continue;
                }
                // issuers open their sentence, or invite the one who does, or are listed with
                // or met by one who does; a person named deep in it is mentioned in passing
                // ("as follow up to the call between ...", "recalling the visit she paid to")
                boolean invited = INVITATION.matcher(text).region(
                        Math.max(0, m.start() - INVITATION_REACH), m.start()).find();
                boolean issuer = invited || (lastEnd < 0
                        ? wordsBefore(text, m.start()) <= MAX_WORDS_BEFORE
                                && !OBJECT_OF.matcher(text).region(0, m.start()).find()
                                || afterLead(text, m.start())
                        : m.start() - lastEnd <= FOLLOWING_REACH && FOLLOWING.matcher(
                                text.substring(lastEnd, m.start())).matches());
                if (!issuer) {
                    continue;
                }
                lastEnd = m.end();
                // a head of state or government the text does not place: "President Joko
                // Widodo"
                Optional<String> country = m.country().or(() -> m.role().flatMap(r ->
                        HeadsOfGovernment.countryOf(offices.head(r), m.name())));
                if (m.role().isPresent() && (country.isPresent()
                        || m.organization().isPresent()) && !ACCOMPANYING.matcher(text).region(
                                Math.max(0, m.start() - ACCOMPANYING_REACH), m.start()).find()) {
                    byCountry.putIfAbsent(country.or(m::organization).get(), country.equals(
                            m.country()) ? m : new PersonMention(m.start(), m.end(), m.name(),
                                    m.nameTokens(), m.role(), country, m.organization(),
                                    m.rule() + ", the head of state or government of"));
                }
            }
        }
        return byCountry;
    }

    /**
     * Returns whether a person begins the subject after a leading phrase, past two words at most
     * (honorifics: "Ms.", "H.E. Mr.").
     */
    private static boolean afterLead(String text, int start) {
        Matcher lead = LEADING_PHRASE.matcher(text);
        return lead.lookingAt() && lead.end() <= start
                && wordsBefore(text, start) - wordsBefore(text, lead.end()) <= HONORIFIC_WORDS;
    }

    /** Returns what places a person in the state or organisation: its country, else its name. */
    private static String key(Entity e) {
        return e.type() == EntityType.COUNTRY ? e.countryCode().orElse(null)
                : e.type() == EntityType.ORGANIZATION ? e.name() : null;
    }

    /** Returns the states the title names as issuers: "Vietnam, India issue joint communique". */
    static List<Entity> titleStates(StateIssuers states, String headline) {
        for (String part : TitleIssuers.issuerParts(headline)) {
            List<Entity> named = states.issuingEntities(part, false);
            if (named.size() >= 2) {
                return named;
            }
        }
        return List.of();
    }
}
