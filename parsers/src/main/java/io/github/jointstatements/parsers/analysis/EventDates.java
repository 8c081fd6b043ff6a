package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventWords.MARGIN_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.NOUNS;

import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attaches dates to events: the time expression just before a name ("the November 2022 Phnom
 * Penh Summit") or just after it past linking words ("held in Seoul on 31 May"), the time of
 * the verb that holds it, the statement's day ("Today marks the 30th anniversary"), and the
 * corrections tense makes to a date the text gives without its year or as a bare weekday. One
 * per statement; not thread-safe.
 */
final class EventDates {

    /** What may stand between a date and the event it dates: "of March 12, 2021, the summit". */
    static final Set<String> APPOSITION_GAPS = Set.of(",", ", the", ", a", ", an", "at",
            "at the", "during", "during the");
    /**
     * Nouns whose "of" names what frames an event, between it and its date: "on the sidelines
     * of the UN General Assembly", "under the patronage of the GCC", "at the invitation of".
     */
    private static final Set<String> FRAMES = Set.of("sidelines", "margins", "margin",
            "patronage", "auspices", "chairmanship", "invitation");
    private static final Set<String> GAP_WORDS = Set.of("in", "on", "at", "from", "of",
            "during", "held", "conducted", "scheduled", "planned", "set", "to", "be", "was",
            "were", "is", "are", "will", "take", "place", "took", "later", "earlier", "also",
            "co-hosted", "hosted", "convened", "beginning", "starting", "through", "and",
            "which", "via", "by", "videoconference", "teleconference", "video", "virtually",
            "online", "person", "telephone", "phone", "celebrated", "commemorated", "marked",
            "observed", "off", "coast", "near", "between", "expected", "conference", "call",
            "city",
            "link", "under");

    private final TimeIndex times;
    private final Map<Integer, Sentence> firstOfParagraph = new HashMap<>();

    EventDates(TimeIndex times, List<Sentence> sentences) {
        this.times = times;
        for (Sentence s : sentences) {
            firstOfParagraph.putIfAbsent(s.paragraph(), s);
        }
    }

    /** A time expression just before the name: "the November 2022 Phnom Penh Summit". */
    TimeExpression dateBefore(Sentence s, List<Token> t, int start) {
        return dateBefore(s, t, start, true);
    }

    /**
     * A time expression just before the name; with {@code apposition}, also across a comma or
     * "at": not for a later use of an acronym, which may name the body rather than the event
     * ("Since its inaugural meeting on 29 September 2021, the TTC has ...").
     */
    TimeExpression dateBefore(Sentence s, List<Token> t, int start, boolean apposition) {
        int at = t.get(start).start();
        for (TimeExpression e : times.in(s)) {
            if (e.date().isEmpty()) {
                continue;
            }
            if (e.start() <= at && e.end() > at) {
                return e; // the name starts inside it: "November 2022 Phnom Penh Summit"
            }
            String gap = s.text().substring(Math.min(e.end(), at), at).strip();
            if (e.end() <= at && (gap.isEmpty() || gap.equals("'s") || gap.equals("’s")
                    || apposition && APPOSITION_GAPS.contains(gap.toLowerCase(Locale.ROOT)))) {
                return e; // "in June at the Apulia G7 Summit", "of March 12, 2021, the ... summit"
            }
        }
        return null;
    }

    /** A time expression just after the name, past an acronym, a place and linking words. */
    TimeExpression dateAfter(Sentence s, List<Token> t, int end, Places places) {
        int from = end < t.size() ? t.get(end).start() : s.text().length();
        for (TimeExpression e : times.in(s)) {
            if (e.start() < from || e.date().isEmpty()) {
                continue;
            }
            String gap = s.text().substring(from, e.start());
            return gapAllows(gap, places, from) && !namesSomething(s.text(), e) ? e : null;
        }
        return null;
    }

    /**
     * Whether a bare year opens the name of something else: "the Pacific Islands Forum 2050
     * Strategy", "the 2030 Agenda"; not "in 2024, the ..." nor "by 2030 and".
     */
    private static boolean namesSomething(String text, TimeExpression e) {
        if (!e.text().chars().allMatch(Character::isDigit)) {
            return false;
        }
        int k = e.end();
        if (k + 1 >= text.length() || text.charAt(k) != ' ') {
            return false;
        }
        char c = text.charAt(k + 1);
        return Character.isUpperCase(c);
    }

    private boolean gapAllows(String gap, Places places, int offset) {
        List<Token> g = Token.tokenize(gap);
        int words = 0;
        boolean inParens = false;
        for (int i = 0; i < g.size(); i++) {
            Token x = g.get(i);
            if (x.text().equals("(")) {
                inParens = true;
                continue;
            }
            if (x.text().equals(")")) {
                inParens = false;
                continue;
            }
            if (inParens || x.text().equals(",")) {
                continue;
            }
            Mention m = places.startingAt(offset + x.start());
            if (m != null) {
                while (i + 1 < g.size() && offset + g.get(i + 1).start() < m.end()) {
                    i++;
                }
                while (i + 1 < g.size() && g.get(i + 1).isCapitalized() && g.get(i + 1).isWord()
                        && m.entity().type() == EntityType.ORGANIZATION) {
                    i++; // a venue named after its body: "at the Pacific Islands Forum Secretariat"
                }
                continue;
            }
            if (x.isCapitalized() && x.isWord() && i + 2 < g.size() && g.get(i + 1).text()
                    .equals(",") && places.startingAt(offset + g.get(i + 2).start()) != null) {
                continue; // a town of a known country: "in Luleå, Sweden, on 31 May"
            }
            if (x.isCapitalized() && x.isWord() && i > 0 && (g.get(i - 1).is("in")
                    || g.get(i - 1).is("at"))) {
                // a place the gazetteer lacks: "the Meeting in Karuizawa from 16 to 18 April"
                while (i + 1 < g.size() && g.get(i + 1).isCapitalized() && g.get(i + 1).isWord()) {
                    i++;
                }
                continue;
            }
            if (FRAMES.contains(x.lower()) && i + 1 < g.size() && g.get(i + 1).is("of")) {
                // where it met: "held talks on the sidelines of the UN General Assembly in New
                // York on Thursday"
                int k = i + 2;
                if (k < g.size() && g.get(k).is("the")) {
                    k++;
                }
                int name = k;
                while (k < g.size() && k < name + 12 && (g.get(k).isCapitalized()
                        || g.get(k).isPossessive() || Character.isDigit(g.get(k).text().charAt(0))
                        || (g.get(k).is("and") || g.get(k).is("of") || g.get(k).is("on"))
                        && k + 1 < g.size() && g.get(k + 1).isCapitalized())) {
                    k++;
                }
                if (k == name) {
                    return false;
                }
                words++; // "the sidelines of": one step of the gap
                i = k - 1;
                continue;
            }
            if (x.is("the") || GAP_WORDS.contains(x.lower()) || x.is("for") && i > 0
                    && (g.get(i - 1).is("scheduled") || g.get(i - 1).is("set")
                    || g.get(i - 1).is("planned") || g.get(i - 1).is("slated"))) {
                if (++words > 7) {
                    return false;
                }
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * A time expression of the clause before its verb: "Today, the President held ...", "On
     * Wednesday, ... held"; or right after it: "held today a call".
     */
    TimeExpression dateBeforeVerb(Sentence s, List<Token> t, int verb) {
        int clause = 0;
        for (int k = verb - 1; k >= 0; k--) {
            if (t.get(k).text().equals(";")) {
                clause = t.get(k).end();
                break;
            }
        }
        int verbEnd = t.get(verb).end();
        for (TimeExpression e : times.in(s)) {
            if (e.date().isEmpty() || e.start() < clause) {
                continue;
            }
            if (e.end() <= t.get(verb).start() || verb + 1 < t.size()
                    && e.start() == t.get(verb + 1).start()) {
                return e;
            }
            if (e.start() > verbEnd) {
                break;
            }
        }
        return null;
    }

    /**
     * The statement's day when the clause opens with it before the event: "Today marks the 30th
     * anniversary", "Today, on the anniversary of"; not "Today, ahead of the upcoming ...".
     */
    Optional<PartialDate> todayBefore(Sentence s, List<Token> t, int start) {
        int at = t.get(start).start();
        for (TimeExpression e : times.in(s)) {
            if (e.start() >= at) {
                break;
            }
            if (e.direction() != TimeExpression.Direction.PRESENT || e.date().isEmpty()
                    || e.date().get().precision() != PartialDate.Precision.DAY) {
                continue;
            }
            String gap = s.text().substring(e.end(), at).toLowerCase(Locale.ROOT);
            if (gap.contains("ahead") || gap.contains("upcoming") || gap.contains("next")
                    || gap.contains("before") || gap.contains(";") || gap.length() > 120) {
                return Optional.empty();
            }
            return e.date();
        }
        return Optional.empty();
    }

    /**
     * The last date of the clause before {@code start}: the day of what happened on an event's
     * margins ("Today, she met X on the margins of the APEC Leaders' Meeting").
     */
    /** The first date after token {@code from} that ends before token {@code to}; or empty. */
    Optional<PartialDate> dateBetween(Sentence s, List<Token> t, int from, int to) {
        for (TimeExpression e : times.in(s)) {
            if (e.start() >= t.get(from).end() && e.end() <= t.get(to).start()
                    && e.date().isPresent()) {
                return e.date();
            }
        }
        return Optional.empty();
    }

    /**
     * The date a sentence opens with when the event is the subject just after it: "On 20
     * January 2023, the first meeting of the Joint Committee was held"; or empty.
     */
    Optional<PartialDate> openingDate(Sentence s, List<Token> t, int start) {
        int comma = -1;
        for (int k = start - 1; k >= 0 && k >= start - 4; k--) {
            if (t.get(k).text().equals(",")) {
                comma = k;
                break;
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
                return Optional.empty();
            }
        }
        if (comma < 1) {
            return Optional.empty();
        }
        for (TimeExpression e : times.in(s)) {
            int first = t.get(0).is("on") || t.get(0).is("in") ? 1 : 0;
            if (e.start() <= t.get(first).start() && e.end() == t.get(comma - 1).end()) {
                return e.date();
            }
        }
        return Optional.empty();
    }

    Optional<PartialDate> dateOfClause(Sentence s, List<Token> t, int start) {
        int at = t.get(start).start();
        boolean met = false;
        for (int k = start - 1; k >= 0 && !met; k--) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals("that") || w.equals("which")) {
                break;
            }
            met = MARGIN_VERBS.contains(w);
        }
        if (!met) {
            return Optional.empty(); // "the June 2021 commitment ... at COP26": no meeting there
        }
        Optional<PartialDate> date = Optional.empty();
        for (TimeExpression e : times.in(s)) {
            if (e.end() > at) {
                break;
            }
            String gap = s.text().substring(e.end(), at);
            if (e.date().isPresent() && e.date().get().precision() != PartialDate.Precision.YEAR
                    && !gap.contains(";") && !gap.contains(" that ") && !gap.contains(" which ")) {
                date = e.date();
            }
        }
        return date;
    }

    /**
     * Whether a time expression dates an event named right after it, not the meeting of the
     * sentence: "spoke ... regarding preparations for the April 22-23 Leaders Summit".
     */
    static boolean datesAnEvent(String text, TimeExpression e) {
        List<Token> after = Token.tokenize(text.substring(e.end(),
                Math.min(text.length(), e.end() + 80)));
        for (int k = 0; k < after.size() && k < 8; k++) {
            Token x = after.get(k);
            if (NOUNS.containsKey(x.lower()) && x.isCapitalized()) {
                return true;
            }
            if (!(x.isPossessive() || x.isWord() && x.isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a possessive determiner stands before a date that opens an event's name: "their
     * September meeting", "our January 22 conversation" are the parties' own, already had.
     */
    static boolean ownedBefore(List<Token> t, TimeExpression date) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).start() == date.start()) {
                String w = t.get(k - 1).lower();
                return w.equals("their") || w.equals("our") || w.equals("his")
                        || w.equals("her");
            }
        }
        return false;
    }

    TimeExpression timeAt(Sentence s, Token token) {
        for (TimeExpression e : times.in(s)) {
            if (e.start() <= token.start() && token.end() <= e.end()) {
                return e;
            }
        }
        return null;
    }

    boolean mentionsToday(Sentence s) {
        for (TimeExpression e : times.in(s)) {
            if (e.direction() == TimeExpression.Direction.PRESENT) {
                return true;
            }
        }
        return s.text().contains("today") || s.text().contains("Today");
    }

    /** Whether the paragraph's first sentence says "today": its events are the occasion's. */
    boolean todayInParagraph(Sentence s) {
        Sentence first = firstOfParagraph.get(s.paragraph());
        if (first == null) {
            return false;
        }
        for (TimeExpression e : times.in(first)) {
            if (e.direction() == TimeExpression.Direction.PRESENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves a month the text gives without its year across the year boundary when the tense
     * says so: "in December", said in January of an event held, is last December.
     */
    Optional<PartialDate> adjustYear(Optional<PartialDate> date, EventStatus status,
            Sentence s) {
        if (date.isEmpty() || times.anchor().isEmpty()) {
            return date;
        }
        PartialDate d = date.get();
        LocalDate anchor = times.anchor().get();
        if (d.precision() == PartialDate.Precision.YEAR || d.year() != anchor.getYear()) {
            return date;
        }
        for (TimeExpression e : times.in(s)) {
            if (e.date().equals(date) && (hasYear(e.text())
                    || e.direction() != TimeExpression.Direction.UNKNOWN)) {
                return date; // the text gives the year, or the expression placed it
            }
            if (e.date().equals(date) && isBareWeekday(e.text())) {
                // "held talks on Wednesday", said on a Tuesday: last Wednesday, not last year's
                return byTense(e, status == EventStatus.HELD);
            }
        }
        if (status == EventStatus.HELD && d.start().isAfter(anchor)) {
            return Optional.of(shift(d, -1));
        }
        if (status == EventStatus.PLANNED && d.end().isBefore(anchor)) {
            return Optional.of(shift(d, 1));
        }
        return date;
    }

    /**
     * Returns the date of a time expression, a bare weekday moved by a week when the verb's
     * tense says so: "On Wednesday, the President held ..." said on a Tuesday is last Wednesday.
     */
    Optional<PartialDate> byTense(TimeExpression e, boolean past) {
        Optional<PartialDate> date = e.date();
        if (date.isEmpty() || times.anchor().isEmpty()
                || date.get().precision() != PartialDate.Precision.DAY
                || e.direction() != TimeExpression.Direction.UNKNOWN || !isBareWeekday(e.text())) {
            return date;
        }
        LocalDate day = date.get().start();
        LocalDate anchor = times.anchor().get();
        if (past && day.isAfter(anchor)) {
            return Optional.of(PartialDate.of(day.minusWeeks(1)));
        }
        if (!past && day.isBefore(anchor)) {
            return Optional.of(PartialDate.of(day.plusWeeks(1)));
        }
        return date;
    }

    /** Whether a time expression names the statement's day: "today", "this morning", "Friday". */
    static boolean isOccasionDay(TimeExpression e) {
        return e != null && (e.direction() == TimeExpression.Direction.PRESENT
                || e.direction() == TimeExpression.Direction.UNKNOWN && isBareWeekday(e.text()));
    }

    private static boolean isBareWeekday(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return text.toLowerCase(Locale.ROOT).contains("day");
    }

    /** Whether the sentence gives the date without its year: "in June", "on March 3". */
    boolean yearless(Sentence s, Optional<PartialDate> date) {
        if (date.isEmpty() || date.get().precision() == PartialDate.Precision.YEAR) {
            return false;
        }
        for (TimeExpression e : times.in(s)) {
            if (e.date().equals(date)) {
                return e.direction() == TimeExpression.Direction.UNKNOWN
                        && !hasYear(e.text());
            }
        }
        return false;
    }

    /** Whether a text has four digits in a row: a year. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static PartialDate shift(PartialDate d, int years) {
        return switch (d.precision()) {
            case DAY -> PartialDate.of(d.start().plusYears(years));
            case MONTH -> PartialDate.ofMonth(d.year() + years, d.month().orElseThrow());
            case YEAR -> PartialDate.ofYear(d.year() + years);
        };
    }
}
