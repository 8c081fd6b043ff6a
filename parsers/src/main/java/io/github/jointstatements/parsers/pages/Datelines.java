package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.BodyCleaner;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Titles;
import java.time.DateTimeException;
import java.time.LocalDate;
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

    /** A dateline: its place and day, either absent. */
    record Dateline(Optional<String> place, Optional<LocalDate> date) {}

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
                || head.contains(". ")) {
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
                String day = m.group(1) != null ? m.group(1) : m.group(4);
                String month = m.group(1) != null ? m.group(2) : m.group(3);
                if (PageDates.isMonth(month)) {
                    try {
                        date = LocalDate.of(year, PageDates.month(month), Integer.parseInt(day));
                        from = m.start();
                        to = m.end();
                        break;
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
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
        return Optional.of(new Dateline(Optional.ofNullable(place), Optional.of(date)));
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
