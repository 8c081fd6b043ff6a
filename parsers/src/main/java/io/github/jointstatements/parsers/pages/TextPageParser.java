package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.ImmutablePage;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.analysis.MeetingBodies;
import io.github.jointstatements.parsers.internal.Languages;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.NoStatementPages;
import io.github.jointstatements.parsers.internal.Publishers;
import io.github.jointstatements.parsers.internal.Reposts;
import io.github.jointstatements.parsers.internal.TextLeads;
import io.github.jointstatements.parsers.internal.Titles;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 * and publisher) and leave the text. A report's lead announcing the full text ("The following
 * is the full text of the communiqué.") gives way to the original's own header; a document
 * database's labelled fields ("[Title]", "[Place]", "[Date]", "[Source]") name the document's;
 * a byline's day ("Contributed by ... on Sep 21, 2013") is the page's; a communiqué is dated
 * the last day of the meeting its opening reports when the page's own date is later. A news
 * story about a statement, a transcript, a speech, remarks at a press event ({@link
 * NoStatementPages}) and a listing hold no statement. The language is recognised from the text.
 *
 * <p>{@link TextLines} joins the paragraphs, {@link TextReading} reads the header with the line
 * tests of {@link Headlines}, {@link LineDates}, {@link ReleaseLines}, {@link FieldLines}, {@link
 * PlaceLines}, {@link NavigationLines} and {@link ReferenceLines}; {@link Datelines} and {@link
 * TextListings} read the text's datelines and tell listings.
 */
public final class TextPageParser implements PageParser {



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
        TextReading lead = new TextReading();
        TextLines.Paragraphs paragraphs = TextLines.paragraphs(Lines.split(input.text()));
        List<String> blocks = paragraphs.blocks();
        lead.read(blocks, paragraphs.fieldDate());
        boolean listing = TextListings.isListing(blocks, lead.skip);
        TextReading reading = announced(lead);


