package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventDates.datesAnEvent;
import static io.github.jointstatements.parsers.analysis.EventLocations.modifies;
import static io.github.jointstatements.parsers.analysis.EventLocations.placeText;
import static io.github.jointstatements.parsers.analysis.EventNames.withoutParentheses;
import static io.github.jointstatements.parsers.analysis.EventWords.ADVERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.CALENDAR_WORDS;
import static io.github.jointstatements.parsers.analysis.EventWords.MAX_MODIFIERS;
import static io.github.jointstatements.parsers.analysis.EventWords.MEET_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.MODIFIERS;
import static io.github.jointstatements.parsers.analysis.EventWords.NOUNS;
import static io.github.jointstatements.parsers.analysis.EventWords.ORDINAL;
import static io.github.jointstatements.parsers.analysis.EventWords.ORDINAL_WORDS;
import static io.github.jointstatements.parsers.analysis.EventWords.isFunctionWord;
import static io.github.jointstatements.parsers.analysis.EventWords.lastWord;
import static io.github.jointstatements.parsers.analysis.EventWords.past;

import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The meeting a readout reports, from its verb and subject: "X met (with) Y", "X spoke with Y",
 * "X called Y", "X hosted Y for a bilateral meeting", "X received a call from Y", "X will meet
 * in Europe". One per statement; not thread-safe.
 */
final class ReportedMeetings {

    /** Verbs that plan a meeting in "agreed to meet again in Washington". */
    private static final Set<String> PLANNING_VERBS = Set.of("agreed", "agree", "decided",
            "decide", "intend", "intends", "plan", "plans", "planned", "resolved", "committed",
            "expect", "expects", "expected", "scheduled", "set");

    /**
     * The verbs of {@link #MEET_VERBS} whose object is the counterpart itself, a person: "called
     * Prime Minister Kishida", "welcomed Chancellor Scholz to the White House", "received the
     * Foreign Minister of Japan"; with any other object they report no meeting.
     */
    private static final Set<String> DIRECT_VERBS = Set.of("called", "welcomed", "welcome",
            "welcomes", "hosted", "host", "hosts", "received", "receive", "receives");

    /** Words that put an event named after a meeting's verb later than the meeting. */
    private static final Set<String> UPCOMING_WORDS = Set.of("upcoming", "forthcoming", "next",
            "scheduled", "slated", "planned");

    private final TimeIndex times;
    private final References refs;
    private final EventDates dates;
    private final EventStatuses statuses;
    private final Counterparts counterparts;
    private final FoundEvents found;
    /** Where the event noun a reported meeting named starts in the current sentence, or -1. */
    private int claimed = -1;

    ReportedMeetings(TimeIndex times, References refs, EventDates dates, EventStatuses statuses,
            Counterparts counterparts, FoundEvents found) {
        this.times = times;
        this.refs = refs;
        this.dates = dates;
        this.statuses = statuses;
        this.counterparts = counterparts;
        this.found = found;
    }

    /** Returns where the event noun the last sentence's reported meeting named starts, or -1. */
    int claimed() {
        return claimed;
    }

