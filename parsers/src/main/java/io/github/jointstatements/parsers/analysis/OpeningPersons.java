package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.MAX_WORDS_BEFORE;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.RELAYER;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.wordsBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The persons the opening sentences name as their subjects: issuers open their sentence, a person
 * named deep in it is mentioned in passing. Also the first sentence's unnamed principal of a
 * readout ("The Prime Minister met ...").
 *
 * @param all the named subjects of every opening sentence, in order
 * @param firstNamed the named subjects of the first sentence that names any
 * @param firstNamedText that sentence's text, empty if none
 * @param unnamedPrincipal an office without a name that opens the first sentence before a verb
 *     of meeting, or null
 */
record OpeningPersons(List<PersonMention> all, List<PersonMention> firstNamed,
        String firstNamedText, PersonMention unnamedPrincipal) {

    /** No persons: the opening speaks as a group. */
    static final OpeningPersons NONE = new OpeningPersons(List.of(), List.of(), "", null);

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
            + "|in\\s+a\\s+(?:phone\\s+|video\\s+|virtual\\s+)?(?:call|meeting)"
            + "|(?:on|during)\\s+(?:the|his|her|their)\\s+(?:final|first|last|second|third"
            + "|occasion|sidelines|margins|course)\\b)"
            + "\\b[^,;:]{0,200},");
    /** The preposition just before a person whose leadership or plan a sentence is under. */
    private static final Pattern UNDER = Pattern.compile("(?i)\\bunder\\s+(?:the\\s+)?$");
    /** The verb of a visit or meeting reported: "made a State Visit", "held talks", "met". */
    private static final Pattern REPORTED_VISIT = Pattern.compile(
            "\\b(?:made|paid|visited|held|met|arrived|undertook|conducted|led)\\b");
    /** A meeting that opens its sentence: "The fifth trilateral meeting of ...". */
    private static final Pattern MEETING_OPENS = Pattern.compile(
            "(?i)(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:meeting|talks|consultations?|summit|session"
            + "|dialogue)\\b");
    /** The meeting's verb: "was held", "took place". */
    private static final Pattern HELD = Pattern.compile(
            "\\b(?:was|were)\\s+(?:held|convened)\\b|\\btook\\s+place\\b");
    /** Those who took part: "with the participation of". */
    private static final Pattern PARTICIPATION = Pattern.compile(
            "\\bwith\\s+the\\s+participation\\s+of\\b");
    /** What opens a visit's entourage: ", accompanied by ". */
    private static final Pattern ACCOMPANIED = Pattern.compile(",\\s*accompanied\\s+by\\b");
    /**
     * How far past the sentence's start, or past its leading adverbial ("Today, the Minister
     * met ..."), an unnamed principal's office may begin: after "The ".
     */
    private static final int PRINCIPAL_AT = 5;
    /**
     * A phrase in lower case up to its comma, after a leading adverbial; times of day in capitals
     * and a parenthesis may stand in it ("commencing from 7:40 P.M. until 9:50 P.M.,", "at 10:30
     * a.m. local time (11:30 a.m. on July 10, JST) for approximately 30 minutes,").
     */
    private static final Pattern LOWER_PHRASE = Pattern.compile(
            "\\s*\\p{Ll}(?:[^,;(\\p{Lu}]|[AP]\\.M\\.|[AP]M\\b|\\([^()]{0,60}\\)){0,120},");
    private static final Pattern READOUT_VERB = Pattern.compile(
            "^(?:met|meets|spoke|speaks|hosted|hosts|held|holds|received|receives|welcomed|"
            + "had|called)\\b");

    /**
     * Returns the end of a leading adverbial, past the phrases in lower case that go on with it,
     * each up to its comma: "On May 15, commencing at around 5:00 p.m. for approximately 20
     * minutes,".
     */
    private static int leadEnd(String text, int end) {
        Matcher more = LOWER_PHRASE.matcher(text);
        int at = end;
        while (more.region(at, text.length()).lookingAt()) {
            at = more.end();
        }
        return at;
    }

    /** Reads the persons of the opening sentences, past lines that relay the statement. */
    /**
     * Returns where the entourage of a visit or meeting the sentence has reported begins: "...
     * made a State Visit to Brazil on April 27, accompanied by his wife, Mrs. ..., the Minister of
     * Foreign Affairs, ..."; the sentence's length if it names none. ("President X, accompanied
     * by Secretary Y, met ..." names the entourage before the verb: the one met is no entourage.)
     */
    static int entourageFrom(String text) {
        if (!text.contains("accompanied")) {
            return text.length(); // spares the verb's scan: no entourage without the word
        }
        Matcher verb = REPORTED_VISIT.matcher(text);
        if (!verb.find()) {
            return text.length();
        }
        Matcher by = ACCOMPANIED.matcher(text).region(verb.end(), text.length());
        return by.find() ? by.start() : text.length();
    }

    /**
     * Returns whether a sentence opens on a meeting held with the participation of those it
     * goes on to name: "The fifth trilateral meeting of foreign ministers was held in Ankara on
     * February 23, 2021, with the participation of ...".
     */
    static boolean heldWithParticipants(String text) {
        Matcher meeting = MEETING_OPENS.matcher(text);
        if (!meeting.lookingAt()) {
            return false;
        }
        Matcher held = HELD.matcher(text).region(meeting.end(), text.length());
        return held.find() && PARTICIPATION.matcher(text).region(held.end(), text.length()).find();
    }

    static OpeningPersons read(TextReadings readings, List<Sentence> opening) {
        List<PersonMention> openingPersons = new ArrayList<>();
        List<PersonMention> firstNamed = List.of();
        PersonMention unnamedPrincipal = null;
        String firstNamedText = "";
        for (Sentence s : opening) {
            if (RELAYER.matcher(s.text()).find()) {
                continue;
            }
            List<PersonMention> found = readings.persons(s.text());
            List<PersonMention> named = new ArrayList<>();
            // "On the margins of the G20 Foreign Ministers’ Meeting in New Delhi today, Secretary
            // ...": the words of a leading adverbial do not push the subject deep
            Matcher lead = LEADING_ADVERBIAL.matcher(s.text());
            int leadChars = s == opening.get(0) && lead.lookingAt()
                    ? leadEnd(s.text(), lead.end()) : 0;
            int leadingWords = leadChars > 0 ? wordsBefore(s.text(), leadChars) : 0;
            // the meeting the sentence opens on, held with those it names: "The fifth trilateral
            // meeting of foreign ministers was held in Ankara on February 23, with the
            // participation of Azerbaijani Foreign Minister X and ... at the invitation of ..."
            boolean subject = s.index() == opening.get(0).index() && heldWithParticipants(s.text());
            int entourage = entourageFrom(s.text());
            for (PersonMention m : found) {
                if (UNDER.matcher(s.text()).region(0, m.start()).find()) {
                    continue; // "Under President Biden’s leadership, the United States ..."
                }
                if (m.start() >= entourage) {
                    break; // "... made a State Visit to Brazil, accompanied by his wife, ..."
                }
                // issuers open their sentence; a person named deep in it is mentioned in passing
                subject |= m.named() && wordsBefore(s.text(), m.start()) - leadingWords
                        <= MAX_WORDS_BEFORE;
                if (m.named() && subject) {
                    named.add(m);
                } else if (unnamedPrincipal == null && s.index() == opening.get(0).index()
                        && m.start() - leadChars <= PRINCIPAL_AT && READOUT_VERB.matcher(
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
        return new OpeningPersons(openingPersons, firstNamed, firstNamedText, unnamedPrincipal);
    }
}
