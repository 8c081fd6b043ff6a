package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.TextLeads;
import io.github.jointstatements.parsers.internal.Titles;
import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the headline of a text page from the lines around it: a line that reads as a headline or
 * as text, a headline broken over lines or cut after a linking word, a site's section or name
 * around it, the words that name a kind of document. Stateless.
 */
final class Headlines {

    /** A headline is at most this long; longer lines are body text. */
    static final int MAX_HEADLINE = 300;

    /** A headline of at most this many words, naming no kind of document, may be a section's. */
    static final int MAX_SECTION_WORDS = 3;

    /** Words that make a short headline a document's ("Joint Statement", "Press Conference"). */
    private static final Set<String> DOCUMENT_WORDS = Set.of("statement", "declaration",
            "communique", "communiqué", "readout", "remarks", "transcript", "conference",
            "briefing", "release", "call", "meeting", "visit", "summit", "agreement", "address",
            "speech", "interview", "letter", "message", "memorandum", "treaty", "accord",
            "erklärung", "presseerklärung", "pressemitteilung",
            "kommuniqué", "availability", "talk", "talks");

    /** Words a headline cannot end with: a line ending with one is wrapped. */
    private static final Set<String> LINKING_WORDS = Set.of("of", "and", "the", "for", "on", "in",
            "with", "between", "to", "by", "at", "a", "an", "&", "from", "among", "-", "–");

    /** A line longer than this many words is text even without a sentence's end. */
    private static final int MAX_HEADER_LINE_WORDS = 40;

    /** A line ending with a colon is text ("A Downing Street spokesperson said:") from this many words. */
    private static final int MIN_INTRODUCTION_WORDS = 4;

    /** Openings of a news item's headline that announce the original's headline after it. */
    private static final List<String> ANNOUNCES_ORIGINAL = List.of("full text of ",
            "the full text of ", "text of ", "full text: ");

    /** A news site's label before an original's headline: "FULL TEXT: Chairman's statement ...". */
    private static final String FULL_TEXT_LABEL = "full text:";

    /** "FULL TEXT: Chairman's statement ..." gives "Chairman's statement ...". */
    static String withoutFullTextLabel(String title) {
        if (Lines.key(title).startsWith(FULL_TEXT_LABEL)
                && title.length() > FULL_TEXT_LABEL.length() + 10) {
            return title.substring(FULL_TEXT_LABEL.length()).strip();
        }
        return title;
    }

    /** A line of at most this many words holding a weekday's date is a dated line, not a headline. */
    private static final int MAX_WEEKDAY_LINE_WORDS = 10;

