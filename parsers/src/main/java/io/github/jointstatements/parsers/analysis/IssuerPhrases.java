package io.github.jointstatements.parsers.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases by which statements name and relay their issuers, shared by the party rules: the
 * kind of document in a title, a title's byline ("by", "from", "between"), a group that speaks
 * ("We, the Leaders of ..."), a line that relays the statement ("The following is attributable
 * to ..."); and the count of words before an offset. Stateless.
 */
final class IssuerPhrases {

    /** How many words may come before the first issuer of an opening sentence. */
    static final int MAX_WORDS_BEFORE = 8;
    static final Pattern TITLE_ISSUERS = Pattern.compile(
            "\\b(?:by|from|between)\\s+(.{3,400}?)(?=\\s+(?:on|regarding|about|at|in|concerning|"
            + "following|after|to)\\s|\\s*[(:]|$)", Pattern.CASE_INSENSITIVE);
    static final Pattern KIND_WORD = Pattern.compile(
            "(?i)\\b(?:joint\\s+)?(?:leaders[’']\\s+)?(?:statement|declaration|communiqu[eé]|"
            + "readout|fact\\s+sheet)\\b");
    /**
     * A sentence that opens with those who speak as a group of states or organisations: "We, the
     * Leaders of the G7, ...", "We—the governments of Cook Islands, ...", "Today, the leaders of
     * the United States, Canada, and Finland announced ...", "WE, the Member States of ...", "As
     * leaders of Australia, the United Kingdom, and the United States, ... we resolve ...", "We,
     * the Heads of State/Government of ASEAN Member States, ...", a quoted "“We, the Senior
     * Management of FAO, IFAD and WFP, ...".
     */
    static final Pattern COLLECTIVE = Pattern.compile(
            "^[\"“«]?(?:[^,;:]{1,40},\\s*){0,2}(?:we\\b[\\s,—–-]*)?(?:as\\s+)?(?:the\\s+)?(?:economic\\s+)?"
            + "(?:leaders|heads\\s+of\\s+state(?:\\s*(?:and|/)\\s*government)?|heads\\s+of\\s+government"
            + "|(?:senior\\s+)?management|executive\\s+heads"
            + "|governments|member\\s+states|(?:[a-z]+\\s+)?partners|representatives"
            + "|ministers\\s+and\\s+representatives|principals|countries|nations)\\s+of\\s+"
            + "(?:the\\s+)?(?:member\\s+states\\s+of\\s+(?:the\\s+)?)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * Ministers who speak as a group of their states: "We the Ministers of Cyprus, Egypt and
     * Greece", "We, the Foreign Ministers of ...", "We, the Foreign Ministers of the Member States
     * of the Association of Southeast Asian Nations (ASEAN)", "The Ministers of External Relations of
     * India, Brazil and South Africa, gathered ..." (unless they go on to be named: {@link
     * GroupOpening}).
     */
    static final Pattern WE_MINISTERS = Pattern.compile(
            "^(?:[^,;:]{1,40},\\s*){0,2}(?:we\\b[\\s,—–-]*)?(?:the\\s+)?(?:[a-z0-9]+\\s+){0,2}?"
            + "ministers\\s+(?:(?:of|for)\\s+(?:foreign\\s+affairs|external\\s+(?:relations|affairs)"
            + "|defen[cs]e|finance|trade)\\s+)?of\\s+(?:the\\s+)?(?:member\\s+states\\s+of\\s+(?:the\\s+)?)?",
            Pattern.CASE_INSENSITIVE);
    // the lookahead on the alternatives' first letters spares every other position the six tries
    static final Pattern RELAYER = Pattern.compile(
            "(?i)(?=[afprsw])\\b(?:following\\s+(?:joint\\s+)?(?:readout|statement)"
            + "|spokes(?:person|man|woman)\\b|press\\s+secretary\\b|attributable\\s+to\\b"
            + "|reproduced\\b|was\\s+(?:published|released)\\s+by\\b)");

    private IssuerPhrases() {}

    static int wordsBefore(String text, int offset) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < offset; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** Returns what a title writes before the kind of document, or the empty string. */
    static String beforeKind(String title) {
        Matcher kind = KIND_WORD.matcher(title);
        return kind.find() && kind.start() > 0 ? title.substring(0, kind.start()) : "";
    }
}
