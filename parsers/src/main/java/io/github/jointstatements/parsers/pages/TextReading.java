package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.BodyCleaner;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Publishers;
import io.github.jointstatements.parsers.internal.Reposts;
import io.github.jointstatements.parsers.internal.SlashedDates;
import io.github.jointstatements.parsers.internal.Titles;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines of one text page say: its header's parts (headline, dates, place, publisher,
 * address) and its text. Reads them in two linear passes ({@link #blocks}, then {@link #read}).
 * Not thread-safe: one reading per page.
 */
final class TextReading {

    /** Lines after "View Online" that may repeat the original's headline, before its date. */
    private static final int MAX_REPEATED_HEADLINE_LINES = 8;

    /** Before the headline, a line of at most this many words that is no headline is navigation. */
    private static final int MAX_NAVIGATION_WORDS = 3;

    /** A page's header holds at most this many lines; past them, all is text. */
    private static final int MAX_HEADER_BLOCKS = 80;

    /** A headline in capitals of at least this many words may be wrapped over lines. */
    private static final int MIN_WRAPPED_CAPITALS_WORDS = 6;

    /** Under a headline, a header line of at most this many words before the text is no text. */
    private static final int MAX_HEADER_NOTE_WORDS = 10;

    /** Words before a date in a header that label it, not a place: "Published 9 January 2014". */
    private static final Set<String> DATE_LABELS = Set.of("published", "published on", "updated",
            "last updated", "last updated on", "posted", "posted on", "released", "issued",
            "issued on", "date", "dated", "release date", "publication date", "first published",
            "created", "modified", "last modified");

    private static String withoutColon(String key) {
        return key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
    }

    /**
     * "Joint press release", "Joint Media Release": a label that, straight over the text, heads
     * a document issued jointly (a press release alone labels the page's publication).
     */
    private static final Pattern JOINT_RELEASE = Pattern.compile(
            "joint (?:press|media|news) release:?");

    /** A place, then a date in slashes, perhaps a time and an identifier: "Vienna, 31/08/2018 - 14:35, ...". */
    private static final Pattern SLASHED_DATELINE = Pattern.compile(
            "^([^\\d]{2,40}?),[ ]{1,2}(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)"
                    + "(?:[ ]{0,2}[-–—,][ ]{0,2}\\d{1,2}:\\d{2})?(?:$|,[ ]{1,2}[^,]{1,40}$)");


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
    /** A header line labels the page a release: "Press Release", "Media release". */
    boolean releaseLabel;
    /**
     * The institution a press wire's credit line names as the source of its copy: "News provided
     * by Prime Minister's Office", "Distributed by APO Group on behalf of Ministry of Foreign
     * Affairs of Japan.".
     */
    String wirePublisher;
    /** An institution's name in the page's footer: "© 2023 Ministry of Foreign Affairs of Japan". */
    String footerPublisher;
    /** The day of a byline: "Contributed by YokweOnline on Sep 21, 2013 - 08:34 AM". */
    LocalDate bylineDate;
    /** A date field of the text's footer: "Publication Date: 30/05/2001". */
    LocalDate footerDate;
    /** The order the page's dates with slashes are written in. */
    private SlashedDates.Order order = SlashedDates.Order.DAY_FIRST;
    final Set<String> skip = new HashSet<>();
    final List<String> body = new ArrayList<>();

    /**
     * Takes a press wire's credit line ("News provided by Prime Minister's Office", "Distributed
     * by APO Group on behalf of Ministry of Foreign Affairs of Japan.") as the wire's publisher,
     * the first one read; returns whether the line is one.
     */
    private boolean wireCredit(String line) {
        Optional<String> credit = Publishers.wireCredit(line);
        if (credit.isPresent() && wirePublisher == null) {
            wirePublisher = credit.get();
        }
        return credit.isPresent();
    }

    /**
     * Takes a "From:" field whose value stands on the next line ("From:" / "Ministry of Defence
     * and The Rt Hon ... MP") as the header's publisher, unless one was read before; returns
     * whether block {@code i} (whose key is {@code key}) opens such a field.
     */
    private boolean fromField(List<String> blocks, int i, String key) {
        if (!key.equals("from:") || i + 1 >= blocks.size()) {
            return false;
        }
        Optional<String> from = Publishers.fromField(blocks.get(i + 1));
        if (from.isPresent() && headerPublisher == null) {
            headerPublisher = from.get();
        }
        return from.isPresent();
    }

    /** Reads the header, then the text, of the page's paragraphs. */
    void read(List<String> blocks, Optional<LocalDate> fieldDate) {
        preTitleDate = fieldDate.orElse(null);
        order = SlashedDates.orderOf(blocks.subList(0, Math.min(blocks.size(), MAX_HEADER_BLOCKS)),
                SlashedDates.Order.DAY_FIRST);
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
                    footer(blocks, i);
                    break;
                }
                Optional<LocalDate> field = LineDates.dateField(p, order);
                if (field.isPresent()) {
                    if (footerDate == null) {
                        footerDate = field.get();
                    }
                    continue;
                }
                if (fromField(blocks, i, key)) {
                    i++; // a publication page's field under its summary
                    continue;
                }
                if (wireCredit(p)) {
                    continue; // the wire's credit, in the text's flow, is no part of it
                }
                if (!PageChrome.isChrome(p) && !skip.contains(key)) {
                    body.add(TextLines.withoutBullet(p));
                }
                continue;
            }
            if (headerPublisher == null) {
                // "By Office of the Spokesperson", "European Council", "November 19, 2021 –
                // Ottawa, Ontario – Global Affairs Canada": a header line naming its issuer
                headerPublisher = Publishers.inLine(p).orElse(null);
            }
            if (wireCredit(p)) {
                continue; // a press wire's credit is no headline
            }
            if (Headlines.isCaption(p)) {
                continue; // "... was accorded a 21 gun salute ..., image by ANI": a photo's caption
            }
            if (title == null && isClock(p)) {
                continue; // "29 Sunbula 1399, 08:39 PM", "Kabul Local Time": a site's clock
            }
            if (fromField(blocks, i, key)) {
                skip.add(Lines.key(blocks.get(i + 1)));
                i++;
                continue;
            }
            if (lastWasTitle && Headlines.expands(title, p)) {
                // "Joint Declaration Adopted At The Concl.Of The Meeting ...", then "Joint
                // Declaration Adopted At The Conclusion Of The Trilateral Meeting ...": the
                // page's title cut short, then the document's own heading
                skip.add(Lines.key(title));
                title(p, key);
                afterTitle = true;
                continue;
            }
            if (title != null && Headlines.withoutSiteName(title, p)) {
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
            Optional<LocalDate> byline = LineDates.bylineDate(p);
            if (byline.isPresent()) {
                if (bylineDate == null) {
                    bylineDate = byline.get(); // "Contributed by YokweOnline on Sep 21, 2013"
                }
                pending.clear();
                continue;
            }
            Optional<LocalDate> numbered = releaseNumberDate(p);
            if (numbered.isPresent()) {
                headerDate(numbered.get()); // "Release No: NR-024-17 Jan. 23, 2017"
                pending.clear();
                continue;
            }
            Optional<FieldLines.Labelled> labelled = FieldLines.labelled(p);
            if (labelled.isPresent()) {
                labelled(labelled.get());
                pending.clear();
                continue;
            }
            if (PageChrome.isHeaderLabel(p) && key.contains("release")) {
                releaseLabel = true; // "Press Release", "News release"
            }
            if (PageChrome.isChrome(p) || skip.contains(key) || PageChrome.isHeaderLabel(p)
                    || ReferenceLines.isReference(p) || NavigationLines.isTrail(p) || NavigationLines.isMenu(p)) {
                continue;
            }
            if (Titles.words(key) <= 8) {
                Optional<String> issuer = Publishers.forName(p);
                if (issuer.isPresent()) {
                    headerPublisher = issuer.get(); // "The White House" over a release
                    continue;
                }
            }
            Optional<String> institution = title != null || Headlines.namesDocument(p)
                    ? Optional.empty() : Publishers.institutionNamed(p);
            if (institution.isPresent()) {
                // "Ministry of Foreign Affairs - Republic of Türkiye": a site's name in its banner
                if (headerPublisher == null) {
                    headerPublisher = institution.get();
                }
                continue;
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
            Optional<ReleaseLines.Release> release = ReleaseLines.read(p, order);
            if (release.isPresent()) {
                release(release.get());
                // "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada", "Saturday,
                // February 15, 2025, 6:34 p.m. Munich, Germany", "20/12/2024 00:33 |
                // Statements and remarks |"
                pending.clear();
                continue;
            }
            Optional<FieldLines.Fields> fields = FieldLines.read(p, order);
            if (fields.isPresent()) {
                fields.get().dates().forEach(this::headerDate);
                if (headerPublisher == null) {
                    headerPublisher = fields.get().source().orElse(null);
                }
                continue;
            }
            if (Reposts.isMark(p)) {
                marks.add(p);
                continue;
            }
            Optional<LocalDate> alone = LineDates.dateOfLine(p, order);
            if (alone.isPresent()) {
                headerDate(alone.get());
                pending.clear();
                continue;
            }
            if (i + 1 < blocks.size() && PageDates.isMonth(p.strip())) {
                Optional<LocalDate> wrapped = LineDates.dateOfLine(p + " " + blocks.get(i + 1));
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
            if (LineDates.endsWithDay(p) && i + 1 < blocks.size()
                    && dateline(p + " " + blocks.get(i + 1))) {
                i++; // "Geneva, 16" / "October 2013": a dateline wrapped over two lines
                pending.clear();
                continue;
            }
            if (p.endsWith(",") && i + 1 < blocks.size()) {
                int end = wrappedDateline(blocks, i);
                if (end > i) {
                    i = end; // "Washington," / "DC" / "October 2, 2007": a dateline over lines
                    pending.clear();
                    continue;
                }
            }
            Optional<String> yearless = title == null ? Datelines.yearless(p) : Optional.empty();
            if (yearless.isPresent()) {
                if (location == null) {
                    location = PlaceLines.firstPart(yearless.get()); // "BAKU, Azerbaijan, Dec. 8"
                }
                pending.clear();
                continue;
            }
            Optional<String> placed = PlaceLines.placeLine(p);
            if (placed.isPresent()) {
                if (location == null) {
                    location = placed.get(); // "Addis Ababa, Ethiopia" under the date
                }
                pending.clear();
                continue;
            }
            if (title == null && i + 1 < blocks.size() && Headlines.opensHeadline(p, blocks.get(i + 1))) {
                // "Joint" / "Press Release after the trilateral meeting", "JOINT COMMUNIQUE" /
                // "VISIT OF PRIME MINISTER OF JAPAN": a headline broken over lines
                String joined = p + " " + blocks.get(i + 1);
                skip.add(Lines.key(blocks.get(i + 1)));
                title(joined, Lines.key(joined));
                afterTitle = true;
                i++;
                continue;
            }
            if (title == null && (Headlines.isKindName(p) || JOINT_RELEASE.matcher(key).matches())
                    && i + 1 < blocks.size() && Headlines.isText(blocks.get(i + 1))) {
                // "COMMUNIQUÉ" over "Adopted by the Peace and Security Council at its ...", "Joint
                // press release" over its text: the document's own heading, its kind alone
                title(p, key);
                afterTitle = true;
                continue;
            }
            String headline = Headlines.withoutAddress(PageChrome.afterLabel(p).orElse(p));
            if (title == null && Headlines.isHeadline(headline)) {
                if (headline.length() < p.length() && headerUrl == null) {
                    headerUrl = Headlines.addressIn(p).orElse(null);
                }
                title(headline, key);
                afterTitle = true;
                continue;
            }
            boolean weak = title != null && Headlines.isHeadline(headline)
                    && !Headlines.reportsMeeting(title)
                    && (!Headlines.namesDocument(title) || title.split(" \\| ").length >= NavigationLines.MIN_MENU_PARTS)
                    && (Headlines.namesDocument(headline) && Titles.words(headline) > Headlines.MAX_SECTION_WORDS
                    // "4. Documents Related to the Venezia Summit" / "Venezia Economic
                    // Declaration": an archive's section, then the document's own short name
                    || Headlines.endsWithKindName(headline) && !Headlines.isKindName(headline)
                    || datedSinceTitle
                    // "China-U.S. Joint Statement" / "January 19, 2011, Washington, D.C." under
                    // a site's promotion: a document's headline over its own dateline
                    || Headlines.namesDocument(headline) && !Headlines.namesDocument(title)
                    && i + 1 < blocks.size() && isDateline(blocks.get(i + 1)));
            if (weak) {
                pending.clear(); // a site's banner, clock or promotion, then the headline
            }
            if (title != null && pending.isEmpty() && Headlines.isHeadline(headline)
                    && (Headlines.announcesOriginal(title) || Headlines.isSectionName(title, headline) || weak)) {
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
            if (lastWasTitle && Headlines.isKindName(p) && !Lines.key(title).contains(Lines.key(p))
                    && !(i + 1 < blocks.size() && Headlines.opensHeadline(p, blocks.get(i + 1)))
                    && title.length() + p.length() < Headlines.MAX_HEADLINE) {
                // "Australia-New Zealand Foreign Ministers Meeting" / "JOINT COMMUNIQUE": the
                // document's kind under the meeting's name is the headline's
                title = title + ": " + p;
                skip.add(Lines.key(p));
                skip.add(Lines.key(title));
                afterTitle = true;
                continue;
            }
            if (lastWasTitle && (TextLines.startsLowerCase(p) || Headlines.endsOpen(title)
                    // "COMMUNIQUÉ ISSUED AT THE CONCLUSION OF THE THIRTY-FOURTH" / "REGULAR
                    // MEETING OF ...": a headline in capitals wrapped over lines in capitals
                    || Headlines.isCapitals(title) && Headlines.isCapitals(p)
                    && Titles.words(title) >= MIN_WRAPPED_CAPITALS_WORDS
                    // "PRIME MINISTER'S VISIT TO INDIA: JOINT COMMUNIQUE" ends with its kind
                    && !Headlines.endsWithKindName(title))
                    && !Lines.endsSentence(p)
                    && title.length() + p.length() < Headlines.MAX_HEADLINE) {
                title = title + " " + p; // a headline wrapped over lines
                skip.add(Lines.key(title));
                afterTitle = true;
                continue;
            }
            if (dateline(p) || slashedDateline(p)) {
                pending.clear();
                continue;
            }
            Optional<LocalDate> credited = LineDates.creditedDate(p);
            if (credited.isPresent()) {
                headerDate(credited.get());
                pending.clear();
                continue;
            }
            if (title == null && Titles.words(key) <= MAX_NAVIGATION_WORDS
                    && !Headlines.endsSentence(p)) {
                continue; // "Search", "English>>": navigation before the headline
            }
            if (Headlines.isText(p)) {
                inText = true;
                body.addAll(marks);
                for (String line : pending) {
                    // under a headline, short lines are the header's: a place, the issuing
                    // ministers, a byline
                    if (title == null || Titles.words(line) > MAX_HEADER_NOTE_WORDS) {
                        body.add(line);
                    }
                }
                body.add(TextLines.withoutBullet(p));
                pending.clear();
                marks.clear();
                continue;
            }
            pending.add(p);
        }
        body.addAll(0, marks);
        body.addAll(pending);
    }

    /**
     * A labelled field of a document's record ("[Title] ...", "[Place] Bishkek", "[Date] June 14,
     * 2019", "[Source] ..."): what it names is the document's, over what a banner above it
     * seemed to say.
     */
    private void labelled(FieldLines.Labelled field) {
        switch (field.label()) {
            case TITLE -> {
                if (title != null) {
                    skip.add(Lines.key(title));
                }
                titleDate = null;
                title(field.value(), Lines.key(field.value()));
            }
            case PLACE -> location = PlaceLines.firstPart(field.value());
            case DATE -> LineDates.dateOfLine(field.value(), order)
                    .ifPresent(d -> datelineDate = d);
            case SOURCE -> headerPublisher = Reposts.publisherNamed(field.value()).orElse(headerPublisher);
            default -> { }
        }
    }

    /** Footer lines read for an institution's name: at most this many after the footer opens. */
    private static final int MAX_FOOTER_LINES = 40;

    /** Reads the footer opening at {@code from} for the institution it names as the site's. */
    private void footer(List<String> blocks, int from) {
        for (int j = from; j < Math.min(blocks.size(), from + MAX_FOOTER_LINES); j++) {
            Optional<String> named = Publishers.institutionNamed(blocks.get(j));
            if (named.isPresent()) {
                footerPublisher = named.get();
                return;
            }
        }
    }

    /** A release line of the header: its date, place and issuer. */
    private void release(ReleaseLines.Release release) {
        headerDate(release.date());
        // "07/10/2022 21:00 | Press release" after a site's banner: the release's headline
        // follows
        datedSinceTitle = title != null && release.labelled();
        if (location == null) {
            location = release.place().orElse(null);
        }
        if (headerPublisher == null) {
            headerPublisher = release.issuer().orElse(null);
        }
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
        Matcher time = LineDates.TRAILING_TIME.matcher(line);
        if (time.find() && time.start() > 0) {
            String before = line.substring(0, time.start()).stripTrailing();
            Optional<LocalDate> slashed = LineDates.slashedDateAtEnd(before,
                    SlashedDates.orderIn(line, order));
            if (slashed.isPresent()) {
                titleDate = slashed.get();
                line = TextLines.trimTrailingPunctuation(before.substring(0, before.lastIndexOf(' ') + 1));
                headline = line;
            }
        }
        Optional<PageDates.Found> trailing = PageDates.findAtEnd(line);
        if (trailing.isPresent() && trailing.get().start() > 0) {
            titleDate = trailing.get().date();
            String head = line.substring(0, trailing.get().start()).stripTrailing();
            boolean named = head.endsWith(",") && Headlines.endsWithKindName(head);
            if (!head.endsWith(":") && !named
                    && !Headlines.DATE_PREPOSITIONS.contains(Headlines.lastWord(head))) {
                // a date the page appended; one after "of" or "on" is the headline's own
                // ("... the European Council meeting of 19 December 2024")
                headline = TextLines.trimTrailingPunctuation(head);
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
                    String place = TextLines.trimTrailingPunctuation(inside.substring(0,
                            end.get().start()));
                    if (BodyCleaner.isPlace(place)) {
                        titleDate = end.get().date();
                        if (location == null) {
                            location = PlaceLines.firstPart(place);
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
     * A dateline with a date in slashes ("Bucharest, 01/02/2019 – 13:54, UNIQUE ID:
     * 190201_8"), read by {@link SlashedDates}' rule: day first, as outside the United States,
     * unless the place or a time zone is of the United States.
     */
    private boolean slashedDateline(String p) {
        Matcher m = SLASHED_DATELINE.matcher(p);
        if (!m.find() || p.length() > 90) {
            return false;
        }
        String place = m.group(1).strip();
        if (!BodyCleaner.isPlace(place) || NavigationLines.isNavigation(place)) {
            return false;
        }
        int a = Integer.parseInt(m.group(2));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        // a time zone as a word: "ET" in "... 14:35 ET", not in "Addis Ababa, Ethiopia"
        Optional<LocalDate> read = SlashedDates.of(a, b, year,
                SlashedDates.orderIn(p, order));
        if (read.isEmpty()) {
            return false;
        }
        LocalDate date = read.get();
        if (location == null) {
            location = PlaceLines.firstPart(place);
        }
        if (datelineDate == null) {
            datelineDate = date;
        }
        return true;
    }

    /**
     * The date ending a release's reference number ("Release No: NR-024-17 Jan. 23, 2017"): the
     * release's day; empty for any other line.
     */
    private static Optional<LocalDate> releaseNumberDate(String line) {
        if (line.length() > 60) {
            return Optional.empty();
        }
        Optional<PageDates.Found> found = PageDates.findAtEnd(line);
        return found.isPresent() && found.get().start() > 0
                && ReferenceLines.isReference(line.substring(0, found.get().start()))
                ? Optional.of(found.get().date()) : Optional.empty();
    }

    /** A clock's line has at most this many words. */
    private static final int MAX_CLOCK_WORDS = 8;

    /** A line ending with a time of day: "29 Sunbula 1399, 08:39 PM"; bounded. */
    private static final Pattern ENDS_WITH_TIME = Pattern.compile(
            "(?i)(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:[ap]\\.?m\\.?)?$");

    /** A clock's label ending its line: "Saturday 19 September 2020 Kabul Local Time". */
    private static final Pattern LOCAL_TIME = Pattern.compile("(?i)\\slocal\\stime$");

    /** Whether a header line is a site's clock or its label, which no headline is. */
    private static boolean isClock(String line) {
        String l = line.strip();
        return Titles.words(l) <= MAX_CLOCK_WORDS
                && (ENDS_WITH_TIME.matcher(l).find() || LOCAL_TIME.matcher(l).find());
    }

    /** A dateline wrapped over lines spans at most this many more lines after its first. */
    private static final int MAX_DATELINE_CONTINUATION_LINES = 2;

    /**
     * The last line of a dateline wrapped over lines from block {@code i}, a place ending with a
     * comma ("Washington," / "DC" / "October 2, 2007"), its place and date read into the page;
     * {@code i} when the lines make none.
     */
    private int wrappedDateline(List<String> blocks, int i) {
        StringBuilder joined = new StringBuilder(blocks.get(i).strip());
        for (int j = i + 1; j < blocks.size() && j <= i + MAX_DATELINE_CONTINUATION_LINES; j++) {
            joined.append(' ').append(blocks.get(j).strip());
            if (joined.length() > 60) {
                break;
            }
            if (dateline(joined.toString())) {
                return j;
            }
        }
        return i;
    }

    /** Commas, stops and spaces between a dateline's parts. */
    private static final Pattern PUNCTUATION_RUN = Pattern.compile("[,.\\s]+");

    /**
     * Whether {@code line} is a dateline, place and date in either order ("January 19, 2011,
     * Washington, D.C.", "Paris, January 20, 2016"); reads nothing into the page.
     */
    private static boolean isDateline(String line) {
        if (line.length() > 60) {
            return false;
        }
        Optional<PageDates.Found> found = PageDates.find(line);
        if (found.isEmpty()) {
            return false;
        }
        String rest = PUNCTUATION_RUN.matcher(line.substring(0, found.get().start()) + " "
                + line.substring(found.get().end())).replaceAll(" ").strip();
        return !rest.isEmpty() && BodyCleaner.isPlace(rest);
    }

    /** A dateline of the header ("Paris, January 20, 2016"): its place and date. */
    private boolean dateline(String p) {
        Optional<PageDates.Found> found = PageDates.findAtEnd(p);
        if (found.isEmpty() || found.get().start() == 0 || found.get().start() > 40
                || p.length() > 60) {
            return false;
        }
        String place = TextLines.trimTrailingPunctuation(p.substring(0, found.get().start()));
        if (DATE_LABELS.contains(withoutColon(Lines.key(place)))) {
            headerDate(found.get().date()); // "Published 9 January 2014": no place
            return true;
        }
        if (!BodyCleaner.isPlace(place) || Headlines.namesDocument(place)) {
            // "COAG Meeting Communiqué, 29 November 2008": a headline and its date
            return false;
        }
        if (location == null) {
            location = PlaceLines.firstPart(place); // "Addis Ababa, Ethiopia": the city
        }
        if (datelineDate == null) {
            datelineDate = found.get().date();
        }
        return true;
    }
}
