package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventDates.datesAnEvent;
import static io.github.jointstatements.parsers.analysis.EventLocations.modifies;
import static io.github.jointstatements.parsers.analysis.EventLocations.placeText;
import static io.github.jointstatements.parsers.analysis.EventWords.ADVERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.TRAVEL_VERBS;
import static io.github.jointstatements.parsers.analysis.EventWords.VISIT_VERBS;

import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's trip to a place: "The President and First Lady will travel to Maui on Monday,
 * August 21", "Mr. Sullivan traveled to Jeddah, Saudi Arabia on July 27"; not "Americans who
 * travel to", "visa-free travel to". One per statement; not thread-safe.
 */
final class Trips {

    /** Verbs of the present or the future before "to travel": "is scheduled to travel to". */
    private static final Set<String> PLAN_VERBS = Set.of("scheduled", "expected", "set",
            "plans", "planning", "plan", "intends");

    /** Verbs whose object is invited to travel: "invited President Lula to visit". */
    private static final Set<String> INVITING_VERBS = Set.of("invited", "invites", "invite",
            "inviting");

    private final TimeIndex times;
    private final EventDates dates;
    private final EventStatuses statuses;
    private final Counterparts counterparts;
    private final FoundEvents found;

    Trips(TimeIndex times, EventDates dates, EventStatuses statuses, Counterparts counterparts,
            FoundEvents found) {
        this.times = times;
        this.dates = dates;
        this.statuses = statuses;
        this.counterparts = counterparts;
        this.found = found;
    }

    /**
     * Returns where the guest ends in "invited &lt;person&gt;[,] to", the "to" at {@code to};
     * or -1.
     */
    private int invitedGuestEnd(Sentence s, List<Token> t, int to) {
        int end = to - 1;
        if (end > 0 && t.get(end).text().equals(",")) {
            end--;
        }
        if (end < 1 || !counterparts.personEndsAt(s, t.get(end))) {
            return -1;
        }
        for (int k = end - 1; k >= 0 && k >= end - 12; k--) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(".")) {
                return -1;
            }
            if (INVITING_VERBS.contains(w)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * A person's trip to a place: "The President and First Lady will travel to Maui on Monday,
     * August 21", "Mr. Sullivan traveled to Jeddah, Saudi Arabia on July 27", "Today, President
     * Biden is traveling to Selma", "The Vice President will visit Japan next week"; not
     * "Americans who travel to", "visa-free travel to", "those who visit Japan".
     */
    void travel(Sentence s, List<Token> t, Places places) {
        for (int i = 1; i + 1 < t.size(); i++) {
            String w = t.get(i).lower();
            boolean visit = VISIT_VERBS.contains(w);
            if (!visit && !(TRAVEL_VERBS.contains(w) && i + 2 < t.size()
                    && t.get(i + 1).is("to"))) {
                continue;
            }
            int q = visit ? i + 1 : i + 2;
            Mention m = places.startingAt(t.get(q).start());
            if (m == null && t.get(q).is("the") && q + 1 < t.size()) {
                m = places.startingAt(t.get(q + 1).start());
            }
            String place;
            if (visit && m != null && modifies(s.text(), m)) {
                continue; // "will visit the Wisconsin Black Chamber of Commerce": not the state
            }
            if (m != null && m.entity().type() != EntityType.ORGANIZATION) {
                place = placeText(s.text(), m);
            } else if (m == null && t.get(q).isWord() && t.get(q).isCapitalized()
                    && q + 2 < t.size() && t.get(q + 1).text().equals(",")
                    && places.startingAt(t.get(q + 2).start()) != null) {
                place = t.get(q).text(); // a town of a known state: "Selma, Alabama"
            } else {
                continue;
            }
            // the verb group and its subject: "will (also) travel", "is traveling", "traveled"
            int k = i - 1;
            boolean future = false;
            if (t.get(k).is("to")) {
                int guest = invitedGuestEnd(s, t, k);
                if (guest >= 0) {
                    future = true; // "invited President Lula to visit Washington"
                    k = guest;
                } else if (k == 0 || !PLAN_VERBS.contains(t.get(k - 1).lower())) {
                    continue; // "to travel to": a purpose or a wish
                } else {
                    future = true;
                    k -= 2;
                }
            }
            while (k >= 0 && (ADVERBS.contains(t.get(k).lower()) || t.get(k).is("then")
                    || t.get(k).is("will") || t.get(k).is("is") || t.get(k).is("are")
                    || t.get(k).is("be"))) {
                future |= t.get(k).is("will");
                k--;
            }
            if ((w.equals("travel") || w.equals("visit")) && !future) {
                continue; // "those who travel to": no one's trip
            }
            if (k < 0 || !(counterparts.personEndsAt(s, t.get(k)) || t.get(k).is("he")
                    || t.get(k).is("she") || t.get(k).is("we"))) {
                continue; // a person travels: "President Biden", "the Vice President", "he";
                          // not "330,000 Peruvians traveled to the United States"
            }
            Optional<PartialDate> date = Optional.empty();
            for (TimeExpression e : times.in(s)) {
                if (e.date().isPresent() && !datesAnEvent(s.text(), e)) {
                    date = dates.byTense(e, !future);
                    break;
                }
            }
            EventStatus status = future ? EventStatus.PLANNED
                    : w.endsWith("ed") ? EventStatus.HELD // "visited", "traveled"
                    : statuses.statusFromDate(date).orElse(EventStatus.HELD);
            if (!future) {
                date = dates.adjustYear(date, status, s);
            }
            found.add((visit ? "visit to " : "trip to ") + place, null, EventKind.VISIT, date,
                    Optional.of(place), status, s, "\"" + t.get(i).text()
                    + (visit ? "\" a place" : " to\" a place") + ": a trip of a named person");
        }
    }
}