    /** A weekday before a date, as a page's dated lines write it: "Saturday, 20 February 2010". */
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s\\d{1,2}\\s\\p{Lu}\\p{Ll}{2,8}"
            + "\\s(?:19|20)\\d{2}\\b|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?"
            + "\\s\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2},?\\s(?:19|20)\\d{2}\\b");

    /** A line of at most this many words holding a date is a date line, not a headline. */
    private static final int MAX_DATE_LINE_WORDS = 6;

    /** Words that open a document's name and may stand alone on a broken line: "Joint" / "Press Release ...". */
    private static final Set<String> NAME_OPENERS = Set.of("joint", "final", "common", "closing",
            "trilateral", "ministerial");

    /** A headline broken after its first line has at least this many words on the next. */
    private static final int MIN_BROKEN_HEADLINE_WORDS = 4;

    /**
     * A short first headline naming no document ("Media Center", "Visitor Counter") before a
     * longer one: the site's section or a widget, the longer one the page's headline.
     */
    static boolean isSectionName(String title, String next) {
        int words = Titles.words(title);
        if (words > MAX_SECTION_WORDS || Titles.words(next) <= words) {
            return false;
        }
        for (String word : Lines.key(title).split(" ")) {
            if (DOCUMENT_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The separators a page's title puts between the headline and the site's name. */
    private static final List<String> SITE_SEPARATORS = List.of(" - ", " | ", " :: ", " · ");

    /**
     * Whether {@code line} is {@code title} without the site's name the title ends with ("Joint
     * Communiqué - Meeting ... - African Business Magazine", then "Joint Communiqué – Meeting
     * ..."), dashes of any length alike.
     */
    static boolean withoutSiteName(String title, String line) {
        String t = dashes(Lines.key(title));
        String l = dashes(Lines.key(line));
        if (l.length() >= 10 && t.endsWith(l) && t.length() > l.length()
                && Titles.words(l) > PlaceLines.MAX_PLACE_LINE_WORDS) {
            // "Press Releases EEAS : Remarks by ...", then "Remarks by ...": a site's section
            String head = t.substring(0, t.length() - l.length()).strip();
            return Titles.words(head) <= MAX_SECTION_WORDS + 1 && (head.endsWith(":")
                    || head.endsWith(" -") || head.endsWith("|") || PageChrome.isHeaderLabel(head)
                    || head.startsWith("home ")); // "Home International": a trail's sections
        }
        if (l.length() < 10 || !t.startsWith(l) || t.length() == l.length()) {
            return false;
        }
        String rest = t.substring(l.length());
        if (rest.length() > 1 && rest.charAt(0) == '-' && rest.indexOf(' ') < 0) {
            return true; // "... visiting U.S. officials-Xinhua", then the headline alone
        }
        for (String separator : SITE_SEPARATORS) {
            if (rest.startsWith(separator) && Titles.words(rest) <= NavigationLines.MAX_MENU_PART_WORDS + 1) {
                return true;
            }
        }
        return false;
    }

    /** A word cut short and glued to the next: "Concl.Of". */
    private static final Pattern CUT_WORD = Pattern.compile("\\p{L}{3}\\.\\p{L}{2}");

    /** A headline's full form shares at least this share of the shorter form's words. */
    private static final double MIN_EXPANDED_SHARE = 0.6;

    /**
     * Whether {@code line}, under the headline {@code title}, is the same headline written out
     * in full: the page's title cut short ("Joint Declaration Adopted At The Concl.Of The
     * Meeting Between ...", or ending in "...") over the document's own heading ("Joint
     * Declaration Adopted At The Conclusion Of The Trilateral Meeting Held Among ..."); longer,
     * opening with the same word, holding most of the title's words. A title not cut short is
     * the headline, whatever line follows it.
     */
    static boolean expands(String title, String line) {
        String t = Lines.key(title);
        String l = Lines.key(line);
        boolean cut = t.endsWith("...") || t.endsWith("…") || CUT_WORD.matcher(t).find();
        if (!cut || l.length() <= t.length() || !isHeadline(line)) {
            return false;
        }
        String[] titleWords = t.split("[\\s.,:;]+");
        String[] lineWords = l.split("[\\s.,:;]+");
        if (titleWords.length == 0 || lineWords.length <= titleWords.length
                || !titleWords[0].equals(lineWords[0])) {
            return false;
        }
        Set<String> longer = new HashSet<>(Arrays.asList(lineWords));
        int shared = 0;
        for (String w : titleWords) {
            if (longer.contains(w)) {
                shared++;
            }
        }
        return shared >= MIN_EXPANDED_SHARE * titleWords.length;
    }

    private static String dashes(String text) {
        return text.replace('–', '-').replace('—', '-');
    }

    /**
     * Whether a short line opens the headline the next line goes on with: a word that opens a
     * document's name ("Joint" / "Press Release after the trilateral meeting ..."), or a line in
     * capitals over a line in capitals ("JOINT COMMUNIQUE" / "VISIT OF PRIME MINISTER OF JAPAN").
     */
    static boolean opensHeadline(String line, String next) {
        if (!isHeadline(next) || Titles.words(next) < MIN_BROKEN_HEADLINE_WORDS
                || Lines.endsSentence(line) || Titles.words(line) > MAX_SECTION_WORDS) {
            return false;
        }
        if (NAME_OPENERS.contains(Lines.key(line))) {
            return namesDocument(next);
        }
        return isCapitals(line) && isCapitals(next) && namesDocument(line);
    }

    static boolean isCapitals(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** A line that is a document kind's name alone has at most this many words. */
    private static final int MAX_KIND_NAME_WORDS = 3;
    /** What separates a line's words, for the tests that read them one by one. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /**
     * Whether a line is a document kind's name and nothing else: "JOINT COMMUNIQUE", "Joint
     * Statement", "Final Declaration"; every word opens or names a document. A release ("Press
     * Release", "(Media Release)") labels the page's publication, not the document's kind.
     */
    static boolean isKindName(String line) {
        String key = Lines.key(line);
        if (Titles.words(key) > MAX_KIND_NAME_WORDS || !namesDocument(line)
                || Character.isDigit(key.charAt(key.length() - 1))) {
            return false; // "Transcript 1686": an archive's record number, no kind's name
        }
        for (String word : NON_LETTERS.split(key)) {
            if (!word.isEmpty() && (word.equals("release") || !DOCUMENT_WORDS.contains(word)
                    && !NAME_OPENERS.contains(word) && !word.equals("press")
                    && !word.equals("media"))) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of a headline reporting a meeting or a call: "Minister Shahid meets with ...". */
    private static final Set<String> MEETING_VERBS = Set.of("meets", "met", "receives",
            "received", "hosts", "hosted", "holds", "held", "speaks", "spoke", "calls");

    /**
     * Whether a headline reports a meeting or a call with a verb ("Minister Shahid meets with
     * Non-Resident Ambassadors ...", "Foreign Minister Receives Telephone Call ..."): a story's
     * own headline, no site's banner a later line replaces.
     */
    static boolean reportsMeeting(String headline) {
        for (String word : NON_LETTERS.split(Lines.key(headline))) {
            if (MEETING_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a document's kind at a headline's end: "... Communiqué, 29 November 2008". */
    private static final Set<String> KIND_ENDINGS = Set.of("communique", "communiqué",
            "statement", "declaration", "readout");

    /**
     * Whether a headline ends with a document kind's name before a comma ("COAG Meeting
     * Communiqué,"): a date after it is the document's name's, as issuers date their
     * communiqués, not one a page appended.
     */
    static boolean endsWithKindName(String head) {
        return KIND_ENDINGS.contains(lastWord(TextLines.trimTrailingPunctuation(head)));
    }

    /** Whether a headline names a kind of document ("Joint Statement", "Press Briefing"). */
    static boolean namesDocument(String headline) {
        for (String word : NON_LETTERS.split(Lines.key(headline))) {
            if (DOCUMENT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A headline with an address in brackets: "Joint Statement [ https://... ] 02/18/2021". */
    static String withoutAddress(String line) {
        int open = line.indexOf("[ http");
        if (open < 0) {
            open = line.indexOf("[http");
        }
        int close = open < 0 ? -1 : line.indexOf(']', open);
        if (close < 0) {
            return line;
        }
        return Lines.collapse(line.substring(0, open) + " " + line.substring(close + 1));
    }

    static Optional<URI> addressIn(String line) {
        int open = line.indexOf("http");
        if (open < 0) {
            return Optional.empty();
        }
        int end = open;
        while (end < line.length() && !Lines.isSpace(line.charAt(end)) && line.charAt(end) != ']') {
            end++;
        }
        try {
            URI uri = new URI(line.substring(open, end));
            return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Words before a date that make it the headline's own: "... meeting of 19 December 2024". */
    static final Set<String> DATE_PREPOSITIONS = Set.of("of", "on", "from", "for", "in",
            "at", "since", "until", "dated", "to", "till", "through", "and");

    static String lastWord(String text) {
        String key = Lines.key(text);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** A headline cut after a linking word ("... Foreign Ministers of") goes on in the next line. */
    static boolean endsOpen(String headline) {
        String key = Lines.key(headline);
        int space = key.lastIndexOf(' ');
        return key.endsWith(",") || LINKING_WORDS.contains(key.substring(space + 1));
    }

    /** A headline that announces the original's after it: "Full text of joint communique ...". */
    static boolean announcesOriginal(String title) {
        String key = Lines.key(title);
        for (String opening : ANNOUNCES_ORIGINAL) {
            if (key.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A photo's credit ending a line: "..., image by ANI", "... (Photo: PIB)", "| Photo credit:
     * Reuters", "Crown copyright"; bounded, no nested quantifiers.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)(?:[,;(|]\\s?|\\s[-–—]\\s|\\s)(?:file\\s)?(?:image|photo|picture|pic)s?"
            + "(?:\\scredits?|\\scourtesy)?(?:\\s?:|\\sby|\\scourtesy\\sof|\\scourtesy)\\s?"
            + "[^,;()|]{1,60}\\)?\\s*$|\\bcrown\\scopyright\\s*$");

    /**
     * Whether a line is a photo's caption with its credit ("Prime Minister X was accorded a 21
     * gun salute ..., image by ANI", "PM receives President at Hyderabad House (Photo: PIB)"):
     * no headline, whatever it reads like.
     */
    static boolean isCaption(String line) {
        if (line.length() > MAX_HEADLINE) {
            return false;
        }
        java.util.regex.Matcher credit = PHOTO_CREDIT.matcher(line);
        // a caption before its credit: "In Photos: the visit" is a gallery's headline
        return credit.find() && credit.start() >= MIN_CAPTION_CHARS;
    }

    /** A caption holds at least this many characters before its credit. */
    private static final int MIN_CAPTION_CHARS = 15;

    /**
     * A line that reads as the text rather than its header: a sentence, an introduction ("A
     * Downing Street spokesperson said:"), a repost's lead however it ends ("The following is the
     * full text of the ... Declaration"), or a line too long for a header.
     */
    static boolean isText(String line) {
        int words = Titles.words(line);
        if (endsSentence(line) || words > MAX_HEADER_LINE_WORDS || TextLeads.opensAsLead(line)) {
            return true;
        }
        if (line.endsWith(",") || line.endsWith(";")) {
            return true; // "Mr. Secretary Tillerson,": a speech's address, a clause
        }
        return line.endsWith(":") && words >= MIN_INTRODUCTION_WORDS;
    }

    /** Ends with . ! or ?, or such a mark inside quotes or brackets. */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && "\"'”’)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(line.charAt(i)) >= 0;
    }

    /**
     * A line reads as a headline: capitalised, not too long, not ended like a sentence, neither
     * a photo's caption nor a repost's lead ("The following is the full text of ...").
     */
    static boolean isHeadline(String line) {
        if (line.length() > MAX_HEADLINE || line.length() < 10 || Lines.endsSentence(line)
                || isCaption(line) || TextLeads.opensAsLead(line)) {
            return false;
        }
        if (Titles.words(line) <= MAX_DATE_LINE_WORDS && PageDates.find(line).isPresent()
                && !namesDocument(line)) {
            return false; // "Saturday, 17 April 2021 greek english": a site's clock
        }
        if (Titles.words(line) <= MAX_WEEKDAY_LINE_WORDS && !namesDocument(line)
                && WEEKDAY_DATE.matcher(line).find() && PageDates.find(line).isPresent()) {
            return false; // "General News of Saturday, 20 February 2010": a section's dated line
        }
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.charAt(0))) {
            return false;
        }
        return line.indexOf(' ') > 0;
    }

    private Headlines() {}
}
