package io.github.jointstatements.parsers.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organisation whose own meeting a communiqué's opening reports as its subject: "The
 * Forty-Fourth Regular Meeting of the Conference of Heads of Government of the Caribbean
 * Community (CARICOM) was held ...", "The Extraordinary Summit of the SADC Heads of State and
 * Government met ...", "The Fifty-First (51st) Pacific Islands Forum was held in Suva ...", "On
 * 15 June 2006, the Council of Heads of State of the Shanghai Cooperation Organization met", "The
 * IGAD Heads of State and Government held its 22nd extraordinary summit". The
 * heads of state and ministers such a communiqué goes on to list attend for their states; the
 * organisation issues it. Thread-safe.
 */
final class MeetingBodies {

    /** The last paragraph, and how many sentences, the report of the meeting may be in. */
    private static final int MAX_PARAGRAPH = 5;
    private static final int MAX_SENTENCES = 6;
    /** Subjects longer than this are lists, not a meeting's name. */
    private static final int MAX_SUBJECT_WORDS = 30;
    /** The verb that ends the subject: "was held", "was convened", "met", "took place". */
    private static final Pattern HELD = Pattern.compile(
            "\\b(?:(?:was|were|has\\s+been)\\s+(?:officially\\s+)?(?:held|convened|organi[sz]ed)"
            + "|met|convened|took\\s+place)\\b");
    /** A body that holds its meeting: "The IGAD Heads of State and Government held its 22nd
     * extraordinary summit". */
    private static final Pattern HELD_ITS = Pattern.compile(
            "\\bheld\\s+its\\s+(?:[\\w-]+\\s+){0,3}?(?:summit|session|meeting)\\b");
    /** A paragraph's number before the subject: "1.", "2 .", "III.". */
    private static final Pattern NUMBER = Pattern.compile("\\s*(?:\\d{1,3}|[IVX]{1,5})\\s*[.)]\\s*");
    /**
     * A leading phrase or dateline and the article before the subject: "On 15 June 2006, the ",
     * "ADDIS ABABA, 24th of May 2013 [MIC] The ".
     */
    private static final Pattern THE = Pattern.compile(
            "(?i)(?:[^,;:]{1,40},\\s*)?(?:[^.,;:]{0,40}?\\s)?the\\s+");
    /** What names a meeting in the subject; a forum names itself ("Pacific Islands Forum"). */
    private static final Pattern MEETING = Pattern.compile(
            "(?i)\\b(?:summit|meeting|session|conference|retreat|forum|council|assembly)\\b");
    /** Persons in the subject: a meeting of named persons is theirs, not a body's. */
    private static final Pattern PERSON_MARK = Pattern.compile(
            "\\b(?:H\\.\\s?E\\.|His\\s+|Her\\s+|Excellenc)");

    private final Gazetteer gazetteer;

    MeetingBodies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Returns the one organisation an opening sentence has as the subject of its meeting, named
     * by the shortest form the title or that sentence writes; empty if the subject names a
     * country, persons, or two organisations ("The EU-China Summit was held ...").
     */
    Optional<GroupOpening.Named> organisation(List<Sentence> sentences, String title) {
        int read = 0;
        for (Sentence s : sentences) {
            if (s.paragraph() > MAX_PARAGRAPH || read++ >= MAX_SENTENCES) {
                break;
            }
            String text = s.text();
            Matcher held = HELD.matcher(text);
            Matcher its = HELD_ITS.matcher(text);
            boolean ownMeeting = its.find() && (!held.find() || its.start() < held.start());
            if (!ownMeeting && !held.find(0)) {
                continue;
            }
            String subject = text.substring(0, ownMeeting ? its.start() : held.start());
            Matcher number = NUMBER.matcher(subject);
            int from = number.lookingAt() ? number.end() : 0;
            Matcher the = THE.matcher(subject).region(from, subject.length());
            if (!the.lookingAt()
                    || IssuerPhrases.wordsBefore(subject, subject.length()) > MAX_SUBJECT_WORDS
                    || !ownMeeting && !MEETING.matcher(subject).find()
                    || PERSON_MARK.matcher(subject).find()) {
                continue;
            }
            Entity only = null;
            String name = null;
            for (Mention m : gazetteer.find(subject)) {
                if (m.start() < the.end()) {
                    continue; // a dateline's place
                }
                if (m.entity().type() != EntityType.ORGANIZATION
                        || only != null && !only.equals(m.entity())) {
                    only = null;
                    break;
                }
                only = m.entity();
                name = shorter(name, m.text(subject));
            }
            if (only == null) {
                continue;
            }
            for (Mention m : gazetteer.find(title)) {
                if (m.entity().equals(only)) {
                    name = shorter(name, m.text(title));
                }
            }
            return Optional.of(new GroupOpening.Named(only, name));
        }
        return Optional.empty();
    }

    private static String shorter(String name, String written) {
        String w = written.strip();
        if (w.regionMatches(true, 0, "the ", 0, 4)) {
            w = w.substring(4);
        }
        return name == null || w.length() < name.length() ? w : name;
    }
}
