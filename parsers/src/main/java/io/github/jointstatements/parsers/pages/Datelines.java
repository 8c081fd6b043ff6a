package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.analysis.CountryNames;
import io.github.jointstatements.parsers.internal.BodyCleaner;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Titles;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day a statement was issued, and where, from a dateline opening a paragraph of its
 * text ("Brussels, 12 May 2016 – The ...", "25 June 2019, Addis Abeba: The Chairperson ...", "NEW
 * YORK, 7 July (UN Headquarters) -- Following ...", "Harare, 1 August 2018- H.E. ..."), whose day
 * without a year takes the year of the page's own date. Stateless; every pattern is bounded.
 */
final class Datelines {

    /** A dateline's head, before its dash or colon, has at most this many characters ... */
    private static final int MAX_HEAD_CHARS = 80;

    /** ... and this many words. */
    private static final int MAX_HEAD_WORDS = 9;

    /** Paragraphs of the opening searched for a dateline. */
    static final int OPENING_PARAGRAPHS = 3;

    /** What ends a dateline's head: a dash (spaced or after a digit or bracket) or a colon. */
    private static final Pattern HEAD_END = Pattern.compile(
            "\\s{1,2}(?:--|–|—|-)\\s{0,2}(?=\\p{Lu}|\\d|\")|(?<=[\\d)])(?:--|–|—|-)\\s{0,2}(?=\\p{Lu})"
                    + "|:\\s{1,2}(?=\\p{Lu})");

    /** A day and month without a year: "7 July", "July 7", "Jan. 9", "31st July". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s{1,2}(\\p{L}{3,12})(?![\\p{L}])"
                    + "|(?<![\\p{L}\\d])(\\p{L}{3,12})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])");

    private Datelines() {}

    /**
     * A dateline: its place and day, either absent, and whether it names a source in brackets
     * ("BEIJING, Feb. 25 (Xinhua) --"): a wire's, whose day is its original's.
     */
    record Dateline(Optional<String> place, Optional<LocalDate> date, boolean wire) {
        Dateline(Optional<String> place, Optional<LocalDate> date) {
            this(place, date, false);
        }
    }

    /**
     * Returns the dateline opening {@code paragraph} when it holds a day ("25 June 2019, Addis
     * Abeba:"), its year from {@code year} (0 for none) when it writes none; empty for a
     * paragraph that opens with no dated dateline.
     */
    static Optional<Dateline> opening(String paragraph, int year) {
        Matcher end = HEAD_END.matcher(paragraph);
        end.region(0, Math.min(paragraph.length(), MAX_HEAD_CHARS + 3));
        if (!end.find() || end.start() == 0) {
            return Optional.empty();
        }
        String head = paragraph.substring(0, end.start()).strip();
        if (Titles.words(head) > MAX_HEAD_WORDS || head.isEmpty()
                || !(Character.isUpperCase(head.codePointAt(0)) || Character.isDigit(head.charAt(0)))
                || hasSentenceStop(head)) {
            return Optional.empty();
        }
        String bare = withoutBrackets(head); // "(UN Headquarters)", "(VNA)"
        LocalDate date = null;
        int from = -1;
        int to = -1;
        Optional<PageDates.Found> full = PageDates.find(bare);
        if (full.isPresent()) {
            date = full.get().date();
            from = full.get().start();
            to = full.get().end();
        } else if (year > 0) {
            Matcher m = DAY_MONTH.matcher(bare);
            while (m.find()) {
                try {
                    date = dayOf(m, year);
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
                if (date != null) {
                    from = m.start();
                    to = m.end();
                    break;
                }
            }
        }
        if (date == null) {
            return Optional.empty();
        }
        String rest = (bare.substring(0, from) + "," + bare.substring(to)).strip();
        String place = null;
        for (String part : rest.split("[,/]")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                if (!BodyCleaner.isPlace(p)) {
                    return Optional.empty(); // "Statement of 12 May 2016 -": no dateline
                }
                if (place == null) {
                    place = p;
                }
            }
        }
        return Optional.of(new Dateline(Optional.ofNullable(place), Optional.of(date),
                !bare.equals(head)));
    }

    /** A dateline alone on its line has at most this many characters. */
    private static final int MAX_YEARLESS_LINE = 60;

    /**
     * Returns the place of a line that is a dateline without a year ("BAKU, Azerbaijan, Dec. 8",
     * "Geneva, 16 May"): places, the first in capitals or of the gazetteer's tables, then a day
     * and a month ending the line; empty for any other line. A wire's dateline over its text,
     * never its headline.
     */
    static Optional<String> yearless(String line) {
        String l = line.strip();
        if (l.length() > MAX_YEARLESS_LINE || l.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH.matcher(l);
        while (m.find()) {
            if (m.start() == 0 || !l.substring(m.end()).strip().isEmpty()) {
                continue; // the day ends the line, after its place
            }
            try {
                if (dayOf(m, 2000) == null) {
                    return Optional.empty();
                }
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            String place = null;
            for (String part : l.substring(0, m.start()).split(",")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (!BodyCleaner.isPlace(p)) {
                    return Optional.empty();
                }
                if (place == null) {
                    if (!CountryNames.isPlace(p) && !p.equals(p.toUpperCase(java.util.Locale.ROOT))) {
                        return Optional.empty(); // "Minister Lee, Dec. 8": no place of the tables
                    }
                    place = p;
                }
            }
            return Optional.ofNullable(place);
        }
        return Optional.empty();
    }

    /**
     * Whether a dateline's head holds a sentence's stop: a stop and a space not after a month's
     * abbreviation ("BEIJING, Feb. 25 (Xinhua)" holds none).
     */
    private static boolean hasSentenceStop(String head) {
        int at = head.indexOf(". ");
        while (at >= 0) {
            int start = at;
            while (start > 0 && Character.isLetter(head.charAt(start - 1))) {
                start--;
            }
            if (start == at || !PageDates.isMonth(head.substring(start, at))) {
                return true;
            }
            at = head.indexOf(". ", at + 1);
        }
        return false;
    }

    /** A day as a report of the statement writes it: "September 15", "15 September 2014". */
    private static final String DAY = "((?:\\d{1,2}\\s\\p{L}{3,12}|\\p{L}{3,12}\\.?\\s\\d{1,2})(?:,?\\s(?:19|20)\\d{2})?)";

    /** "Vietnam and India on September 15 issued a joint communique". */
    private static final Pattern ON_DAY_ISSUED = Pattern.compile(
            "\\bon\\s(?:\\p{L}{3,9}day,?\\s)?" + DAY + "\\s(?:jointly\\s)?(?:issued|released|signed|adopted)"
            + "\\s(?:a|the|their)\\s(?:joint\\s)?(?:press\\s)?(?:communiqu[eé]|statement|declaration)\\b");

    /** "... issued a joint statement on 15 September". */
    private static final Pattern ISSUED_ON_DAY = Pattern.compile(
            "\\b(?:issued|released|signed|adopted)\\s(?:a|the|their)\\s(?:joint\\s)?(?:press\\s)?"
            + "(?:communiqu[eé]|statement|declaration)\\son\\s(?:\\p{L}{3,9}day,?\\s)?" + DAY + "\\b");

    /**
     * "Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1097th
     * meeting held on 4 August 2022", "... meeting held at Ministerial level on 14 December
     * 2021": the meeting that adopted the text, its day.
     */
    private static final Pattern ADOPTED_AT_MEETING = Pattern.compile(
            "^(?:Adopted|Issued|Approved)\\sby\\s[^.;]{3,150}?\\s(?:meeting|session|summit)\\s"
            + "(?:held\\s(?:[^.;,]{1,40}?\\s)?)?on\\s(?:\\p{L}{3,9}day,?\\s)?" + DAY + "\\b");

    /** The forms of a report of the day of issue, in the order tried. */
    private static final List<Pattern> REPORTS = List.of(ON_DAY_ISSUED, ISSUED_ON_DAY,
            ADOPTED_AT_MEETING);

    /** Of a paragraph, this many first characters are searched for the day of issue. */
    private static final int MAX_REPORT_CHARS = 300;

    /**
     * Returns the day a report of the statement says it was issued ("Vietnam and India on
     * September 15 issued a joint communique", "... signed the joint declaration on 3 May 2019",
     * "Adopted by the Council at its 1097th meeting held on 4 August 2022"),
     * a day without a year in {@code year} (0 for none): in the first two paragraphs.
     */
    static Optional<LocalDate> issuedOn(List<String> paragraphs, int year) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            p = p.substring(0, Math.min(p.length(), MAX_REPORT_CHARS));
            for (Pattern pattern : REPORTS) {
                Matcher m = pattern.matcher(p);
                if (m.find()) {
                    Optional<LocalDate> day = day(m.group(1), year);
                    if (day.isPresent()) {
                        return day;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "The Twenty-Seventh Inter-Sessional Meeting ... was held at Placencia, Belize on 16-17
     * February 2016", "... was convened in Accra, Republic of Ghana, on 10July 2014"; the
     * members speaking for themselves ("We, the Foreign Ministers of ..., met on 31 July 2019"),
     * not others said to have met: a meeting's day or days, the last of a range; bounded spans.
     */
    private static final Pattern HELD_ON = Pattern.compile(
            "(?:^(?:\\d{1,3}\\.\\s?)?We,\\s[^;]{3,200}?\\s(?:met|gathered)|\\b(?:(?:was|were)\\s"
                    + "(?:held|convened)|convened))\\s(?:[^.;]{1,80}?\\s)?(?:on|from)\\s"
                    + "(?:\\p{L}{3,9}day,?\\s)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-–]\\s?(\\d{1,2})"
                    + "(?:st|nd|rd|th)?)?\\s?(\\p{L}{3,12}),?\\s((?:19|20)\\d{2})\\b");

    /**
     * Returns the day the meeting the opening paragraph reports was held ("was held ... on 16-17
     * February 2016" gives the 17th, when a communiqué issued at its conclusion is dated), in
     * the first two paragraphs; empty when they report none.
     */
    static Optional<LocalDate> meetingDay(List<String> paragraphs) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            Matcher m = HELD_ON.matcher(p.substring(0, Math.min(p.length(), MAX_REPORT_CHARS)));
            if (!m.find() || !PageDates.isMonth(m.group(3))) {
                continue;
            }
            String day = m.group(2) != null ? m.group(2) : m.group(1);
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)),
                        PageDates.month(m.group(3)), Integer.parseInt(day)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A text's closing sign-off is read in this many last paragraphs. */
    private static final int SIGN_OFF_PARAGRAPHS = 4;

    /**
     * Returns the place of a text's closing sign-off, a place alone on its line over a date alone
     * on its line ("New Delhi" / "July 07, 2020"), among its last paragraphs: where a ministry
     * issued the text; empty when the text closes with none. The place must be one of the
     * gazetteer's.
     */
    static Optional<String> signOff(List<String> paragraphs) {
        int from = Math.max(0, paragraphs.size() - SIGN_OFF_PARAGRAPHS);
        for (int i = from; i + 1 < paragraphs.size(); i++) {
            String place = paragraphs.get(i).strip();
            if (place.length() <= MAX_SIGN_OFF_PLACE && BodyCleaner.isPlace(place)
                    && LineDates.dateOfLine(paragraphs.get(i + 1)).isPresent()
                    && CountryNames.isPlace(place)) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** A text's closing date is read in this many last paragraphs. */
    private static final int CLOSING_DATE_PARAGRAPHS = 8;

    /**
     * Returns the date a text closes with, a date alone on its line after the text's last
     * sentence and before its signatures ("... to carry out the above-mentioned declaration." /
     * "November 17th, 2015" / "President of ..."): the day the signatories signed it; empty
     * when the text closes with none.
     */
    static Optional<LocalDate> closingDate(List<String> paragraphs) {
        int from = Math.max(1, paragraphs.size() - CLOSING_DATE_PARAGRAPHS);
        for (int i = from; i < paragraphs.size(); i++) {
            Optional<LocalDate> date = LineDates.dateOfLine(paragraphs.get(i));
            if (date.isPresent() && Headlines.endsSentence(paragraphs.get(i - 1))) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the day a headline gives as one of its comma-separated parts ("18th MIKTA Foreign
     * Ministers' Meeting, 3 February 2021, Videoconference JOINT COMMUNIQUÉ"): the meeting's day,
     * and its document's; empty when no part after the first is a date alone.
     */
    static Optional<LocalDate> titlePartDate(String title) {
        String[] parts = title.split(",\\s");
        for (int i = 1; i < parts.length; i++) {
            Optional<LocalDate> date = PageDates.parse(parts[i].strip());
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A sign-off's place has at most this many characters. */
    private static final int MAX_SIGN_OFF_PLACE = 30;

    /**
     * A headline's closing day or days and place: "..., 3-6 JULY 2013, PORT-OF-SPAIN, TRINIDAD
     * AND TOBAGO", "..., 16-17 February 2016, Placencia, Belize", "..., 4 June 2017, Monrovia".
     */
    private static final Pattern TITLE_TAIL = Pattern.compile(
            ",\\s(\\d{1,2})(?:\\s?[-–]\\s?(\\d{1,2}))?\\s(\\p{L}{3,12}),?\\s((?:19|20)\\d{2}),\\s"
                    + "(\\p{Lu}[\\p{L}.'’ -]{1,30}?)(?:,\\s[\\p{L}.'’ ]{2,40})?$");

    /**
     * Returns the day (the last of a range) and place a headline closes with ("Communiqué
     * Issued at the Conclusion of the Meeting ..., 16-17 February 2016, Placencia, Belize"):
     * where and when a meeting's communiqué was issued; empty for any other headline.
     */
    static Optional<Dateline> titleTail(String title) {
        Matcher m = TITLE_TAIL.matcher(title);
        if (!m.find() || !PageDates.isMonth(m.group(3))) {
            return Optional.empty();
        }
        String place = m.group(5).strip();
        if (!BodyCleaner.isPlace(place)) {
            return Optional.empty();
        }
        String day = m.group(2) != null ? m.group(2) : m.group(1);
        try {
            return Optional.of(new Dateline(Optional.of(place), Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(4)), PageDates.month(m.group(3)),
                    Integer.parseInt(day)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String text, int year) {
        Optional<LocalDate> full = PageDates.parse(text);
        if (full.isPresent() || year <= 0) {
            return full;
        }
        Matcher m = DAY_MONTH.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(dayOf(m, year));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the day a match of {@link #DAY_MONTH} names in {@code year}, or null when its word
     * is no month ("Brussels 12"); throws {@link DateTimeException} for a day the month lacks.
     */
    private static LocalDate dayOf(Matcher m, int year) {
        String day = m.group(1) != null ? m.group(1) : m.group(4);
        String month = m.group(1) != null ? m.group(2) : m.group(3);
        return PageDates.isMonth(month)
                ? LocalDate.of(year, PageDates.month(month), Integer.parseInt(day)) : null;
    }

    private static String withoutBrackets(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString().strip();
    }
}
