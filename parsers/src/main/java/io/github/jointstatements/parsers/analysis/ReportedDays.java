package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.ImmutableEvent;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.parsers.analysis.EventFinder.Found;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates the meetings, calls and talks a readout reports without a date of their own: one that
 * a dated readout (a statement that reports its own meeting) reports as held ("In a phone call with President Karzai, the Secretary General
 * encouraged ...", "chaired an informal meeting of the Council") took place on the statement's
 * day, unless its sentence gives a time or recalls it as past ("recalled their meeting",
 * "since their last meeting"). Visits, which last days, and events to come keep their dates.
 * Stateless; thread-safe.
 */
final class ReportedDays {

    /**
     * Words that set a meeting back before the statement's day, or make it a topic of the
     * meeting reported: "recalled", "last", "since", "reflected on", "welcomed the outcomes of".
     */
    static final Set<String> RECALLING_WORDS = Set.of("recalled", "recalling", "recall",
            "recalls", "recollected", "since", "previous", "previously", "last", "earlier",
            "recent", "recently", "ago", "former", "past", "prior", "first-ever", "historic",
            "had", "been", "anniversary", "remembered", "reflected", "reflecting", "welcomed",
            "welcoming", "commended", "appreciated", "hailed", "outcome", "outcomes");

    private ReportedDays() {
    }

    /**
     * Gives the statement's date to each undated meeting, call or talks held that its sentence
     * neither dates nor recalls as past.
     */
    static void date(List<Found> found, List<Sentence> sentences, TimeIndex times) {
        Optional<LocalDate> anchor = times.anchor();
        if (anchor.isEmpty() || found.stream().noneMatch(Found::occasion)) {
            return; // not a readout of a meeting: a fact sheet's groups and dialogues
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Event e = f.event();
            if (e.date().isPresent() || e.status() != EventStatus.HELD
                    || !(e.kind() == EventKind.MEETING || e.kind() == EventKind.TALKS)) {
                continue;
            }
            String lower = e.name().toLowerCase(java.util.Locale.ROOT);
            if (!f.occasion() && (lower.endsWith("meetings") || lower.contains("group")
                    || lower.contains("dialogue") || lower.contains("negotiation")
                    || e.kind() == EventKind.TALKS && Character.isUpperCase(e.name().charAt(0)))) {
                continue; // "Foreign Ministers' Meetings", "the Working Group", "the Strategic
                          // Dialogue", "Joint Staff Talks": a series or a standing body
            }
            Sentence s = sentenceOf(e, sentences);
            if (s == null || !times.in(s).isEmpty() || recalls(s)) {
                continue;
            }
            found.set(i, new Found(ImmutableEvent.copyOf(e).withDate(
                    Optional.of(PartialDate.of(anchor.get()))), f.rule()
                    + "; date: the statement's, the day a readout reports it held", f.occasion()));
        }
    }

    /** Whether a sentence recalls what it tells as past: "recalled", "since", "last". */
    static boolean recalls(Sentence s) {
        return recalls(s.text());
    }

    /** Whether a sentence's text recalls what it tells as past. */
    static boolean recalls(String text) {
        for (Token x : Token.tokenize(text)) {
            if (x.isWord() && RECALLING_WORDS.contains(x.lower())) {
                return true;
            }
        }
        return false;
    }

    private static Sentence sentenceOf(Event e, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.paragraph() == e.evidence().paragraph() && s.start() == e.evidence().start()) {
                return s;
            }
        }
        return null;
    }
}
