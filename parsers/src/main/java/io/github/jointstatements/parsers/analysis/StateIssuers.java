package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.MAX_WORDS_BEFORE;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.wordsBefore;
import static io.github.jointstatements.parsers.analysis.TitleIssuers.issuerParts;

import io.github.jointstatements.core.PartyKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads states and organisations as issuers: those a title names, those an opening sentence lists
 * or has as its subject, the countries the title or opening names as issuing, and the pair of
 * countries an opening joins with "and". Thread-safe.
 */
final class StateIssuers {

    /** A leading phrase and an article before a sentence's subject: "In September 2021, the". */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "(?:[^,;:]{1,40},\\s*)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_ARTICLE = Pattern.compile("(?i)the\\s+");
    /**
     * A dateline before the subject: "Muscat: The Sultanate of Oman and ...", "Doha, February 20
     * (QNA) - The State of Qatar and ...".
     */
    private static final Pattern SUBJECT_DATELINE = Pattern.compile(
            "\\p{Lu}[^,;:()]{0,30}(?:,[^,;:()]{1,30}(?:\\([^()]{1,15}\\))?)?\\s*(?::|\\s[-–—])\\s+"
            + "(?:[Tt]he\\s+)?");
    /** The members of an organisation after its name in a title: "Foreign Ministers". */
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            "\\s+(?:\\p{Lu}\\p{L}+\\s+){0,2}(?:Ministers|Leaders|Heads\\s+of|Members)\\b");
    /** The members after an organisation's name: "the Quad countries", "NATO Allies". */
    private static final Pattern MEMBER_NOUN = Pattern.compile(
            "(?i)\\s+(?:countries|members|member\\s+states|nations|leaders|governments|partners"
            + "|allies|ministers)\\b");
    /** The article, and the members, before an organisation as a subject. */
    private static final Pattern MEMBERS_LEAD = Pattern.compile(
            "(?i)(?:the\\s+)?(?:members\\s+of\\s+(?:the\\s+)?)?");
    /** A word in lower case after white space: the verb after a subject. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\s+\\p{Ll}");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]{0,80}\\)");
    private static final Pattern GOVERNMENT_OF = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:governments?|(?:foreign\\s+)?ministry(?:\\s+of\\s+(?:foreign|external)"
            + "\\s+affairs)?)\\s+of(?:\\s+the)?\\b");
    /**
     * The heads of the states a list goes on with, after "and": " and the Prime Ministers of "
     * ("the Presidents of Finland and the United States and the Prime Ministers of Denmark,
     * Iceland, ..."); not "leaders", who may be an organisation's ("Saudi Arabia, the leaders of
     * the GCC member states"), nor after a comma alone ("... against the Islamic Republic of Iran,
     * the Foreign Ministers of the Republic of Iraq, ...": a new subject).
     */
    private static final Pattern LISTED_HEADS_OF = Pattern.compile(
            "(?i)\\band\\s+(?:the\\s+)?(?:(?:prime|foreign|defen[cs]e)\\s+ministers|presidents)\\s+of"
            + "(?:\\s+the)?\\b");
    /**
     * What may stand before the states a sentence opens on as its subject, besides their
     * governments: their leaders or ministers ("The Prime Ministers of Denmark, Finland, ...").
     */
    private static final Pattern SUBJECT_OF = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:governments?|(?:foreign\\s+)?ministry(?:\\s+of\\s+(?:foreign|external)"
            + "\\s+affairs)?|(?:(?:prime|foreign|defen[cs]e)\\s+)?ministers|presidents|leaders"
            + "|heads\\s+of\\s+(?:state|government)(?:\\s+and\\s+(?:of\\s+)?government)?)\\s+of"
            + "(?:\\s+the)?\\b");
    /**
     * The form of state before a name the table may not hold in full: "the United Republic of
     * the" (Comoros), "the Sultanate of" (Oman), "the Hashemite Kingdom of" (Jordan).
     */
    private static final Pattern STATE_FORM = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:(?:united|federal|islamic|arab|democratic|people[’']s|socialist"
            + "|hashemite|plurinational|bolivarian|cooperative|independent|sovereign)\\s+){0,3}"
            + "(?:republic|kingdom|state|sultanate|emirate|principality|grand\\s+duchy"
            + "|commonwealth|federation)\\s+of(?:\\s+the)?\\b");

    /** What comes before the body that adopts a statement: "Adopted by the ", "The ". */
    private static final Pattern AGENT_LEAD = Pattern.compile(
            "(?i)(?:(?:adopted|issued|agreed)\\s+by\\s+)?(?:the\\s+)?");
    /** A meeting of the body's own: "at its 1055th meeting", "at its ministerial session". */
    private static final Pattern AT_ITS_MEETING = Pattern.compile(
            "(?i)\\bat\\s+its\\s+(?:[\\w-]+\\s+){0,3}?(?:meeting|session|summit)\\b");

    /** What a title writes before the body its statement speaks for. */
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?");

    private final Gazetteer gazetteer;

    StateIssuers(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Returns the state or organisation a title says its statement is made on behalf of
     * ("Declaration by the High Representative on behalf of the EU on ..."), if the gazetteer
     * knows it; empty otherwise.
     */
    Optional<Entity> spokenFor(String title) {
        Matcher m = ON_BEHALF.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        for (Mention mention : gazetteer.find(title.substring(m.end()))) {
            if (mention.start() == 0 && mention.entity().type() != EntityType.PLACE) {
                return Optional.of(mention.entity());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the organisation a title opens with when its members follow as the authors:
     * "NATO Defence Ministers", "G7 Foreign Ministers’ Statement", "ASEAN Leaders’", as the
     * title writes it; empty otherwise.
     */
    Optional<GroupOpening.Named> membersOrganization(String text) {
        for (Mention m : gazetteer.find(text)) {
            if (m.start() == 0 && m.entity().type() == EntityType.ORGANIZATION
                    && m.form() != MentionForm.ADJECTIVE && m.form() != MentionForm.DEMONYM
                    && MEMBERS_AFTER.matcher(text)
                            .region(m.end(), text.length()).lookingAt()) {
                return Optional.of(new GroupOpening.Named(m.entity(), m.text(text)));
            }
            break;
        }
        return Optional.empty();
    }

    /**
     * Returns the one organisation that opens a sentence as its subject, or whose members do,
     * before its verb in lower case: "The European Union condemns ...", "The members of the
     * Security Council condemned ..."; empty otherwise.
     */
    Optional<GroupOpening.Named> subjectOrganization(String text) {
        Matcher lead = MEMBERS_LEAD.matcher(text);
        int at = lead.lookingAt() ? lead.end() : 0;
        for (Mention m : gazetteer.find(text)) {
            if (m.start() < at) {
                continue;
            }
            boolean members = MEMBERS_AFTER.matcher(text).region(m.end(), text.length())
                    .lookingAt(); // "The BRICS Ministers of Foreign Affairs held ..."
            if (m.start() > at || m.entity().type() != EntityType.ORGANIZATION
                    || m.form() == MentionForm.ADJECTIVE || m.form() == MentionForm.DEMONYM
                    || !members && (!LOWER_WORD.matcher(text).region(m.end(), text.length())
                            .lookingAt() || MEMBER_NOUN.matcher(text).region(m.end(),
                                    text.length()).lookingAt())) {
                return Optional.empty(); // "The Quad countries (Australia, ...) affirm"
            }
            return Optional.of(new GroupOpening.Named(m.entity(), m.text(text)));
        }
        return Optional.empty();
    }

    /**
     * Returns the states or organisations that open a sentence as its subject, two or more,
     * joined by commas or "and" and followed by a lower-case word (the verb), past one leading
     * phrase; empty otherwise.
     */
    List<Entity> subjectEntities(String text) {
        List<Entity> first = subjectEntities(text, SUBJECT_ARTICLE);
        if (first.isEmpty()) {
            first = subjectEntities(text, SUBJECT_LEAD);
        }
        return first.isEmpty() ? subjectEntities(text, SUBJECT_DATELINE) : first;
    }

    List<Entity> subjectEntities(String text, Pattern before) {
        Matcher lead = before.matcher(text);
        int at = lead.lookingAt() ? lead.end() : 0;
        List<Entity> run = new ArrayList<>();
        for (Mention m : gazetteer.find(text)) {
            if (m.start() < at && m.entity().type() == EntityType.COUNTRY) {
                return List.of(); // a lead that holds a state is no lead: "The Prime Ministers
                                  // of Denmark, Finland, ..." is not "On Monday, ..."
            }
            if (m.start() < at) {
                continue;
            }
            String between = text.substring(at, m.start());
            // "The Government of", "The Ministry of Foreign Affairs of" the first name
            if (run.isEmpty() ? !SUBJECT_OF.matcher(between).replaceAll(" ").isBlank()
                    : !joins(between)) {
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

    /** Adds the states and organisations the title or an opening sentence lists as issuers. */
    void addEntities(List<PartyEntry> parties, String title, List<Sentence> opening) {
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
                // (its members are states: bodies the opening lists are what it cites, "the
                // resolutions of the UN Security Council and the General Assembly")
                for (Sentence s : opening) {
                    List<Entity> listed = issuingEntities(s.text(), true);
                    if (listed.stream().filter(e -> e.type() == EntityType.COUNTRY).count() >= 2) {
                        listed.forEach(e -> addEntity(parties, e,
                                "the members the opening lists of the grouping the title names"));
                        return;
                    }
                }
                addEntity(parties, inTitle.get(0), writtenName(inTitle.get(0), part),
                        "the organisation the title names as issuer");
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
        if (!opening.isEmpty()) {
            agentBody(opening.get(0).text()).ifPresent(e -> addEntity(parties, e,
                    "the body that adopts the statement at its meeting"));
        }
    }

    /**
     * Returns the one organisation or body a title names, with no state, when the opening
     * sentences name it too: "Final Communiqué of the 36th Session of the Gulf Cooperation
     * Council Supreme Council", then "..., the GCC Supreme Council held in Riyadh its 36th
     * Session"; empty otherwise.
     */
    Optional<Entity> titleOrganisationInOpening(String title, List<Sentence> opening) {
        Entity only = null;
        for (Mention m : gazetteer.find(title)) {
            EntityType type = m.entity().type();
            if (type == EntityType.COUNTRY && m.form() != MentionForm.ADJECTIVE
                    || type == EntityType.ORGANIZATION && only != null
                            && !only.equals(m.entity())) {
                return Optional.empty();
            }
            if (type == EntityType.ORGANIZATION) {
                only = m.entity();
            }
        }
        if (only == null) {
            return Optional.empty();
        }
        for (Sentence s : opening) {
            for (Mention m : gazetteer.find(s.text())) {
                if (m.entity().equals(only)) {
                    return Optional.of(only);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the states or organisations, two or more, a title opens with as the subject of its
     * verb: "Indonesia, Singapore sign agreements at Leaders' Retreat"; empty otherwise.
     */
    List<Entity> titleSubjectEntities(String title) {
        List<Mention> found = gazetteer.find(title);
        Matcher article = SUBJECT_ARTICLE.matcher(title);
        int from = article.lookingAt() ? article.end() : 0;
        return found.isEmpty() || found.get(0).start() != from ? List.of()
                : subjectEntities(title);
    }

    /**
     * Returns the organisation or body a title's byline names, and nothing else: "the North
     * Atlantic Council" of "Statement by the North Atlantic Council"; empty if the byline names
     * anything more ("the Foreign Ministers of the G7 and the EU High Representative").
     */
    Optional<Entity> bylineOrganisation(String byline) {
        String text = byline.strip();
        Matcher article = SUBJECT_ARTICLE.matcher(text);
        int from = article.lookingAt() ? article.end() : 0;
        List<Mention> found = gazetteer.find(text);
        if (found.size() != 1) {
            return Optional.empty();
        }
        Mention m = found.get(0);
        return m.entity().type() == EntityType.ORGANIZATION && m.start() == from
                && m.end() == text.length() ? Optional.of(m.entity()) : Optional.empty();
    }

    /**
     * Returns the organisation or body an opening sentence has adopt the statement at a meeting
     * of its own: "Adopted by the Peace and Security Council (PSC) of the African Union (AU) at
     * its 1055th meeting ...", "The Security Council of the United Nations, at its 4500th
     * meeting, ...".
     */
    Optional<Entity> agentBody(String text) {
        Matcher lead = AGENT_LEAD.matcher(text);
        if (!lead.lookingAt() || !AT_ITS_MEETING.matcher(text).find()) {
            return Optional.empty();
        }
        for (Mention m : gazetteer.find(text)) {
            if (m.start() < lead.end()) {
                continue;
            }
            return m.start() == lead.end() && m.entity().type() == EntityType.ORGANIZATION
                    ? Optional.of(m.entity()) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Adds the one organisation a title names anywhere, by the form it writes: the grouping whose
     * chair speaks in "Chair's Statement on the APEC Economic Leaders' Meeting". Nothing when
     * the title names none or several.
     */
    void addTitleOrganisation(List<PartyEntry> parties, String title, String rule) {
        List<Entity> found = new ArrayList<>();
        for (Mention m : gazetteer.find(title)) {
            if (m.entity().type() == EntityType.ORGANIZATION && !found.contains(m.entity())) {
                found.add(m.entity());
            }
        }
        if (found.size() == 1) {
            addEntity(parties, found.get(0), writtenName(found.get(0), title), rule);
        }
    }

    /**
     * Returns the two countries of two persons, one of them placed in the publisher's country,
     * where the opening pairs that country with another ("... the issues confronting the United States and
     * Brazil", "... between the United States and Italy"); empty otherwise.
     */
    Set<String> pairedCountries(List<PartyEntry> parties, List<Sentence> opening,
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

    /**
     * Returns the shortest form a text writes an organisation by, without its article: "ASEAN"
     * of "30th ASEAN Summit Chairman's Statement"; statements name groupings by their short
     * forms. The organisation's own name if the text writes none.
     */
    String writtenName(Entity e, String text) {
        String name = e.name();
        for (Mention m : gazetteer.find(text)) {
            String written = m.text(text).strip();
            if (written.regionMatches(true, 0, "the ", 0, 4)) {
                written = written.substring(4);
            }
            if (m.entity().equals(e) && written.length() < name.length()) {
                name = written;
            }
        }
        return name;
    }

    /**
     * Returns a name a title writes in capitals as an opening sentence writes the same words
     * ("Peace and Security Council" of a heading "PEACE AND SECURITY COUNCIL", then "Adopted by
     * the Peace and Security Council (PSC) ..."); an abbreviation, a name in mixed case or one
     * the opening does not write stays as it is.
     */
    private String openingCase(Entity e, String written, List<Sentence> opening) {
        if (!Chars.inCapitals(written) || written.indexOf(' ') < 0) {
            return written;
        }
        for (Sentence s : opening) {
            String text = s.text();
            for (Mention m : gazetteer.find(text)) {
                if (!m.entity().equals(e)) {
                    continue;
                }
                String other = m.text(text).strip();
                if (other.regionMatches(true, 0, "the ", 0, 4)) {
                    other = other.substring(4);
                }
                if (other.equalsIgnoreCase(written) && !other.equals(written)) {
                    return other;
                }
            }
        }
        return written;
    }

    /**
     * Returns the name an organisation goes by in a statement: the shortest form its title writes
     * ("Security Council" of "Security Council Press Statement on ...", "SADC" of "... Southern
     * African Development Community (SADC) Heads of State"), else the first form an opening
     * sentence writes where it is shorter than its own name, not a parenthesised short form
     * ("Peace and Security Council" of "Adopted by the Peace and Security Council (PSC) of the
     * African Union"); its own name otherwise.
     */
    String statedName(Entity e, String title, List<Sentence> opening) {
        for (Mention m : gazetteer.find(title)) {
            if (m.entity().equals(e)) {
                return openingCase(e, writtenName(e, title), opening);
            }
        }
        for (Sentence s : opening) {
            String text = s.text();
            for (Mention m : gazetteer.find(text)) {
                if (!m.entity().equals(e) || m.start() > 0 && text.charAt(m.start() - 1) == '(') {
                    continue;
                }
                String written = m.text(text).strip();
                if (written.regionMatches(true, 0, "the ", 0, 4)) {
                    written = written.substring(4);
                }
                // a shorter form, not the official long one ("Supreme Council of the
                // Cooperation Council for the Arab States of the Gulf")
                return written.length() < e.name().length() ? written : e.name();
            }
        }
        return e.name();
    }

    /**
     * Returns the countries the title names as issuers ("U.S.-Mexico Joint Declaration"), else
     * those that open the first opening sentence as its subject ("The United States and Mexico
     * affirm ..."); a topic ("... on Nigeria's Upcoming Election") is none of them.
     */
    Set<String> issuingCountries(String title, List<Sentence> opening) {
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
    List<Entity> issuingEntities(String text, boolean runOnly) {
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
     * again or names their governments or forms of state: " (the “United States”) and the
     * Government of the ", ", the United Republic of the ".
     */
    static boolean joins(String between) {
        String s = PARENTHESISED.matcher(between).replaceAll(" ");
        s = GOVERNMENT_OF.matcher(s).replaceAll(" ");
        s = LISTED_HEADS_OF.matcher(s).replaceAll(" and ");
        return isJoiner(STATE_FORM.matcher(s).replaceAll(" ").replaceAll("\\s+", " "));
    }

    static boolean isJoiner(String between) {
        String s = between.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.equals(",") || s.equals("and") || s.equals(", and")
                || s.equals("and the") || s.equals(", the") || s.equals(", and the")
                || s.equals("-") || s.equals("–") || s.equals("—") || s.equals("/");
    }

    static void addEntity(List<PartyEntry> parties, Entity e, String rule) {
        addEntity(parties, e, e.name(), rule);
    }

    static void addEntity(List<PartyEntry> parties, Entity e, String name, String rule) {
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
}
