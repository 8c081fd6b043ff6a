package io.github.jointstatements.parsers.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the pages that hold words spoken, not a statement issued: a transcript and a speech.
 *
 * <p>A transcript (a press conference, a press availability, an interview) is a run of turns,
 * each paragraph opened by its speaker's label and a colon: "Reporter: ...", "Minister Motegi:
 * ...", "SECRETARY BLINKEN: ...", "Q: ...". Three turns or more, by two speakers or more, one of
 * whom speaks twice, make one; a statement's paragraphs headed by their topic ("Trade: ...")
 * name no speaker and never come back to one. A speech opens with its salutation ("Your
 * Excellency, President ...,", "Honourable Ministers,", "Ladies and Gentlemen,") or is headed as
 * one ("Speech by Prime Minister ..."), and its speaker talks in the first person singular
 * ("I know that ...", "let me thank ..."); a statement speaks for its issuers, to no audience.
 * The words spoken at a press event are headed as such ("Remarks by ... at the press
 * conference", "Transcript of media interaction ...") and spoken in the first person singular.
 * Stateless.
 */
public final class SpokenPages {

    /** The paragraphs read for turns: this many first ones. */
    private static final int MAX_TURN_PARAGRAPHS = 60;

    /** Turns that make a transcript ... */
    private static final int MIN_TURNS = 3;

    /** ... by at least this many speakers ... */
    private static final int MIN_SPEAKERS = 2;

    /** ... one of whom speaks at least this many times. */
    private static final int MIN_TURNS_OF_ONE = 2;

    /** A speaker's label before its colon has at most this many characters ... */
    private static final int MAX_LABEL_CHARS = 70;

    /** ... and this many words ("PRESIDENT OF THE UNITED STATES OF AMERICA BARACK OBAMA") ... */
    private static final int MAX_LABEL_WORDS = 10;

    /** ... and the words spoken after it at least this many. */
    private static final int MIN_SPOKEN_WORDS = 3;

    /** A label in capitals has at least this many letters ("Q" alone is a generic speaker). */
    private static final int MIN_CAPITALS_LETTERS = 4;

    /** The paragraphs read for a salutation: this many first ones, after the headline. */
    private static final int MAX_SALUTATION_PARAGRAPHS = 4;

    /** A salutation has at most this many words. */
    private static final int MAX_SALUTATION_WORDS = 15;

    /** Salutations that make a speech by themselves; one more needs the first person. */
    private static final int MIN_SALUTATIONS = 2;

    /** First-person singular forms that make a speech under a speech's heading. */
    private static final int MIN_FIRST_PERSON = 2;

    /**
     * Turns that make a transcript when every speaker is named by an office and speaks in the
     * first person singular: the leaders' press statements after talks, one turn each
     * ("PRESIDENT OF RUSSIA DMITRY MEDVEDEV: I would like to thank ...").
     */
    private static final int MIN_OFFICE_TURNS = 2;

    /**
     * A headline that names a press event: "Remarks by ... at the press conference", "Transcript
     * of media interaction by ...", "Media Availability With Secretary Mattis", "... Holds Press
     * Conference ...", "Department Press Briefing". What such a page holds was spoken there.
     */
    private static final Pattern PRESS_EVENT_HEADLINE = Pattern.compile(
            "\\b(?:(?:press|news) conferences?|(?:press|media) availabilit(?:y|ies)"
                    + "|(?:press|media|news) briefings?|media interactions?|press encounters?"
                    + "|doorsteps?|transcripts?)\\b");

    /**
     * A headline that names words spoken, the occasion left out: "Remarks by the Minister on
     * ...", "Interview with ...". A spokesperson's "remarks" may be a written statement in the
     * institution's voice, so the text must be spoken in the first person singular too.
     */
    private static final Pattern REMARKS_HEADLINE = Pattern.compile("\\b(?:remarks|interviews?)\\b");

    /**
     * A headline that names a document issued as a text: a joint statement or a communiqué
     * read out at a press conference is still one ("Joint Press Statement ... at the press
     * conference"). A plural "Press Releases" or "Fact Sheets" is a site's section run into
     * the headline, not the page's own kind.
     */
    private static final Pattern DOCUMENT_HEADLINE = Pattern.compile(
            "\\b(?:joint (?:press )?statements?|joint (?:press )?releases?|communiqu[eé]s?"
                    + "|declarations?|readout|fact sheet|press release|chair(?:man)?['’]?s statement"
                    + "|joint (?:press )?declarations?)\\b");

    /** The characters of the opening read for the first person. */
    private static final int MAX_READ = 6_000;

    /** Speakers named by their part, not by name. */
    private static final Set<String> GENERIC_SPEAKERS = Set.of("q", "question", "a", "answer",
            "reporter", "journalist", "moderator", "interviewer", "participant", "audience member",
            "audience", "host", "anchor", "interpreter", "questioner");

    /**
     * Labels in capitals that head a field or a listing's item, not a speaker's turn: "PRESS
     * RELEASE : ...", "NOTE TO EDITORS: ...".
     */
    private static final Set<String> FIELD_LABELS = Set.of("press release", "news release",
            "media release", "note", "notes", "note to editors", "notes to editors",
            "editor's note", "editors", "update", "source", "date", "location", "venue", "place",
            "time", "contact", "media contact", "contacts", "subject", "subjects", "tags",
            "category", "categories", "related", "photo", "video", "watch", "read more",
            "see also", "background", "attachment", "attachments", "download", "disclaimer",
            "notice", "embargo", "embargoed", "title", "summary", "keywords", "topics", "email",
            "e-mail", "tel", "fax", "phone", "website", "web", "address", "from", "to", "cc",
            "ends", "end", "warning", "breaking", "breaking news", "exclusive", "opinion",
            "analysis", "live", "watch live", "listen");

    /** An office or address before a speaker's name: "Minister Motegi", "Mr. Kirby". */
    private static final Pattern SPEAKER_OFFICE = Pattern.compile(
            "\\b(?:Minister|Secretary|President|Vice President|Prime Minister|Mr|Ms|Mrs|Dr"
                    + "|Spokesperson|Spokesman|Spokeswoman|Ambassador|Chancellor|Premier|Director"
                    + "|Governor|Senator|Chair|Chairman|Chairperson|Chairwoman|Commissioner"
                    + "|Representative|Admiral|General|King|Prince|Sheikh|Foreign Minister"
                    + "|High Representative|Press Secretary)\\b");

    /** The same offices in a label's lower case ("secretary blinken", "mr. kirby"). */
    private static final Pattern SPEAKER_OFFICE_ANY_CASE = Pattern.compile(
            SPEAKER_OFFICE.pattern(), Pattern.CASE_INSENSITIVE);

    /** Lower-case words a speaker's label may hold between capitalised ones. */
    private static final Set<String> LABEL_CONNECTIVES = Set.of("of", "for", "the", "and", "de",
            "al", "bin", "van", "von", "der", "du", "la", "le", "on");

    /**
     * The words that open a salutation to an audience. They open the line: "His Excellency" or
     * "distinguished" inside a sentence, even one hard-wrapped into short lines ("At the
     * invitation of His Excellency ..., / President of ..., His Excellency ..."), names a person
     * in the third person, as statements do, and addresses nobody.
     */
    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:(?:your )?excellenc(?:y|ies)|ladies and gentlemen|distinguished|honou?rable"
                    + "|your (?:royal )?(?:majesty|highness|holiness)"
                    + "|members of the (?:media|press)|dear (?:colleagues|friends|guests"
                    + "|delegates|participants|brothers|sisters)|brothers and sisters"
                    + "|fellow (?:citizens|countrymen|delegates)|(?:mr\\.?|madam) "
                    + "(?:president|chair(?:man|person|woman)?|speaker|secretary-general))\\b");

    /** A headline that names a speech: "Speech by ...", "Keynote address at ...". */
    private static final Pattern SPEECH_HEADLINE = Pattern.compile(
            "^(?:full text(?: of)?:? )?(?:(?:keynote|opening|closing|welcome|welcoming|inaugural"
                    + "|acceptance) )?(?:speech|address|toast|lecture|eulogy)"
                    + " (?:by|of|at|to|delivered|given)\\b");

    /** The first person singular of a speaker: "I know that", "let me thank", "my friends". */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\p{L}.])I (?:am|have|had|was|will|would|wish|want|know|hope|think|believe"
                    + "|thank|look|can|could|must|should|extend|welcome|congratulate|take|join"
                    + "|also|do|did|stand|share|see|commend|salute|recall|say|said|trust"
                    + "|feel|remember|urge|invite|declare)\\b"
                    + "|(?<![\\p{L}])(?:[Ll]et me|[Mm]y|[Mm]yself)(?![\\p{L}])");

    private SpokenPages() {}

    /**
     * Returns whether the page's text paragraphs ({@code paragraphs}, in order) are a
     * transcript's turns: at least three turns by at least two speakers, one of whom speaks
     * twice, and one of whom is named by a part ("Q", "Reporter") or an office ("Secretary"); or
     * two turns or more by two speakers or more, every one named by an office, over a text in the
     * first person singular (the leaders' press statements after talks).
     */
    public static boolean isTranscript(List<String> paragraphs) {
        Map<String, Integer> turns = new HashMap<>();
        int total = 0;
        int most = 0;
        int byOffice = 0;
        boolean someoneSpeaks = false;
        for (int i = 0; i < Math.min(MAX_TURN_PARAGRAPHS, paragraphs.size()); i++) {
            String speaker = speaker(paragraphs.get(i));
            if (speaker == null) {
                continue;
            }
            int n = turns.merge(speaker, 1, Integer::sum);
            most = Math.max(most, n);
            total++;
            boolean office = SPEAKER_OFFICE_ANY_CASE.matcher(speaker).find();
            byOffice += office ? 1 : 0;
            someoneSpeaks |= office || GENERIC_SPEAKERS.contains(speaker);
        }
        // the leaders' press statements after talks: one turn each, every speaker named by an
        // office, each in the first person singular
        if (byOffice == total && total >= MIN_OFFICE_TURNS && turns.size() >= MIN_SPEAKERS
                && firstPerson(paragraphs, MIN_FIRST_PERSON) >= MIN_FIRST_PERSON) {
            return true;
        }
        // labels in capitals alone may be a fact sheet's parties or topics ("UNITED STATES:
        // ...", "JAPAN: ..."): one label at least must be a speaker's part or office
        return total >= MIN_TURNS && turns.size() >= MIN_SPEAKERS && most >= MIN_TURNS_OF_ONE
                && someoneSpeaks;
    }

    /**
     * The speaker whose turn the paragraph opens ("Reporter: For about how long ...",
     * "FOREIGN MINISTER BAERBOCK:  (Via interpreter) ..."), in lower case; {@code null} if it
     * opens none.
     */
    public static String speaker(String paragraph) {
        int colon = paragraph.indexOf(':');
        int open = colon < 0 ? -1 : paragraph.lastIndexOf('(', colon);
        if (open > 0) {
            // a time code in the label's parenthesis: "President Biden (00:00): ..."
            int close = paragraph.indexOf(')', open);
            if (close > colon && close + 1 < paragraph.length()
                    && paragraph.charAt(close + 1) == ':') {
                colon = close + 1;
            }
        }
        if (colon <= 0 || colon > MAX_LABEL_CHARS) {
            return null;
        }
        String label = withoutTrailingParenthesis(paragraph.substring(0, colon).strip());
        String spoken = paragraph.substring(colon + 1).strip();
        if (label.isEmpty() || Titles.words(spoken) < MIN_SPOKEN_WORDS) {
            return null;
        }
        String[] words = label.split("\\s+");
        if (words.length > MAX_LABEL_WORDS) {
            return null;
        }
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isDigit(c) || c == ';' || c == '!' || c == '?' || c == '"'
                    || c == '“' || c == '”' || c == '(' || c == '[') {
                return null; // a time, a quotation, a bracket: no speaker's label
            }
            if (Character.isLetter(c)) {
                letters++;
                lower |= Character.isLowerCase(c);
            }
        }
        String key = String.join(" ", words).toLowerCase(Locale.ROOT);
        if (GENERIC_SPEAKERS.contains(key)) {
            return key;
        }
        if (FIELD_LABELS.contains(key) || key.startsWith("•") || key.startsWith("-")) {
            return null;
        }
        if (!lower && letters >= MIN_CAPITALS_LETTERS) {
            return key; // "SECRETARY BLINKEN", "PRIME MINISTER"
        }
        if (!SPEAKER_OFFICE.matcher(label).find()) {
            return null;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !LABEL_CONNECTIVES.contains(word)) {
                return null; // "The Minister for Trade said: ...": a sentence, not a label
            }
        }
        return key;
    }

    /**
     * Returns a speaker's label without the parenthesis that closes it: the speaker's name after
     * the office ("Chinese Foreign Minister (Mr. Wang Yi)") or a transcript's time code
     * ("President Biden (00:00)"); the label itself if it closes with none.
     */
    private static String withoutTrailingParenthesis(String label) {
        int open = label.lastIndexOf('(');
        if (open <= 0 || !label.endsWith(")") || label.indexOf(')') < open) {
            return label;
        }
        return label.substring(0, open).strip();
    }

    /**
     * Returns whether the page headed {@code title} (empty if none) with these text paragraphs
     * holds the words spoken at a press event: a headline naming a press conference, a briefing,
     * a media availability or a transcript; or one naming remarks or an interview over a text in
     * the first person singular or opened by a speaker's label. Never when the headline names a
     * document issued as a text (a joint statement, a communiqué, a readout). A statement speaks
     * for its issuers; remarks speak for the one who stands at the lectern.
     */
    public static boolean isSpokenAtPressEvent(String title, List<String> paragraphs) {
        String key = title.toLowerCase(Locale.ROOT);
        if (DOCUMENT_HEADLINE.matcher(key).find()) {
            return false;
        }
        if (PRESS_EVENT_HEADLINE.matcher(key).find()) {
            return true;
        }
        if (!REMARKS_HEADLINE.matcher(key).find()) {
            return false;
        }
        if (firstPerson(paragraphs, MIN_FIRST_PERSON) >= MIN_FIRST_PERSON) {
            return true;
        }
        for (int i = 0; i < Math.min(MAX_TURN_PARAGRAPHS, paragraphs.size()); i++) {
            if (speaker(paragraphs.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether the page headed {@code title} (empty if none) with these text paragraphs is
     * a speech: two salutations over its text (the headline among them, when a salutation was
     * read as one), or one and a speaker in the first person; or a speech's headline over text in
     * the first person singular.
     */
    public static boolean isSpeech(String title, List<String> paragraphs) {
        int salutations = isSalutation(title) ? 1 : 0;
        for (int i = 0; i < Math.min(MAX_SALUTATION_PARAGRAPHS, paragraphs.size()); i++) {
            if (isSalutation(paragraphs.get(i))) {
                salutations++;
            }
        }
        if (salutations >= MIN_SALUTATIONS) {
            return true;
        }
        boolean headed = SPEECH_HEADLINE.matcher(title.toLowerCase(Locale.ROOT)).find();
        if (salutations == 0 && !headed) {
            return false;
        }
        int needed = headed && salutations == 0 ? MIN_FIRST_PERSON : 1;
        return firstPerson(paragraphs, needed) >= needed;
    }

    /**
     * Whether a line addresses an audience ("Your Excellency, President Akufo-Addo,",
     * "Excellencies, Ladies and Gentlemen"): short, no sentence's end, a salutation's words.
     */
    public static boolean isSalutation(String line) {
        String s = line.strip();
        if (s.isEmpty() || Titles.words(s) > MAX_SALUTATION_WORDS || s.endsWith(".")) {
            return false;
        }
        return SALUTATION.matcher(s.toLowerCase(Locale.ROOT)).find();
    }

    private static int firstPerson(List<String> paragraphs, int enough) {
        int n = 0;
        int read = 0;
        for (String p : paragraphs) {
            if (read >= MAX_READ || n >= enough) {
                break;
            }
            String part = p.length() > MAX_READ - read ? p.substring(0, MAX_READ - read) : p;
            read += part.length();
            Matcher m = FIRST_PERSON.matcher(part);
            while (n < enough && m.find()) {
                n++;
            }
        }
        return n;
    }
}
