package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventNames.stripOrdinal;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.parsers.analysis.EventFinder.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events found in a statement so far, in the order the text first mentions them, with
 * later mentions of one event merged into it (the same name, the same acronym on the same day,
 * or a meeting with the same counterpart), and whether the meeting the statement reports is
 * among them. One per statement; not thread-safe.
 */
final class FoundEvents {

    private final List<Found> found = new ArrayList<>();
    /** Whether the meeting the statement reports has been found. */
    private boolean reported;

    /** Whether the meeting the statement reports has been found. */
    boolean reported() {
        return reported;
    }

    /** Notes that the meeting the statement reports has been found. */
    void markReported() {
        reported = true;
    }

    /** Marks the last event as the meeting at which the statement was made. */
    void markLastOccasion() {
        if (!found.isEmpty()) {
            Found last = found.get(found.size() - 1);
            found.set(found.size() - 1, new Found(last.event(), last.rule(), true));
        }
    }

    /** Returns the number of events found. */
    int size() {
        return found.size();
    }

    /** Returns the {@code i}-th event found. */
    Found get(int i) {
        return found.get(i);
    }

    /** Replaces the {@code i}-th event found. */
    void set(int i, Found f) {
        found.set(i, f);
    }

    /** Puts an event first: the one a title names. */
    void addFirst(Found f) {
        found.add(0, f);
    }

    /** Whether an event found has an acronym, whose later uses may name it again. */
    boolean anyAcronym() {
        return found.stream().anyMatch(f -> f.event().acronym().isPresent());
    }

