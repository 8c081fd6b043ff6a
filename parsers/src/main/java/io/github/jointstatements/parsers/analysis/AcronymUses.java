package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventNames.stripOrdinal;
import static io.github.jointstatements.parsers.analysis.EventWords.CUES;

import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.parsers.analysis.EventFinder.Found;
import java.util.List;
import java.util.Optional;

/**
 * Later uses of an event's acronym that place it in time: "before this year's SCM", "the 2024
 * TTC" give the event again, on their own date. One per statement; not thread-safe.
 */
final class AcronymUses {

    private final Acronyms acronyms;
    private final EventDates dates;
    private final EventStatuses statuses;
    private final FoundEvents found;

    AcronymUses(Acronyms acronyms, EventDates dates, EventStatuses statuses, FoundEvents found) {
        this.acronyms = acronyms;
        this.dates = dates;
        this.statuses = statuses;
        this.found = found;
    }

    /** Later uses of an event's acronym on their own: "before this year's SCM". */
    void acronymUses(Sentence s, List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.length() < 2 || !Acronyms.isAcronym(w)) {
                continue;
            }
            if (k > 0 && t.get(k - 1).text().equals("(")) {
                continue; // its definition
            }
            Found event = found.eventWithAcronym(w);
            if (event == null || event.event().evidence().paragraph() == s.paragraph()
                    && event.event().text().equals(s.text())) {
                continue;
            }
            Places places = new Places(List.of());
            TimeExpression before = dates.dateBefore(s, t, k, false);
            TimeExpression after = dates.dateAfter(s, t, k + 1, places);
            Optional<PartialDate> date = before != null ? before.date()
                    : after != null ? after.date() : Optional.empty();
            if (date.isEmpty()) {
                continue; // a bare use adds nothing to the event it names
            }
            EventStatus status = statuses.status(s, t, k, k + 1, date);
            if (status == EventStatus.UNKNOWN || status == EventStatus.HELD) {
                Optional<EventStatus> cue = Optional.ofNullable(
                        k > 0 ? CUES.get(t.get(k - 1).lower()) : null);
                status = cue.orElse(status);
            }
            String name = acronyms.longForm(w).orElse(stripOrdinal(event.event().name()));
            found.add(name, w, event.event().kind(), date, Optional.empty(), status, s,
                    "later use of the acronym \"" + w + "\"");
        }
    }
}
