package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventDates.isOccasionDay;
import static io.github.jointstatements.parsers.analysis.EventLocations.destination;
import static io.github.jointstatements.parsers.analysis.EventLocations.placeWithin;
import static io.github.jointstatements.parsers.analysis.EventNames.capitalizedComplement;
import static io.github.jointstatements.parsers.analysis.EventNames.complementEnd;
import static io.github.jointstatements.parsers.analysis.EventNames.hasComplement;
import static io.github.jointstatements.parsers.analysis.EventNames.startsWithEventName;
import static io.github.jointstatements.parsers.analysis.EventVerbs.followingAt;
import static io.github.jointstatements.parsers.analysis.EventVerbs.holdingVerb;
import static io.github.jointstatements.parsers.analysis.EventVerbs.meets;
import static io.github.jointstatements.parsers.analysis.EventVerbs.objectOfEventVerb;
import static io.github.jointstatements.parsers.analysis.EventVerbs.onMargins;
import static io.github.jointstatements.parsers.analysis.EventVerbs.participleAfter;
import static io.github.jointstatements.parsers.analysis.EventWords.CONVENING_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.DEMONSTRATIVES;
import static io.github.jointstatements.parsers.analysis.EventWords.GATHERING_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.HABIT_WORDS;
import static io.github.jointstatements.parsers.analysis.EventWords.HOLDING_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.ORDINAL;
import static io.github.jointstatements.parsers.analysis.EventWords.ORDINAL_WORDS;
import static io.github.jointstatements.parsers.analysis.EventWords.isFunctionWord;
import static io.github.jointstatements.parsers.analysis.EventWords.PAST_HOLDING_VERBS;

import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.util.List;
import java.util.Optional;

/**
 * The events a sentence names with a noun of {@code event-nouns.tsv}: the name around the noun
 * (capitalised words, ordinals and modifiers before it, a complement after it), kept when it is
 * named, or when it is placed by a date, a place, a participle or a verb that holds it ("held a
 * meeting", "a visit to Japan"); never a reference to the statement's own meeting ("this
 * meeting", "today's call"). One per statement; not thread-safe.
 */
final class PhraseEvents {

    /** Nouns of wanting whose "for"/"of" names no occasion: "the need for dialogue". */
    private static final java.util.Set<String> NEED_WORDS = java.util.Set.of("need", "needs",
            "importance", "necessity", "value");

    /** Verbs whose object is an event a trip goes to: "to attend the summit". */
    private static final java.util.Set<String> ATTEND_VERBS = java.util.Set.of("attend",
            "participate", "join");

    /** Words that make a session a part of a meeting: "the opening session". */
    private static final java.util.Set<String> PART_WORDS = java.util.Set.of("opening",
            "closing", "final");

    private final TimeIndex times;
    private final EventDates dates;
    private final EventStatuses statuses;
    private final EventLocations locations;
    private final Counterparts counterparts;
    private final EventAcronyms eventAcronyms;
    private final FoundEvents found;
    /** Where the last event named in the current sentence starts and ends, or -1. */
    private int takenFrom = -1;
    private int takenTo = -1;
    /** Where the body a meeting added in the current sentence is "of" ends, or -1. */
    private int bodyTo = -1;
    private int bodyFrom = -1;

    PhraseEvents(TimeIndex times, EventDates dates, EventStatuses statuses,
            EventLocations locations, Counterparts counterparts, EventAcronyms eventAcronyms,
            FoundEvents found) {
        this.times = times;
        this.dates = dates;
        this.statuses = statuses;
        this.locations = locations;
        this.counterparts = counterparts;
        this.eventAcronyms = eventAcronyms;
        this.found = found;
    }

