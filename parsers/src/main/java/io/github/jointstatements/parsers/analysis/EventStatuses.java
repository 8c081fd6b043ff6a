package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventWords.CUES;

import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An event's status: from its date against the statement's ("held" before or on it, "planned"
 * after it), else from the nearest cue in its clause ("upcoming", "was held", "to be held"),
 * else from a pledge that brings it, else from the tense of the sentence. One per statement;
 * thread-safe once built.
 */
final class EventStatuses {

    /** Words before "a successful &lt;event&gt;" that wish for one to come. */
    private static final Set<String> WISHING_WORDS = Set.of("to", "for", "toward", "towards",
            "ensure", "ensuring", "support", "supporting", "wish", "wishes", "secure");

    private final TimeIndex times;
    private final Map<Integer, Integer> pledgeVerbs;

    EventStatuses(TimeIndex times, Map<Integer, Integer> pledgeVerbs) {
        this.times = times;
        this.pledgeVerbs = pledgeVerbs;
    }

    EventStatus status(Sentence s, List<Token> t, int start, int end,
            Optional<PartialDate> date) {
        Optional<EventStatus> byDate = statusFromDate(date);
        if (byDate.isPresent()) {
            return byDate.get();
        }
        EventStatus cued = cueNear(t, start, end);
        if (cued != null) {
            return cued;
        }
        // an unnamed event a pledge brings ("including through a call between ...") is to come;
        // a named one may be past ("we will build on the Japan-Ukraine Conference")
        Integer verb = pledgeVerbs.get(s.index());
        if (verb != null && t.get(start).start() > verb
                && (!t.get(start).isCapitalized() || date.isPresent())) {
            return EventStatus.PLANNED;
        }
        if (date.isPresent() && times.anchor().isPresent()) {
            return EventStatus.UNKNOWN;
        }
        // without the statement's date, its tense: "paid a State visit ... from January 29-30"
        return pastTense(t) ? EventStatus.HELD : EventStatus.UNKNOWN;
    }

    Optional<EventStatus> statusFromDate(Optional<PartialDate> date) {
        if (date.isEmpty() || times.anchor().isEmpty()) {
            return Optional.empty();
        }
        LocalDate anchor = times.anchor().get();
        PartialDate d = date.get();
        if (d.end().isBefore(anchor) || d.precision() == PartialDate.Precision.DAY
                && d.start().equals(anchor)) {
            return Optional.of(EventStatus.HELD);
        }
        if (d.start().isAfter(anchor)) {
            return Optional.of(EventStatus.PLANNED);
        }
        return Optional.empty();
    }

    /**
     * The status a relative time expression gives within the statement's own period: "earlier
     * this year" is past, "later this year", "in the coming months" to come.
     */
    static EventStatus byDirection(TimeExpression.Direction direction) {
        return switch (direction) {
            case PAST -> EventStatus.HELD;
            case FUTURE -> EventStatus.PLANNED;
            default -> EventStatus.UNKNOWN;
        };
    }

    /** The nearest status cue in the event's clause, before its name first; or null. */
    static EventStatus cueNear(List<Token> t, int start, int end) {
        EventStatus before = null;
        int distance = Integer.MAX_VALUE;
        for (int k = start - 1; k >= Math.max(0, start - 10); k--) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(".")) {
                break;
            }
            EventStatus cue = cue(t, k);
            if (cue != null) {
                before = cue;
                distance = start - k;
                break;
            }
        }
        EventStatus after = null;
        int afterDistance = Integer.MAX_VALUE;
        for (int k = end; k < Math.min(t.size(), end + 8); k++) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(".") || w.equals(",") && !(k + 1 < t.size()
                    && (t.get(k + 1).is("which") || t.get(k + 1).is("to")))
                    || w.equals("and") && !(k + 1 < t.size() && t.get(k + 1).isCapitalized())) {
                break; // ", which will be held in London" and ", to be held at" go on; "and
                       // the upcoming visit", "and looks forward to" are another event's
            }
            EventStatus cue = cue(t, k);
            if (cue != null) {
                after = cue;
                afterDistance = k - end + 1;
                break;
            }
        }
        if (before != null && distance <= afterDistance) {
            return before;
        }
        return after;
    }

    /** The status a word at {@code k} cues: "held" is past, but "to be held" to come. */
    private static EventStatus cue(List<Token> t, int k) {
        String w = t.get(k).lower();
        if (w.equals("forward")) {
            // "looked forward to the summit", "looking forward to"; not "put forward at"
            return k > 0 && t.get(k - 1).lower().startsWith("look") ? EventStatus.PLANNED
                    : null;
        }
        if (w.equals("advance") || w.equals("ahead") || w.startsWith("preparation")) {
            // "ahead of", "in advance of", "preparations for" the event; not "looking ahead",
            // "to advance cooperation"
            boolean before = k + 1 < t.size() && (t.get(k + 1).is("of")
                    || w.startsWith("preparation") && t.get(k + 1).is("for"));
            return before && (!w.equals("advance") || k > 0 && t.get(k - 1).is("in"))
                    ? EventStatus.PLANNED : null;
        }
        EventStatus cue = CUES.get(w);
        if (cue == EventStatus.HELD && k + 1 < t.size() && t.get(k + 1).is("by")
                && t.get(k).lower().endsWith("ed")) {
            return null; // "hosted by the United States": who hosts, not when
        }
        if (cue == EventStatus.HELD && k >= 2 && t.get(k).is("successful")
                && (t.get(k - 1).is("a") || t.get(k - 1).is("an"))
                && WISHING_WORDS.contains(t.get(k - 2).lower())) {
            return EventStatus.PLANNED; // "look forward to a successful summit"
        }
        if (cue == EventStatus.HELD && k >= 2 && t.get(k - 1).is("be")
                && (t.get(k - 2).is("to") || t.get(k - 2).is("will")
                || t.get(k - 2).is("shall"))) {
            return EventStatus.PLANNED;
        }
        return cue;
    }

    private static boolean pastTense(List<Token> t) {
        for (Token x : t) {
            String w = x.lower();
            if (w.equals("will") || w.equals("shall") || w.equals("would")) {
                return false;
            }
        }
        for (Token x : t) {
            String w = x.lower();
            if (!x.isCapitalized() && w.length() > 4 && w.endsWith("ed") || w.equals("was")
                    || w.equals("were") || w.equals("met") || w.equals("held") || w.equals("had")
                    || w.equals("paid") || w.equals("spoke") || w.equals("took")) {
                return true;
            }
        }
        return false;
    }
}