        String title = reading.title;
        if (title != null) {
            title = Headlines.withoutFullTextLabel(title); // "FULL TEXT: Chairman's ..."
        }
        if (title != null && reading.repeatedHeadline != null) {
            title = Titles.withoutInsertions(title, reading.repeatedHeadline);
        }
        // a byline's day ("Contributed by ... on Sep 21, 2013") is the page's, not the document's
        LocalDate publishedOn = first(reading.preTitleDate, reading.bylineDate);
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
                .or(() -> Optional.ofNullable(reading.wirePublisher))
                .or(() -> Optional.ofNullable(reading.headerPublisher))
                .or(() -> Optional.ofNullable(reading.footerPublisher))
                .or(() -> host.flatMap(Publishers::forHost))
                .or(() -> Publishers.inOpening(text))
                .or(() -> MeetingBodies.publisher(headline == null ? "" : headline, text))
                .or(() -> reading.releaseLabel || headline != null
                        && Lines.key(headline).startsWith("press release")
                        ? Publishers.releasingOrganisation(text) : Optional.empty())
                .or(() -> Optional.ofNullable(headline).flatMap(Publishers::byOffice))
                .or(() -> Optional.ofNullable(headline).flatMap(Publishers::pressServiceOf))
                .or(() -> Publishers.foreignMinistry(text))
                .or(() -> Publishers.bySubject(text));
        String location = reading.location;
        // a dateline opening the text: "Brussels, 12 May 2016 –", "25 June 2019, Addis Abeba:",
        // "NEW YORK, 7 July (UN Headquarters) --" (the year the page's); its day is the
        // statement's, a header's other date the page's own
        LocalDate pageDate = first(date, publishedOn);
        // the header or a repost's lead dates the text itself (its title, a dateline, a "view
        // online" line): a date the text gives later is not the statement's
        boolean datedAbove = reading.titleDate != null || reading.datelineDate != null
                || reading.viewOnlineDate != null || repost.flatMap(Reposts.Repost::date)
                .isPresent();
        // a story's lead announcing the text under it ("The joint statement stated the
        // following:"): the text's dateline opens the paragraph after it
        int announced = -1;
        for (int i = 0; i < Math.min(MAX_LEAD_PARAGRAPHS, text.size() - 1); i++) {
            if (TextLeads.announcesText(text.get(i))) {
                announced = i + 1;
                break;
            }
        }
        int openings = Math.min(Datelines.OPENING_PARAGRAPHS, text.size());
        int last = announced >= openings ? announced : openings - 1;
        for (int i = 0; i <= last; i++) {
            if (i >= openings && i != announced) {
                continue; // past the opening, only the paragraph under the lead
            }
            Optional<Datelines.Dateline> opening = Datelines.opening(text.get(i),
                    pageDate == null ? 0 : pageDate.getYear());
            if (opening.isEmpty()) {
                continue;
            }
            LocalDate day = opening.get().date().orElse(null);
            // a wire's dateline a day or two before the page's date under its headline: the
            // page reposts the wire's item ("February 26, 2022" / "BEIJING, Feb. 25 (Xinhua) --")
            boolean wireBefore = opening.get().wire() && day != null && date != null
                    && day.isBefore(date) && !day.plusDays(MAX_WIRE_TO_PAGE_DAYS).isBefore(date);
            if (day != null && date != null && !day.equals(date) && (!datedAbove || wireBefore)) {
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
        Optional<LocalDate> issued = !datedAbove ? Datelines.issuedOn(text,
                date == null ? 0 : date.getYear()) : Optional.empty();
        if (issued.isPresent() && !issued.get().equals(date)
                && (date == null || issued.get().isBefore(date))) {
            if (publishedOn == null) {
                publishedOn = date;
            }
            date = issued.get();
        }
        // a communiqué of a meeting is dated the meeting's (last) day, the page's own date later
        boolean ownDate = reading.titleDate != null || reading.datelineDate != null
                || reading.viewOnlineDate != null;
        Optional<LocalDate> held = !ownDate && title != null && namesMeetingDocument(title)
                ? Datelines.meetingDay(text) : Optional.empty();
        if (held.isPresent() && (date == null || held.get().isBefore(date)
                && !held.get().plusDays(MAX_MEETING_TO_PAGE_DAYS).isBefore(date))) {
            if (publishedOn == null) {
                publishedOn = date;
            }
            date = held.get();
        }
        Optional<Datelines.Dateline> tail = title == null ? Optional.empty()
                : Datelines.titleTail(title);
        if (tail.isPresent()) {
            // "..., 16-17 February 2016, Placencia, Belize": the headline's day and place
            if (date == null) {
                date = tail.get().date().orElse(null);
            }
        }
        if (date == null && title != null) {
            // "18th MIKTA Foreign Ministers' Meeting, 3 February 2021, Videoconference JOINT
            // COMMUNIQUÉ": the headline's day, set off by commas
            date = Datelines.titlePartDate(title).orElse(null);
        }
        if (date == null) {
            // "... the above-mentioned declaration." / "November 17th, 2015" / signatures
            date = Datelines.closingDate(text).orElse(null);
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
            location = PlaceLines.datelinePlace(text.get(i)).orElse(null); // "TOKYO, Japan — The ..."
        }
        if (location == null) {
            location = tail.flatMap(Datelines.Dateline::place).orElse(null);
        }
        if (location == null) {
            location = Datelines.signOff(text).orElse(null); // "New Delhi" / "July 07, 2020"
        }
        Optional.ofNullable(location).ifPresent(page::location);
        page.addAllParagraphs(text);
        // a news story about a statement ("according to the communiqué", "..., he said"), a
        // transcript's turns ("Reporter: ..."), a speech ("Your Excellency, ...,"), remarks at a
        // press conference: no statement, whatever they report
        String heading = title == null ? "" : title;
        return page.noStatement(listing || NoStatementPages.spokenOrReported(heading, text))
                .build();
    }

    /**
     * The reading of the original when the text opens with a report's lead announcing it ("...
     * issued a joint communiqué in Shanghai Thursday. The following is the full text of the
     * communiqué."): the original's own header (its headline, dateline) follows the lead, and
     * the report's date is the page's; else {@code reading} itself.
     */
    private static TextReading announced(TextReading reading) {
        if (reading.body.size() < 2 || !TextLeads.announcesText(reading.body.get(0))) {
            return reading;
        }
        TextReading original = new TextReading();
        original.read(reading.body.subList(1, reading.body.size()), Optional.empty());
        if (original.title == null) {
            return reading;
        }
        original.preTitleDate = first(original.preTitleDate, reading.headerDate,
                reading.preTitleDate);
        if (original.headerPublisher == null) {
            original.headerPublisher = reading.headerPublisher;
        }
        return original;
    }

    /** A page dated this many days or fewer after a wire's dateline reposts the wire's item. */
    private static final int MAX_WIRE_TO_PAGE_DAYS = 3;

    /** A story's lead announcing the text under it stands among this many first paragraphs. */
    private static final int MAX_LEAD_PARAGRAPHS = 8;

    /** A page dated this many days or fewer after the meeting its communiqué reports reposts it. */
    private static final int MAX_MEETING_TO_PAGE_DAYS = 31;

    /** Whether a headline names a meeting's document: a communiqué or a declaration. */
    private static boolean namesMeetingDocument(String title) {
        String key = Lines.key(title);
        return key.contains("communiqu") || key.contains("declaration");
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
}
