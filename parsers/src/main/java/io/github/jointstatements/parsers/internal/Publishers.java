package io.github.jointstatements.parsers.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The institutions that publish statements: by the hosts they publish on ({@code
 * publishers.tsv}), by the names pages write for them, and by the offices and house phrases
 * only their releases carry ({@code publisher-names.tsv}: "Office of the Spokesperson",
 * "Pentagon Press Secretary", "President of the Security Council"). Thread-safe.
 */
public final class Publishers {

    private static final String DIR = "/io/github/jointstatements/parsers/pages/";

    private static final Map<String, String> BY_HOST = load();

    /** An office or house phrase and the institution it belongs to. */
    private record Office(String phrase, String institution) {}

    /** The offices and house phrases, lower case, in the table's order. */
    private static final List<Office> OFFICES;

    /** The institutions by the letters of their names, "the" and "U.S." aside. */
    private static final Map<String, String> BY_NAME;

    static {
        List<Office> offices = new ArrayList<>();
        BY_NAME = byName(BY_HOST, offices);
        OFFICES = List.copyOf(offices);
    }

    /** A host name alone: "Defense.gov", "www.mofa.go.jp"; labels of letters, digits and dashes. */
    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9][A-Za-z0-9-]{0,40}\\.){1,4}[A-Za-z]{2,6}");

    /** The parts of a banner or byline: "India - Ministry of External Affairs". */
    private static final Pattern PARTS = Pattern.compile(" [-–—|] |, ");

    /** An issuing clause or a speaker label stands in this many first paragraphs. */
    private static final int MAX_OPENING_PARAGRAPHS = 3;

    /** ... and within this many characters of the paragraph's start. */
    private static final int MAX_OPENING_CHARS = 300;

    /** A transcript's speaker label ends with a colon within this many characters. */
    private static final int MAX_SPEAKER_CHARS = 80;

    /**
     * The verbs of an issuing clause, before what it issues; a spokesperson's "said:" before the
     * quoted release ("A Downing Street spokesperson said:").
     */
    private static final List<String> ISSUING_VERBS = List.of(" issued the following ",
            " made the following statement", " adopted the following ",
            " released the following ", " provided the following ", " said:");

    /** What ends a dateline or a lead before the issuing clause's subject. */
    private static final List<String> SUBJECT_CUTS = List.of("--", " — ", " – ", ": ", ")- ",
            ") - ", ". ");

    /** The paragraphs read for a readout's opening sentence. */
    private static final int READOUT_PARAGRAPHS = 2;

    /** The verb of a readout's opening: "held a telephone talk", "met", "spoke". */
    private static final Pattern READOUT_VERB = Pattern.compile(
            "\\s(?:held|met|spoke|had|hosted|received|visited)\\s");

    /**
     * "Minister for Foreign Affairs of Japan", "Foreign Minister of Japan" before a comma, or
     * right before the readout's verb ("..., Minister for Foreign Affairs of Japan held a
     * telephone talk ...": the text it is matched on ends at the verb).
     */
    private static final Pattern FOREIGN_MINISTER = Pattern.compile(
            "\\b(?:Minister (?:for|of) Foreign Affairs|Foreign Minister) of "
            + "(\\p{Lu}\\p{L}{1,20}(?: \\p{Lu}\\p{L}{1,20}){0,2})(?:,|$)");

    /**
     * A readout's subject that is a defence secretary alone, the ministry's own: "the Secretary of
     * State for Defence", "The Defence Secretary", perhaps with a name after it.
     */
    private static final Pattern DEFENCE_SECRETARY = Pattern.compile(
            "(?:[Tt]he\\s)?(?:Secretary\\sof\\sState\\sfor\\sDefence|Defence\\sSecretary)"
                    + "(?:,?(?:\\s\\p{Lu}[\\p{L}.'’-]{0,20}){1,4})?");

    /** The ministry of a defence secretary. */
    private static final String DEFENCE_MINISTRY = "Ministry of Defence";

    /** A header line holding an office has at most this many words. */
    private static final int MAX_OFFICE_LINE_WORDS = 40;

    /** A line naming its publisher has at most this many words. */
    private static final int MAX_NAME_LINE_WORDS = 12;

    private Publishers() {}

    /** Returns the institution publishing on {@code host} or on a domain it belongs to. */
    public static Optional<String> forHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        while (true) {
            String name = BY_HOST.get(h);
            if (name != null) {
                return Optional.of(name);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    /**
     * Returns the institution of the tables that a page names as its source ("U.S Department of
     * State" gives "U.S. Department of State", "the White House" gives "The White House",
     * "Auswärtiges Amt" gives "Federal Foreign Office"), compared by letters, a leading "the"
     * and "United States" / "U.S." alike; empty when the name is not one of the tables'.
     */
    public static Optional<String> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(nameKey(name)));
    }

    /**
     * Returns the institution a short line of a page's header names or implies: the line, or a
     * part of it between " | ", " - " or ", ", is one of the tables' names ("By Office of the
     * Spokesperson", "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada"), the line is
     * a host of the tables ("Defense.gov"), or the line holds an office only one institution has ("Morgan Ortagus, Department
     * Spokesperson"); empty for any other line and for lines longer than a header's.
     */
    public static Optional<String> inLine(String line) {
        String text = Lines.collapse(line);
        int words = Titles.words(text);
        if (text.isEmpty() || words > MAX_OFFICE_LINE_WORDS) {
            return Optional.empty();
        }
        if (words > MAX_NAME_LINE_WORDS && !Lines.key(text).startsWith("from:")) {
            return byOffice(text); // a banner's sentence: "... contact the DOD Webmaster ..."
        }
        if (words == 1 && HOST.matcher(text).matches()) {
            // "Defense.gov", "www.mofa.go.jp": the site's name line is its host
            return forHost(text.toLowerCase(Locale.ROOT));
        }
        Optional<String> named = named(text);
        if (named.isPresent()) {
            return named;
        }
        for (String part : PARTS.split(text)) {
            named = named(part.strip());
            if (named.isPresent()) {
                return named;
            }
        }
        return byOffice(text);
    }

    /**
     * "Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its ...":
     * the body a text opens by saying adopted or issued it.
     */
    private static final Pattern ADOPTED_BY = Pattern.compile(
            "^(?:Adopted|Issued|Approved)\\sby\\s(?:the\\s)?(\\p{Lu}[^.;:]{2,120}?)"
                    + "(?:\\s(?:at|on|during|following|in)\\s|[,.;:])");

    /** A body's name has at most this many words. */
    private static final int MAX_BODY_WORDS = 12;

    /** A bracketed abbreviation in a body's name, the space before it included: " (PSC)". */
    private static final Pattern BRACKETED_ABBREVIATION =
            Pattern.compile("\\s?\\([^()]{1,12}\\)");

    /**
     * Returns the body the opening says adopted or issued the text ("Adopted by the Peace and
     * Security Council (PSC) of the African Union (AU) at its 1097th meeting"): the tables'
     * institution when they know its name or office, else the name as written, its bracketed
     * abbreviations left out.
     */
    static Optional<String> adopter(String opening) {
        Matcher m = ADOPTED_BY.matcher(opening);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = Lines.collapse(BRACKETED_ABBREVIATION.matcher(m.group(1)).replaceAll(""));
        if (Titles.words(name) > MAX_BODY_WORDS || !isCapitalisedName(name)) {
            return Optional.empty();
        }
        return forName(name).or(() -> byOffice(name)).or(() -> Organisations.named(name))
                .or(() -> Optional.of(name));
    }

    /**
     * A press wire's credit line: "News provided by Prime Minister's Office", "Distributed by APO
     * Group on behalf of Ministry of Foreign Affairs of Japan."; the institution's name in group 1.
     */
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "^(?i:news\\sprovided\\sby|distributed\\sby\\s[^.;:]{1,40}?\\son\\sbehalf\\sof)\\s"
                    + "(?:the\\s)?(\\p{Lu}[^;:|]{2,120}?)\\.?$");

    /**
     * Returns the institution a press wire's credit line names as the source of its copy ("News
     * provided by Prime Minister's Office", "Distributed by APO Group on behalf of Ministry of
     * Foreign Affairs of Japan."): the tables' name when they know it, else the name as written;
     * empty for any other line. A wire distributes; the institution it names issued the text.
     */
    public static Optional<String> wireCredit(String line) {
        if (line.length() > MAX_WIRE_LINE || !opensCredit(line)) {
            return Optional.empty(); // most lines: answered by their first letters
        }
        String text = Lines.collapse(line);
        Matcher m = WIRE_CREDIT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        if (Titles.words(name) > MAX_BODY_WORDS || !isCapitalisedName(name)) {
            return Optional.empty();
        }
        return forName(name).or(() -> Optional.of(name));
    }

    /** A wire's credit line is at most this many characters long. */
    private static final int MAX_WIRE_LINE = 200;

    /** Whether a line opens as a wire's credit does, white space before it aside. */
    private static boolean opensCredit(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.regionMatches(true, i, "news provided by", 0, 16)
                || line.regionMatches(true, i, "distributed by", 0, 14);
    }

    /**
     * Returns the institution a "From:" field names when its value stands on a line of its own
     * ("From:" / "Ministry of Defence and The Rt Hon Grant Shapps MP"): the first of the
     * organisations and people the value lists, when the tables know it or it is an
     * institution's name ({@link #institutionNamed}); empty otherwise.
     */
    public static Optional<String> fromField(String value) {
        String text = Lines.collapse(value);
        int and = text.indexOf(" and ");
        String first = and > 0 ? text.substring(0, and) : text;
        return forName(first).or(() -> institutionNamed(first));
    }

    /**
     * "The Council of Australian Governments (COAG) held its 24th meeting today in Canberra": a
     * body that names itself a council, commission, committee ... holding its own meeting.
     */
    private static final Pattern HELD_ITS = Pattern.compile(
            "^The\\s((?:\\p{Lu}[^.;:,]{1,100}?\\s)?(?:Council|Commission|Committee|Assembly|Board|Conference"
                    + "|Cabinet|Forum|Parliament|Senate|Secretariat)(?:\\s(?:of|for)\\s[^.;:,()]{2,60}?)?)"
                    + "(?:\\s\\([^()]{1,12}\\))?\\sheld\\sits\\s");

    /**
     * Returns the body the opening says held its own meeting ("The Council of Australian
     * Governments (COAG) held its 24th meeting today"): the issuer of that meeting's
     * communiqué; the tables' institution when they know it, else the name as written.
     */
    static Optional<String> meetingBody(String opening) {
        Matcher m = HELD_ITS.matcher(opening);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = Lines.collapse(m.group(1));
        if (Titles.words(name) > MAX_BODY_WORDS || !isCapitalisedName(name)) {
            return Optional.empty();
        }
        return forName(name).or(() -> byOffice(name)).or(() -> Optional.of(name));
    }

    /** A paragraph's number before its text: "1. ", "2.". */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,2}\\.\\s?");

    /** What opens a meeting's subject: "The", perhaps after "On 15 June 2006, ". */
    private static final Pattern MEETING_SUBJECT = Pattern.compile(
            "^(?:On\\s[^,]{3,40},\\s)?[Tt]he\\s");

    /** A person's office: "The President of the European Council met ..." reports no meeting of it. */
    private static final Pattern PERSON_OFFICE = Pattern.compile(
            "\\b(?:President|Prime\\sMinister|Minister|Secretary|Chair(?:man|person)?|Head|Leaders?)\\b");

    /**
     * What may stand between "The" and an organisation in its own press release's opening
     * subject: "Permanent Council of the ", "member countries of the ", nothing.
     */
    private static final Pattern RELEASE_SUBJECT = Pattern.compile(
            "^(?:(?:[\\p{L}-]{2,20}\\s){1,4}of\\s(?:the\\s)?)?$");

    /** The organisation of a press release's subject stands within this many characters. */
    private static final int MAX_RELEASE_SUBJECT = 120;

    /**
     * Returns the international organisation whose own press release the text is, by the subject
     * of its opening sentence ("The Permanent Council of the Organization of American States
     * (OAS) adopted today ...", "The member countries of the Organization of American States
     * (OAS), meeting in San Salvador ..."): the organisation, or a body or the members of it,
     * written out; a person's office ("The Secretary General of ...") is none. For a page
     * labelled a press release only; empty when the subject names no organisation.
     */
    public static Optional<String> releasingOrganisation(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        String p = PARAGRAPH_NUMBER.matcher(paragraphs.get(0)).replaceFirst("");
        Matcher opens = MEETING_SUBJECT.matcher(p);
        if (!opens.find()) {
            return Optional.empty();
        }
        String head = p.substring(opens.end(), Math.min(p.length(),
                opens.end() + MAX_RELEASE_SUBJECT));
        Optional<Organisations.Found> found = Organisations.first(head);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String before = head.substring(0, found.get().start());
        boolean written = head.toLowerCase(Locale.ROOT)
                .contains(found.get().name().toLowerCase(Locale.ROOT));
        return written && RELEASE_SUBJECT.matcher(before).matches()
                && !PERSON_OFFICE.matcher(before).find()
                ? Optional.of(found.get().name()) : Optional.empty();
    }

    /**
     * An institution's name alone on a line of a page's header or footer: "Ministry of Foreign
     * Affairs of the Republic of Korea", "Ministry of Foreign Affairs - Republic of Türkiye",
     * "Embassy of India, Washington D.C.", "© 2023 Ministry of Foreign Affairs, Singapore".
     */
    private static final Pattern INSTITUTION_LINE = Pattern.compile(
            "^(?:(?:©|\\(c\\)|copyright)\\s?(?:©\\s?)?(?:(?:19|20)\\d{2}(?:\\s?[-–]\\s?(?:19|20)\\d{2})?\\s)?)?"
                    + "(?:the\\s)?((?:ministry|department|embassy|high\\scommission|consulate(?:-general|\\sgeneral)?"
                    + "|permanent\\smission|mission|secretariat|presidency|office\\sof\\sthe|chancellery)"
                    + "\\s(?:of|for)\\s[^|]{3,90}?)(?:\\s?[-–|,]\\s?((?:the\\s)?\\p{Lu}[^|,]{2,40}?))?"
                    + "[.\\s]*(?:all\\srights\\sreserved\\.?)?$", Pattern.CASE_INSENSITIVE);

    /** A line ending with an abbreviation's stop, no sentence's: "Washington D.C.". */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s.])\\p{Lu}\\.$");

    /** A sentence's end inside a line: "... Administration. These Tech", not "D.C." or "U.S.". */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}\\.\\s\\p{Lu}(?!ll\\s)");

    /** An institution's name line has at most this many words. */
    private static final int MAX_INSTITUTION_WORDS = 14;

    /**
     * Returns the institution a header or footer line is the name of ("Ministry of Foreign
     * Affairs - Republic of Türkiye" gives "Ministry of Foreign Affairs of Republic of Türkiye"):
     * the tables' name when they know it, else the name as written, a trailing country after a
     * dash or comma joined with "of"; empty for a line that is anything more than a name (a
     * headline naming a document, a sentence, lower-case words).
     */
    public static Optional<String> institutionNamed(String line) {
        String text = Lines.collapse(line);
        if (text.isEmpty() || Titles.words(text) > MAX_INSTITUTION_WORDS
                || Lines.endsSentence(text) && !Lines.key(text).endsWith("reserved.")
                && !ABBREVIATION_END.matcher(text).find()
                || text.endsWith(",") || SENTENCE_BREAK.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher m = INSTITUTION_LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        if (!isCapitalisedName(name)) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            String tail = m.group(2).strip();
            if (!isCapitalisedName(tail)) {
                return Optional.empty();
            }
            if (!Lines.key(name).contains(" of ") || Lines.key(name).endsWith("affairs")) {
                name = name + " of " + tail; // "Ministry of Foreign Affairs - Republic of Türkiye"
            }
        }
        String found = name;
        return forName(found).or(() -> Optional.of(found));
    }

    /** "Peace and Security Council of the African Union": capitalised words and their links. */
    private static boolean isCapitalisedName(String name) {
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0))
                    && !LINK_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words that link the capitalised words of a name: "Council of the African Union". */
    private static final Set<String> LINK_WORDS = Set.of("of", "the", "and", "for", "on", "in",
            "to", "&");

    /**
     * Returns the institution whose office or house phrase a text holds ("the President of the
     * Security Council made the following statement", "PENTAGON PRESS SECRETARY PAT RYDER"), on
     * word boundaries and in any case; empty when it holds none.
     */
    public static Optional<String> byOffice(String text) {
        String key = Lines.key(text).replace('’', '\'');
        for (Office office : OFFICES) {
            int at = key.indexOf(office.phrase());
            while (at >= 0) {
                int end = at + office.phrase().length();
                if ((at == 0 || !Character.isLetterOrDigit(key.charAt(at - 1)))
                        && (end == key.length() || !Character.isLetterOrDigit(key.charAt(end)))
                        && !afterCounterpartWord(key, at)) {
                    return Optional.of(office.institution());
                }
                at = key.indexOf(office.phrase(), at + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the institution the opening of a text says issued it: an issuing clause ("WASHINGTON,
     * Jan. 9 -- The U.S. Department of Defense issued the following news:", "the President of
     * the Security Council made the following statement on behalf of the Council:") whose
     * subject is one of the tables' names or holds an office of {@link #byOffice}, or a
     * transcript's first speaker label ("PENTAGON PRESS SECRETARY PAT RYDER: Good afternoon");
     * empty when the opening says neither.
     */
    public static Optional<String> inOpening(List<String> paragraphs) {
        for (int i = 0; i < Math.min(MAX_OPENING_PARAGRAPHS, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            String head = p.substring(0, Math.min(p.length(), MAX_OPENING_CHARS));
            Optional<String> adopter = (i == 0 ? adopter(head) : Optional.<String>empty())
                    .or(() -> meetingBody(head));
            if (adopter.isPresent()) {
                return adopter;
            }
            int colon = head.indexOf(':');
            if (colon > 0 && colon < MAX_SPEAKER_CHARS) {
                String label = head.substring(0, colon);
                if (label.equals(label.toUpperCase(Locale.ROOT))) {
                    Optional<String> speaker = byOffice(label); // a transcript's speaker
                    if (speaker.isPresent()) {
                        return speaker;
                    }
                }
            }
            String key = head.toLowerCase(Locale.ROOT);
            for (String verb : ISSUING_VERBS) {
                int at = key.indexOf(verb);
                if (at <= 0) {
                    continue;
                }
                String subject = head.substring(0, at);
                for (String cut : SUBJECT_CUTS) {
                    int c = cut.equals(". ") ? sentenceBreak(subject) : subject.lastIndexOf(cut);
                    if (c >= 0) {
                        subject = subject.substring(c + cut.length());
                    }
                }
                subject = subject.strip();
                if (subject.toLowerCase(Locale.ROOT).endsWith(" today")) {
                    subject = subject.substring(0, subject.length() - 6);
                }
                Optional<String> named = forName(subject);
                if (named.isPresent()) {
                    return named;
                }
                Optional<String> office = byOffice(subject);
                if (office.isPresent()) {
                    return office;
                }
            }
        }
        return Optional.empty();
    }

    /** A title's abbreviation before its stop has at most this many letters: "Brig.", "Gen.". */
    private static final int MAX_TITLE_ABBREVIATION = 4;

    /**
     * Returns where the last ". " of {@code text} ends a sentence, or -1: not after a title's
     * abbreviation ("Brig. Gen. Pat Ryder", "Maj. Gen."), a capitalised word of at most four
     * letters.
     */
    private static int sentenceBreak(String text) {
        int at = text.lastIndexOf(". ");
        while (at > 0) {
            int start = at;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            boolean title = at - start <= MAX_TITLE_ABBREVIATION && at > start
                    && Character.isUpperCase(text.charAt(start));
            if (!title) {
                return at;
            }
            at = text.lastIndexOf(". ", at - 1);
        }
        return at;
    }

    /**
     * Returns the ministry of the minister the opening sentence has as its subject ("Mr. MOTEGI
     * Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with ..." gives
     * "Ministry of Foreign Affairs of Japan"; "At the request of ..., the Secretary of State for
     * Defence spoke with ..." gives "Ministry of Defence"): a ministry's readout tells of its own
     * minister first. Empty when the subject holds no foreign minister of a named state and is
     * no defence secretary.
     */
    public static Optional<String> foreignMinistry(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        // the first of the opening paragraphs to report a meeting or a call: a standfirst
        // ("Statement on the Defence Secretary's call with ...") may stand before it
        String p = null;
        Matcher verb = null;
        for (int i = 0; i < Math.min(READOUT_PARAGRAPHS, paragraphs.size()) && p == null; i++) {
            String paragraph = paragraphs.get(i);
            Matcher m = READOUT_VERB.matcher(paragraph.substring(0, Math.min(paragraph.length(),
                    MAX_OPENING_CHARS)));
            if (m.find()) {
                p = paragraph;
                verb = m;
            }
        }
        if (p == null) {
            return Optional.empty();
        }
        Matcher minister = FOREIGN_MINISTER.matcher(p.substring(0, verb.start()));
        if (!minister.find()) {
            // "At the request of ..., the Secretary of State for Defence spoke with ...": the
            // defence secretary as the subject, after any leading phrase
            String subject = p.substring(0, verb.start());
            int comma = subject.lastIndexOf(", ");
            return DEFENCE_SECRETARY.matcher(comma >= 0 ? subject.substring(comma + 2) : subject)
                    .matches() ? Optional.of(DEFENCE_MINISTRY) : Optional.empty();
        }
        String state = minister.group(1).strip();
        String ministry = "Ministry of Foreign Affairs of " + state;
        return forName(ministry).or(() -> Optional.of(ministry));
    }

    /**
     * A ministry's press service a headline names as its source: "Information of the Press
     * Service Department of the Ministry of Foreign Affairs of the Republic of Azerbaijan on
     * ..."; bounded, no nested quantifiers.
     */
    private static final Pattern PRESS_SERVICE_OF = Pattern.compile(
            "(?i)\\bpress\\s(?:service|office|department)(?:\\sdepartment)?\\sof\\sthe\\s"
            + "(ministry\\sof\\s(?:foreign\\saffairs|defen[cs]e))\\sof\\s(?:the\\s)?(?:republic\\sof\\s)?"
            + "((?-i:\\p{Lu})\\p{L}{1,20}(?:\\s(?-i:\\p{Lu})\\p{L}{1,20}){0,2})");

    /**
     * Returns the ministry whose press service a headline says the release is from ("Information
     * of the Press Service Department of the Ministry of Foreign Affairs of the Republic of
     * Azerbaijan on the meeting ..." gives "Ministry of Foreign Affairs of Azerbaijan"); empty
     * when it names none.
     */
    public static Optional<String> pressServiceOf(String headline) {
        Matcher m = PRESS_SERVICE_OF.matcher(headline);
        if (!m.find()) {
            return Optional.empty();
        }
        String ministry = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1)
                + " of " + m.group(2);
        return forName(ministry).or(() -> Optional.of(ministry));
    }

    /** Words before an office that make its holder the counterpart: "Call with NATO Secretary General". */
    private static final java.util.Set<String> COUNTERPART_WORDS = java.util.Set.of("with",
            "meets", "met", "and", "to", "receives", "received", "hosts", "hosted", "welcomes",
            "welcomed", "calls", "called");

    /** Whether the word before {@code at} in {@code key} makes the office there a counterpart's. */
    private static boolean afterCounterpartWord(String key, int at) {
        int end = at;
        while (end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        if (end >= 4 && key.startsWith("the", end - 3)
                && (end == 3 || key.charAt(end - 4) == ' ')) {
            end -= 3; // "with the President of ..."
            while (end > 0 && key.charAt(end - 1) == ' ') {
                end--;
            }
        }
        int start = end;
        while (start > 0 && Character.isLetter(key.charAt(start - 1))) {
            start--;
        }
        return start < end && COUNTERPART_WORDS.contains(key.substring(start, end));
    }

    /** Words that link the words of a subject's office and name: "Chairperson of the ...". */
    private static final java.util.Set<String> SUBJECT_LINKS = java.util.Set.of("of", "the", "and",
            "for", "on", "de", "du", "des", "la", "le", "al", "bin", "van", "von", "der");

    /** A subject read for its office has at most this many words. */
    private static final int MAX_SUBJECT_WORDS = 16;

    /**
     * Returns the institution whose office the subject of the text's first sentence holds ("25
     * June 2019, Addis Abeba: The Chairperson of the African Union Commission Moussa Faki Mahamat
     * wishes to express ..."): the capitalised words, and the words that link them, before the
     * first other word, after a dateline's colon or dash; empty when they hold no office of the
     * tables.
     */
    public static Optional<String> bySubject(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        String p = paragraphs.get(0);
        String head = p.substring(0, Math.min(p.length(), MAX_OPENING_CHARS));
        for (String cut : List.of(": ", " -- ", " – ", " — ")) {
            int at = head.indexOf(cut);
            if (at > 0 && at < MAX_SPEAKER_CHARS) {
                head = head.substring(at + cut.length());
                break;
            }
        }
        StringBuilder subject = new StringBuilder();
        int words = 0;
        for (String word : head.split(" ")) {
            if (word.isEmpty() || words++ >= MAX_SUBJECT_WORDS) {
                break;
            }
            if (!Character.isUpperCase(word.codePointAt(0))
                    && !SUBJECT_LINKS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            subject.append(word).append(' ');
        }
        return byOffice(subject.toString().strip());
    }

    private static Optional<String> named(String text) {
        String t = text;
        String key = t.toLowerCase(Locale.ROOT);
        if (key.startsWith("by ")) {
            // "By Ministry of Foreign Affairs of the Republic of Ruritania": a byline naming an
            // institution the tables may not know
            String by = t.substring(3).strip();
            return by.isEmpty() ? Optional.empty() : forName(by).or(() -> institutionNamed(by));
        } else if (key.startsWith("from:")) {
            t = t.substring(5).strip();
            // "From: Prime Minister's Office, 10 Downing Street and The Rt Hon ... MP": the
            // first of the organisations and people a release comes from
            int and = t.indexOf(" and ");
            if (and > 0) {
                Optional<String> first = forName(t.substring(0, and));
                if (first.isPresent()) {
                    return first;
                }
            }
        }
        return t.isEmpty() ? Optional.empty() : forName(t);
    }

    private static Map<String, String> byName(Map<String, String> byHost, List<Office> offices) {
        Map<String, String> table = new HashMap<>();
        for (String name : byHost.values()) {
            table.putIfAbsent(nameKey(name), name);
        }
        for (String row : WordLists.load(Publishers.class, DIR + "publisher-names.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 3 || !cols[2].strip().matches("name|office")) {
                throw new IllegalStateException("publisher-names.tsv: expected \"phrase<TAB>"
                        + "institution<TAB>name|office\" in \"" + row + "\"");
            }
            String phrase = cols[0].strip();
            String institution = cols[1].strip();
            table.putIfAbsent(nameKey(institution), institution);
            if (cols[2].strip().equals("name")) {
                table.putIfAbsent(nameKey(phrase), institution);
            } else {
                offices.add(new Office(Lines.key(phrase).replace('’', '\''), institution));
            }
        }
        return Map.copyOf(table);
    }

    private static String nameKey(String name) {
        String text = Lines.key(name);
        String key = Titles.letters(text.startsWith("the ") ? text.substring(4) : text);
        if (key.startsWith("unitedstates")) {
            key = "us" + key.substring("unitedstates".length());
        }
        return key;
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        for (String row : WordLists.load(Publishers.class, DIR + "publishers.tsv")) {
            int tab = row.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("publishers.tsv: no tab in row \"" + row + "\"");
            }
            table.put(row.substring(0, tab).strip(), row.substring(tab + 1).strip());
        }
        return Map.copyOf(table);
    }
}
