package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventNames.complementEnd;
import static io.github.jointstatements.parsers.analysis.EventWords.NOUNS;
import static io.github.jointstatements.parsers.analysis.EventWords.containsWord;
import static io.github.jointstatements.parsers.analysis.EventWords.lastWord;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.parsers.analysis.EventFinder.Found;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events a statement's title names: the meeting it reports ("Joint Statement on the Phone
 * Call between ...", "Joint Statement: Five Eyes Defense Ministers' Meeting"), the event it was
 * delivered at ("Statement by ... at the Extraordinary Virtual Summit of ..."), and the meeting a
 * readout's title names ("Readout of President Biden's Call with Prime Minister Ishiba"). One per
 * statement; not thread-safe.
 */
final class TitleEvents {

    /** A statement's label before a colon in its title: "Joint Statement: ...". */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:joint )?(?:leaders['’] )?"
            + "(?:statement|readout|communiqu[eé]|press statement|declaration)");

    /**
     * A statement's label and the event it was made at: "Joint Statement of the Fifth
     * Japan-Philippines Foreign and Defense Ministerial Meeting", "Chair's Statement of the 56th
     * ASEAN Foreign Ministers' Meeting", "Co-Chairs' Statement: Ukraine Recovery Conference 2023".
     */
    private static final Pattern OCCASION = Pattern.compile("(?i)(?:joint |chair['’]s "
            + "|co-chairs['’] |chairman['’]s )?(?:leaders['’] )?(?:press )?(?:statement|communiqu[eé]"
            + "|declaration|press release)(?: of| from|:)(?: the)? (.{3,200})");

    private final TimeIndex times;
    private final EventDates dates;
    private final EventStatuses statuses;
    private final FoundEvents found;

    TitleEvents(TimeIndex times, EventDates dates, EventStatuses statuses, FoundEvents found) {
        this.times = times;
        this.dates = dates;
        this.statuses = statuses;
        this.found = found;
    }

    /**
     * Returns the event a title names after "on": "Joint Statement on the Phone Call ..."; or
     * after a statement's label and a colon, ending with the event's noun: "Joint Statement:
     * Five Eyes Defense Ministers' Meeting".
     */
    static String titleEvent(String title) {
        int colon = title.indexOf(": ");
        if (colon > 0 && LABEL.matcher(title.substring(0, colon).strip()).matches()) {
            String rest = title.substring(colon + 2).strip();
            String last = lastWord(rest);
            return NOUNS.containsKey(last) && !last.equals("election") ? rest : null;
        }
        String occasion = occasionName(title);
        if (occasion != null) {
            return occasion;
        }
        int on = title.indexOf(" on ");
        if (on < 0) {
            return null;
        }
        String rest = title.substring(on + 4).strip();
        if (rest.toLowerCase(Locale.ROOT).startsWith("the ")) {
            rest = rest.substring(4);
        }
        List<Token> t = Token.tokenize(rest);
        for (Token token : t) {
            if (NOUNS.containsKey(token.lower())) {
                return rest;
            }
        }
        return null;
    }

    /**
     * Returns the event a statement's title says it was made at, ending with its event noun or
     * the noun and a year ("Joint Statement of the Fifth ... Ministerial Meeting"); or null.
     */
    static String occasionName(String title) {
        Matcher m = OCCASION.matcher(title.strip());
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(1).strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.contains(" on ") || lower.contains(" at ") || lower.contains(" following ")) {
            return null; // "of the United States and Japan on the G7 Summit": whose, on what
        }
        List<Token> t = Token.tokenize(rest);
        int last = t.size() - 1;
        if (last > 0 && t.get(last).text().length() == 4
                && t.get(last).text().chars().allMatch(Character::isDigit)) {
            last--; // "Ukraine Recovery Conference 2023"
        }
        if (last < 0 || !t.get(last).isCapitalized()) {
            return null;
        }
        String noun = t.get(last).lower();
        return NOUNS.containsKey(noun) && NOUNS.get(noun) != EventKind.OTHER
                && NOUNS.get(noun) != EventKind.ANNIVERSARY ? rest : null;
    }

    /**
     * The event a statement's title says it was made at, when the text reports no meeting of its
     * own and names the event nowhere else: held on the title's date, else the statement's.
     */
    void titleOccasion(String title, List<Sentence> sentences) {
        String name = occasionName(title);
        if (name == null || sentences.isEmpty()) {
            return;
        }
        String key = FoundEvents.key(name);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String other = FoundEvents.key(f.event().name());
            if (f.occasion() || other.indexOf(' ') > 0
                    && (key.contains(other) || other.contains(key))) {
                return; // the text reports it, or names it: "the Ukraine Recovery Conference"
            }
        }
        Optional<PartialDate> date = TimeExpressions.find(title, times.anchor()).stream()
                .map(TimeExpression::date).flatMap(Optional::stream).findFirst();
        if (date.isEmpty()) {
            date = times.anchor().map(PartialDate::of);
        }
        Sentence first = sentences.get(0);
        found.addFirst(new Found(Event.builder()
                .name(name)
                .kind(NOUNS.get(lastWord(Token.tokenize(name).stream()
                        .filter(x -> NOUNS.containsKey(x.lower())).reduce((a, b) -> b)
                        .map(Token::text).orElse("meeting"))))
                .date(date)
                .status(statuses.statusFromDate(date).orElse(EventStatus.HELD))
                .text(first.text())
                .evidence(Evidence.of(first.paragraph(), first.start(), first.end()))
                .build(), "the event the title says the statement was made at", true));
    }

    /**
     * The event a readout's title names: "Readout of President Biden's Call with X" gives "Call
     * with X"; "Readout of the President's Participation in the East Asia Summit" gives "East
     * Asia Summit"; or null when the title is no readout's.
     */
    static String readoutSubject(String title) {
        String rest = title.strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        int of = lower.startsWith("readout of ") ? 11 : lower.startsWith("joint readout of ") ? 17
                : -1;
        if (of < 0) {
            return null;
        }
        rest = rest.substring(of).strip();
        for (String possessive : List.of("’s ", "'s ", "s’ ", "s' ")) {
            int at = rest.indexOf(possessive);
            if (at > 0) {
                rest = rest.substring(at + possessive.length()).strip();
                break;
            }
        }
        for (String lead : List.of("the ", "participation in the ", "participation at the ",
                "participation in ", "participation at ")) {
            if (rest.toLowerCase(Locale.ROOT).startsWith(lead)) {
                rest = rest.substring(lead.length());
            }
        }
        String lowerRest = rest.toLowerCase(Locale.ROOT);
        for (String by : List.of(" hosted by ", " co-hosted by ", " convened by ", " led by ")) {
            int at = lowerRest.indexOf(by);
            if (at > 0) {
                rest = rest.substring(0, at); // "... Forum Hosted by the Office of ..."
                lowerRest = lowerRest.substring(0, at);
            }
        }
        return rest.isEmpty() ? null : rest;
    }

    /**
     * The event a statement was delivered at, as its title names it ("Statement by ... at the
     * Extraordinary Virtual Summit of ..."), placed on the statement's date (or the title's) and
     * evidenced by the first sentence that mentions its noun.
     */
    void titleEvents(String title, List<Sentence> sentences) {
        List<Token> t = Token.tokenize(title);
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!(t.get(k).is("at") && t.get(k + 1).is("the"))) {
                continue;
            }
            int nameStart = k + 2;
            int nameEnd = nameStart;
            while (nameEnd < t.size() && t.get(nameEnd).isCapitalized()
                    && t.get(nameEnd).isWord()) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                continue;
            }
            String noun = t.get(nameEnd - 1).lower();
            EventKind kind = NOUNS.get(noun);
            if (kind == null) {
                continue;
            }
            int end = complementEnd(t, nameEnd, kind, true);
            String name = title.substring(t.get(nameStart).start(), t.get(end - 1).end());
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                if (FoundEvents.key(f.event().name()).equals(FoundEvents.key(name))) {
                    return;
                }
            }
            for (Sentence s : sentences) {
                if (containsWord(s.text().toLowerCase(Locale.ROOT), noun)) {
                    Optional<PartialDate> date = TimeExpressions.find(title, times.anchor())
                            .stream().map(TimeExpression::date).flatMap(Optional::stream)
                            .findFirst();
                    if (date.isEmpty()) {
                        date = times.anchor().map(PartialDate::of);
                    }
                    found.addFirst(new Found(Event.builder()
                            .name(name)
                            .kind(kind)
                            .date(date)
                            .status(statuses.statusFromDate(date).orElse(EventStatus.HELD))
                            .text(s.text())
                            .evidence(Evidence.of(s.paragraph(), s.start(), s.end()))
                            .build(), "the event the title says the statement was delivered at",
                            true));
                    return;
                }
            }
        }
    }

    /**
     * The meeting a readout's title names when the text reports none of its own ("Readout of
     * President Biden's Call with Prime Minister Ishiba of Japan": "President Biden called Ishiba
     * Shigeru today"), held on the first date its opening sentence gives, or on none.
     */
    void readoutEvent(String title, List<Sentence> sentences) {
        String name = readoutSubject(title);
        if (name == null || sentences.isEmpty()) {
            return;
        }
        EventKind kind = null;
        List<Token> t = Token.tokenize(name);
        for (int k = 0; k < t.size() && kind == null; k++) {
            if (t.get(k).isCapitalized() && !(k + 1 < t.size()
                    && NOUNS.containsKey(t.get(k).lower() + " " + t.get(k + 1).lower()))) {
                kind = NOUNS.get(t.get(k).lower());
            }
        }
        if (kind == null || kind == EventKind.OTHER || kind == EventKind.ANNIVERSARY) {
            return;
        }
        if (found.reported()) {
            // "Today, President Biden hosted the Congressional Leadership for a productive
            // meeting": the title names the bare "meeting" the text reports
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                if (f.occasion() && f.event().kind() == kind
                        && f.event().name().indexOf(' ') < 0) {
                    found.set(i, new Found(io.github.jointstatements.core.ImmutableEvent
                            .copyOf(f.event()).withName(name), f.rule()
                            + "; named by the readout's title", true));
                }
            }
            return;
        }
        Sentence first = sentences.get(0);
        Optional<PartialDate> date = Optional.empty();
        for (TimeExpression e : times.in(first)) {
            if (e.date().isPresent()) {
                date = dates.byTense(e, true);
                break;
            }
        }
        if (date.isPresent() && times.anchor().isPresent()
                && date.get().start().isAfter(times.anchor().get())) {
            return; // a readout reports what was held: a later date is another event's
        }
        String key = FoundEvents.key(name);
        for (int i = 0; i < found.size(); i++) {
            Event e = found.get(i).event();
            String other = FoundEvents.key(e.name());
            if (e.kind() == kind && (other.contains(key) || key.contains(other)
                    || kind == EventKind.VISIT) && e.status() != EventStatus.PLANNED) {
                if (e.date().isEmpty() && date.isPresent()) {
                    found.set(i, new Found(io.github.jointstatements.core.ImmutableEvent.copyOf(e)
                            .withDate(date).withStatus(EventStatus.HELD), found.get(i).rule()
                            + "; dated by the readout's opening", true));
                }
                return; // "the annual East Asia Summit" of "Participation in the East Asia Summit"
            }
        }
        found.addFirst(new Found(Event.builder()
                .name(name)
                .kind(kind)
                .date(date)
                .status(EventStatus.HELD)
                .text(first.text())
                .evidence(Evidence.of(first.paragraph(), first.start(), first.end()))
                .build(), "the " + kind.name().toLowerCase(Locale.ROOT) + " a readout's title"
                + " names, dated by its opening sentence", true));
    }
}
