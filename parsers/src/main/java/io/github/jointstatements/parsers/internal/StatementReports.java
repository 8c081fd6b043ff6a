package io.github.jointstatements.parsers.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a news story about a statement from the statement itself, reposted or not. A story
 * speaks of the document in the third person and cites it ("according to the communiqué", "the
 * statement said", "in a final communique released by ECOWAS", "decisions set out in the
 * communique") or its sources ("agencies reported from Islamabad", "told reporters"), and
 * quotes people ("..., he said.") or reports what they said ("Alhaji Mumuni said the two
 * Presidents agreed ..."), and speaks in its own voice ("Russian officials said", "did not
 * immediately respond to questions", "The statement was released by the ministry", "..., the
 * KCNA said"); a statement speaks for its issuers, and a news site that
 * reposts one announces it ("The following is the full text of the communiqué", "(Full
 * Statement)"). Stateless.
 */
public final class StatementReports {

    /** The documents a story cites. */
    private static final String DOCUMENT = "(?:joint |final |official |written |press )?"
            + "(?:statement|communiqu[eé]|declaration|readout|press release)";

    /** A story's citation of the document or of its own sources. */
    private static final Pattern CITATION = Pattern.compile(
            "according to (?:the|a|an) (?:" + DOCUMENT + "|agenc(?:y|ies)|reports?|sources?"
                    + "|officials?)"
                    // the document, the ministry's perhaps, as the subject of a reporting verb
                    + "|\\b(?:the|a)(?: \\p{L}{2,20}['’]s)? " + DOCUMENT + ",? (?:also |further "
                    + "|has |had )?(?:said|says|added|adds|noted|notes|stated|states|read|reads"
                    + "|stressed|urged|warned|highlighted|pointed out|pointed to|points out"
                    + "|revealed|showcased|referred to|underlined|indicated|mentioned|explained"
                    + "|went on|affirmed|emphasi[sz]ed|underscored|expressed|called for|called on"
                    + "|welcomed|reiterated|denounced|condemned)\\b"
                    // "A statement issued by the Foreign Ministry said: ..."
                    + "|\\b(?:a|the) " + DOCUMENT + " (?:issued|released|published) by [^.;:]{1,60}?"
                    + " (?:said|stated|says|added)\\b"
                    + "|\\bsaid in (?:a|the|its) " + DOCUMENT
                    // the inversions of a reporter: "..., reads a joint statement of the B9
                    // Defence Ministers", "..., said the statement"
                    + "|\\b(?:reads|read|said|says) (?:a|the) " + DOCUMENT + "\\b"
                    + "|\\bin (?:a|its|the) " + DOCUMENT + " (?:released|issued|published|posted"
                    + "|made public|signed)"
                    + "|\\b(?:set out|contained|outlined|included|spelled out) in the " + DOCUMENT
                    + "|\\b(?:the agenc(?:y|ies)|news agenc(?:y|ies)|agency reports?|correspondents?)"
                    + " (?:reported|said|added|quoted)"
                    + "|\\breported from\\b|\\btold (?:reporters|journalists|the press|a news)"
                    // a reporter's own voice: third parties in the plural, no comment, a news
                    // agency speaking, the document as something someone released
                    + "|\\b(?:officials|sources|diplomats|analysts|observers) (?:said|say|told)\\b"
                    + "|\\bdid not (?:immediately )?respond to\\b|\\bdeclined to comment\\b"
                    + "|\\bcould not be reached for comment\\b"
                    + "|\\b(?:news agency|news service|state media|state television)"
                    + " (?:said|reported|quoted|cited)\\b"
                    + "|\\b(?:the|a) " + DOCUMENT + " (?:was|were) (?:released|issued|published"
                    + "|posted|signed|adopted) (?:by|at|after|following)\\b");

    /** A quotation attributed to a news agency: '...," the KCNA said', '..." the agency reported'. */
    private static final Pattern AGENCY_QUOTE = Pattern.compile(
            "[,.!?][\"”] the (?:\\p{Lu}{2,6}|agency|news agency) (?:said|reported|added)\\b");

    /** A quotation attributed to its speaker: '...," he said', '..." said Rabuka'. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "[,.!?][”\"] (?:he|she|they|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) (?:said|added|told|says)"
                    + "|[,.!?][”\"] (?:said|added|says)\\b");

    /**
     * Reported speech: a sentence or clause whose subject, a person named or a pronoun, said or
     * told something ("Alhaji Mumuni said the two leaders ...", "He said the Liberian President
     * ...", "Reading out the communiqué, Alhaji Mumuni said ..."); a statement's subjects are its
     * issuers, who agree, stress and reaffirm, and a readout says "The Prime Minister said", an
     * office under its article. The speaker's name is group 1; a pronoun leaves it empty.
     */
    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "(?:^|[.!?,][\"”’]?\\s{1,3})(?!(?:The|This|These|Those|That|It|They|We|Both|All|Each"
                    + "|Our|Their|His|Her|Its|Ministers|Leaders|Participants|Parties)\\b)"
                    + "(?:He|She|(\\p{Lu}[\\p{L}'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{0,20}){0,3}))"
                    + " (?:said|told)\\b", Pattern.MULTILINE);

    /** A lead paragraph has at least this many words (not a date line or a site's label). */
    private static final int MIN_LEAD_WORDS = 8;

    /** Sentences of reported speech that make a story by themselves. */
    private static final int MIN_REPORTED_SPEECH = 3;

    /** A lead or label announcing the statement's full text: a repost, not a story. */
    private static final Pattern FULL_TEXT = Pattern.compile(
            "\\bfull text\\b|\\(full statement\\)|\\bthe following (?:joint |final )?"
                    + "(?:statement|communiqu[eé]|declaration|text)|\\bas follows\\b"
                    + "|\\bverbatim\\b|\\bin full below\\b");

    /** The opening read for a story's marks: this many characters. */
    private static final int MAX_READ = 6_000;

    /** Citations that make a story by themselves. */
    private static final int MIN_CITATIONS = 2;

    /** Attributed quotations that make a story with one citation. */
    private static final int MIN_ATTRIBUTIONS = 2;

    private StatementReports() {}

    /**
     * Returns whether the page whose headline is {@code title} (empty if none) and whose text is
     * {@code paragraphs} is a news story about a statement rather than a statement: two
     * citations of the document or of the story's sources, or one and two quotations attributed
     * to their speakers, or three sentences of reported speech, in its opening; never when the
     * page announces the full text.
     */
    public static boolean isReport(String title, List<String> paragraphs) {
        if (FULL_TEXT.matcher(title.toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (String p : paragraphs) {
            if (text.length() >= MAX_READ) {
                break;
            }
            text.append(p, 0, Math.min(p.length(), MAX_READ - text.length())).append('\n');
        }
        String opening = text.toString();
        String lower = opening.toLowerCase(Locale.ROOT);
        if (FULL_TEXT.matcher(lower).find()) {
            return false;
        }
        int citations = count(CITATION.matcher(lower), MIN_CITATIONS)
                + count(AGENCY_QUOTE.matcher(opening), MIN_CITATIONS);
        if (citations >= MIN_CITATIONS
                || reportedSpeech(opening, lead(title, paragraphs)) >= MIN_REPORTED_SPEECH) {
            return true;
        }
        return citations == 1
                && count(ATTRIBUTION.matcher(opening), MIN_ATTRIBUTIONS) >= MIN_ATTRIBUTIONS;
    }

    /**
     * Counts, up to enough, the sentences in which someone the headline and the lead do not name
     * says something, or a pronoun after such a speaker does: a reporter tells what a third party
     * said ("Alhaji Mumuni said the two Presidents agreed ..., He said ..."), where a readout
     * tells what its own principals said, the persons its headline or lead names as meeting
     * ("Wang Yi held talks with Antony Blinken ... Wang Yi said that ... Blinken said that ...").
     */
    private static int reportedSpeech(String opening, String lead) {
        Matcher m = REPORTED_SPEECH.matcher(opening);
        int n = 0;
        boolean thirdParty = false;
        while (n < MIN_REPORTED_SPEECH && m.find()) {
            String speaker = m.group(1);
            if (speaker != null) {
                thirdParty = !containsWord(lead, lastWord(speaker));
            }
            if (thirdParty) {
                n++;
            }
        }
        return n;
    }

    /** The headline and the text's first paragraph of a sentence's length, joined. */
    private static String lead(String title, List<String> paragraphs) {
        for (String p : paragraphs) {
            if (Titles.words(p) >= MIN_LEAD_WORDS) {
                return title + "\n" + p;
            }
        }
        return title;
    }

    /** Whether a text holds a word whole, between non-letters: "Yi" in "Wang Yi held", not "Yield". */
    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static int count(Matcher m, int enough) {
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
