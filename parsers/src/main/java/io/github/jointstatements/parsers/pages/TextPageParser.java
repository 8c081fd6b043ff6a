package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.ImmutablePage;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.BodyCleaner;
import io.github.jointstatements.parsers.internal.Languages;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Publishers;
import io.github.jointstatements.parsers.internal.Reposts;
import io.github.jointstatements.parsers.internal.Titles;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text: a statement as published in text, or the text of a rendered page (a blog
 * post, a press release or a news site's repost copied from a browser).
 *
 * <p>The layout of such text is read from its lines in two linear passes: the first joins the
 * lines of each paragraph (a rendered {@code date 2020-04-21} field opening the text is read
 * and taken off); the second reads the page's header, everything before the first line that
 * reads as text, then the text itself. In the header: a date alone, or after a release label
 * ("For Immediate Release September 10, 2009"), or before a time ("Wed, 07 Dec 2022 - 11:28
 * GMT"), or after a short credit ("(Xinhua) 10:26, February 28, 2019") is a date of the page
 * (before the headline, its own, as a blog's date header; after it, the statement's); the
 * headline is the first line that reads as one, a label before it ("Press release: ...") taken
 * off, a trailing date split off unless a colon joins it to the headline ("PM call with
 * President Trump: 21 April 2020"), lines in lower case that follow it its continuation, and a
 * later headline wins when the first announces it ("Full text of ..."); a dateline ("Paris,
 * January 20, 2016") gives the place and date; release labels ("Press release", "Release
 * details", "Office of the Press Secretary"), an issuer's name (its publisher), navigation
 * words, and the release-details lines between the headline and a date (ministers, media
 * contacts) are dropped. Everywhere: chrome lines (banners, share bars, captions, image names,
 * telephone lines, {@code ###}) are dropped, the headline repeated is dropped, and a footer's
 * opening ("Related Posts", "Leave a Reply", "Media contact") ends the text. A "View Online"
 * block, a "Source:" or "Originally published" line, an attribution ("The following Readout
 * was published by ... It is reproduced in full below.") name the original (its address, date
 * and publisher) and leave the text. The language is recognised from the text.
 */
public final class TextPageParser implements PageParser {


    /** Hard-wrapped text: lines of this length at least ... */
    private static final int MIN_WRAPPED_LINE = 40;
    /** ... this many of them ... */
    private static final int MIN_WRAPPED_LINES = 5;
    /** ... nine in ten no longer than this. */
    private static final int MAX_WRAP_WIDTH = 100;
    /** A wrapped line ends at most this many characters short of the width: a long word's. */
    private static final int WRAP_SLACK = 16;


    /** A headline is at most this long; longer lines are body text. */
    private static final int MAX_HEADLINE = 300;

    /** Lines after "View Online" that may repeat the original's headline, before its date. */
    private static final int MAX_REPEATED_HEADLINE_LINES = 8;

    /** Before the headline, a line of at most this many words that is no headline is navigation. */
    private static final int MAX_NAVIGATION_WORDS = 3;

    /** A credit before a date in a header ("(Xinhua) 10:26,") has at most this many words. */
    private static final int MAX_CREDIT_WORDS = 3;

    /** A page's header holds at most this many lines; past them, all is text. */
    private static final int MAX_HEADER_BLOCKS = 80;

    /** A field of a metadata line ("Press release", "10/06/2025") has at most this many words. */
    private static final int MAX_FIELD_WORDS = 8;

    /** Under a headline, a header line of at most this many words before the text is no text. */
    private static final int MAX_HEADER_NOTE_WORDS = 10;

    /** A headline of at most this many words, naming no kind of document, may be a section's. */
    private static final int MAX_SECTION_WORDS = 3;

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

    /** The date field a rendered page opens with: "date 2020-04-21 News story". */
    private static final Pattern DATE_FIELD = Pattern.compile(
            "^date:?[ \\t]{1,3}(\\d{4}-\\d{2}-\\d{2})(?:T[0-9:.+Z-]{0,30})?(?:[ \\t]{1,3}|$)",
            Pattern.CASE_INSENSITIVE);

    /** A time after a date: "- 11:28 GMT", ", 10:26", " at 9:41 PM", " | 14:05 CET". */
    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(?:[ ]{0,3}[-–|,@]|[ ]{1,3}at)?[ ]{0,3}\\d{1,2}[:.]\\d{2}(?::\\d{2})?[ ]{0,2}"
                    + "(?:[ap]\\.?m\\.?)?[ ]{0,2}(?:[a-z]{2,5})?[ ]{0,2}$",
            Pattern.CASE_INSENSITIVE);

    /** A date with slashes ending a line: "02/18/2021". */
    private static final Pattern SLASHED_DATE = Pattern.compile(
            "(?:^|[ (])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})$");

    /** Openings of a news item's headline that announce the original's headline after it. */
    private static final List<String> ANNOUNCES_ORIGINAL = List.of("full text of ",
            "the full text of ", "text of ", "full text: ");

    /** Words before a date in a header that label it, not a place: "Published 9 January 2014". */
    private static final Set<String> DATE_LABELS = Set.of("published", "published on", "updated",
            "last updated", "last updated on", "posted", "posted on", "released", "issued",
            "issued on", "date", "dated", "release date", "publication date", "first published",
            "created", "modified", "last modified");

    private static String withoutColon(String key) {
        return key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
    }

    /** A news site's label before an original's headline: "FULL TEXT: Chairman's statement ...". */
    private static final String FULL_TEXT_LABEL = "full text:";

    /** A date field of a text's footer: "Publication Date: 30/05/2001", "Release date: ...". */
    private static final List<String> DATE_FIELDS = List.of("publication date:", "release date:",
            "date of publication:", "published:", "published on:", "posted on:", "date issued:",
            "issued on:", "last updated:", "last updated on:");

    /** A time right after a date: ", 6:34 p.m.", " 00:33", " 08:01 PM EST". */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^[ ,]{0,3}(?:[-–—][ ]{0,2})?(?:at[ ]{1,2})?\\d{1,2}[:.]\\d{2}(?::\\d{2})?[ ]{0,2}(?:[ap]\\.?m\\.?)?"
                    + "(?:[ ]{1,2}((?-i:[A-Z]{2,4})))?(?![\\w:])", Pattern.CASE_INSENSITIVE);

    /** The parts of a release line: "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada". */
    private static final Pattern RELEASE_PARTS = Pattern.compile(
            "[ ]{1,2}[-–—][ ]{1,2}|[ ]{0,2}\\|[ ]{0,2}");

    /** A place, then a date in slashes, perhaps a time and an identifier: "Vienna, 31/08/2018 - 14:35, ...". */
    private static final Pattern SLASHED_DATELINE = Pattern.compile(
            "^([^\\d]{2,40}?),[ ]{1,2}(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)"
                    + "(?:[ ]{0,2}[-–—,][ ]{0,2}\\d{1,2}:\\d{2})?(?:$|,[ ]{1,2}[^,]{1,40}$)");

    /** A date with slashes and a two-digit year alone on a line: "22/9/14". */
    private static final Pattern SHORT_YEAR_SLASHED = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{2})");

    /** A date with slashes opening a line: "01/08/2022 08:01 PM EST". */
    private static final Pattern LEADING_SLASHED = Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");

    /** Time zones of the United States, whose pages write dates month first. */
    private static final Set<String> US_TIME_ZONES = Set.of("est", "edt", "et", "cst", "cdt",
            "ct", "mst", "mdt", "pst", "pdt", "pt", "akst", "hst");

    /** What parts the words of a line. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** A line of at most this many words holding a date is a date line, not a headline. */
    private static final int MAX_DATE_LINE_WORDS = 6;

    /** A release line is at most this many words. */
    private static final int MAX_RELEASE_LINE_WORDS = 16;

    /** "25, November 2014": a comma after the day a date field's value may carry. */
    private static final Pattern DAY_COMMA = Pattern.compile("^(\\d{1,2}),(?=\\s)");

    /**
     * A dateline opening a paragraph: a place, perhaps its country or a day, perhaps a news
     * agency in brackets, then a dash. Bounded, reluctant spans: no backtracking blow-up.
     */
    private static final Pattern BODY_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.' ]{1,30}?)(?:,[ ]{1,2}(\\p{Lu}[\\p{L}.]{1,20}"
                    + "(?: \\p{Lu}[\\p{L}.]{1,20}){0,2}))?(?:,[ ]{1,2}[\\p{L}\\d. ]{3,20}?)?[ ]{0,2}"
                    + "(\\([\\p{L} ]{2,20}\\))?[ ]{0,2}(?:—|–|--|-)[ ]{0,2}\\p{Lu}");

    /** Country names a dateline or a place line ends with. */
    private static final Set<String> COUNTRY_NAMES = countryNames();

    /** The district a capital's dateline may name instead of a country: "Washington, DC". */
    private static final Set<String> CAPITAL_DISTRICTS = Set.of("DC", "D.C.", "D. C.");

    /** Words that open a document's name and may stand alone on a broken line: "Joint" / "Press Release ...". */
    private static final Set<String> NAME_OPENERS = Set.of("joint", "final", "common", "closing",
            "trilateral", "ministerial");

    /** A headline broken after its first line has at least this many words on the next. */
    private static final int MIN_BROKEN_HEADLINE_WORDS = 4;

    /** Words of a site's navigation, never of a place. */
    private static final Set<String> NAVIGATION_WORDS = Set.of("search", "menu", "login",
            "log in", "sign in", "subscribe", "register", "advanced search", "contact us");

    /** A separator of a breadcrumb trail: "Bureau of Public Affairs > Press Releases > 2005". */
    private static final List<String> TRAIL_MARKS = List.of(" > ", " » ", " › ");

    /** A trail has at least this many separators. */
    private static final int MIN_TRAIL_MARKS = 2;

    /** A menu's line has at least this many parts between bars ... */
    private static final int MIN_MENU_PARTS = 3;

    /** ... each of at most this many words. */
    private static final int MAX_MENU_PART_WORDS = 5;

    /** A header line of a place and its country has at most this many words. */
    private static final int MAX_PLACE_LINE_WORDS = 6;

    /** Creates the parser; it holds no state. */
    public TextPageParser() {}

    @Override
    public String id() {
        return "text";
    }

    @Override
    public int fit(PageInput input) {
        return input.format() == Format.TEXT ? GENERIC_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        Reading reading = new Reading();
        List<String> blocks = reading.blocks(Lines.split(input.text()));
        reading.read(blocks);
        boolean listing = TextListings.isListing(blocks, reading.skip);

        String title = reading.title;
        if (title != null && Lines.key(title).startsWith(FULL_TEXT_LABEL)
                && title.length() > FULL_TEXT_LABEL.length() + 10) {
            title = title.substring(FULL_TEXT_LABEL.length()).strip(); // "FULL TEXT: Chairman's ..."
        }
        if (title != null && reading.repeatedHeadline != null) {
            title = dropInsertions(title, reading.repeatedHeadline);
        }
        LocalDate publishedOn = reading.preTitleDate;
        LocalDate date = first(reading.viewOnlineDate, reading.headerDate, reading.titleDate,
                reading.datelineDate, reading.preTitleDate, reading.footerDate);
        // "Source: ...", "Originally published at ...", "The following Readout was published
        // by ...": the original named in the text
        Optional<String> host = input.host();
        Optional<Reposts.Repost> repost = Reposts.unwrap(reading.body, List::of, host);
        Optional<URI> originalUrl = repost.flatMap(Reposts.Repost::originalUrl)
                .or(() -> Optional.ofNullable(reading.headerUrl));
        if (repost.isPresent() && repost.get().title().isPresent()) {
            title = repost.get().title().get(); // the original's, announced in the text
        }
        List<String> text = repost.map(Reposts.Repost::paragraphs).orElse(reading.body);
        if (repost.isPresent() && repost.get().date().isPresent()) {
            if (publishedOn == null) {
                publishedOn = date;
            }
            date = repost.get().date().get();
        }
        String headline = title;
        Optional<String> publisher = repost.flatMap(Reposts.Repost::publisher)
                .or(() -> originalUrl.map(URI::getHost).flatMap(Publishers::forHost))
                .or(() -> Optional.ofNullable(reading.headerPublisher))
                .or(() -> host.flatMap(Publishers::forHost))
                .or(() -> Publishers.inOpening(text))
                .or(() -> Optional.ofNullable(headline).flatMap(Publishers::byOffice))
                .or(() -> Publishers.foreignMinistry(text))
                .or(() -> Publishers.bySubject(text));
        String location = reading.location;
        // a dateline opening the text: "Brussels, 12 May 2016 –", "25 June 2019, Addis Abeba:",
        // "NEW YORK, 7 July (UN Headquarters) --" (the year the page's); its day is the
        // statement's, a header's other date the page's own
        LocalDate pageDate = first(date, publishedOn);
        for (int i = 0; i < Math.min(Datelines.OPENING_PARAGRAPHS, text.size()); i++) {
            Optional<Datelines.Dateline> opening = Datelines.opening(text.get(i),
                    pageDate == null ? 0 : pageDate.getYear());
            if (opening.isEmpty()) {
                continue;
            }
            LocalDate day = opening.get().date().orElse(null);
            boolean ownDate = reading.titleDate != null || reading.datelineDate != null
                    || reading.viewOnlineDate != null || repost.flatMap(Reposts.Repost::date)
                    .isPresent();
            if (day != null && date != null && !day.equals(date) && !ownDate) {
                if (publishedOn == null) {
                    publishedOn = date;
                }
                date = day;
            } else if (date == null) {
                date = day;
            }
            if (location == null) {
                location = opening.get().place().orElse(null);
            }
            break;
        }
        // a report of the statement: "Vietnam and India on September 15 issued a joint
        // communique" under the report's own date
        boolean reported = reading.titleDate == null && reading.datelineDate == null
                && reading.viewOnlineDate == null && repost.flatMap(Reposts.Repost::date).isEmpty();
        Optional<LocalDate> issued = reported ? Datelines.issuedOn(text,
                date == null ? 0 : date.getYear()) : Optional.empty();
        if (issued.isPresent() && !issued.get().equals(date)
                && (date == null || issued.get().isBefore(date))) {
            if (publishedOn == null) {
                publishedOn = date;
            }
            date = issued.get();
        }
        ImmutablePage.Builder page = Page.builder()
                .source(Source.builder().url(input.url()).originalUrl(originalUrl)
                        .publishedOn(Optional.ofNullable(publishedOn)).parser(id()).build())
                .publisher(publisher)
                .language(Languages.detect(text));
        Optional.ofNullable(title).ifPresent(page::title);
        Optional.ofNullable(date).ifPresent(page::date);
        for (int i = 0; location == null && i < Math.min(Datelines.OPENING_PARAGRAPHS,
                text.size()); i++) {
            location = datelinePlace(text.get(i)).orElse(null); // "TOKYO, Japan — The ..."
        }
        Optional.ofNullable(location).ifPresent(page::location);
        page.addAllParagraphs(text);
        return page.noStatement(listing).build();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** What the lines of one page say: its header's parts and its text. Not shared. */
    private static final class Reading {
        LocalDate fieldDate;
        LocalDate preTitleDate;
        LocalDate headerDate;
        LocalDate titleDate;
        LocalDate datelineDate;
        LocalDate viewOnlineDate;
        String title;
        String repeatedHeadline;
        String location;
        String headerPublisher;
        URI headerUrl;
        /** A date or a release line was read after the headline: a headline after it is the page's. */
        boolean datedSinceTitle;
        /** A date field of the text's footer: "Publication Date: 30/05/2001". */
        LocalDate footerDate;
        final Set<String> skip = new HashSet<>();
        final List<String> body = new ArrayList<>();

        /** Joins the lines of each paragraph; reads and takes off a leading date field. */
        List<String> blocks(List<String> raw) {
            List<StringBuilder> blocks = new ArrayList<>();
            StringBuilder current = null;
            boolean first = true;
            int width = wrapWidth(raw);
            // the last line of the current block: whether the block ends a sentence is
            // whether its last line does (lines are collapsed), with no copy of the block per line
            String previous = "";
            for (String rawLine : raw) {
                String line = Lines.collapse(rawLine);
                if (line.isEmpty()) {
                    current = null;
                    continue;
                }
                if (first) {
                    first = false;
                    Matcher m = DATE_FIELD.matcher(line);
                    if (m.find()) {
                        fieldDate = PageDates.parse(m.group(1)).orElse(null);
                        line = line.substring(m.end()).strip();
                        if (line.isEmpty()) {
                            current = null;
                            continue;
                        }
                        rawLine = line;
                    }
                }
                // an indented line goes on with its paragraph, unless it is a list's item
                // ("  • 29/06/2015") or a line of chrome on its own ("  You are in: Home > ...")
                boolean continuation = current != null && (startsWithSpace(rawLine)
                        && !isBullet(line) && !PageChrome.isChrome(line) && !isTrail(line)
                        || (!Lines.endsSentence(previous) && (startsLowerCase(line)
                        || wrappedAt(previous, width))));
                previous = line;
                if (continuation) {
                    current.append(' ').append(line);
                } else {
                    current = new StringBuilder(line);
                    blocks.add(current);
                }
            }
            List<String> out = new ArrayList<>(blocks.size());
            blocks.forEach(b -> out.add(b.toString()));
            return out;
        }

        /** Reads the header, then the text, of the page's paragraphs. */
        void read(List<String> blocks) {
            preTitleDate = fieldDate;
            List<String> pending = new ArrayList<>(); // header lines that may be release details
            List<String> marks = new ArrayList<>(); // "Source: ..." lines met in the header
            boolean inText = false;
            boolean afterTitle = false;
            for (int i = 0; i < blocks.size(); i++) {
                String p = blocks.get(i);
                String key = Lines.key(p);
                boolean lastWasTitle = afterTitle;
                afterTitle = false;
                if (!inText && i >= MAX_HEADER_BLOCKS) {
                    // no header runs this long: what was held as one is text
                    inText = true;
                    body.addAll(marks);
                    body.addAll(pending);
                    marks.clear();
                    pending.clear();
                }
                if (inText) {
                    if (PageChrome.opensFooter(p)) {
                        break;
                    }
                    Optional<LocalDate> field = dateField(p);
                    if (field.isPresent()) {
                        if (footerDate == null) {
                            footerDate = field.get();
                        }
                        continue;
                    }
                    if (!PageChrome.isChrome(p) && !skip.contains(key)) {
                        body.add(withoutBullet(p));
                    }
                    continue;
                }
                if (headerPublisher == null) {
                    // "By Office of the Spokesperson", "European Council", "November 19, 2021 –
                    // Ottawa, Ontario – Global Affairs Canada": a header line naming its issuer
                    headerPublisher = Publishers.inLine(p).orElse(null);
                }
                if (title != null && withoutSiteName(title, p)) {
                    // "Joint Communiqué - Meeting ... - African Business Magazine", then the
                    // headline alone: the page's title, then its headline
                    String previous = title;
                    titleDate = null;
                    title(p, key);
                    skip.add(Lines.key(previous));
                    afterTitle = true;
                    continue;
                }
                if (key.equals("view online") && title != null) {
                    i = viewOnline(blocks, i);
                    continue;
                }
                if (PageChrome.isChrome(p) || skip.contains(key) || PageChrome.isHeaderLabel(p)
                        || isReference(p) || isTrail(p) || isMenu(p)) {
                    continue;
                }
                if (Titles.words(key) <= 8) {
                    Optional<String> issuer = Publishers.forName(p);
                    if (issuer.isPresent()) {
                        headerPublisher = issuer.get(); // "The White House" over a release
                        continue;
                    }
                }
                if (title == null) {
                    Optional<String> issuer = PageChrome.issuerNamed(p);
                    if (issuer.isPresent()) {
                        if (headerPublisher == null) {
                            headerPublisher = issuer.get(); // "Prime Minister of Australia"
                        }
                        continue;
                    }
                }
                if (releaseLine(p)) {
                    // "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada", "Saturday,
                    // February 15, 2025, 6:34 p.m. Munich, Germany", "20/12/2024 00:33 |
                    // Statements and remarks |"
                    pending.clear();
                    continue;
                }
                if (fields(p)) {
                    continue;
                }
                if (Reposts.isMark(p)) {
                    marks.add(p);
                    continue;
                }
                Optional<LocalDate> alone = dateOfLine(p);
                if (alone.isPresent()) {
                    headerDate(alone.get());
                    pending.clear();
                    continue;
                }
                if (i + 1 < blocks.size() && PageDates.isMonth(p.strip())) {
                    Optional<LocalDate> wrapped = dateOfLine(p + " " + blocks.get(i + 1));
                    if (wrapped.isPresent()) {
                        headerDate(wrapped.get()); // "December" / "10, 2015": a date over two lines
                        pending.clear();
                        i++;
                        continue;
                    }
                }
                if (p.length() > 2 && p.charAt(0) == '(' && p.endsWith(")")
                        && dateline(p.substring(1, p.length() - 1))) {
                    pending.clear(); // "(Hanoi, July 31st, 2014)": a dateline in brackets
                    continue;
                }
                if (endsWithDay(p) && i + 1 < blocks.size()
                        && dateline(p + " " + blocks.get(i + 1))) {
                    i++; // "Geneva, 16" / "October 2013": a dateline wrapped over two lines
                    pending.clear();
                    continue;
                }
                Optional<String> placed = placeLine(p);
                if (placed.isPresent()) {
                    if (location == null) {
                        location = placed.get(); // "Addis Ababa, Ethiopia" under the date
                    }
                    pending.clear();
                    continue;
                }
                if (title == null && i + 1 < blocks.size() && opensHeadline(p, blocks.get(i + 1))) {
                    // "Joint" / "Press Release after the trilateral meeting", "JOINT COMMUNIQUE" /
                    // "VISIT OF PRIME MINISTER OF JAPAN": a headline broken over lines
                    String joined = p + " " + blocks.get(i + 1);
                    skip.add(Lines.key(blocks.get(i + 1)));
                    title(joined, Lines.key(joined));
                    afterTitle = true;
                    i++;
                    continue;
                }
                String headline = withoutAddress(PageChrome.afterLabel(p).orElse(p));
                if (title == null && isHeadline(headline)) {
                    if (headline.length() < p.length() && headerUrl == null) {
                        headerUrl = addressIn(p).orElse(null);
                    }
                    title(headline, key);
                    afterTitle = true;
                    continue;
                }
                boolean weak = title != null && isHeadline(headline)
                        && (!namesDocument(title) || title.split(" \\| ").length >= MIN_MENU_PARTS)
                        && (namesDocument(headline) && Titles.words(headline) > MAX_SECTION_WORDS
                        || datedSinceTitle);
                if (weak) {
                    pending.clear(); // a site's banner, clock or promotion, then the headline
                }
                if (title != null && pending.isEmpty() && isHeadline(headline)
                        && (announcesOriginal(title) || isSectionName(title, headline) || weak)) {
                    // "Full text of ...": the original's headline follows; "Media Center": the
                    // headline follows the site's section; the date read so far is the page's
                    if (headerDate != null && preTitleDate == null && !datedSinceTitle) {
                        preTitleDate = headerDate;
                    }
                    if (!datedSinceTitle) {
                        headerDate = null; // a date under the headline is the headline's
                    }
                    datedSinceTitle = false;
                    titleDate = null;
                    title = null;
                    title(headline, key);
                    afterTitle = true;
                    continue;
                }
                if (lastWasTitle && (startsLowerCase(p) || endsOpen(title))
                        && !Lines.endsSentence(p)
                        && title.length() + p.length() < MAX_HEADLINE) {
                    title = title + " " + p; // a headline wrapped over lines
                    skip.add(Lines.key(title));
                    afterTitle = true;
                    continue;
                }
                if (dateline(p) || slashedDateline(p)) {
                    pending.clear();
                    continue;
                }
                Optional<LocalDate> credited = creditedDate(p);
                if (credited.isPresent()) {
                    headerDate(credited.get());
                    pending.clear();
                    continue;
                }
                if (title == null && Titles.words(key) <= MAX_NAVIGATION_WORDS
                        && !endsSentence(p)) {
                    continue; // "Search", "English>>": navigation before the headline
                }
                if (isText(p)) {
                    inText = true;
                    body.addAll(marks);
                    for (String line : pending) {
                        // under a headline, short lines are the header's: a place, the issuing
                        // ministers, a byline
                        if (title == null || Titles.words(line) > MAX_HEADER_NOTE_WORDS) {
                            body.add(line);
                        }
                    }
                    body.add(withoutBullet(p));
                    pending.clear();
                    marks.clear();
                    continue;
                }
                pending.add(p);
            }
            body.addAll(0, marks);
            body.addAll(pending);
        }

        private void headerDate(LocalDate date) {
            if (title == null) {
                if (preTitleDate == null) {
                    preTitleDate = date;
                }
            } else if (headerDate == null) {
                headerDate = date;
            }
        }

        private void title(String line, String key) {
            String headline = line;
            // "... [ https://www.state.gov/... ] 02/18/2021 02:13 PM EST": a bulletin's item
            Matcher time = TRAILING_TIME.matcher(line);
            if (time.find() && time.start() > 0) {
                String before = line.substring(0, time.start()).stripTrailing();
                Optional<LocalDate> slashed = slashedDateAtEnd(before);
                if (slashed.isPresent()) {
                    titleDate = slashed.get();
                    line = trimTrailingPunctuation(before.substring(0, before.lastIndexOf(' ') + 1));
                    headline = line;
                }
            }
            Optional<PageDates.Found> trailing = PageDates.findAtEnd(line);
            if (trailing.isPresent() && trailing.get().start() > 0) {
                titleDate = trailing.get().date();
                String head = line.substring(0, trailing.get().start()).stripTrailing();
                if (!head.endsWith(":") && !DATE_PREPOSITIONS.contains(lastWord(head))) {
                    // a date the page appended; one after "of" or "on" is the headline's own
                    // ("... the European Council meeting of 19 December 2024")
                    headline = trimTrailingPunctuation(head);
                }
            } else if (line.endsWith(")")) {
                // "Joint Statement of the Ministers ... (11.02.2021)": the issuer's own headline
                // dates it; the date stays in it
                int open = line.lastIndexOf('(');
                Optional<LocalDate> dated = open > 0
                        ? PageDates.parse(line.substring(open + 1, line.length() - 1))
                        : Optional.empty();
                if (dated.isPresent()) {
                    titleDate = dated.get();
                } else if (open > 0) {
                    // "Joint Communiqué – Meeting of ... (Beirut, Lebanon, November 9, 2016)"
                    String inside = line.substring(open + 1, line.length() - 1);
                    Optional<PageDates.Found> end = PageDates.findAtEnd(inside);
                    if (end.isPresent() && end.get().start() > 0) {
                        String place = trimTrailingPunctuation(inside.substring(0,
                                end.get().start()));
                        if (BodyCleaner.isPlace(place)) {
                            titleDate = end.get().date();
                            if (location == null) {
                                location = firstPart(place);
                            }
                        }
                    }
                }
            }
            title = headline;
            skip.add(key);
            skip.add(Lines.key(line));
            skip.add(Lines.key(title));
        }

        /** A "View Online" block: the original's headline, wrapped, then its date. */
        private int viewOnline(List<String> blocks, int at) {
            StringBuilder headline = new StringBuilder();
            for (int j = at + 1; j < blocks.size() && j <= at + MAX_REPEATED_HEADLINE_LINES; j++) {
                Optional<LocalDate> lineDate = PageDates.parse(blocks.get(j));
                if (lineDate.isPresent()) {
                    viewOnlineDate = lineDate.get();
                    repeatedHeadline = Lines.collapse(headline);
                    return j;
                }
                headline.append(' ').append(blocks.get(j));
            }
            return at;
        }

        /**
         * Reads a line of fields ("Date: 22/06/2019 | Source: Naenara News | Read original
         * version at source", "Date: March 4, 2024"): its date and source; returns whether the
         * line was one.
         */
        private boolean fields(String p) {
            String key = Lines.key(p);
            if (!key.startsWith("date:") && !(key.contains(" | ") && (key.contains("date:")
                    || key.startsWith("date |") || isMetadata(p)))) {
                return false;
            }
            String[] fields = p.split("\\|");
            for (int i = 0; i < fields.length; i++) {
                String f = fields[i].strip();
                String k = Lines.key(f);
                if (k.equals("date") && i + 1 < fields.length) {
                    // "Date | 25, November 2014": the label, then the date
                    String value = DAY_COMMA.matcher(fields[i + 1].strip()).replaceFirst("$1");
                    dateOfLine(value).ifPresent(this::headerDate);
                } else if (k.startsWith("date:")) {
                    dateOfLine(f.substring(5).strip()).ifPresent(this::headerDate);
                } else if (!f.isEmpty() && dateOfLine(f).isPresent()) {
                    headerDate(dateOfLine(f).get()); // "NEWS | April 26, 2024"
                } else if (k.startsWith("source:") && headerPublisher == null) {
                    headerPublisher = Reposts.publisherNamed(f.substring(7)).orElse(null);
                }
            }
            return true;
        }

        /**
         * "10/06/2025 | Press release | Distributed by ...": short fields between bars, one of
         * them a date or a release label.
         */
        private boolean isMetadata(String p) {
            boolean marked = false;
            for (String field : p.split("\\|")) {
                String f = field.strip();
                if (Titles.words(f) > MAX_FIELD_WORDS) {
                    return false;
                }
                marked |= PageChrome.isHeaderLabel(f) || dateOfLine(f).isPresent()
                        || SLASHED_DATE.matcher(f).find();
            }
            return marked;
        }

        /**
         * A release line of the header: a date opening it, perhaps a time, then parts between
         * dashes or bars that are each a place, an issuer or a label ("November 19, 2021 –
         * Ottawa, Ontario – Global Affairs Canada", "Saturday, February 15, 2025, 6:34 p.m.
         * Munich, Germany", "20/12/2024 00:33 | Statements and remarks |"); reads its date,
         * place and issuer and returns whether the line was one.
         */
        private boolean releaseLine(String line) {
            String p = withoutBullet(line); // "• 14 Jun. 2023 - Press release"
            if (Titles.words(p) > MAX_RELEASE_LINE_WORDS) {
                return false;
            }
            Optional<Dated> dated = leadingDate(p);
            if (dated.isEmpty()) {
                return false;
            }
            String rest = p.substring(dated.get().end()).strip();
            while (!rest.isEmpty() && "-–—|,".indexOf(rest.charAt(0)) >= 0) {
                rest = rest.substring(1).strip(); // "– Ottawa, Ontario – ..."
            }
            String place = null;
            String issuer = null;
            boolean labelled = false;
            for (String part : RELEASE_PARTS.split(rest)) {
                String f = trimTrailingPunctuation(part.strip());
                while (f.startsWith(",")) {
                    f = f.substring(1).strip();
                }
                if (f.isEmpty()) {
                    continue;
                }
                if (PageChrome.isHeaderLabel(f) || isLabelWords(f)) {
                    labelled = true;
                    continue;
                }
                Optional<String> named = Publishers.inLine(f);
                if (named.isPresent()) {
                    issuer = issuer == null ? named.get() : issuer;
                    continue;
                }
                if (PageChrome.opensWithIssuerHead(f) && Titles.words(f) <= MAX_SECTION_WORDS + 3) {
                    continue; // "Ministry of Foreign Affairs": where, but no place
                }
                String city = firstPart(f);
                if (isNavigation(f)) {
                    continue; // "Sunday, December 29, 2024 Search Advanced Search": a site's clock
                }
                if (place == null && BodyCleaner.isPlace(city) && BodyCleaner.isPlace(f)) {
                    place = city;
                    continue;
                }
                return false; // a headline or a sentence after the date: not a release line
            }
            if (dated.get().date() != null) {
                headerDate(dated.get().date());
            }
            // "07/10/2022 21:00 | Press release" after a site's banner: the release's headline
            // follows
            datedSinceTitle = title != null && labelled;
            if (place != null && location == null) {
                location = place;
            }
            if (issuer != null && headerPublisher == null) {
                headerPublisher = issuer;
            }
            return true;
        }

        /**
         * A dateline with a date in slashes ("Bucharest, 01/02/2019 – 13:54, UNIQUE ID:
         * 190201_8"): day first, as outside the United States, unless the place or a time zone
         * is of the United States.
         */
        private boolean slashedDateline(String p) {
            Matcher m = SLASHED_DATELINE.matcher(p);
            if (!m.find() || p.length() > 90) {
                return false;
            }
            String place = m.group(1).strip();
            if (!BodyCleaner.isPlace(place) || isNavigation(place)) {
                return false;
            }
            int a = Integer.parseInt(m.group(2));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            // a time zone as a word: "ET" in "... 14:35 ET", not in "Addis Ababa, Ethiopia"
            boolean american = CAPITAL_DISTRICTS.stream().anyMatch(d -> p.contains(", " + d))
                    || Arrays.stream(NON_LETTERS.split(Lines.key(p)))
                            .anyMatch(US_TIME_ZONES::contains);
            LocalDate date;
            try {
                date = american && a <= 12 ? LocalDate.of(year, a, b)
                        : b <= 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            } catch (java.time.DateTimeException e) {
                return false;
            }
            if (location == null) {
                location = firstPart(place);
            }
            if (datelineDate == null) {
                datelineDate = date;
            }
            return true;
        }

        /** A dateline of the header ("Paris, January 20, 2016"): its place and date. */
        private boolean dateline(String p) {
            Optional<PageDates.Found> found = PageDates.findAtEnd(p);
            if (found.isEmpty() || found.get().start() == 0 || found.get().start() > 40
                    || p.length() > 60) {
                return false;
            }
            String place = trimTrailingPunctuation(p.substring(0, found.get().start()));
            if (DATE_LABELS.contains(withoutColon(Lines.key(place)))) {
                headerDate(found.get().date()); // "Published 9 January 2014": no place
                return true;
            }
            if (!BodyCleaner.isPlace(place)) {
                return false;
            }
            if (location == null) {
                location = firstPart(place); // "Addis Ababa, Ethiopia": the city
            }
            if (datelineDate == null) {
                datelineDate = found.get().date();
            }
            return true;
        }
    }

    /**
     * The date a header line is: a date alone, after a release label ("For Immediate Release
     * September 10, 2009"), or before a time ("Wed, 07 Dec 2022 - 11:28 GMT").
     */
    static Optional<LocalDate> dateOfLine(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        line = withoutBullet(Lines.collapse(line)); // "• 29/06/2015"
        Optional<LocalDate> date = PageDates.parse(line);
        if (date.isPresent()) {
            return date;
        }
        String collapsed = line;
        Matcher shortYear = SHORT_YEAR_SLASHED.matcher(collapsed);
        if (shortYear.matches()) {
            // "22/9/14": a blog's date with the year's last two digits
            return slashedDateAtEnd(shortYear.group(1) + "/" + shortYear.group(2) + "/20"
                    + shortYear.group(3));
        }
        if (collapsed.length() <= 10 && collapsed.indexOf('/') > 0) {
            date = slashedDateAtEnd(collapsed);
            if (date.isPresent()) {
                return date;
            }
        }
        int label = PageChrome.labelPrefixLength(line);
        if (label > 0) {
            date = dateOfLine(Lines.collapse(line).substring(label));
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher time = TRAILING_TIME.matcher(line);
        if (time.find() && time.start() > 0) {
            String before = line.substring(0, time.start()).strip();
            return PageDates.parse(before).or(() -> before.length() <= 10
                    ? slashedDateAtEnd(before) : Optional.empty()); // "17/06/2019 - 19:38"
        }
        return Optional.empty();
    }

    /** A date after a short credit that reads as no headline: "(Xinhua) 10:26, February 28, 2019". */
    static Optional<LocalDate> creditedDate(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        Optional<PageDates.Found> found = PageDates.findAtEnd(line);
        if (found.isEmpty() || found.get().start() == 0) {
            return Optional.empty();
        }
        String credit = trimTrailingPunctuation(line.substring(0, found.get().start()));
        return Titles.words(credit) <= MAX_CREDIT_WORDS && !isHeadline(credit)
                ? Optional.of(found.get().date()) : Optional.empty();
    }

    /**
     * A short first headline naming no document ("Media Center", "Visitor Counter") before a
     * longer one: the site's section or a widget, the longer one the page's headline.
     */
    private static boolean isSectionName(String title, String next) {
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

    /**
     * The place of a dateline opening a paragraph: "TOKYO, Japan — The ministers ...",
     * "Addis Ababa, Ethiopia – ...", "Khartoum, 20 April (SUNA)- Sudan and Egypt ...": a place in
     * capitals, or followed by its country, or by a news agency's name in brackets, then a dash.
     */
    static Optional<String> datelinePlace(String paragraph) {
        Matcher m = BODY_DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1).strip();
        String country = m.group(2) == null ? null : m.group(2).strip();
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT))
                && place.chars().anyMatch(Character::isLetter);
        boolean ofCountry = country != null && COUNTRY_NAMES.contains(Lines.key(country));
        boolean agency = m.group(3) != null;
        if (!BodyCleaner.isPlace(place) || !(capitals || ofCountry || agency)
                || COUNTRY_NAMES.contains(Lines.key(place)) && !ofCountry) {
            return Optional.empty();
        }
        return Optional.of(place);
    }

    /** "Addis Ababa, Ethiopia": a header line that is a place and its country, the place. */
    static Optional<String> placeLine(String line) {
        if (line.length() > 60 || Titles.words(line) > MAX_PLACE_LINE_WORDS) {
            return Optional.empty();
        }
        int comma = line.lastIndexOf(',');
        if (comma <= 0) {
            return Optional.empty();
        }
        String place = line.substring(0, comma).strip();
        String country = trimTrailingPunctuation(line.substring(comma + 1).strip());
        if (!(COUNTRY_NAMES.contains(Lines.key(country)) || CAPITAL_DISTRICTS.contains(country))
                || !BodyCleaner.isPlace(place)
                || RELEASE_PARTS.matcher(place).find() || namesDocument(place)
                || PageChrome.isHeaderLabel(place) || PageChrome.opensWithIssuerHead(place)) {
            return Optional.empty(); // "Press Conference - Queenstown, New Zealand": a headline
        }
        return Optional.of(firstPart(place));
    }

    /** Country names in English as the JDK gives them, and the abbreviations datelines use. */
    private static Set<String> countryNames() {
        Set<String> names = new HashSet<>(Set.of("usa", "u.s.a.", "u.s.", "uk", "u.k."));
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }

    /**
     * A date opening a line and where it ends; {@code date} is null for a date with slashes
     * whose day and month cannot be told apart.
     */
    record Dated(LocalDate date, int end) {}

    /**
     * The date that opens a line, with a time after it: "Saturday, February 15, 2025, 6:34
     * p.m.", "19-12-2018 18:15", "20/12/2024 00:33"; a date with slashes whose day and month
     * could be mistaken is read month first only before a U.S. time zone ("01/08/2022 08:01 PM
     * EST").
     */
    static Optional<Dated> leadingDate(String line) {
        LocalDate date = null;
        int end = -1;
        Optional<PageDates.Found> found = PageDates.find(line.substring(0,
                Math.min(line.length(), 60)));
        if (found.isPresent() && found.get().start() == 0) {
            date = found.get().date();
            end = found.get().end();
        }
        Matcher slashed = LEADING_SLASHED.matcher(line);
        int a = 0;
        int b = 0;
        int year = 0;
        if (date == null && slashed.find()) {
            a = Integer.parseInt(slashed.group(1));
            b = Integer.parseInt(slashed.group(2));
            year = Integer.parseInt(slashed.group(3));
            end = slashed.end();
        } else if (date == null) {
            return Optional.empty();
        }
        Matcher time = LEADING_TIME.matcher(line.substring(end));
        String zone = null;
        if (time.find()) {
            zone = time.group(1);
            end += time.end();
        }
        if (date == null) {
            try {
                if (a > 12 && b <= 12) {
                    date = LocalDate.of(year, b, a);
                } else if (b > 12 && a <= 12 || a == b || zone != null
                        && US_TIME_ZONES.contains(zone.toLowerCase(Locale.ROOT))) {
                    date = LocalDate.of(year, a, b);
                } else {
                    return Optional.of(new Dated(null, end)); // "07/10/2022": day or month first
                }
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Dated(date, end));
    }

    /** "Publication Date: 30/05/2001": a footer's date field, its date. */
    static Optional<LocalDate> dateField(String line) {
        if (line.length() > 60) {
            return Optional.empty();
        }
        String key = Lines.key(line);
        for (String field : DATE_FIELDS) {
            if (key.startsWith(field)) {
                String value = Lines.collapse(line).substring(field.length()).strip();
                return dateOfLine(value).or(() -> leadingDate(value)
                        .filter(d -> d.date() != null && d.end() >= value.length() - 1)
                        .map(Dated::date));
            }
        }
        return Optional.empty();
    }

    /** Words that may label a release's reference number: "Press Release (97)27", "Release No: ...". */
    private static final Set<String> REFERENCE_LABELS = Set.of("press", "release", "no", "no.",
            "nº", "n°", "number", "ref", "ref.", "reference", "unique", "id", "communique",
            "communiqué", "statement", "news");

    /** A reference line has at most this many words. */
    private static final int MAX_REFERENCE_WORDS = 5;

    /**
     * A release's reference number on its own line: "Press Release (97)27", "SC/8215", "EUCO
     * 172/12", "PR PCE 147", "Release No: NR-360-17", "UNIQUE ID: 161212_11": label words, then
     * codes of capitals and digits, one digit at least, and no word of text.
     */
    static boolean isReference(String line) {
        String[] words = Lines.collapse(line).split(" ");
        if (words.length > MAX_REFERENCE_WORDS || dateOfLine(line).isPresent()) {
            return false; // "22/9/14": a date, no reference
        }
        boolean digit = false;
        for (String word : words) {
            String w = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
            if (w.isEmpty() || REFERENCE_LABELS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean hasDigit = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c)) {
                    hasDigit = true;
                } else if (Character.isLowerCase(c)
                        || !(Character.isLetter(c) || "/()-_.".indexOf(c) >= 0)) {
                    return false;
                }
            }
            if (!hasDigit && w.length() > 4) {
                return false; // a word in capitals ("SECURITY"), not a code's letters
            }
            digit |= hasDigit;
        }
        return digit;
    }

    /** Words of a release's type between bars: "Statements and remarks", "News release". */
    private static boolean isLabelWords(String part) {
        String key = Lines.key(part);
        int and = key.indexOf(" and ");
        return and > 0 && PageChrome.isHeaderLabel(key.substring(0, and))
                || Titles.words(key) <= 3 && key.endsWith("release");
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
                && Titles.words(l) > MAX_PLACE_LINE_WORDS) {
            // "Press Releases EEAS : Remarks by ...", then "Remarks by ...": a site's section
            String head = t.substring(0, t.length() - l.length()).strip();
            return Titles.words(head) <= MAX_SECTION_WORDS + 1 && (head.endsWith(":")
                    || head.endsWith(" -") || head.endsWith("|") || PageChrome.isHeaderLabel(head));
        }
        if (l.length() < 10 || !t.startsWith(l) || t.length() == l.length()) {
            return false;
        }
        String rest = t.substring(l.length());
        for (String separator : SITE_SEPARATORS) {
            if (rest.startsWith(separator) && Titles.words(rest) <= MAX_MENU_PART_WORDS + 1) {
                return true;
            }
        }
        return false;
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

    private static boolean isCapitals(String text) {
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

    /** "You are in: Home > Press Relations > Press Releases > 2005": a breadcrumb trail. */
    static boolean isTrail(String line) {
        int marks = 0;
        for (String mark : TRAIL_MARKS) {
            int at = line.indexOf(mark);
            while (at >= 0 && marks < MIN_TRAIL_MARKS) {
                marks++;
                at = line.indexOf(mark, at + mark.length());
            }
        }
        return marks >= MIN_TRAIL_MARKS;
    }

    /** "U.S. Public Diplomacy | Daily Press Briefing | What's New": a menu's links between bars. */
    static boolean isMenu(String line) {
        String[] parts = line.split(" \\| ");
        if (parts.length < MIN_MENU_PARTS) {
            return false;
        }
        for (String part : parts) {
            if (Titles.words(part) > MAX_MENU_PART_WORDS || PageDates.find(part).isPresent()) {
                return false; // "Date: 22/06/2019 | Source: ...": fields, not links
            }
        }
        return true;
    }

    /** A part of a header line that is a site's navigation: "Search Advanced Search". */
    private static boolean isNavigation(String part) {
        String key = Lines.key(part);
        for (String word : NAVIGATION_WORDS) {
            if (key.equals(word) || key.startsWith(word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "Ottawa, Ontario" gives "Ottawa". */
    private static String firstPart(String place) {
        int comma = place.indexOf(',');
        return comma > 0 ? place.substring(0, comma).strip() : place;
    }

    /** Whether a headline names a kind of document ("Joint Statement", "Press Briefing"). */
    static boolean namesDocument(String headline) {
        for (String word : Lines.key(headline).split("[^\\p{L}]+")) {
            if (DOCUMENT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Bullets that open a list item of rendered text: layout, not text. */
    private static final String BULLETS = "-•*·▪◦‣";

    private static boolean isBullet(String line) {
        return line.length() > 2 && BULLETS.indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' ';
    }

    /** "- deepening cooperation" gives "deepening cooperation". */
    static String withoutBullet(String line) {
        if (isBullet(line)) {
            return line.substring(2).strip();
        }
        return line;
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

    private static Optional<URI> addressIn(String line) {
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

    /**
     * A date written with slashes ending a line, when its day and month cannot be mistaken for
     * each other ("02/18/2021": month first; "22/06/2019": day first); "11/10/2018" gives none.
     */
    static Optional<LocalDate> slashedDateAtEnd(String line) {
        Matcher m = SLASHED_DATE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        try {
            if (a > 12 && b <= 12) {
                return Optional.of(LocalDate.of(year, b, a));
            }
            if (b > 12 && a <= 12 || a == b) {
                return Optional.of(LocalDate.of(year, a, b)); // "07/07/2005" reads both ways alike
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A line ending with a day's number: "Geneva, 16". */
    private static boolean endsWithDay(String line) {
        int n = line.length();
        int i = n;
        while (i > 0 && Character.isDigit(line.charAt(i - 1))) {
            i--;
        }
        return n - i >= 1 && n - i <= 2 && i > 0 && line.charAt(i - 1) == ' ' && n <= 40;
    }

    /** Words before a date that make it the headline's own: "... meeting of 19 December 2024". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("of", "on", "from", "for", "in",
            "at", "since", "until", "dated");

    private static String lastWord(String text) {
        String key = Lines.key(text);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** A headline cut after a linking word ("... Foreign Ministers of") goes on in the next line. */
    private static boolean endsOpen(String headline) {
        String key = Lines.key(headline);
        int space = key.lastIndexOf(' ');
        return key.endsWith(",") || LINKING_WORDS.contains(key.substring(space + 1));
    }

    /** A headline that announces the original's after it: "Full text of joint communique ...". */
    private static boolean announcesOriginal(String title) {
        String key = Lines.key(title);
        for (String opening : ANNOUNCES_ORIGINAL) {
            if (key.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that reads as the text rather than its header: a sentence, an introduction ("A
     * Downing Street spokesperson said:"), or a line too long for a header.
     */
    static boolean isText(String line) {
        int words = Titles.words(line);
        if (endsSentence(line) || words > MAX_HEADER_LINE_WORDS) {
            return true;
        }
        if (line.endsWith(",") || line.endsWith(";")) {
            return true; // "Mr. Secretary Tillerson,": a speech's address, a clause
        }
        return line.endsWith(":") && words >= MIN_INTRODUCTION_WORDS;
    }

    /** Ends with . ! or ?, or such a mark inside quotes or brackets. */
    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && "\"'”’)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(line.charAt(i)) >= 0;
    }

    /** A line reads as a headline: capitalised, not too long, not ended like a sentence. */
    static boolean isHeadline(String line) {
        if (line.length() > MAX_HEADLINE || line.length() < 10 || Lines.endsSentence(line)) {
            return false;
        }
        if (Titles.words(line) <= MAX_DATE_LINE_WORDS && PageDates.find(line).isPresent()) {
            return false; // "Saturday, 17 April 2021 greek english": a site's clock
        }
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.charAt(0))) {
            return false;
        }
        return line.indexOf(' ') > 0;
    }

    /**
     * Removes from a blog's title the parenthesised words it inserted into the original's
     * headline: "Lee Jong-Sup ( ROK) and" when the original reads "Lee Jong-Sup and".
     */
    static String dropInsertions(String title, String original) {
        String originalKey = Lines.key(original);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < title.length()) {
            int open = title.indexOf('(', i);
            int close = open < 0 ? -1 : title.indexOf(')', open);
            if (open < 0 || close < 0) {
                out.append(title, i, title.length());
                break;
            }
            out.append(title, i, open);
            String group = title.substring(open, close + 1);
            if (originalKey.contains(Lines.key(group))) {
                out.append(group);
            }
            i = close + 1;
        }
        return Lines.collapse(out);
    }

    private static String trimTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Lines.isSpace(text.charAt(end - 1)) || ",-–—|".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Returns the width hard-wrapped text is wrapped at (most lines of some length no longer
     * than {@value #MAX_WRAP_WIDTH} characters, and some of them continued on a line in lower
     * case), or 0 if the text is not hard-wrapped.
     */
    static int wrapWidth(List<String> raw) {
        int lines = 0;
        int longer = 0;
        int width = 0;
        int softBreaks = 0;
        String before = "";
        for (String rawLine : raw) {
            String line = rawLine.strip();
            int length = line.length();
            if (length >= MIN_WRAPPED_LINE) {
                lines++;
                if (length > MAX_WRAP_WIDTH) {
                    longer++;
                } else {
                    width = Math.max(width, length);
                }
            }
            if (!line.isEmpty() && before.length() >= MIN_WRAPPED_LINE && startsLowerCase(line)
                    && !Lines.endsSentence(before)) {
                softBreaks++;
            }
            before = line;
        }
        return lines >= MIN_WRAPPED_LINES && longer * 10 <= lines && softBreaks >= 2 ? width : 0;
    }

    /**
     * Whether a line of hard-wrapped text was cut by the wrapping, not ended by its writer: it
     * runs close to the width and ends with a word in lower case or a comma, so that the next
     * line continues it even when that opens with a capital ("... convene the next" /
     * "Dialogue in Singapore in 2025.").
     */
    static boolean wrappedAt(String line, int width) {
        if (width == 0 || line.length() < width - WRAP_SLACK) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return Character.isLowerCase(last) || last == ',';
    }

    private static boolean startsWithSpace(String rawLine) {
        return !rawLine.isEmpty() && Lines.isSpace(rawLine.charAt(0));
    }

    private static boolean startsLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }
}
