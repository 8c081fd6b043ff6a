package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.Event;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the events a statement reports or schedules: meetings, summits, talks, visits,
 * exercises, conferences and anniversaries, in one pass over each sentence's tokens, and the
 * meeting at which the statement was made.
 *
 * <p>An event is a noun of {@code event-nouns.tsv} with its name: the capitalised words,
 * ordinals and modifiers of {@code event-modifiers.txt} before it, and a complement after it
 * ("of the Heads of Governments ...", "between Thailand and India", "on AI", "of a U.S.
 * submarine to the ROK"). A named event always counts; an unnamed one ("combined air exercises")
 * only with a date, a place, or a participle ("conducted in late 2022"), never as an ordinal or
 * demonstrative reference ("the fourth meeting", "this meeting"). A later use of an event's
 * acronym ("this year's SCM") is an event too. Its date is the time expression just before or
 * after the name; its place the "in"/"at" place after it, a place within the name or a visit's
 * destination; its status comes from the date against the statement's date, else from the
 * nearest cue ("will host", "upcoming", "held", "on the margins of"), else from the tense.
 * "X met (with) Y" and "X spoke with Y" give the statement's own meeting. Mentions of the same
 * event are merged. Thread-safe.
 */
final class EventFinder {

    /**
     * An event and the rule that found it.
     *
     * @param occasion whether it is the meeting at which the statement was made
     */
    record Found(Event event, String rule, boolean occasion) {

        Found(Event event, String rule) {
            this(event, rule, false);
        }
    }

    private EventFinder() {
    }

    /**
     * Returns the events of a statement, in the order the text first mentions them.
     *
     * @param pledgeVerbs for each pledge sentence's index, where its pledge verb ends
     * @param title the statement's title, whose "on the &lt;event&gt;" names its meeting
     */
    static List<Found> find(List<Sentence> sentences, TimeIndex times, Acronyms acronyms,
            References refs, Gazetteer gazetteer, Map<Integer, Integer> pledgeVerbs,
            Optional<String> title) {
        FoundEvents found = new FoundEvents();
        EventDates dates = new EventDates(times, sentences);
        EventStatuses statuses = new EventStatuses(times, pledgeVerbs);
        Counterparts counterparts = new Counterparts(refs);
        ReportedMeetings meetings = new ReportedMeetings(times, refs, dates, statuses,
                counterparts, found);
        PhraseEvents phrases = new PhraseEvents(times, dates, statuses,
                new EventLocations(gazetteer), counterparts,
                new EventAcronyms(acronyms, refs, sentences), found);
        Trips trips = new Trips(times, dates, statuses, counterparts, found);
        String titleEvent = title.map(TitleEvents::titleEvent).orElse(null);
        for (Sentence s : sentences) {
            // the tokens and places the pledge finder read already
            References.Words words = refs.words(s.text());
            List<Token> t = words.tokens;
            if (!EventWords.mayNameEvent(t)) {
                continue;
            }
            Places places = words.places();
            if (!found.reported()) {
                if (meetings.meeting(s, t, places, titleEvent)) {
                    found.markReported();
                }
            } else {
                meetings.meeting(s, t, places, null);
            }
            phrases.nouns(s, t, places, meetings.claimed());
            meetings.meetAgain(s, t, places);
            trips.travel(s, t, places);
        }
        if (found.anyAcronym()) {
            AcronymUses uses = new AcronymUses(acronyms, dates, statuses, found);
            for (Sentence s : sentences) {
                uses.acronymUses(s, refs.words(s.text()).tokens);
            }
        }
        TitleEvents titles = new TitleEvents(times, dates, statuses, found);
        title.ifPresent(t -> titles.titleEvents(t, sentences));
        title.ifPresent(t -> titles.readoutEvent(t, sentences));
        title.ifPresent(t -> titles.titleOccasion(t, sentences));
        // an event the text places in time neither by a date nor by its tense or cues ("the
        // Pacific Islands Forum", "through the Cyber Dialogue") is a name, not an event
        found.mergeBareMentions();
        found.mergeUndatedBareMentions();
        found.dropTopicTalks();
        found.mergeCounterpartMentions();
        List<Found> events = found.placedInTime();
        ReportedDays.date(events, sentences, times);
        return events;
    }
}