    /** "X met (with) Y", "X spoke with Y", "X will meet in Europe": a meeting of the parties. */
    boolean meeting(Sentence s, List<Token> t, Places places, String titleName) {
        claimed = -1;
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).lower();
            String noun = MEET_VERBS.get(w);
            if (noun == null) {
                continue;
            }
            String previous = t.get(i - 1).lower();
            if (previous.equals("be") || previous.equals("been") || previous.equals("was")
                    || previous.equals("were") || previous.equals("is") || previous.equals("are")
                    || previous.equals("to") || previous.equals("ends")) {
                continue; // "will be met with a swift response", "to meet the needs", "make
                          // ends meet"
            }
            int start = subjectStart(t, i);
            int subjectEnd = subjectEnd(t, start, i);
            int aside = -1;
            if (start > 1 && (subjectEnd <= start || asideOpener(t.get(start)))
                    && t.get(i - 1).text().equals(",") && t.get(start - 1).text().equals(",")) {
                // "King Abdullah, accompanied by the Crown Prince, in Riyadh on Monday, met
                // with": asides set off by commas between the subject and its verb
                aside = start;
                subjectEnd = start - 1;
                start = 0;
            }
            if (subjectEnd <= start) {
                continue;
            }
            String subject = s.text().substring(t.get(start).start(),
                    t.get(subjectEnd - 1).end());
            boolean pronoun = subjectEnd - start == 1 && (t.get(start).is("they")
                    || t.get(start).is("we") || t.get(start).is("i") || t.get(start).is("he")
                    || t.get(start).is("she"));
            if (!pronoun && (!t.get(start).isWord() || !t.get(start).isCapitalized()
                    && isFunctionWord(t.get(start).lower()) && !t.get(start).is("the"))) {
                continue; // "and met", "which met": no subject of its own
            }
            if (!pronoun && !isNounPhrase(t, start, subjectEnd)
                    && refs.resolve(refs.words(s.text()), start, subjectEnd) == null) {
                continue; // "The Vice President shared actions ... and spoke"
            }
            boolean future = t.get(i - 1).is("will") || w.equals("meet") && i > 1
                    && t.get(i - 2).is("will");
            boolean call = noun.equals("call");
            boolean direct = DIRECT_VERBS.contains(w);
            EventKind kind = EventKind.MEETING;
            // skip an opening time word: "Today Vice President Harris spoke with ..."
            while (start < subjectEnd - 1 && (t.get(start).is("today")
                    || t.get(start).is("yesterday") || t.get(start).is("tonight")
                    || t.get(start).is("and") || t.get(start).is("but"))) {
                start++;
                subject = s.text().substring(t.get(start).start(),
                        t.get(subjectEnd - 1).end());
            }
            // the counterpart: "met (on January 26-27) with <person>", "met <person>"
            int j = i + 1;
            int with = -1;
            if (direct) {
                // "called Prime Minister Kishida", "received a call from President Sisi"
                while (j < t.size() && ADVERBS.contains(t.get(j).lower())) {
                    j++;
                }
                int from = Counterparts.callFrom(t, j);
                if (from > 0) {
                    // the call's noun is this meeting's: "received a telephone call from"
                    claimed = t.get(from - 2).start();
                    j = from;
                    call = true;
                    noun = "call";
                }
                if (!counterparts.counterpartAt(s, t, j)) {
                    continue; // "welcomed the announcement", "called for restraint"
                }
                with = j - 1;
            }
            for (int k = j; with < 0 && k < Math.min(t.size(), j + 10); k++) {
                Token x = t.get(k);
                if (x.is("with") || call && x.is("to") && counterparts.counterpartAt(s, t, k + 1)) {
                    with = k; // "spoke with", "spoke today to President Zelenskyy"
                    break;
                }
                if (x.text().equals(",") || x.text().equals(";") || x.text().equals(".")
                        || x.isWord() && !x.isCapitalized() && !isTimeOrPlaceWord(x)) {
                    break;
                }
            }
            boolean singular = pronoun && !t.get(start).is("they") && !t.get(start).is("we");
            if (singular && with < 0 && !direct) {
                continue; // "she met 14 presidents", "he spoke of renewal": no meeting named
            }
            if (call && with < 0 && (singular || !(w.equals("spoke") || w.equals("talked")
                    || future))
                    || call && with < 0 && !pronoun
                    && !counterparts.twoOrMore(s, t, start, subjectEnd)) {
                continue; // "spoke about", "spoke at": not a call; "A and B spoke" is one
            }
            if ((w.equals("meet") || w.equals("meets")) && with < 0 && j + 1 < t.size()
                    && t.get(j).is("the") && !t.get(j + 1).isCapitalized()) {
                continue; // "help Ukraine meet the critical needs of its citizens"
            }
            if (with < 0 && occasionAfter(t, j)) {
                continue; // "we met for the third Quad Leaders' Summit": the summit is the event
            }
            String name;
            int objectEnd = j;
            int placeFrom = -1;
            if (with >= 0) {
                objectEnd = counterparts.objectEnd(s.text(), t, with + 1);
                if (objectEnd <= with + 1) {
                    continue;
                }
                String counterpart = s.text().substring(t.get(with + 1).start(),
                        t.get(objectEnd - 1).end());
                String purpose = direct ? purposeAfter(s, t, objectEnd) : null;
                if (purpose != null) {
                    kind = NOUNS.get(lastWord(purpose));
                    placeFrom = past(t, objectEnd, claimed + 1); // "for a summit at Camp David"
                }
                if (kind == EventKind.VISIT) {
                    name = purpose; // "hosted X for an Official Working Visit"
                } else {
                    name = (purpose != null ? purpose : noun) + " with " + counterpart;
                }
            } else if (!call && j < t.size() && (t.get(j).is("the") || t.get(j).isCapitalized())
                    && (places.startingAt(t.get(j).start()) == null
                    || counterparts.counterpartAt(s, t, j))
                    && counterparts.objectEnd(s.text(), t, j) > j) {
                // "met Prime Minister Kishida", "met German Chancellor Olaf Scholz"; not "met
                // in Paris", nor "met At the invitation of ...": a capital that opens no object
                objectEnd = counterparts.objectEnd(s.text(), t, j);
                name = noun + " with " + s.text().substring(t.get(j).start(),
                        t.get(objectEnd - 1).end());
            } else if (pronoun) {
                name = noun;
            } else if (eventSubject(t, start, subjectEnd) >= 0) {
                // "The Extraordinary Summit of SADC Heads of State and Government met in
                // Sandton": the subject is the event
                int head = eventSubject(t, start, subjectEnd);
                kind = NOUNS.get(t.get(head).lower());
                name = eventName(s, t, start, subjectEnd);
            } else {
                name = noun + " of " + withoutParentheses(subject).replaceAll("[,;:]+$", "");
            }
            String location = call ? null
                    : placeAfter(s, t, places, i, objectEnd, placeFrom, direct);
            for (int k = aside; location == null && !call && k > 0 && k + 1 < i; k++) {
                Mention m = t.get(k).is("in") && t.get(k - 1).text().equals(",")
                        ? places.startingAt(t.get(k + 1).start()) : null;
                if (m != null && m.entity().type() != EntityType.ORGANIZATION) {
                    location = placeText(s.text(), m); // "..., in Riyadh on Monday, met with"
                }
            }
            if (pronoun && location != null && with < 0) {
                name = name + " in " + location;
            }
            if (titleName != null && !future) {
                name = titleName;
            }
            add(s, t, i, w, noun, kind, name, location, future);
            return !future;
        }
        return false;
    }

    /**
     * A meeting the parties agree or plan to hold, placed by a date or a place after its verb:
     * "agreed to meet again in Washington in January 2024", "intend to meet again before the end
     * of 2023"; not "agreed to meet regularly", "to meet the needs of".
     */
    void meetAgain(Sentence s, List<Token> t, Places places) {
        for (int i = 2; i < t.size(); i++) {
            if (!(t.get(i).is("meet") && t.get(i - 1).is("to")
                    && PLANNING_VERBS.contains(t.get(i - 2).lower()))) {
                continue;
            }
            int k = i + 1;
            while (k < t.size() && (t.get(k).is("again") || t.get(k).is("soon")
                    || t.get(k).is("in-person") || t.get(k).is("in") && k + 1 < t.size()
                    && t.get(k + 1).is("person"))) {
                k += t.get(k).is("in") ? 2 : 1;
            }
            boolean again = k > i + 1;
            if (!again && k < t.size() && (t.get(k).is("during") || t.get(k).is("in")
                    || t.get(k).is("by") || t.get(k).is("before"))) {
                again = datedAt(s, t, k); // "agreed to meet during the third quarter of 2012"
            }
            if (!again || k >= t.size() || occasionAfter(t, k)) {
                continue; // "to meet regularly", "to meet the needs": no meeting of its own;
                          // "to meet again at the upcoming G7 Summit": the summit is the event
            }
            String location = placeAfter(s, t, places, i, k, -1, false);
            int clauseEnd = k;
            while (clauseEnd < t.size() && !t.get(clauseEnd).text().equals(";")
                    && !t.get(clauseEnd).text().equals(".") && !t.get(clauseEnd).is("and")
                    && !t.get(clauseEnd).is("to")) {
                clauseEnd++;
            }
            Optional<PartialDate> date = Optional.empty();
            int from = t.get(k).start();
            int to = clauseEnd < t.size() ? t.get(clauseEnd).start() : s.text().length();
            for (TimeExpression e : times.in(s)) {
                if (e.start() >= from && e.end() <= to && e.date().isPresent()) {
                    date = dates.byTense(e, false);
                    break;
                }
            }
            if (date.isEmpty() && location == null) {
                continue;
            }
            date = dates.adjustYear(date, EventStatus.PLANNED, s);
            found.add(location == null ? "meeting" : "meeting in " + location, null,
                    EventKind.MEETING, date, Optional.ofNullable(location), EventStatus.PLANNED,
                    s, "\"" + t.get(i - 2).text() + " to meet again\": the meeting planned");
        }
    }

    /**
     * Where the capitalised event noun of a subject that names an event is ("the Fifth
     * Ministerial Meeting of the Asian and Pacific Council, comprising ..."), before its first
     * comma; or -1.
     */
    private static int eventSubject(List<Token> t, int start, int end) {
        for (int k = start; k < end && !t.get(k).text().equals(","); k++) {
            Token x = t.get(k);
            if (x.isWord() && x.isCapitalized() && k > start && NOUNS.containsKey(x.lower())
                    && NOUNS.get(x.lower()) != EventKind.OTHER
                    && (k + 1 >= end || !t.get(k + 1).isCapitalized())) {
                return k; // the noun heads the name: not "a Drill Sergeant"
            }
        }
        return -1;
    }

    /**
     * The name of an event that is a subject, without a list's number, its article and what
     * follows its first comma: "1. The Extraordinary Summit of SADC Heads of State".
     */
    private static String eventName(Sentence s, List<Token> t, int start, int end) {
        int from = start;
        while (from < end - 1 && (Character.isDigit(t.get(from).text().charAt(0))
                || t.get(from).text().equals(".") || t.get(from).text().equals(")")
                || t.get(from).text().equals("("))) {
            from++;
        }
        if (t.get(from).is("the") && from + 1 < end) {
            from++;
        }
        int to = from;
        while (to < end && !t.get(to).text().equals(",")) {
            to++;
        }
        return withoutParentheses(s.text().substring(t.get(from).start(), t.get(to - 1).end()));
    }

    /** Whether a time expression with a date starts within two words after {@code k}. */
    private boolean datedAt(Sentence s, List<Token> t, int k) {
        int from = t.get(k).end();
        int to = k + 3 < t.size() ? t.get(k + 3).end() : s.text().length();
        for (TimeExpression e : times.in(s)) {
            if (e.date().isPresent() && e.start() >= from && e.start() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word opens an aside between a subject and its verb, not a subject: a participle
     * ("accompanied by"), a preposition of place or time ("in Riyadh on Monday").
     */
    private static boolean asideOpener(Token x) {
        String w = x.lower();
        return !x.isCapitalized() && (w.endsWith("ed") || w.equals("in") || w.equals("at")
                || w.equals("on") || w.equals("during") || w.equals("together"));
    }

    /** Returns where a meeting's subject starts: the sentence's start or its introductory comma. */
    private static int subjectStart(List<Token> t, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            if (t.get(k).text().equals(",") && k + 1 < verb
                    && !t.get(k + 1).is("and") && clauseStart(t, k)) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Returns where a meeting's subject ends, before "will", "also", "today", "have". */
    private static int subjectEnd(List<Token> t, int start, int verb) {
        int subjectEnd = verb;
        while (subjectEnd > start && (t.get(subjectEnd - 1).is("will")
                || t.get(subjectEnd - 1).is("also") || t.get(subjectEnd - 1).is("today")
                || t.get(subjectEnd - 1).is("have") || t.get(subjectEnd - 1).is("had"))) {
            subjectEnd--;
        }
        return subjectEnd;
    }

    /**
     * Returns where a meeting took place: "in"/"at" a place after its verb and counterpart,
     * past a purpose that ends at {@code placeFrom} ("for a summit at Camp David"), or where a
     * host welcomed a guest "to"; or null.
     */
    private static String placeAfter(Sentence s, List<Token> t, Places places, int i,
            int objectEnd, int placeFrom, boolean direct) {
        for (int k = Math.max(i + 1, objectEnd); k + 1 < t.size()
                && k < Math.max(objectEnd, placeFrom) + 20; k++) {
            Token x = t.get(k);
            if (x.is("for") && k < placeFrom) {
                k = placeFrom - 1; // over the purpose: "for a summit at Camp David"
                continue;
            }
            if (x.text().equals(";") || x.text().equals(".") || x.is("to") && k > objectEnd
                    || x.is("for") || x.is("by") || x.is("which") || x.is("that")) {
                break;
            }
            if (x.is("in") || x.is("at") || direct && x.is("to") && k == objectEnd) {
                Mention m = places.startingAt(t.get(k + 1).start());
                if (m == null && t.get(k + 1).is("the") && k + 2 < t.size()) {
                    m = places.startingAt(t.get(k + 2).start());
                }
                if (m != null && m.entity().type() != EntityType.ORGANIZATION
                        && !modifies(s.text(), m)) {
                    return placeText(s.text(), m);
                }
                String town = m == null && x.is("in")
                        ? EventLocations.townOfCountry(s, t, k + 1, places) : null;
                if (town != null) {
                    return town; // "met in Sandton, Republic of South Africa, on 20 June"
                }
            }
        }
        return null;
    }

    /** Dates and states the meeting a verb reports, and adds it. */
    private void add(Sentence s, List<Token> t, int verb, String w, String noun, EventKind kind,
            String name, String location, boolean future) {
        Optional<PartialDate> date = Optional.empty();
        for (TimeExpression e : times.in(s)) {
            if (e.date().isPresent() && !datesAnEvent(s.text(), e)
                    && !otherEventBefore(t, verb, e)) {
                date = dates.byTense(e, !future);
                break;
            }
        }
        EventStatus status;
        if (future) {
            status = EventStatus.PLANNED;
        } else if (w.endsWith("ed") || w.equals("met") || w.equals("spoke")) {
            status = EventStatus.HELD; // "met on June 22", said in January: last June
        } else {
            status = statuses.statusFromDate(date).orElse(EventStatus.HELD);
        }
        date = dates.adjustYear(date, status, s);
        if (date.isEmpty() && !future && s.index() < 4) {
            date = times.anchor().filter(a -> dates.mentionsToday(s)).map(PartialDate::of);
        }
        found.add(name, null, kind, date, Optional.ofNullable(location), status, s,
                "\"" + w + "\" with its subject: the " + noun + " " + (future ? "planned"
                        : "the statement reports"));
        if (!future) {
            found.markLastOccasion();
        }
    }

    /**
     * Whether another event, one to come, is named between a meeting's verb and a time
     * expression, whose date it is: "met ... to discuss the upcoming summit scheduled for 20 -
     * 21 May in Chicago".
     */
    private boolean otherEventBefore(List<Token> t, int verb, TimeExpression e) {
        boolean other = false;
        boolean toCome = false;
        for (int k = verb + 1; k < t.size() && t.get(k).start() < e.start(); k++) {
            if (t.get(k).start() == claimed) {
                continue; // the meeting's own purpose: "hosted X for a summit on August 18"
            }
            EventKind kind = NOUNS.get(t.get(k).lower());
            other |= kind != null && kind != EventKind.MEETING && kind != EventKind.OTHER;
            toCome |= UPCOMING_WORDS.contains(t.get(k).lower());
        }
        return other && toCome; // but "met in the margins of the G7 summit in Carbis Bay on
                                // 12 June", "will host X for a State Visit on December 1"
    }

    /** Whether a word belongs to a date between a verb and its occasion: "last week", "on 8 May". */
    private static boolean isTimeWord(Token x) {
        String w = x.lower();
        return CALENDAR_WORDS.contains(w) || Character.isDigit(w.charAt(0)) || switch (w) {
            case "on", "last", "this", "week", "weekend", "month", "morning", "afternoon",
                 "evening", "earlier" -> true;
            default -> false;
        };
    }

    /** Whether a gathering's occasion follows: "(met) for the third Quad Leaders' Summit". */
    private static boolean occasionAfter(List<Token> t, int j) {
        int k = j;
        while (k < t.size() && (ADVERBS.contains(t.get(k).lower()) || t.get(k).is("here")
                || isTimeWord(t.get(k)) || t.get(k).text().equals(",") && k > j
                || t.get(k).is("in") && k + 1 < t.size() && t.get(k + 1).isCapitalized()
                || t.get(k).isCapitalized() && t.get(k).isWord() && k > j
                && (t.get(k - 1).is("in") || t.get(k - 1).text().equals(",")
                || t.get(k - 1).isCapitalized() || t.get(k - 1).is("the"))
                || t.get(k).is("the") && k > j && t.get(k - 1).text().equals(",")
                && k + 1 < t.size() && t.get(k + 1).isCapitalized()
                || t.get(k).is("of") && k > j && t.get(k - 1).isCapitalized()
                && k + 1 < t.size() && t.get(k + 1).isCapitalized())) {
                 // "met in Manila, the Philippines, on August 7", "in Lima, the Republic of
                 // Peru, on"
            k++; // "met last week at the G20 Summit", "met on Monday at", "met in Jakarta,
                 // Indonesia, on 11 July for the 56th ASEAN Foreign Ministers' Meeting"
        }
        if (k + 1 >= t.size() || !(t.get(k).is("for") || t.get(k).is("at"))) {
            return false;
        }
        boolean counted = false;
        for (int q = k + 1; q < t.size() && q < k + 10; q++) {
            Token x = t.get(q);
            String w = x.lower();
            EventKind kind = NOUNS.get(w);
            if (kind != null && q + 1 < t.size() && NOUNS.containsKey(t.get(q + 1).lower())) {
                continue; // "ministerial meeting": the first noun modifies the second
            }
            if (kind != null) {
                // "met for the third Quad Leaders' Summit", "met ... for the 56th ASEAN Foreign
                // Ministers' Meeting", "for the seventh ministerial meeting of the Trilateral
                // Strategic Dialogue"; not "met at a meeting with"
                return kind != EventKind.MEETING && kind != EventKind.OTHER
                        || kind == EventKind.MEETING && (x.isCapitalized() || counted
                        && q + 2 < t.size() && t.get(q + 1).is("of")
                        && (t.get(q + 2).isCapitalized() || t.get(q + 2).is("the")));
            }
            counted |= ORDINAL_WORDS.contains(w) || ORDINAL.matcher(w).matches();
            if (!(x.isPossessive() || x.isWord() && (x.isCapitalized() || w.equals("the")
                    || w.equals("a") || w.equals("an") || ORDINAL_WORDS.contains(w)
                    || w.equals("upcoming") || w.equals("forthcoming")
                    || MODIFIERS.contains(w) || w.endsWith("-level")
                    || ORDINAL.matcher(w).matches()))) {
                return false; // "met at the White House during a visit": a place first
            }
        }
        return false;
    }

    /**
     * Returns what a host received the counterpart for, up to the end of its event noun:
     * "hosted President X for a virtual bilateral meeting"; or null.
     */
    private String purposeAfter(Sentence s, List<Token> t, int from) {
        for (int k = from; k + 1 < t.size() && k < from + 24; k++) {
            Token x = t.get(k);
            if (x.text().equals(";") || x.text().equals(".") || x.is("which") || x.is("that")
                    || x.is("who")) {
                return null;
            }
            if (!x.is("for")) {
                continue;
            }
            int q = k + 1;
            if (t.get(q).is("a") || t.get(q).is("an") || t.get(q).is("their")) {
                q++;
            }
            int e = q;
            while (e < t.size() && e < q + MAX_MODIFIERS) {
                if (NOUNS.containsKey(t.get(e).lower()) && e + 1 < t.size()
                        && !MODIFIERS.contains(t.get(e + 1).lower())
                        && !NOUNS.containsKey(t.get(e + 1).lower())) {
                    break; // "summit" ends "a summit at", goes on in "a summit meeting"
                }
                if (MODIFIERS.contains(t.get(e).lower()) || t.get(e).lower().endsWith("-level")
                        || e > q && t.get(e).isPossessive()) {
                    e++;
                } else if (e > q && e + 1 < t.size() && t.get(e).isWord()
                        && t.get(e + 1).isPossessive()) {
                    e += 2; // "a trilateral leaders' summit"
                } else {
                    break;
                }
            }
            if (e < t.size() && NOUNS.containsKey(t.get(e).lower()) && e + 1 < t.size()
                    && !NOUNS.containsKey(t.get(e).lower() + " " + t.get(e + 1).lower())) {
                claimed = t.get(e).start();
                return s.text().substring(t.get(q).start(), t.get(e).end());
            }
            return null;
        }
        return null;
    }

    /** Whether tokens read as a noun phrase: short, and no verb among their lower-case words. */
    private static boolean isNounPhrase(List<Token> t, int from, int to) {
        if (to - from > 30) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String w = x.lower();
            if (!x.isCapitalized() && x.isWord() && (w.endsWith("ed") || w.equals("is")
                    || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("has")
                    || w.equals("have") || w.equals("had") || w.equals("will")
                    || w.equals("would") || w.equals("that") || w.equals("which")
                    || w.equals("to") && k + 1 < to && !t.get(k + 1).isCapitalized()
                    && !t.get(k + 1).is("the") && !t.get(k + 1).is("a")
                    || w.equals("may") || w.equals("might")
                    || w.equals("can") || w.equals("could") || w.equals("should")
                    || w.equals("must") || w.equals("shall") || w.equals("intend"))) {
                return false; // "The Participants intend to meet ... or may meet"
            }
        }
        return true;
    }

    private static boolean isTimeOrPlaceWord(Token x) {
        if (Character.isDigit(x.text().charAt(0))) {
            return true;
        }
        return switch (x.lower()) {
            case "on", "in", "at", "today", "yesterday", "virtually", "again", "separately",
                 "by", "phone", "telephone", "video", "videoconference", "over",
                 "this", "morning", "afternoon", "evening", "week", "the", "and", "of",
                 "also", "briefly", "privately", "jointly", "margins", "sidelines" -> true;
            default -> false;
        };
    }

    private static boolean clauseStart(List<Token> t, int comma) {
        // an introductory phrase ends at the first comma outside parentheses: "Today, the
        // ministers of the Five Eyes (Australia, Canada ...) met"
        int depth = 0;
        for (int k = 0; k < comma; k++) {
            String w = t.get(k).text();
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (w.equals(",") && depth == 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