    /**
     * Finds the events a sentence names with an event noun, past the noun a reported meeting
     * already named ({@code claimed}, a token start, or -1).
     */
    void nouns(Sentence s, List<Token> t, Places places, int claimed) {
        takenFrom = -1;
        takenTo = -1;
        bodyFrom = -1;
        bodyTo = -1;
        for (int h = 0; h < t.size(); h++) {
            if (t.get(h).start() == claimed) {
                continue;
            }
            EventNames.Noun noun = EventNames.nounAt(t, h);
            if (noun == null) {
                continue;
            }
            EventNames.NameStart name = EventNames.nameStart(t, noun, places,
                    m -> dates.timeAt(s, m) != null);
            phrase(s, t, places, noun, name.start(), name.named());
        }
    }

    /** An event's name and what holds or frames it, ready to be placed in time. */
    private record Named(EventNames.Noun noun, EventKind kind, int start, int end, int verb,
            String ordinal, String name, boolean named, boolean capitalized) {
    }

    /**
     * The event of a noun whose name starts at {@code start}: its end, and whether it counts,
     * named or placed by a date, a place, a participle, a verb or a counterpart.
     */
    private void phrase(Sentence s, List<Token> t, Places places, EventNames.Noun noun,
            int start, boolean named) {
        Token head = t.get(noun.head());
        String lower = head.lower();
        EventKind kind = noun.kind();
        int h = noun.head();
        int nounStart = noun.start();
        int headEnd = noun.end();
        boolean cop = noun.cop();
        boolean objectOnly = noun.objectOnly();
        boolean capitalized = head.isCapitalized() && !cop;
        String text = s.text();
        if (head.start() > takenFrom && head.end() <= takenTo && !head.isCapitalized()) {
            return; // within the name of the event before: "the 250th anniversary of the
                    // signing of the Declaration"; but "the anniversary of the 2022 Summit"
        }
        if (t.get(start).start() >= bodyFrom && head.end() <= bodyTo
                && !numbered(t, start, nounStart) && !dated(t, start, nounStart)
                && !ordinalIn(t, start, nounStart)) {
            return; // the body a meeting added before is of: "the Fourth Ministerial Meeting
                    // of the Trilateral Strategic Dialogue"; not "the 2022 Summit"
        }
        if (kind == EventKind.EXERCISE && EventNames.startsName(t, h) && headEnd < t.size()
                && t.get(headEnd).isCapitalized()
                && complementEnd(t, headEnd, kind, false) > headEnd) {
            named = true; // "the exercise Talisman Sabre 2023"
        }
        boolean held = objectOfEventVerb(t, start);
        int verb = holdingVerb(t, start);
        int before = start > 1 && (t.get(start - 1).is("a") || t.get(start - 1).is("an"))
                ? start - 2 : start - 1;
        if (verb < 0 && before >= 0 && t.get(before).is("received") && kind == EventKind.MEETING
                && (lower.startsWith("call") || lower.startsWith("conversation"))) {
            held = true; // "received (a) telephone call(s) from": calls; not "received a briefing"
            verb = before;
        }
        // "a call with Prime Minister Kishida", "talks with President Xi"
        boolean counterpart = (kind == EventKind.MEETING || kind == EventKind.TALKS
                || kind == EventKind.SUMMIT && !head.isCapitalized())
                && headEnd + 1 < t.size() && t.get(headEnd).is("with")
                && counterparts.counterpartAt(s, t, headEnd + 1);
        if (start == nounStart && !capitalized && !cop && !named) {
            // a bare noun: "the visit", "meeting"; but "held a meeting", "a visit to Japan"
            if (!hasComplement(t, h) && !participleAfter(t, headEnd) && !held
                    && !destination(t, headEnd, kind, places) && !counterpart
                    && verb < 0 && dates.dateBefore(s, t, start) == null
                    && dates.dateAfter(s, t, headEnd, places) == null) {
                return;
            }
        }
        if (found.reported() && start == nounStart && !capitalized && !cop && start >= 1
                && t.get(start - 1).is("the") && !hasComplement(t, h) && !counterpart
                && dates.dateAfter(s, t, headEnd, places) == null
                && dates.dateBefore(s, t, start) == null
                && locations.placeAfter(s, t, headEnd, places) == null
                && !participleAfter(t, headEnd)) {
            return; // "pleased to hold the meeting": the meeting already reported
        }
        if (found.reported() && start == nounStart && start >= 2
                && t.get(start - 1).isPossessive()
                && isOccasionDay(dates.timeAt(s, t.get(start - 2)))) {
            return; // "today's meeting", "Friday's call": the meeting already reported
        }
        if (kind == EventKind.OTHER && !capitalized && inHonour(t, headEnd)) {
            return; // "a banquet hosted by the Crown Prince in his honour": part of the visit
        }
        if (lower.equals("retreat") && !capitalized) {
            return; // "a weekend retreat", "the British retreat"; but "the Leaders' Retreat"
        }
        if (objectOnly && nounStart > 0 && PART_WORDS.contains(t.get(nounStart - 1).lower())
                && dates.dateAfter(s, t, headEnd, places) == null) {
            return; // "attended the opening session": a part of the meeting, not another one
        }
        if (objectOnly && verb < 0 && !(numbered(t, start, nounStart)
                && placedAfter(s, t, places,
                        levelAfter(t, complementEnd(t, headEnd, kind, true))))
                && !(start > 0 && isDay(dates.dateBefore(s, t, start, false)))) {
            return; // "a discussion", "the session": events only when held; but "the 47th
                    // Ordinary Session of the IGAD Council of Ministers held in ... on ..."
        }
        // complement after the noun: "meeting of the U.S.-EU Energy Council"
        boolean ofBody = (kind == EventKind.MEETING || kind == EventKind.SUMMIT
                || kind == EventKind.CONFERENCE || kind == EventKind.TALKS)
                && !lower.startsWith("group") && headEnd + 2 < t.size()
                && t.get(headEnd).is("of") && (t.get(headEnd + 1).isCapitalized()
                && t.get(headEnd + 1).isWord() || t.get(headEnd + 1).is("the")
                && t.get(headEnd + 2).isCapitalized() && t.get(headEnd + 2).isWord());
        if (start > 0 && !named && DEMONSTRATIVES.contains(t.get(start - 1).lower())) {
            return; // "this meeting": the statement's own
        }
        if (start > 0 && named && t.get(start - 1).is("this") && found.anyOfKind(kind)) {
            return; // "at this G20 summit", "this Japan-EU Summit Meeting": one named before
        }
        if (start > 0 && !named && !capitalized && kind == EventKind.MEETING
                && (t.get(start - 1).is("by") || t.get(start - 1).is("via"))) {
            return; // "met by videoconference": how they met, not another meeting
        }
        // "the fourth meeting" is the statement's own; "the next meeting", "the second
        // meeting in March" are to come
        String ordinal = start > 0 && !named && !ofBody && !counterpart && verb < 0
                && ORDINAL_WORDS.contains(t.get(start - 1).lower())
                ? t.get(start - 1).lower() : null;
        int end = complementEnd(t, headEnd, kind, capitalized || named || ofBody);
        int level = levelAfter(t, end);
        if (level > end && (kind == EventKind.MEETING || kind == EventKind.SUMMIT)) {
            if (t.get(end + 2).is("summit")) {
                kind = EventKind.SUMMIT; // "the 32nd Ordinary Session of the Council of the
            }                            // League of Arab States at the Summit Level"
            end = level;
        }
        if (end == headEnd && destination(t, headEnd, kind, places)) {
            int q = headEnd + 1;
            if (t.get(q).is("the")) {
                q++;
            }
            Mention m = places.startingAt(t.get(q).start());
            end = headEnd;
            while (end < t.size() && t.get(end).start() < m.end()) {
                end++; // "visit to Japan"
            }
        }
        if (end == headEnd && counterpart) {
            end = counterparts.objectEnd(text, t, headEnd + 1);
        }
        String name = text.substring(t.get(start).start(), t.get(end - 1).end());
        if (!named && !capitalized && habit(t, start, nounStart, h)) {
            return; // "regular consultations", "further talks": a habit, not an occasion
        }
        if (!named && !capitalized && needed(t, start)
                && dates.dateAfter(s, t, end, places) == null
                && dates.dateBefore(s, t, start) == null) {
            return; // "the need for effective dialogue between the EU and China": a wish
        }
        if (!named && !capitalized) {
            // an unnamed event counts with a date, a place or a participle
            boolean placed = dates.dateAfter(s, t, end, places) != null
                    || dates.dateBefore(s, t, start) != null
                    || locations.placeAfter(s, t, end, places) != null
                    || participleAfter(t, end) || capitalizedComplement(t, headEnd, end)
                    || held || destination(t, end, kind, places) || counterpart
                    || verb >= 0 || kind == EventKind.ANNIVERSARY
                    && dates.todayBefore(s, t, start).isPresent();
            if (!placed) {
                return;
            }
        }
        if (capitalized && !named && end == headEnd && !(verb >= 0
                && (GATHERING_VERBS.contains(t.get(verb).lower())
                || dates.dateAfter(s, t, end, places) != null))
                && !(kind != EventKind.OTHER && dates.dateBefore(s, t, start, false) != null)
                && !(apposedParticiple(t, end) && dates.dateAfter(s, t, end, places) != null)) {
            return; // "the Summit", "the annual Meeting": a reference; not "met for the
                    // first Summit between our three countries", "at last year's Summit", "the
                    // Summit, held on 14 January,"
        }
        // a named event that only frames another: "a future meeting of the DTT"; but "the
        // seventh ministerial meeting of the Trilateral Strategic Dialogue" counts its meetings
        if (!named && end > headEnd && t.get(headEnd).is("of") && !counted(t, start)) {
            int inner = headEnd + 1;
            if (inner < t.size() && t.get(inner).is("the")) {
                inner++;
            }
            if (inner < end && t.get(inner).isCapitalized()
                    && startsWithEventName(t, inner, end) && kind == EventKind.MEETING) {
                return;
            }
        }
        if ((lower.equals("group") || lower.equals("groups")) && end + 2 < t.size()
                && HOLDING_VERBS.contains(t.get(end).lower())
                && (t.get(end + 1).is("its") || t.get(end + 1).is("their"))) {
            return; // "the Joint Working Group held its third meeting": the meeting is the event
        }
        if ((named || capitalized) && kind == EventKind.CONFERENCE && !cop
                && dates.dateBefore(s, t, start) == null
                && dates.dateAfter(s, t, end, places) == null
                && body(t, places, start, end, verb)) {
            return; // "support for the Pacific Islands Forum", "the U.S. Conference of Mayors"
        }
        attach(s, t, places, new Named(noun, kind, start, end, verb, ordinal, name, named,
                capitalized));
    }

