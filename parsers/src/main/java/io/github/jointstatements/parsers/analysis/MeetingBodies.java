package io.github.jointstatements.parsers.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organisation whose own meeting the opening of a text reports as its subject: "The
 * Forty-Fourth Regular Meeting of the Conference of Heads of Government of the Caribbean
 * Community (CARICOM) was held ...", "The Extraordinary Summit of the SADC Heads of State and
 * Government met ...", "The Fifty-First (51st) Pacific Islands Forum was held in Suva ...", "On
 * 15 June 2006, the Council of Heads of State of the Shanghai Cooperation Organization met", "The
 * IGAD Heads of State and Government held its 22nd extraordinary summit", "The Foreign Ministers of
 * the Member States of the Organization of Islamic Cooperation held their Annual Coordination
 * Meeting", "The heads of state of the member states of the Shanghai Cooperation Organization
 * participated in the Meeting of the Council ...", "Qingdao, PRC, hosted a meeting of the
 * Council of Heads of State of the Shanghai Cooperation Organisation". The heads of state and
 * ministers such a communiqué goes on to list attend for their states; the organisation issues
 * it, and publishes it.
 *
 * <p>The one reader of such openings: the analysis takes the organisation as the communiqué's
 * party ({@link #organisation}), the page layer as its publisher ({@link #publisher}), so the two
 * agree on whether an opening reports an organisation's meeting and on which. They differ only in
 * how they name it: a party by the shortest form the title or the opening writes ("CARICOM"), a
 * publisher by the name the opening writes out ("Caribbean Community"); an organisation the
 * opening names by its abbreviation alone ("The G8 Foreign Ministers' Meeting was held ...") is
 * a party but no publisher, a grouping without a secretariat of its own to publish.
 *
 * <p>Immutable and thread-safe.
 */
public final class MeetingBodies {

    private static final MeetingBodies BUILT_IN = new MeetingBodies(Gazetteer.get());

    /** The paragraphs whose opening may report the meeting, short lines not counted. */
    private static final int MAX_PARAGRAPHS = 5;
    /** The paragraphs read at most, short lines counted. */
    private static final int MAX_READ_PARAGRAPHS = 12;
    /** Lines of fewer words are a page's headings or chrome ("FINAL COMMUNIQUE", "389"). */
    private static final int MIN_WORDS = 6;
    /** The subject and its verb stand within this many characters of a paragraph's start. */
    private static final int MAX_HEAD = 300;
    /** Subjects longer than this are lists, not a meeting's name. */
    private static final int MAX_SUBJECT_WORDS = 30;
    /** The verb that ends the subject: "was held", "was convened", "met", "took place". */
    private static final Pattern HELD = Pattern.compile(
            "\\b(?:(?:was|were|has\\s+been)\\s+(?:officially\\s+)?(?:held|convened|organi[sz]ed)"
            + "|met|convened|took\\s+place|gathered|participated\\s+in|took\\s+part\\s+in)\\b");
    /** A body that holds its meeting: "The IGAD Heads of State and Government held its 22nd
     * extraordinary summit". */
    private static final Pattern HELD_ITS = Pattern.compile(
            "\\bheld\\s+(?:its|their|an?)\\s+(?:[\\w-]+\\s+){0,3}?(?:[Ss]ummit|[Ss]ession|[Mm]eeting)\\b");
    /**
     * A host of a body's meeting, the body after it: "On 9-10 June 2018, Qingdao, PRC, hosted a
     * meeting of the Council of Heads of State of the Shanghai Cooperation Organisation".
     */
    private static final Pattern HOSTED = Pattern.compile(
            "\\bhosted\\s+(?=(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:[Mm]eeting|[Ss]ummit|[Ss]ession)"
            + "\\s+of\\s)");
    /**
     * A capitalised article that starts a sentence run into a heading before it: "DECLARATION of
     * the Tenth Meeting of the Council ... (June 10-11, 2010, Tashkent) The tenth meeting of ...".
     */
    private static final Pattern RUN_ON_THE = Pattern.compile("[)\\]]\\s+The\\s");
    /** A paragraph's end that ends no sentence: a hard-wrapped line, continued in the next. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;\"”’)]\\s*$");
    /**
     * A title's words before the meeting whose text it is: "Final Communiqué of ", "Communiqué
     * issued at the conclusion of ", "Declaration of ", "Press Statement by the Chairman of ", a
     * press release named by the meeting it reports ("PRESS RELEASE Meeting of the Council of
     * Heads of Member States of the Shanghai Cooperation Organization").
     */
    private static final Pattern TITLE_LEAD = Pattern.compile(
            "(?i)press\\s+release\\s*[:–-]?\\s*(?=meeting\\s+of\\s+the\\s)"
            + "|(?:(?:final|joint|press|chair(?:man|person|woman)?[’']s)\\s+){0,2}"
            + "(?:communiqu[eéÉ]|declaration|statement)\\s+(?:(?:issued|adopted)\\s+)?"
            + "(?:of|by|from|at)\\s+(?:the\\s+conclusion\\s+of\\s+)?"
            + "(?:the\\s+chair(?:man|person|woman)?\\s+of\\s+)?(?=the\\s)");
    /** A meeting a title names: its communiqué is the meeting's, not a council's own. */
    private static final Pattern TITLE_MEETING = Pattern.compile(
            "(?i)\\b(?:summit|meeting|session|conference|retreat)\\b");
    /** Where a title's meeting ends: a comma or a colon before its place or date. */
    private static final Pattern TITLE_END = Pattern.compile("[,:;]");
    /** A paragraph's number before the subject: "1.", "2 .", "III.". */
    private static final Pattern NUMBER = Pattern.compile("\\s*(?:\\d{1,3}|[IVX]{1,5})\\s*[.)]\\s*");
    /**
     * A leading phrase or dateline and the article before the subject: "On 15 June 2006, the ",
     * "ADDIS ABABA, 24th of May 2013 [MIC] The "; the first "the", not one inside the subject
     * ("The Secretary General of the Council ...").
     */
    private static final Pattern THE = Pattern.compile(
            "(?i)(?:[^,;:]{1,40},\\s*)?(?:[^.,;:]{0,40}?\\s)??the\\s+");
    /** What names a meeting in the subject; a forum or council names itself ("Pacific Islands
     * Forum", "North Atlantic Council"). */
    private static final Pattern MEETING = Pattern.compile(
            "(?i)\\b(?:summit|meeting|session|conference|retreat|forum|council|assembly"
            + "|authority)\\b");
    /**
     * Members in the plural just before the organisation: "the Foreign Ministers of the ", "the
     * Heads of State and Government of ", "the Leaders of ": they meet as its body ("We, the
     * Foreign Ministers of the Association of Southeast Asian Nations (ASEAN), met ...").
     */
    private static final Pattern MEMBERS = Pattern.compile(
            "\\b(?:[Hh]eads\\s+of\\s+(?:[Ss]tate|[Gg]overnment)(?:\\s*(?:/|and)\\s*[Gg]overnment)?"
            + "|Leaders|(?:Foreign|Defen[cs]e|Finance|Trade|Economic|Health)?\\s?Ministers)\\s+of\\s+"
            + "(?:the\\s+)?(?:[Mm]ember\\s+[Ss]tates\\s+of\\s+(?:the\\s+)?)?$");
    /** Persons in the subject: a meeting of named persons is theirs, not a body's. */
    private static final Pattern PERSON_MARK = Pattern.compile(
            "\\b(?:H\\.\\s?E\\.|His\\s+|Her\\s+|Excellenc)");
    /**
     * One person's office before the organisation: "The President of the European Commission
     * met ..." reports no meeting of it. Members in the plural ("Heads of State", "Foreign
     * Ministers", "Leaders") meet as the body.
     */
    private static final Pattern PERSON_OFFICE = Pattern.compile(
            "\\b(?:President|Prime\\s+Minister|Minister|Secretary|Chair(?:man|person|woman)?"
            + "|Head)\\b");

    private final Gazetteer gazetteer;

    MeetingBodies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The organisation a meeting's opening reports, and how it is written. */
    private record Meeting(Entity organisation, String shortest, Optional<String> writtenOut) {}

    /**
     * Returns the organisation whose own meeting the opening paragraphs report, named as the
     * opening writes it out ("The Fifty-ninth Ordinary Session of the Authority of Heads of State
     * and Government of the Economic Community of West African States (ECOWAS) was held ..."
     * gives "Economic Community of West African States"): the publisher of that meeting's
     * communiqué. Empty when the opening reports no organisation's meeting, when it names the
     * organisation by an abbreviation only, and under a joint statement's headline ({@code
     * headline}, empty if none), whose issuers are several whatever body they met in.
     *
     * @param headline the text's headline, empty if it has none
     * @param paragraphs the text's paragraphs
     */
    public static Optional<String> publisher(String headline, List<String> paragraphs) {
        return BUILT_IN.read(paragraphs, headline).flatMap(Meeting::writtenOut);
    }

    /**
     * Returns the one organisation the opening has as the subject of its meeting, named by the
     * shortest form the title or the opening writes; empty if the subject names a country,
     * persons, or two organisations ("The EU-China Summit was held ..."), and under a joint
     * statement's title.
     */
    Optional<GroupOpening.Named> organisation(List<Sentence> sentences, String title) {
        return read(paragraphs(sentences), title)
                .map(m -> new GroupOpening.Named(m.organisation(), m.shortest()));
    }

    /** The opening paragraphs the sentences come from, each as far as {@link #MAX_HEAD}. */
    private static List<String> paragraphs(List<Sentence> sentences) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.paragraph() >= MAX_READ_PARAGRAPHS) {
                break;
            }
            while (paragraphs.size() <= s.paragraph()) {
                paragraphs.add(new StringBuilder());
            }
            StringBuilder p = paragraphs.get(s.paragraph());
            if (p.length() < MAX_HEAD) {
                p.append(p.length() == 0 ? "" : " ").append(s.text());
            }
        }
        List<String> texts = new ArrayList<>(paragraphs.size());
        for (StringBuilder p : paragraphs) {
            texts.add(p.toString());
        }
        return texts;
    }

    private Optional<Meeting> read(List<String> paragraphs, String title) {
        if (title.toLowerCase(Locale.ROOT).contains("joint statement")) {
            return Optional.empty();
        }
        int counted = 0;
        for (int i = 0; i < paragraphs.size() && counted < MAX_PARAGRAPHS; i++) {
            String paragraph = paragraphs.get(i);
            int words = IssuerPhrases.wordsBefore(paragraph, paragraph.length());
            if (words < MIN_WORDS) {
                continue; // a heading or a page's chrome: "FINAL COMMUNIQUE", "389"
            }
            counted++;
            // a hard-wrapped opening goes on in the next paragraphs: "The 44th Ordinary Summit
            // of the Heads of State and Government of the Southern" / "African Development
            // Community (SADC), hereafter called “Summit” was held on"
            StringBuilder joined = new StringBuilder(paragraph);
            for (int j = i + 1; j < paragraphs.size() && joined.length() < MAX_HEAD
                    && !ENDS_SENTENCE.matcher(paragraphs.get(j - 1)).find(); j++) {
                joined.append(' ').append(paragraphs.get(j));
            }
            String text = joined.length() > MAX_HEAD ? joined.substring(0, MAX_HEAD)
                    : joined.toString();
            Optional<Meeting> meeting = meeting(text, title);
            if (meeting.isEmpty()) {
                // a sentence run into the heading before it: "DECLARATION of the Tenth Meeting
                // ... (June 10-11, 2010, Tashkent) The tenth meeting of the Council ..."
                Matcher runOn = RUN_ON_THE.matcher(text);
                int last = -1;
                while (runOn.find()) {
                    last = runOn.end() - 4;
                }
                if (last > 0) {
                    meeting = meeting(text.substring(last), title);
                }
            }
            if (meeting.isPresent()) {
                return meeting;
            }
        }
        return Optional.empty();
    }

    /** The organisation whose meeting one paragraph's opening reports. */
    private Optional<Meeting> meeting(String text, String title) {
        Matcher held = HELD.matcher(text);
        Matcher its = HELD_ITS.matcher(text);
        boolean ownMeeting = its.find() && (!held.find() || its.start() < held.start());
        if (!ownMeeting && !held.find(0)) {
            Matcher hosted = HOSTED.matcher(text);
            if (!hosted.find()) {
                return Optional.empty();
            }
            // the meeting hosted, as far as the sentence's end
            int end = text.indexOf(". ", hosted.end());
            return body(text.substring(hosted.end(), end < 0 ? text.length() : end), false,
                    title, false);
        }
        String subject = text.substring(0, ownMeeting ? its.start() : held.start());
        return body(subject, ownMeeting, title, false);
    }

    /**
     * Returns the one organisation a title names as the body whose meeting, or whose chair,
     * issues the text: "Communiqué of the 33rd Summit of SADC Heads of State and Government",
     * "Press Statement by the Chairman of the ASEAN Foreign Ministers’ Retreat Chiang Mai",
     * "Final Communiqué of the Extraordinary Session of the OIC Council of Foreign Ministers";
     * empty if the title names no meeting, a person's office, a country or two organisations.
     */
    Optional<GroupOpening.Named> titleOrganisation(String title) {
        Matcher lead = TITLE_LEAD.matcher(title);
        if (!lead.lookingAt()) {
            return Optional.empty();
        }
        String subject = title.substring(lead.end());
        Matcher comma = TITLE_END.matcher(subject);
        if (comma.find()) {
            // a place or a date after the comma, not a list of issuers: "... of the Gulf
            // Cooperation Council, Egypt, Jordan, Iraq, and the United States"
            for (Mention m : gazetteer.find(subject.substring(comma.end()))) {
                if (m.entity().type() != EntityType.PLACE) {
                    return Optional.empty();
                }
            }
            subject = subject.substring(0, comma.start());
        }
        if (!TITLE_MEETING.matcher(subject).find()) {
            return Optional.empty();
        }
        return body(subject, false, title, true)
                .map(m -> new GroupOpening.Named(m.organisation(), m.shortest()));
    }

    /**
     * The organisation a meeting's subject names ("The Fortieth Regular Meeting of the Conference
     * of Heads of Government of the Caribbean Community (CARICOM)"), the subject opening with
     * "the"; with {@code places}, the places it names (a title's "Retreat Chiang Mai") are passed.
     */
    private Optional<Meeting> body(String subject, boolean ownMeeting, String title,
            boolean places) {
        Matcher number = NUMBER.matcher(subject);
        int from = number.lookingAt() ? number.end() : 0;
        Matcher the = THE.matcher(subject).region(from, subject.length());
        if (!the.lookingAt()
                || IssuerPhrases.wordsBefore(subject, subject.length()) > MAX_SUBJECT_WORDS
                || PERSON_MARK.matcher(subject).find()) {
            return Optional.empty();
        }
        boolean meetingWord = MEETING.matcher(subject).find();
        Entity only = null;
        Mention first = null;
        String shortest = null;
        String written = null;
        for (Mention m : gazetteer.find(subject)) {
            if (m.start() < the.end()) {
                continue; // a dateline's place
            }
            if (places && m.entity().type() == EntityType.PLACE) {
                continue; // where the meeting was: "Retreat Chiang Mai"
            }
            if (m.entity().type() != EntityType.ORGANIZATION
                    || only != null && !only.equals(m.entity())) {
                return Optional.empty();
            }
            only = m.entity();
            first = first == null ? m : first;
            String name = withoutThe(m.text(subject));
            shortest = shortest == null || name.length() < shortest.length() ? name : shortest;
            if (m.form() == MentionForm.NAME && (written == null
                    || name.length() > written.length())) {
                written = name;
            }
        }
        if (only == null
                || PERSON_OFFICE.matcher(subject).region(the.end(), first.start()).find()
                || !ownMeeting && !meetingWord
                && !MEMBERS.matcher(subject).region(the.end(), first.start()).find()) {
            return Optional.empty();
        }
        for (Mention m : gazetteer.find(title)) {
            if (m.entity().equals(only)) {
                String name = withoutThe(m.text(title));
                shortest = name.length() < shortest.length() ? name : shortest;
            }
        }
        return Optional.of(new Meeting(only, shortest, Optional.ofNullable(written)));
    }

    private static String withoutThe(String written) {
        String w = written.strip();
        return w.regionMatches(true, 0, "the ", 0, 4) ? w.substring(4) : w;
    }
}
