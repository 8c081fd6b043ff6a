package io.github.jointstatements.parsers.internal;

import java.util.regex.Pattern;

/**
 * Tells a report's lead that announces the text under it ("The following is the full text of the
 * communiqué.", "The leaders issued the following communiqué:", "The following is the text of a
 * joint press release by ..."): what comes after such a lead is the original's own text, with
 * its own header (headline, dateline, the place of its meeting). Stateless.
 */
public final class TextLeads {

    /**
     * A report's lead ending by announcing the text that follows: "The following is the full
     * text of the communiqué.", "The leaders issued the following communiqué:", "Its full text
     * reads as follows:", "printed verbatim below", what was issued where and when after it
     * ("... of the communiqué issued at the end of the ... meeting held in Abuja, Nigeria from
     * December 5 to December 8 2003."); bounded, read in {@link Lines#key} form.
     */
    private static final Pattern ANNOUNCES_TEXT = Pattern.compile(
            "(?:the following is the (?:full |complete )?text|(?:full|complete) text[^.:]{0,120}?"
                    + " (?:is as follows|follows|below)|(?:issued|released|adopted|published) the"
                    + " following|(?:stated|states|said|says) the following|reads? as follows"
                    + "|(?:printed|reproduced|published) (?:verbatim |in full )?below)[^.:]{0,200}[.:]?$");

    /** A sentence opening as a lead over the text: "The following is the text of a joint ...". */
    private static final Pattern OPENS_AS_LEAD = Pattern.compile(
            "^(?:The\\s)?[Ff]ollowing\\s(?:is|are)\\s(?:the\\s)?(?:full\\s)?text\\b");

    /** A lead announcing the text has at most this many characters. */
    private static final int MAX_ANNOUNCING_LEAD = 600;

    private TextLeads() {}

    /** Returns whether {@code paragraph} is a report's lead announcing the full text below it. */
    public static boolean announcesText(String paragraph) {
        if (paragraph.length() > MAX_ANNOUNCING_LEAD) {
            return false;
        }
        return ANNOUNCES_TEXT.matcher(Lines.key(paragraph)).find();
    }

    /**
     * Returns whether {@code sentence} opens as a lead over the text, however it goes on: "The
     * following is the text of a joint press release by the Ministry of ... issued in ...".
     */
    public static boolean opensAsLead(String sentence) {
        return OPENS_AS_LEAD.matcher(sentence).find();
    }
}