    /**
     * Whether an undated conference or forum is a standing body that the event noun only ends:
     * an organisation of the gazetteer ("Pacific Islands Forum", "ASEAN Regional Forum"), or a
     * conference of an unarticled plural ("U.S. Conference of Mayors", "Conference of Presidents
     * of Major American Jewish Organizations"); unless the text places a meeting there, "on the
     * margins of" it, or a verb convenes it. "A Pacific Islands Forum Leaders Meeting" and "the
     * 28th Conference of the Parties" are events.
     */
    private static boolean body(List<Token> t, Places places, int start, int end, int verb) {
        if (onMargins(t, start) || verb >= 0 && CONVENING_VERBS.contains(t.get(verb).lower())) {
            return false;
        }
        Mention m = places.startingAt(t.get(start).start());
        if (m != null && m.entity().type() == EntityType.ORGANIZATION
                && m.end() == t.get(end - 1).end()) {
            return true;
        }
        for (int k = start; k + 2 < end; k++) {
            if (t.get(k).is("Conference") && t.get(k).isCapitalized() && t.get(k + 1).is("of")
                    && t.get(k + 2).isCapitalized() && t.get(k + 2).isWord()
                    && !isFunctionWord(t.get(k + 2).lower())) {
                for (int q = start; q < k; q++) {
                    if (ORDINAL.matcher(t.get(q).text()).matches()
                            || ORDINAL_WORDS.contains(t.get(q).lower())
                            || t.get(q).lower().endsWith("th")
                            || Character.isDigit(t.get(q).text().charAt(0))) {
                        return false; // "the 15th Conference of Parties", "the Fifteenth Conference"
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an unnamed event is what something needs, not an occasion: "the need for
     * (effective) dialogue", "the importance of consultations".
     */
    private static boolean needed(List<Token> t, int start) {
        for (int k = start - 1; k >= 1 && k >= start - 2; k--) {
            String w = t.get(k).lower();
            if (w.equals("for") || w.equals("of")) {
                return NEED_WORDS.contains(t.get(k - 1).lower());
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized() || isFunctionWord(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a participle or a date follows a name: "..., held in Addis Ababa on 28th". */
    private boolean placedAfter(Sentence s, List<Token> t, Places places, int end) {
        if (end > 0 && isFunctionWord(t.get(end - 1).lower())) {
            return false; // a heading run into the next sentence: "... of the United Nations In"
        }
        return participleAfter(t, end) || dates.dateAfter(s, t, end, places) != null;
    }

    /** Whether a name counts its event by an ordinal word: "the Fourth World Conference". */
    private static boolean ordinalIn(List<Token> t, int start, int nounStart) {
        for (int k = start; k < nounStart; k++) {
            if (ORDINAL_WORDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a counting ordinal opens a name: "the seventh (ministerial) meeting". */
    private static boolean counted(List<Token> t, int start) {
        if (start == 0) {
            return false;
        }
        String w = t.get(start - 1).lower();
        return ORDINAL.matcher(w).matches() || ORDINAL_WORDS.contains(w) && !w.equals("next")
                && !w.equals("last") && !w.equals("latest") && !w.equals("previous")
                && !w.equals("same") && !w.equals("other") && !w.equals("such");
    }

    /** Where "eve" is in "on the eve of (the)" just before a name, or -1. */
    private static int eveOf(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && t.get(k).is("the")) {
            k--;
        }
        return k >= 1 && t.get(k).is("of") && t.get(k - 1).is("eve") ? k - 1 : -1;
    }

    /** The day after the last dated day of the sentence before {@code k}, or none. */
    private Optional<PartialDate> dayAfterDateBefore(Sentence s, List<Token> t, int k) {
        Optional<PartialDate> day = Optional.empty();
        for (TimeExpression e : times.in(s)) {
            if (e.end() <= t.get(k).start() && isDay(e)) {
                day = Optional.of(PartialDate.of(e.date().get().start().plusDays(1)));
            }
        }
        return day;
    }

    /** Whether a time expression gives a day: "the March 24, 2010 session". */
    private static boolean isDay(TimeExpression e) {
        return e != null && e.date().isPresent()
                && e.date().get().precision() == PartialDate.Precision.DAY
                && e.text().chars().anyMatch(Character::isDigit); // not "today's briefing"
    }

    /** Whether an event's name holds a year or a number: "the 2022 Summit". */
    private static boolean dated(List<Token> t, int start, int nounStart) {
        for (int k = start; k < nounStart; k++) {
            if (Character.isDigit(t.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event's name counts it by a numeral: "the 157th session", "47th Session". */
    private static boolean numbered(List<Token> t, int start, int nounStart) {
        for (int k = start; k < nounStart; k++) {
            if (ORDINAL.matcher(t.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a plural noun at {@code h} names a habit of meeting, by a word of
     * {@link EventWords#HABIT_WORDS} in or just before its name: "hold regular consultations",
     * "through frequent meetings at all levels".
     */
    private static boolean habit(List<Token> t, int start, int nounStart, int h) {
        if (!t.get(h).lower().endsWith("s")) {
            return false;
        }
        for (int k = Math.max(0, start - 1); k < nounStart; k++) {
            if (HABIT_WORDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date is more precise than another and within it: "April 22" of "this year". */
    private static boolean narrows(TimeExpression inner, TimeExpression outer) {
        if (inner.date().isEmpty() || outer.date().isEmpty()) {
            return false;
        }
        PartialDate in = inner.date().get();
        PartialDate out = outer.date().get();
        return in.precision().compareTo(out.precision()) > 0
                && !in.start().isBefore(out.start()) && !in.end().isAfter(out.end());
    }

    /**
     * Where the words after "was held" or "took place" start, when the event is the subject of
     * that verb a few words past its name and no other verb or event comes between, nor a verb
     * before the name; or -1.
     */
    private static int subjectHeldAt(List<Token> t, int start, int end) {
        for (int k = 0; k < start; k++) {
            if (EventNames.isFiniteVerb(t.get(k).lower())) {
                return -1; // "They noted that the meeting ..." is not the sentence's subject
            }
        }
        for (int k = end; k + 2 < t.size() && k < end + 20; k++) {
            Token x = t.get(k);
            String w = x.lower();
            if ((w.equals("was") || w.equals("were")) && (t.get(k + 1).is("held")
                    || t.get(k + 1).is("convened") || t.get(k + 1).is("conducted"))
                    || w.equals("took") && t.get(k + 1).is("place")) {
                return k + 2;
            }
            if (EventNames.isFiniteVerb(w) || w.equals(";") || w.equals("which")
                    || w.equals("that") || w.equals("who")
                    || x.isWord() && !x.isCapitalized() && EventWords.NOUNS.containsKey(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where "at the Summit Level", "at the Ministerial Level" after a name at {@code k} ends, the
     * level its session is held at; or {@code k}.
     */
    static int levelAfter(List<Token> t, int k) {
        if (k + 3 < t.size() && t.get(k).is("at") && t.get(k + 1).is("the")
                && t.get(k + 3).is("level") && (t.get(k + 2).is("summit")
                || t.get(k + 2).is("ministerial") || t.get(k + 2).is("leaders")
                || t.get(k + 2).is("ministers"))) {
            return k + 4;
        }
        return k;
    }

    /**
     * Whether "in (his|her|their) honour" or "in honour of" follows a noun within a few words:
     * a banquet or a dinner for a guest.
     */
    static boolean inHonour(List<Token> t, int k) {
        for (int q = k; q + 1 < t.size() && q < k + 8; q++) {
            if (t.get(q).text().equals(".") || t.get(q).text().equals(";")) {
                return false;
            }
            if (t.get(q).is("in") && (t.get(q + 1).is("honour") || t.get(q + 1).is("honor")
                    || q + 2 < t.size() && (t.get(q + 2).is("honour")
                    || t.get(q + 2).is("honor")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "via telephone", "by phone", "over the phone" follows a noun at {@code k}. */
    static boolean byTelephone(List<Token> t, int k) {
        if (k + 1 >= t.size() || !(t.get(k).is("via") || t.get(k).is("by")
                || t.get(k).is("over"))) {
            return false;
        }
        int q = t.get(k + 1).is("the") && k + 2 < t.size() ? k + 2 : k + 1;
        return t.get(q).is("telephone") || t.get(q).is("phone");
    }

    /** Whether a past participle follows the name after a comma: "the exercise, held in". */
    private static boolean apposedParticiple(List<Token> t, int end) {
        return end + 1 < t.size() && t.get(end).text().equals(",")
                && (t.get(end + 1).is("held") || t.get(end + 1).is("conducted")
                || t.get(end + 1).is("convened"));
    }

    /** Dates, places and states an event, and adds it unless its status rules it out. */
    private void attach(Sentence s, List<Token> t, Places places, Named n) {
        Token head = t.get(n.noun().head());
        String lower = head.lower();
        EventKind kind = n.kind();
        int start = n.start();
        int end = n.end();
        if (kind == EventKind.TALKS && byTelephone(t, n.noun().end())) {
            kind = EventKind.MEETING; // "held talks via telephone": a call
        }
        int verb = n.verb();
        String ordinal = n.ordinal();
        String name = n.name();
        boolean named = n.named();
        boolean capitalized = n.capitalized();
        TimeExpression before = dates.dateBefore(s, t, start);
        TimeExpression after = dates.dateAfter(s, t, end, places);
        if (before == null && after == null && verb >= 0 && end + 1 < t.size()
                && (t.get(end).is("with") || t.get(end).is("on") && lower.endsWith("call"))) {
            // past the counterpart of a meeting held: "held talks with his Indian counterpart
            // in New Delhi on Monday", "paid a courtesy call on the Prime Minister on 27 May"
            after = dates.dateAfter(s, t, counterparts.objectEnd(s.text(), t, end + 1), places);
        }
        // the subject of "was held" or "took place" past words its name left out: "The eighth
        // round of dialogue on South Asian security was held on February 1-2, 1999"
        int heldAt = subjectHeldAt(t, start, end);
        if (heldAt > 0 && before == null && after == null) {
            after = dates.dateAfter(s, t, heldAt, places);
        }
        Optional<PartialDate> date = Optional.empty();
        boolean narrowed = before != null && after != null && narrows(after, before);
        if (before != null && !narrowed) {
            date = before.date();
        } else if (after != null) {
            date = after.date(); // "this year's Climate Leaders' Summit on April 22"
        }
        String location = locations.placeAfter(s, t, end, places);
        if (location == null && heldAt > 0) {
            location = locations.placeAfter(s, t, heldAt, places);
        }
        if (location == null) {
            location = placeWithin(s, t, start, end, places, kind);
        }
        if (location == null && verb > 0 && t.get(verb - 1).is("to")
                && ATTEND_VERBS.contains(t.get(verb).lower())) {
            location = EventLocations.tripDestination(s, t, verb - 1, places); // "will travel
                                        // to Brussels on Monday to attend the NATO Summit"
        }
        // "Today, the President held a call with ...": the holding verb's time
        TimeExpression opening = date.isEmpty() && verb >= 0 ? dates.dateBeforeVerb(s, t, verb)
                : null;
        if (opening != null) {
            date = dates.byTense(opening, PAST_HOLDING_VERBS.contains(t.get(verb).lower()));
        }
        if (verb >= 0 && GATHERING_VERBS.contains(t.get(verb).lower())) {
            if (date.isEmpty()) {
                date = dates.dateBetween(s, t, verb, start); // "met in Jakarta on 11 July for"
            }
            for (int k = verb + 1; location == null && k + 1 < start; k++) {
                Mention m = t.get(k).is("in") ? places.startingAt(t.get(k + 1).start()) : null;
                if (m != null && m.entity().type() != EntityType.ORGANIZATION) {
                    location = EventLocations.placeText(s.text(), m); // "met in Hiroshima ... for"
                }
            }
        }
        if (date.isEmpty() && verb > 0 && t.get(verb).is("paying")
                && (t.get(verb - 1).is("is") || t.get(verb - 1).is("are"))) {
            date = times.anchor().map(PartialDate::of); // "is paying a visit": under way today
        }
        if (date.isEmpty() && kind == EventKind.ANNIVERSARY) {
            date = dates.todayBefore(s, t, start); // "Today marks the 30th anniversary of"
        }
        if (date.isEmpty() && onMargins(t, start)) {
            date = dates.dateOfClause(s, t, start); // "Today, ... met on the margins of the X"
        }
        if (date.isEmpty() && participleAfter(t, end)) {
            date = dates.openingDate(s, t, start); // "On 20 January, the first meeting of the
                                                   // Joint Committee was held in Hanoi"
        }
        if (date.isEmpty() && location == null && !meets(t, start, end)
                && (lower.equals("group") || lower.equals("groups"))) {
            return; // a body, not an event: "the Interagency Working Group"
        }
        int eve = eveOf(t, start);
        if (eve >= 0 && date.isEmpty()) {
            date = dayAfterDateBefore(s, t, eve); // "On 17 April 1998, on the eve of the
                                                  // Second Summit of the Americas": 18 April
        }
        EventStatus status = eve >= 0 ? EventStatus.PLANNED
                : statuses.status(s, t, start, end, date);
        TimeExpression dating = before != null ? before : after;
        if (status == EventStatus.UNKNOWN && dating != null && date.isPresent()) {
            status = EventStatuses.byDirection(dating.direction()); // "earlier this year"
        }
        boolean pastDated = date.isPresent() && times.anchor().isPresent()
                && date.get().end().isBefore(times.anchor().get());
        if (ordinal != null && !pastDated && (status != EventStatus.PLANNED
                || date.isEmpty() && !ordinal.equals("next"))) {
            return; // "the fourth meeting": the statement's own; not "their first meeting in
                    // November 2021"
        }
        boolean yearless = !narrowed && dates.yearless(s, date);
        EventStatus cued = yearless ? EventStatuses.cueNear(t, start, end) : null;
        if (cued == null && yearless && apposedParticiple(t, end)) {
            cued = EventStatus.HELD; // "the exercise, held from 22 to 26 June", said in January
        }
        if (before != null && yearless && EventDates.ownedBefore(t, before)) {
            status = EventStatus.HELD; // "in their September meeting", said in April
        } else if (cued != null) {
            status = cued; // "on hosting a successful G7 Summit in June", said in January
        }
        if (!narrowed) {
            date = dates.adjustYear(date, status, s); // "this year's" already gave the year
        }
        if (date.isEmpty() && status == EventStatus.HELD && s.paragraph() == 0
                && (start > 0 && followingAt(t, start)
                || dates.todayInParagraph(s) && participleAfter(t, end))) {
            // the occasion of the statement: "following a meeting ...", "has today ..."
            date = times.anchor().map(PartialDate::of);
        }
        String acronym = eventAcronyms.acronymFor(name, t, end).orElse(null);
        String rule = (named || capitalized ? "named event" : "unnamed event with a date,"
                + " place or participle") + " (noun \"" + head.text() + "\")";
        boolean occasion = !found.reported() && verb >= 0 && status == EventStatus.HELD
                && s.index() < 3 && PAST_HOLDING_VERBS.contains(t.get(verb).lower())
                && (kind == EventKind.MEETING || kind == EventKind.TALKS
                || kind == EventKind.SUMMIT);
        if (occasion) {
            if (date.isEmpty() && dates.mentionsToday(s)) {
                date = times.anchor().map(PartialDate::of);
            }
            rule = "\"" + t.get(verb).text() + "\" with its object: the " + head.lower()
                    + " the statement reports";
        }
        if (location != null && kind != EventKind.VISIT && locations.isRegion(location)) {
            location = null; // "the Summit of the Americas", "the U.S.-Africa Leaders
                             // Summit", "cooperation in the Indo-Pacific": a named event is
                             // held in a city or a state, not in a region it names
        }
        takenFrom = t.get(start).start();
        takenTo = t.get(end - 1).end();
        boolean added = found.add(name, acronym, kind, date, Optional.ofNullable(location),
                status, s, rule);
        if (added && (kind == EventKind.MEETING || kind == EventKind.TALKS)
                && n.noun().end() < end && t.get(n.noun().end()).is("of")) {
            bodyFrom = t.get(n.noun().end()).end();
            bodyTo = t.get(end - 1).end();
        }
        if (occasion && added) {
            found.markLastOccasion();
            found.markReported();
        }
    }
}