    /**
     * Drops a meeting named by its bare noun ("meeting", "roundtable", "call") when another
     * meeting is dated the same day or month with the same status: the same occasion, named
     * twice ("the sixth meeting of the Competition Council" ... "the meeting"). The other takes
     * over its being the statement's own.
     */
    void mergeBareMentions() {
        for (int i = 0; i < found.size(); i++) {
            Event bare = found.get(i).event();
            if (bare.kind() != EventKind.MEETING || bare.date().isEmpty()
                    || bare.name().indexOf(' ') >= 0
                    || !bare.name().equals(bare.name().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int j = 0; j < found.size(); j++) {
                Event other = found.get(j).event();
                if (j != i && other.kind() == EventKind.MEETING
                        && other.date().equals(bare.date()) && other.status() == bare.status()
                        && other.name().indexOf(' ') > 0) {
                    Found kept = found.get(j);
                    if (found.get(i).occasion() && !kept.occasion()) {
                        found.set(j, new Found(kept.event(), kept.rule(), true));
                    }
                    found.remove(i--);
                    break;
                }
            }
        }
    }

    /**
     * Drops an undated meeting held that is named by its bare noun ("convened for a meeting")
     * after a named, dated meeting held: the same occasion, named again. A call is another
     * event, and so is a meeting to come.
     */
    void mergeUndatedBareMentions() {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Event bare = f.event();
            if (bare.kind() != EventKind.MEETING || bare.date().isPresent()
                    || bare.name().startsWith("call")
                    || bare.status() != EventStatus.HELD
                    || bare.name().indexOf(' ') >= 0
                    || !bare.name().equals(bare.name().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                Event other = found.get(j).event();
                if (other.kind() == EventKind.MEETING && other.status() == bare.status()
                        && other.date().isPresent() && other.name().indexOf(' ') > 0) {
                    if (other.location().isEmpty() && bare.location().isPresent()) {
                        Found kept = found.get(j); // "Both meetings were held at the Pentagon."
                        found.set(j, new Found(io.github.jointstatements.core.ImmutableEvent
                                .copyOf(other).withLocation(bare.location()), kept.rule()
                                + "; place: a later bare mention's", kept.occasion()));
                    }
                    if (f.occasion() && !found.get(j).occasion()) {
                        Found kept = found.get(j); // the occasion, named again
                        found.set(j, new Found(kept.event(), kept.rule(), true));
                    }
                    found.remove(i--);
                    break;
                }
            }
        }
    }

    /**
     * Drops the events the text places in time neither by a date nor by its tense or cues, but
     * the statement's own, and returns the rest: a mutable list, in the order found.
     */
    List<Found> placedInTime() {
        found.removeIf(f -> !f.occasion() && f.event().date().isEmpty()
                && f.event().status() == EventStatus.UNKNOWN);
        return found;
    }

    /**
     * Adds an event, or merges it into an earlier mention of the same event.
     *
     * @return whether it was added as a new event, last in the list
     */
    boolean add(String name, String acronym, EventKind kind, Optional<PartialDate> date,
            Optional<String> location, EventStatus status, Sentence s, String rule) {
        String key = key(name);
        boolean shortenable = date.isEmpty() && properName(name);
        for (int i = 0; i < found.size(); i++) {
            Event e = found.get(i).event();
            boolean same = key(e.name()).equals(key)
                    || acronym != null && e.acronym().filter(acronym::equals).isPresent()
                    && key(stripOrdinal(e.name())).equals(key(stripOrdinal(name)))
                    && e.date().equals(date)
                    || kind == EventKind.MEETING && e.kind() == EventKind.MEETING
                    && sameCounterpart(e.name(), name)
                    || kind == e.kind() && kind != EventKind.VISIT && e.location().isPresent()
                    && key(e.location().get() + " " + lastWord(e.name())).equals(key)
                    || date.isEmpty() && kind == e.kind() && (shortenable
                    && shortened(key, key(e.name()))
                    || byAcronym(name, key, key(e.name())))
                    && (location.isEmpty() || location.equals(e.location()));
            boolean compatible = (e.date().isEmpty() || date.isEmpty()
                    || e.date().equals(date)) && (e.status() == status
                    || e.status() == EventStatus.UNKNOWN || status == EventStatus.UNKNOWN);
            if (same && compatible) {
                Event merged = io.github.jointstatements.core.ImmutableEvent.copyOf(e)
                        .withDate(e.date().isPresent() ? e.date() : date)
                        .withLocation(e.location().isPresent() ? e.location() : location)
                        .withStatus(e.status() == EventStatus.UNKNOWN ? status : e.status())
                        .withAcronym(e.acronym().isPresent() ? e.acronym()
                                : Optional.ofNullable(acronym));
                found.set(i, new Found(merged, found.get(i).rule() + "; merged with a later"
                        + " mention", found.get(i).occasion()));
                return false;
            }
        }
        found.add(new Found(Event.builder()
                .name(name)
                .acronym(Optional.ofNullable(acronym))
                .kind(kind)
                .date(date)
                .location(location)
                .status(status)
                .text(s.text())
                .evidence(Evidence.of(s.paragraph(), s.start(), s.end()))
                .build(), rule));
        return true;
    }

    /**
     * Whether a later, undated mention is an earlier event's name cut short: all its words
     * within the earlier name, which ends with the same noun ("the Ordinary Summit" of "the
     * 13th Ordinary Summit of the IGAD Heads of State", "the ASEAN Summit" of "the 47th ASEAN
     * Summit"); more than the bare noun, which other rules judge.
     */
    static boolean shortened(String later, String earlier) {
        int space = later.lastIndexOf(' ');
        if (space < 0 || later.length() >= earlier.length()) {
            return false;
        }
        String noun = later.substring(space + 1);
        List<String> words = List.of(earlier.split(" "));
        if (!words.contains(noun)) {
            return false;
        }
        for (String w : later.split(" ")) {
            if (!words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The last word of a name, lower case: its noun, as a rule ("the Alliance summit"). */
    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return name.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Drops the talks a statement names only as a topic: "direct talks between Russia and
     * Ukraine", "negotiations between the Palestinians and the Israelis", undated, unplaced and
     * not its own occasion; the parties' own talks come with a date, a place or a verb that holds
     * them.
     */
    void dropTopicTalks() {
        found.removeIf(f -> !f.occasion() && f.event().kind() == EventKind.TALKS
                && f.event().date().isEmpty() && f.event().location().isEmpty()
                && f.event().name().contains(" between "));
    }

    /**
     * Merges a meeting named only by its counterpart into the named meeting the statement
     * reports, the same occasion told twice: "welcomed the Prime Minister of Norway to Ottawa for
     * the annual Canada-Norway Leaders' Meeting" (the verb's meeting is the one it is for), and a
     * later "his meeting with the Prime Minister of Canada" that no time, place or recollection
     * sets apart. A call is another event, and so is a meeting on the sidelines of another.
     */
    void mergeCounterpartMentions() {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Event e = f.event();
            String lower = e.name().toLowerCase(java.util.Locale.ROOT);
            if (e.kind() != EventKind.MEETING || !lower.startsWith("meeting with ")
                    && !lower.startsWith("bilateral meeting with ")) {
                continue;
            }
            for (int j = 0; j < found.size(); j++) {
                Found g = found.get(j);
                Event named = g.event();
                String noun = named.name().substring(named.name().lastIndexOf(' ') + 1);
                if (j == i || named.kind() != EventKind.MEETING || named.name().contains(" with ")
                        || noun.isEmpty() || !Character.isUpperCase(noun.charAt(0))
                        || named.date().isEmpty()) {
                    continue; // the named one: "the annual Canada-Norway Leaders' Meeting"
                }
                String text = e.text().toLowerCase(java.util.Locale.ROOT);
                boolean forIt = e.text().equals(named.text()) && e.date().equals(named.date())
                        && e.text().contains("for the " + named.name())
                        && !text.contains("preparation") && !text.contains("ahead of");
                        // but "met X ... including preparations for the meeting of Y"
                boolean again = e.date().isEmpty() && j < i && g.occasion()
                        && !named.name().startsWith("meeting of ") // a subject's: "meeting of
                                                    // the Advisor" may be one of two meetings
                        && e.location().map(l -> l.equals(named.location().orElse(l)))
                        .orElse(true)
                        && !text.contains("sidelines") && !text.contains("margins")
                        && !ReportedDays.recalls(e.text());
                if (forIt || again) {
                    Event merged = io.github.jointstatements.core.ImmutableEvent.copyOf(named)
                            .withLocation(named.location().isPresent() ? named.location()
                                    : e.location());
                    found.set(j, new Found(merged, g.rule() + "; merged with \"" + e.name()
                            + "\", the same occasion", g.occasion() || f.occasion()));
                    found.remove(i--);
                    break;
                }
            }
        }
    }

    /** Whether an event of a kind has been found already. */
    boolean anyOfKind(EventKind kind) {
        return found.stream().anyMatch(f -> f.event().kind() == kind);
    }

    /** Whether every word of a name is capitalised: "the ASEAN Summit", not "call with X". */
    static boolean properName(String name) {
        for (Token x : Token.tokenize(name)) {
            if (x.isWord() && !x.is("the") && !x.isCapitalized()
                    && !Character.isDigit(x.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a later, undated mention names an earlier bare noun by the body it belongs to:
     * "the CSTO consultations" after "Moscow hosted the consultations".
     */
    static boolean byAcronym(String name, String later, String earlier) {
        if (earlier.indexOf(' ') >= 0 || !later.endsWith(" " + earlier)
                || later.indexOf(' ') != later.lastIndexOf(' ')) {
            return false;
        }
        List<Token> t = Token.tokenize(name);
        for (Token x : t) {
            if (x.isWord() && !x.is("the")) {
                return EventWords.ACRONYM_LIKE.matcher(x.text()).matches();
            }
        }
        return false;
    }

    Found eventWithAcronym(String acronym) {
        for (Found f : found) {
            if (f.event().acronym().filter(acronym::equals).isPresent()) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether two meetings are with the same person: "call with Prime Minister Keir Starmer of
     * the United Kingdom" and "call with Prime Minister Starmer".
     */
    private static boolean sameCounterpart(String a, String b) {
        String x = counterpartSurname(a);
        return x != null && x.equals(counterpartSurname(b));
    }

    /** The last capitalised word of the person after " with ", before any " of ". */
    private static String counterpartSurname(String name) {
        int with = name.indexOf(" with ");
        if (with < 0) {
            return null;
        }
        String rest = name.substring(with + 6);
        int of = rest.indexOf(" of ");
        if (of > 0) {
            rest = rest.substring(0, of);
        }
        int comma = rest.indexOf(", ");
        if (comma > 0 && rest.indexOf(" and ") < 0) {
            rest = rest.substring(0, comma); // "H.E. Jean-Claude Juncker, President of the ..."
        }
        int and = rest.indexOf(" and ");
        if (and > 0 || rest.indexOf(',') > 0) {
            return null; // several persons: not merged by one name
        }
        List<Token> t = Token.tokenize(rest);
        for (int k = t.size() - 1; k >= 0; k--) {
            if (t.get(k).isCapitalized() && t.get(k).isWord()) {
                return t.get(k).text();
            }
        }
        return null;
    }

    /** The key under which mentions of one event merge: words, pairs in a fixed order. */
    static String key(String name) {
        StringBuilder b = new StringBuilder();
        boolean inParens = false;
        for (Token x : Token.tokenize(name)) {
            String w = x.lower();
            if (x.text().equals("(") || x.text().equals(")")) {
                inParens = x.text().equals("("); // an acronym within: "the 26th ASEAN Plus
                continue;                         // Three (APT) Summit"
            }
            if (inParens || !x.isWord() || w.equals("the") || w.equals("a") || w.equals("an")) {
                continue;
            }
            if (w.contains("-") && x.isCapitalized()) {
                String[] parts = w.split("-");
                java.util.Arrays.sort(parts);
                w = String.join("-", parts);
            }
            b.append(w).append(' ');
        }
        return b.toString().strip();
    }
}
