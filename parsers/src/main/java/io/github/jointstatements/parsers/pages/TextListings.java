package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.Titles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a listing (an archive, tag, category or news page, a feed: many items, each a headline,
 * a date and a teaser) from a statement in the lines of a rendered page.
 *
 * <p>A page is a listing when one of its first lines is a listing's heading ("Tag: Downing
 * Street", "Archive: Statements"); when one item's lead line is repeated through it; when it holds
 * several dated items (a date alone on its line that comes after an item's text and before
 * another's, twice, or once when the items carry the same header line before their dates, as
 * "Washington, DC" over each release of a news site's page); when its first long paragraph is a
 * teaser cut short ("... (…)", then "Read more"); or when three paragraphs or more open with the
 * same dateline ("Washington, DC - ..."), one a story; when a bar of page numbers stands among
 * its first lines ("Pages: 1 | 2 | 3 | 4 | 5"); or when two paragraphs open with their own
 * dated datelines ("BRUSSELS, 15 March 2022, (TON): ...", "CAIRO, 15 March 2022, ..."); or when
 * one of its first paragraphs runs five dated headlines together (a list rendered as one line);
 * or when four paragraphs in a row open with the same words and are dated in their opening (a
 * list of documents, one paragraph each); or when, under a section's heading ("Statements and
 * Releases"), three bulleted headlines naming documents stand each over its teaser.
 * A statement's own headline repeated is no
 * item, and neither are the site's other items under a footer's opening ("Read More") after the
 * first told in full: a first item of a few words whose "Read more" comes back under the
 * items after it is a teaser of its own. Stateless.
 */
final class TextListings {

    /** A listing's heading stands among this many first lines. */
    private static final int MAX_LISTING_HEADER_LINES = 4;

    /** A line repeated this many times through a page is a listing's item lead ... */
    private static final int MIN_REPEATED_LEADS = 3;

    /** ... when it has at least this many words ... */
    private static final int MIN_REPEATED_LEAD_WORDS = 8;

    /** ... and at most this many. */
    private static final int MAX_REPEATED_LEAD_WORDS = 40;

    /** An item's text: a paragraph of at least this many words that reads as text. */
    private static final int MIN_ITEM_TEXT_WORDS = 12;

    /** An item's date stands at most this many lines before its text. */
    private static final int MAX_DATE_TO_TEXT = 2;

    /** An item's header line (a place, a label) stands at most this many lines before its date. */
    private static final int MAX_HEADER_TO_DATE = 3;

    /** An item's header line has at most this many words. */
    private static final int MAX_ITEM_HEADER_WORDS = 4;

    /** Dated items after the first that make a listing without a repeated header. */
    private static final int MIN_LATER_DATED_ITEMS = 2;

    /** An item's headline over its date and teaser has at most this many words. */
    private static final int MAX_TEASER_HEADLINE_WORDS = 25;

    /** A long paragraph: the first one that is a teaser makes the page a listing. */
    private static final int MIN_LONG_PARAGRAPH_WORDS = 20;

    /** Paragraphs opening with one dateline that make a listing of stories. */
    private static final int MIN_SAME_DATELINES = 3;

    /** A dateline before its dash has at most this many words. */
    private static final int MAX_DATELINE_WORDS = 4;

    /** A link to the rest of a teaser. */
    private static final Set<String> READ_MORE = Set.of("read more", "more", "continue reading",
            "read the full story", "read full story", "full story", "lire la suite",
            "en savoir plus", "weiterlesen", "mehr");

    /** The marks a teaser ends with. */
    private static final List<String> CUT_MARKS = List.of("...", "…", "(…)", "[…]", "(...)",
            "[...]");

    private TextListings() {}

    /**
     * Returns whether the page whose paragraphs ({@code blocks}, in order) and headline keys
     * ({@code headline}, as {@link Lines#key} gives them) are these is a listing.
     */
    static boolean isListing(List<String> blocks, Set<String> headline) {
        for (int i = 0; i < Math.min(MAX_LISTING_HEADER_LINES, blocks.size()); i++) {
            if (PageChrome.isListingHeader(blocks.get(i))) {
                return true;
            }
        }
        // a page's first item told in full, then its footer ("Read More") over the site's other
        // items: the statement is the first item
        List<String> page = blocks;
        for (int i = 1; i < blocks.size(); i++) {
            if (PageChrome.opensFooter(blocks.get(i))) {
                if (!teaserOverRepeatedLinks(blocks, i)) {
                    page = blocks.subList(0, i);
                }
                break;
            }
        }
        return repeatsLead(blocks, headline) || hasDatedItems(page) || hasDatedTeasers(page)
                || opensWithTeaser(blocks) || mostlyTeasers(page) || repeatsDateline(page)
                || isPaginated(blocks) || hasDatedStories(page) || runsHeadlinesTogether(blocks)
                || listsDatedItems(page) || listsDocumentsUnderASection(blocks);
    }

    /** A first item this short over its "Read more" is a teaser, not a statement told in full. */
    private static final int MAX_TEASER_ITEM_WORDS = 50;

    /** A link repeated this many times through the page follows every item: a listing's. */
    private static final int MIN_REPEATED_LINKS = 3;

    /**
     * Whether the first footer-like line ({@code blocks.get(footer)}, "Read more") closes a short
     * teaser and comes back under the items after it: a listing of teasers ("How to Resolve the
     * North Korea Crisis / The Wall Street Journal / August 11, 2017 / An understanding ... /
     * Read more / The Man Who Saved Europe ... / Read more"), not a statement told in full over
     * its site's footer.
     */
    private static boolean teaserOverRepeatedLinks(List<String> blocks, int footer) {
        int words = 0;
        for (int i = 0; i < footer; i++) {
            words += Titles.words(blocks.get(i));
        }
        if (words > MAX_TEASER_ITEM_WORDS) {
            return false;
        }
        String link = Lines.key(blocks.get(footer));
        int repeated = 0;
        for (int i = footer; i < blocks.size() && repeated < MIN_REPEATED_LINKS; i++) {
            if (Lines.key(blocks.get(i)).equals(link)) {
                repeated++;
            }
        }
        return repeated >= MIN_REPEATED_LINKS;
    }

    /** A section's heading among the first lines, naming many documents: "Statements and Releases". */
    private static final Pattern DOCUMENTS_SECTION = Pattern.compile(
            "(?:(?:joint |press )?statements(?: and (?:releases|remarks))?|(?:press |news |media )?"
                    + "releases|fact sheets|readouts|speeches(?: and remarks)?|remarks"
                    + "|briefings?(?: and statements)?|briefing room|news|latest news)");

    /** A bulleted item's headline naming a document: "• FACT SHEET: ...", "• Joint Statement by ...". */
    private static final Pattern DOCUMENT_ITEM = Pattern.compile(
            "^[•*–-] ?.{0,40}?\\b(?:statement|fact sheet|readout|remarks|press release"
                    + "|communiqu[eé]|declaration|proclamation|memorandum)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An item's headline has at most this many words. */
    private static final int MAX_ITEM_HEADLINE_WORDS = 30;

    /** Documents listed with their teasers that make a listing under a section's heading. */
    private static final int MIN_LISTED_DOCUMENTS = 3;

    /**
     * Whether the page, under a section's heading among its first lines ("Statements and
     * Releases"), lists documents one by one: a bulleted headline naming a document, its teaser
     * under it, three times or more. A fact sheet's or a statement's bullets are sentences, or
     * follow one another without a teaser, and no section's heading stands over them.
     */
    private static boolean listsDocumentsUnderASection(List<String> blocks) {
        boolean section = false;
        for (int i = 0; i < Math.min(MAX_LISTING_HEADER_LINES, blocks.size()) && !section; i++) {
            section = DOCUMENTS_SECTION.matcher(Lines.key(blocks.get(i))).matches();
        }
        if (!section) {
            return false;
        }
        int items = 0;
        for (int i = 0; i + 1 < blocks.size() && items < MIN_LISTED_DOCUMENTS; i++) {
            String item = blocks.get(i).strip();
            String next = blocks.get(i + 1).strip();
            if (DOCUMENT_ITEM.matcher(item).find() && !item.endsWith(".")
                    && Titles.words(item) <= MAX_ITEM_HEADLINE_WORDS
                    && !DOCUMENT_ITEM.matcher(next).find() && !next.startsWith("•")
                    && Titles.words(next) >= MIN_ITEM_TEXT_WORDS) {
                items++;
            }
        }
        return items >= MIN_LISTED_DOCUMENTS;
    }

    /** A month and year, the day perhaps before it: "March 2025", "12 March 2025", "March 12, 2025". */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?"
                    + " (?:\\d{1,2},? )?(?:19|20)\\d{2}\\b");

    /** Items in a row, each opening with the same words and dated early, that make a list. */
    private static final int MIN_LISTED_ITEMS = 4;

    /** An item is dated within this many first characters. */
    private static final int MAX_ITEM_DATE_OFFSET = 120;

    /** An item of a list has at least this many words. */
    private static final int MIN_LISTED_ITEM_WORDS = 8;

    /** The paragraphs read for a list of items: this many first ones. */
    private static final int MAX_LISTED_PARAGRAPHS = 80;

    /**
     * Whether an item is dated in its opening after its first two words: a chronology's
     * paragraphs open alike because they open with their dates ("On March 3, 2024, the United
     * States ...", "On March 10, 2024, ..."), and are one text, not a list of documents.
     */
    private static boolean datedAfterOpening(String item, int openingLength) {
        Matcher date = MONTH_YEAR.matcher(item.substring(0, Math.min(item.length(),
                MAX_ITEM_DATE_OFFSET)));
        while (date.find()) {
            if (date.start() >= openingLength) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of documents, one paragraph each: four paragraphs in a row or more that open with
     * the same two words and are dated in their opening ("Statement for the 69th Session of the
     * Commission on the Status of Women, March 2025: ...", "Statement for the 63rd Session ...,
     * February 2025: ..."); a statement's paragraphs may open alike ("The Ministers ...") but
     * are not each dated.
     */
    private static boolean listsDatedItems(List<String> blocks) {
        String opening = null;
        int run = 0;
        for (int i = 0; i < Math.min(MAX_LISTED_PARAGRAPHS, blocks.size()); i++) {
            String block = blocks.get(i);
            String stripped = block.strip();
            String[] words = stripped.split("\\s+", 3);
            boolean item = words.length == 3 && Titles.words(block) >= MIN_LISTED_ITEM_WORDS
                    && datedAfterOpening(stripped, words[0].length() + 1 + words[1].length());
            if (!item) {
                opening = null;
                run = 0;
                continue;
            }
            String key = (words[0] + " " + words[1]).toLowerCase(Locale.ROOT);
            run = key.equals(opening) ? run + 1 : 1;
            opening = key;
            if (run >= MIN_LISTED_ITEMS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A year, perhaps a place after it, then the opening of the next item's headline: "... 18
     * December 2018, Geneva Joint Statement by ...", "... 3 October 2018 MIKTA Foreign Ministers'
     * ..."; bounded, no nested quantifiers.
     */
    private static final Pattern YEAR_THEN_HEADLINE = Pattern.compile(
            "\\b(?:19|20)\\d{2},?(?:\\s\\p{Lu}\\p{L}{2,20})?\\s(?:Joint\\s|Final\\s|Statement\\s"
                    + "|Declaration\\s|Communiqu|Press\\s|Readout\\s|\\p{Lu}{3,8}\\s)");

    /** Headlines run together that make a listing rendered as one paragraph. */
    private static final int MIN_RUN_ON_HEADLINES = 5;

    /** The first paragraphs read for headlines run together. */
    private static final int MAX_RUN_ON_PARAGRAPHS = 3;

    /**
     * A list of documents rendered as one paragraph: one of the first paragraphs holds at
     * least five dated headlines run together, each date followed by the next headline's
     * opening ("Joint Statement ..., 18 December 2018, Geneva Joint Statement by ..."), which a
     * statement's prose never does so often.
     */
    private static boolean runsHeadlinesTogether(List<String> blocks) {
        for (int i = 0; i < Math.min(MAX_RUN_ON_PARAGRAPHS, blocks.size()); i++) {
            java.util.regex.Matcher m = YEAR_THEN_HEADLINE.matcher(blocks.get(i));
            int n = 0;
            while (n < MIN_RUN_ON_HEADLINES && m.find()) {
                n++;
            }
            if (n >= MIN_RUN_ON_HEADLINES) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bar of page numbers among the first lines: "Pages: ««« :: 1 | 2 | 3 | 4 | 5 :: »»»", "« 1
     * 2 3 4 5 »"; bounded, each number read once.
     */
    private static final Pattern PAGE_BAR = Pattern.compile(
            "^(?:pages?:?\\s{0,3})?[«»<>‹›:|\\s]{0,12}(?:\\d{1,4}[\\s|:·,]{1,6}){4,40}\\d{1,4}"
                    + "[«»<>‹›:|.\\s]{0,12}$", Pattern.CASE_INSENSITIVE);

    /** A bar of page numbers stands among this many first lines. */
    private static final int MAX_PAGE_BAR_LINE = 8;

    /** A page of many: a bar of page numbers among its first lines. */
    private static boolean isPaginated(List<String> blocks) {
        for (int i = 0; i < Math.min(MAX_PAGE_BAR_LINE, blocks.size()); i++) {
            String line = blocks.get(i).strip();
            if (line.length() <= MAX_PAGE_BAR_CHARS && PAGE_BAR.matcher(line).matches()
                    && countsUp(line)) {
                return true;
            }
        }
        return false;
    }

    /** Page numbers in a row that make a bar of them: "1 | 2 | 3 | 4 | 5". */
    private static final int MIN_PAGE_STEPS = 4;

    /**
     * Whether the numbers of a line count up one by one, as page numbers do ("1 | 2 | 3 | 4 |
     * 5"), unlike a row of figures ("28 30 31 31 32").
     */
    private static boolean countsUp(String line) {
        int previous = -1;
        int steps = 0;
        int number = -1;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
                continue;
            }
            if (number >= 0) {
                steps = previous >= 0 && number == previous + 1 ? steps + 1 : 0;
                if (steps >= MIN_PAGE_STEPS) {
                    return true;
                }
                previous = number;
                number = -1;
            }
        }
        return false;
    }

    /** A bar of page numbers has at most this many characters. */
    private static final int MAX_PAGE_BAR_CHARS = 200;

    /** Stories opening with a dated dateline that make a listing. */
    private static final int MIN_DATED_STORIES = 2;

    /**
     * Stories of a news page: two paragraphs of text or more that each open with a dateline and
     * its day ("BRUSSELS, 15 March 2022, (TON): ...", "CAIRO, 15 March 2022, (TON): ..."); a
     * statement has one dateline, at its opening.
     */
    private static boolean hasDatedStories(List<String> blocks) {
        int stories = 0;
        for (String block : blocks) {
            if (Titles.words(block) >= MIN_ITEM_TEXT_WORDS
                    && Datelines.opening(block, 0).filter(d -> d.place().isPresent()).isPresent()
                    && ++stories >= MIN_DATED_STORIES) {
                return true;
            }
        }
        return false;
    }

    /** One item's lead line repeated: "The following Security Council press statement ...:". */
    private static boolean repeatsLead(List<String> blocks, Set<String> headline) {
        Map<String, Integer> seen = new HashMap<>();
        for (String block : blocks) {
            int words = Titles.words(block);
            if (words < MIN_REPEATED_LEAD_WORDS || words > MAX_REPEATED_LEAD_WORDS) {
                continue;
            }
            String key = Lines.key(block);
            if (!headline.contains(key) && seen.merge(key, 1, Integer::sum) >= MIN_REPEATED_LEADS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dated items: a date alone on its line after an item's text and before another's text;
     * two of them, or one when the same short header line stands before both items' dates.
     */
    private static boolean hasDatedItems(List<String> blocks) {
        int later = 0;
        int firstDate = -1;
        boolean textSeen = false;
        boolean repeatedHeader = false;
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (!isDateLine(block)) {
                if (isItemText(block)) {
                    textSeen = true;
                }
                continue;
            }
            if (firstDate < 0) {
                firstDate = i;
            }
            if (textSeen && textFollows(blocks, i)) {
                later++;
                repeatedHeader |= sameHeader(blocks, firstDate, i);
            }
        }
        return later >= MIN_LATER_DATED_ITEMS || later >= 1 && repeatedHeader;
    }

    /**
     * Teasers of dated items: an item's headline, its date alone on a line and its teaser's
     * paragraph (or its date, headline and teaser), twice at least with different headlines; the
     * last teaser may stop mid-sentence where an excerpt stops.
     */
    private static boolean hasDatedTeasers(List<String> blocks) {
        String firstHeadline = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!isDateLine(blocks.get(i))) {
                continue;
            }
            String item = null;
            if (i > 0 && i + 1 < blocks.size() && isItemHeadline(blocks.get(i - 1))
                    && isTeaser(blocks.get(i + 1))) {
                item = blocks.get(i - 1); // "Headline" / "12 May 2023" / "The Minister ..."
            } else if (i + 2 < blocks.size() && isItemHeadline(blocks.get(i + 1))
                    && isTeaser(blocks.get(i + 2))) {
                item = blocks.get(i + 1); // "12 May 2023" / "Headline" / "The Minister ..."
            }
            if (item == null) {
                continue;
            }
            String key = Lines.key(item);
            if (firstHeadline == null) {
                firstHeadline = key;
            } else if (!firstHeadline.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isItemHeadline(String block) {
        return Headlines.isHeadline(block) && !isDateLine(block)
                && Titles.words(block) <= MAX_TEASER_HEADLINE_WORDS;
    }

    /** A teaser: a paragraph of an item's text, perhaps stopped mid-sentence. */
    private static boolean isTeaser(String block) {
        return Titles.words(block) >= MIN_ITEM_TEXT_WORDS && !isDateLine(block)
                && Character.isUpperCase(block.codePointAt(0));
    }

    private static boolean isDateLine(String block) {
        String line = TextLines.withoutBullet(block);
        return line.length() <= 40 && LineDates.dateOfLine(line).isPresent();
    }

    private static boolean isItemText(String block) {
        return Titles.words(block) >= MIN_ITEM_TEXT_WORDS && Headlines.isText(block);
    }

    private static boolean textFollows(List<String> blocks, int date) {
        for (int j = date + 1; j <= date + MAX_DATE_TO_TEXT + 1 && j < blocks.size(); j++) {
            if (isItemText(blocks.get(j))) {
                return true;
            }
            if (isDateLine(blocks.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** The same short line ("Washington, DC") stands just before both dates. */
    private static boolean sameHeader(List<String> blocks, int first, int second) {
        for (int a = Math.max(0, first - MAX_HEADER_TO_DATE); a < first; a++) {
            String key = Lines.key(blocks.get(a));
            if (Titles.words(key) > MAX_ITEM_HEADER_WORDS || key.isEmpty()) {
                continue;
            }
            for (int b = Math.max(first + 1, second - MAX_HEADER_TO_DATE); b < second; b++) {
                if (key.equals(Lines.key(blocks.get(b)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first long paragraph is a teaser cut short: "... We (…)", then "Read more ...". */
    private static boolean opensWithTeaser(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (Titles.words(block) < MIN_LONG_PARAGRAPH_WORDS) {
                continue;
            }
            String key = Lines.key(block);
            boolean cut = false;
            for (String mark : CUT_MARKS) {
                cut |= key.endsWith(mark) || key.endsWith(mark + " read more");
            }
            if (!cut) {
                return false;
            }
            // a teaser's link after it, or a second teaser
            if (key.endsWith(" read more")) {
                return true;
            }
            for (int j = i + 1; j < Math.min(blocks.size(), i + 3); j++) {
                if (READ_MORE.contains(readMoreKey(blocks.get(j)))) {
                    return true;
                }
            }
            for (int j = i + 1; j < blocks.size(); j++) {
                String next = Lines.key(blocks.get(j));
                if (Titles.words(next) >= MIN_LONG_PARAGRAPH_WORDS) {
                    return next.endsWith("...") || next.endsWith("…") || next.endsWith(" read more");
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Teasers cut short ("... undertook an outreach...") are two of the page's long paragraphs
     * or more, and half of them at least.
     */
    private static boolean mostlyTeasers(List<String> blocks) {
        int cut = 0;
        int longParagraphs = 0;
        for (String block : blocks) {
            if (Titles.words(block) < MIN_LONG_PARAGRAPH_WORDS) {
                continue;
            }
            longParagraphs++;
            String key = Lines.key(block);
            for (String mark : CUT_MARKS) {
                if (key.endsWith(mark)) {
                    cut++;
                    break;
                }
            }
        }
        return cut >= 2 && 2 * cut >= longParagraphs;
    }

    /** "Read more ...", "Read more »": the link's words. */
    private static String readMoreKey(String line) {
        String key = Lines.key(line);
        int end = key.length();
        while (end > 0 && !Character.isLetter(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end);
    }

    /** Three paragraphs or more open with the same dateline: "Washington, DC - ...". */
    private static boolean repeatsDateline(List<String> blocks) {
        Map<String, Integer> seen = new HashMap<>();
        for (String block : blocks) {
            String dateline = datelineOf(block);
            if (dateline != null && seen.merge(dateline, 1, Integer::sum) >= MIN_SAME_DATELINES) {
                return true;
            }
        }
        return false;
    }

    /** "Washington, DC - The United States ..." gives "washington, dc"; null for no dateline. */
    private static String datelineOf(String block) {
        int end = Math.min(block.length(), 60);
        for (String dash : List.of(" - ", " – ", " — ", " -- ")) {
            int at = block.indexOf(dash);
            if (at > 0 && at < end) {
                String head = block.substring(0, at).strip();
                if (!head.isEmpty() && Character.isUpperCase(head.charAt(0))
                        && Titles.words(head) <= MAX_DATELINE_WORDS
                        && at + dash.length() < block.length()
                        && Titles.words(block) >= MIN_ITEM_TEXT_WORDS
                        && Headlines.isText(block)) {
                    return Lines.key(head);
                }
            }
        }
        return null;
    }
}
