package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.PageDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The day a statement whose page gives no date was issued, as its opening tells it: the first
 * full date of the first paragraphs that the words before it make the day of the text's own
 * occasion ("issued today, 11 December 2016", "convened on 24 April 2021", "held its session in
 * Doha on Tuesday, ..., corresponding to December 5, 2023", "released by the Office of the
 * Spokesman, Washington, DC, September 25, 2008"); a date after other words ("the Declaration of
 * 12 May 2016", "(8-9 September 2016)") is another occasion's. Stateless; the pattern is
 * bounded and reads only a paragraph's opening characters.
 */
final class StatementDates {

    /** Paragraphs of the opening searched for the day. */
    private static final int OPENING_PARAGRAPHS = 3;

    /** Of a paragraph, this many first characters are searched. */
    private static final int MAX_OPENING_CHARS = 600;

    /** Characters before a date in which its cue must end. */
    private static final int CUE_CHARS = 30;

    /** Words a date's cue ends with, perhaps with a weekday between: "on", "today,", ",". */
    private static final Pattern DAY_CUE = Pattern.compile(
            "(?i)(?:\\bon|\\btoday,?|\\bcorresponding to|\\bdated|\\bheld|\\bconvened|,)\\s{1,3}"
                    + "(?:\\p{L}{3,9}day,?\\s{1,3})?$");

    private StatementDates() {}

    /** Returns the day the opening of these paragraphs tells, or empty. */
    static Optional<LocalDate> inOpening(List<String> paragraphs) {
        for (int i = 0; i < Math.min(OPENING_PARAGRAPHS, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            p = p.substring(0, Math.min(p.length(), MAX_OPENING_CHARS));
            int at = 0;
            while (at < p.length()) {
                Optional<PageDates.Found> found = PageDates.find(p.substring(at));
                if (found.isEmpty()) {
                    break;
                }
                int start = at + found.get().start();
                String before = p.substring(Math.max(0, start - CUE_CHARS), start);
                if (DAY_CUE.matcher(before).find()) {
                    return Optional.of(found.get().date());
                }
                at += found.get().end();
            }
        }
        return Optional.empty();
    }
}
