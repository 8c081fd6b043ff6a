package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.parsers.internal.WordLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Map<String, EventKind> NOUNS = new HashMap<>();
    private static final Map<String, EventStatus> CUES = new HashMap<>();
    private static final Set<String> MODIFIERS = Set.copyOf(
            WordLists.load(EventFinder.class, "event-modifiers.txt"));
    private static final Set<String> ORDINAL_WORDS = Set.of("first", "second", "third",
            "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "last",
            "latest", "previous", "same", "other", "such");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those",
            "today's", "yesterday's", "such");
    private static final Set<String> GAP_WORDS = Set.of("in", "on", "at", "from", "of",
            "during", "held", "conducted", "scheduled", "planned", "set", "to", "be", "was",
            "were", "is", "are", "will", "take", "place", "took", "later", "earlier", "also",
            "co-hosted", "hosted", "convened", "beginning", "starting", "through", "and",
            "which");
    /** Verbs that report a meeting of their subject, with the noun of what they report. */
    private static final Map<String, String> MEET_VERBS = Map.ofEntries(
            Map.entry("met", "meeting"), Map.entry("meet", "meeting"),
            Map.entry("meets", "meeting"), Map.entry("spoke", "call"), Map.entry("speak", "call"),
            Map.entry("speaks", "call"), Map.entry("talked", "call"), Map.entry("called", "call"),
            Map.entry("welcomed", "meeting"), Map.entry("welcome", "meeting"),
            Map.entry("welcomes", "meeting"), Map.entry("hosted", "meeting"),
            Map.entry("host", "meeting"), Map.entry("hosts", "meeting"),
            Map.entry("received", "meeting"), Map.entry("receive", "meeting"),
            Map.entry("receives", "meeting"));
    /**
     * The verbs of {@link #MEET_VERBS} whose object is the counterpart itself, a person: "called
     * Prime Minister Kishida", "welcomed Chancellor Scholz to the White House", "received the
     * Foreign Minister of Japan"; with any other object they report no meeting.
     */
    private static final Set<String> DIRECT_VERBS = Set.of("called", "welcomed", "welcome",
            "welcomes", "hosted", "host", "hosts", "received", "receive", "receives");
    /** Words between a verb of meeting and its counterpart: "called Governor X today". */
    private static final Set<String> ADVERBS = Set.of("today", "yesterday", "tonight",
            "virtually", "briefly", "privately", "separately", "also", "warmly", "again");
    /**
     * Nouns that name a meeting only as what a verb holds: "hosted a briefing with", "convened
     * a session of"; elsewhere they are no event ("the session's outcome"). Discussions are
     * what a meeting holds, not a meeting of their own.
     */
    private static final Set<String> OBJECT_NOUNS = Set.of("session", "briefing");
    /** What may stand between a date and the event it dates: "of March 12, 2021, the summit". */
    private static final Set<String> APPOSITION_GAPS = Set.of(",", ", the", "at", "at the",
            "during", "during the");
    /** Verbs of a trip: "will travel to Maui on Monday". */
    private static final Set<String> TRAVEL_VERBS = Set.of("travel", "travels", "traveled",
            "travelled", "traveling", "travelling");
    /** Verbs of the present or the future before "to travel": "is scheduled to travel to". */
    private static final Set<String> PLAN_VERBS = Set.of("scheduled", "expected", "set",
            "plans", "planning", "plan", "intends");
    /** Verbs of what happens on an event's margins: "met today on the margins of the X". */
    private static final Set<String> MARGIN_VERBS = Set.of("met", "meet", "meets", "spoke",
            "speaks", "held", "holds", "hold", "hosted", "hosts", "host", "co-hosted", "convened",
            "convenes", "gathered", "joined", "participated", "attended");
    /** Verbs of gathering whose occasion follows "for", "at": "met for the Summit". */
    private static final Set<String> GATHERING_VERBS = Set.of("met", "meet", "gathered",
            "gather", "convened", "convene", "assembled");
    /** Verbs whose object is an event they hold: "held a meeting", "paid a visit". */
    private static final Set<String> HOLDING_VERBS = Set.of("held", "hold", "holds", "holding",
            "convened", "convene", "convenes", "hosted", "host", "hosts", "hosting", "co-hosted",
            "conducted", "conduct", "conducting", "attended", "attend", "attending", "organized",
            "organised", "organize", "paid", "pay", "made", "had", "joined", "chaired",
            "co-chaired", "led", "resume", "resumed", "renew", "renewed", "restart",
            "restarted", "launch", "launched");
    /** The holding verbs that report the meeting a statement is about: "held a call with". */
    private static final Set<String> PAST_HOLDING_VERBS = Set.of("held", "convened", "hosted",
            "co-hosted", "had", "joined", "chaired", "co-chaired", "participated");
    /** Words that say a body meets: its working group is then an event. */
    private static final Set<String> GATHERING_CUES = Set.of("recently", "recent", "held",
            "convened", "met", "meet", "meets", "launch", "launched", "inaugural", "upcoming",
            "hosted", "brought", "gathered");
    /** Words before "a successful &lt;event&gt;" that wish for one to come. */
    private static final Set<String> WISHING_WORDS = Set.of("to", "for", "toward", "towards",
            "ensure", "ensuring", "support", "supporting", "wish", "wishes", "secure");
    /** Capitalised words that start a date, not a topic: "on January 30", "on Monday". */
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final Pattern COP = Pattern.compile("COP-?\\d{1,2}");
    /** A statement's label before a colon in its title: "Joint Statement: ...". */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:joint )?(?:leaders['’] )?"
            + "(?:statement|readout|communiqu[eé]|press statement|declaration)");
    /** An acronym or a numbered group: "NATO", "G7", "G-20", "IMF". */
    private static final Pattern ACRONYM_LIKE = Pattern.compile("[A-Z][A-Z0-9-]{0,8}[A-Z0-9]");
    private static final int MAX_MODIFIERS = 8;

    /** The last words of the nouns of more than one word: "group" of "working group". */
    private static final Set<String> SECOND_WORDS = new java.util.HashSet<>();
    /** Every word that may announce an event: nouns, their last words, verbs of meeting. */
    private static final Set<String> EVENT_WORDS = new java.util.HashSet<>();

    static {
        for (String row : WordLists.load(EventFinder.class, "event-nouns.tsv")) {
            String[] cols = row.split("\t");
            String noun = cols[0].strip();
            NOUNS.put(noun, EventKind.valueOf(cols[1].strip()));
            if (noun.indexOf(' ') > 0) {
                SECOND_WORDS.add(noun.substring(noun.lastIndexOf(' ') + 1));
            }
        }
        EVENT_WORDS.addAll(NOUNS.keySet());
        EVENT_WORDS.addAll(SECOND_WORDS);
        EVENT_WORDS.addAll(MEET_VERBS.keySet());
        EVENT_WORDS.addAll(OBJECT_NOUNS);
        EVENT_WORDS.addAll(TRAVEL_VERBS);
        for (String row : WordLists.load(EventFinder.class, "event-cues.tsv")) {
            String[] cols = row.split("\t");
            CUES.put(cols[0].strip(), EventStatus.valueOf(cols[1].strip()));
        }
    }

    private final Gazetteer gazetteer;
    private final TimeIndex times;
    private final Acronyms acronyms;
    private final References refs;
    private final Map<Integer, Integer> pledgeVerbs;
    private final List<Found> found = new ArrayList<>();
    private final Map<Integer, Sentence> firstOfParagraph = new HashMap<>();
    private final Map<String, Integer> initialsAcronyms = new HashMap<>();
    /** Whether the meeting the statement reports has been found. */
    private boolean reported;
    /** Where the event noun a reported meeting already named starts in this sentence, or -1. */
    private int claimed = -1;
    /** The sentences whose stand-alone acronyms are noted on first need, then null. */
    private List<Sentence> sentencesForAcronyms;

    private EventFinder(Gazetteer gazetteer, TimeIndex times, Acronyms acronyms, References refs,
            Map<Integer, Integer> pledgeVerbs) {
        this.gazetteer = gazetteer;
        this.times = times;
        this.acronyms = acronyms;
        this.refs = refs;
        this.pledgeVerbs = pledgeVerbs;
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
        EventFinder finder = new EventFinder(gazetteer, times, acronyms, refs, pledgeVerbs);
        finder.sentencesForAcronyms = sentences;
        for (Sentence s : sentences) {
            finder.firstOfParagraph.putIfAbsent(s.paragraph(), s);
        }
        String titleEvent = title.map(EventFinder::titleEvent).orElse(null);
        for (Sentence s : sentences) {
            // the tokens and places the pledge finder read already
            References.Words words = refs.words(s.text());
            List<Token> t = words.tokens;
            if (!mayNameEvent(t)) {
                continue;
            }
            Places places = words.places();
            finder.claimed = -1;
            if (!finder.reported) {
                finder.reported = finder.meeting(s, t, places, titleEvent);
            } else {
                finder.meeting(s, t, places, null);
            }
            finder.nouns(s, t, places);
            finder.travel(s, t, places);
        }
        if (finder.found.stream().anyMatch(f -> f.event().acronym().isPresent())) {
            for (Sentence s : sentences) {
                finder.acronymUses(s, refs.words(s.text()).tokens);
            }
        }
        title.ifPresent(t -> finder.titleEvents(t, sentences));
        title.ifPresent(t -> finder.readoutEvent(t, sentences));
        // an event the text places in time neither by a date nor by its tense or cues ("the
        // Pacific Islands Forum", "through the Cyber Dialogue") is a name, not an event
        finder.found.removeIf(f -> !f.occasion() && f.event().date().isEmpty()
                && f.event().status() == EventStatus.UNKNOWN);
        return finder.found;
    }

    /** Whether a sentence has an event noun or a verb of meeting: most have neither. */
    private static boolean mayNameEvent(List<Token> t) {
        for (Token x : t) {
            String w = x.lower();
            if (EVENT_WORDS.contains(w) || w.startsWith("cop") && (w.length() == 3
                    || COP.matcher(x.text()).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event a statement was delivered at, as its title names it ("Statement by ... at the
     * Extraordinary Virtual Summit of ..."), placed on the statement's date (or the title's) and
     * evidenced by the first sentence that mentions its noun.
     */
    private void titleEvents(String title, List<Sentence> sentences) {
        List<Token> t = Token.tokenize(title);
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!(t.get(k).is("at") && t.get(k + 1).is("the"))) {
                continue;
            }
            int nameStart = k + 2;
            int nameEnd = nameStart;
            while (nameEnd < t.size() && t.get(nameEnd).isCapitalized() && t.get(nameEnd).isWord()) {
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
            for (Found f : found) {
                if (key(f.event().name()).equals(key(name))) {
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
                    found.add(0, new Found(Event.builder()
                            .name(name)
                            .kind(kind)
                            .date(date)
                            .status(statusFromDate(date).orElse(EventStatus.HELD))
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
    private void readoutEvent(String title, List<Sentence> sentences) {
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
        if (reported) {
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
                date = byTense(e, true);
                break;
            }
        }
        if (date.isPresent() && times.anchor().isPresent()
                && date.get().start().isAfter(times.anchor().get())) {
            return; // a readout reports what was held: a later date is another event's
        }
        String key = key(name);
        for (int i = 0; i < found.size(); i++) {
            Event e = found.get(i).event();
            if (e.kind() == kind && (key(e.name()).contains(key) || key.contains(key(e.name()))
                    || kind == EventKind.VISIT) && e.status() != EventStatus.PLANNED) {
                if (e.date().isEmpty() && date.isPresent()) {
                    found.set(i, new Found(io.github.jointstatements.core.ImmutableEvent.copyOf(e)
                            .withDate(date).withStatus(EventStatus.HELD), found.get(i).rule()
                            + "; dated by the readout's opening", true));
                }
                return; // "the annual East Asia Summit" of "Participation in the East Asia Summit"
            }
        }
        found.add(0, new Found(Event.builder()
                .name(name)
                .kind(kind)
                .date(date)
                .status(EventStatus.HELD)
                .text(first.text())
                .evidence(Evidence.of(first.paragraph(), first.start(), first.end()))
                .build(), "the " + kind.name().toLowerCase(Locale.ROOT) + " a readout's title"
                + " names, dated by its opening sentence", true));
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

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
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

    /** "X met (with) Y", "X spoke with Y", "X will meet in Europe": a meeting of the parties. */
    private boolean meeting(Sentence s, List<Token> t, Places places, String titleName) {
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).lower();
            String noun = MEET_VERBS.get(w);
            if (noun == null) {
                continue;
            }
            String previous = t.get(i - 1).lower();
            if (previous.equals("be") || previous.equals("been") || previous.equals("was")
                    || previous.equals("were") || previous.equals("is") || previous.equals("are")
                    || previous.equals("to")) {
                continue; // "will be met with a swift response", "to meet the needs"
            }
            // the subject: back to the sentence's start or its introductory comma
            int start = 0;
            for (int k = i - 1; k >= 0; k--) {
                if (t.get(k).text().equals(",") && k + 1 < i
                        && !t.get(k + 1).is("and") && clauseStart(t, k)) {
                    start = k + 1;
                    break;
                }
            }
            int subjectEnd = i;
            while (subjectEnd > start && (t.get(subjectEnd - 1).is("will")
                    || t.get(subjectEnd - 1).is("also") || t.get(subjectEnd - 1).is("today")
                    || t.get(subjectEnd - 1).is("have") || t.get(subjectEnd - 1).is("had"))) {
                subjectEnd--;
            }
            if (subjectEnd <= start) {
                continue;
            }
            String subject = s.text().substring(t.get(start).start(),
                    t.get(subjectEnd - 1).end());
            boolean pronoun = subjectEnd - start == 1 && (t.get(start).is("they")
                    || t.get(start).is("we"));
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
                int from = callFrom(t, j);
                if (from > 0) {
                    j = from;
                    call = true;
                    noun = "call";
                }
                if (!counterpartAt(s, t, j)) {
                    continue; // "welcomed the announcement", "called for restraint"
                }
                with = j - 1;
            }
            for (int k = j; with < 0 && k < Math.min(t.size(), j + 10); k++) {
                Token x = t.get(k);
                if (x.is("with") || call && x.is("to") && counterpartAt(s, t, k + 1)) {
                    with = k; // "spoke with", "spoke today to President Zelenskyy"
                    break;
                }
                if (x.text().equals(",") || x.text().equals(";") || x.text().equals(".")
                        || x.isWord() && !x.isCapitalized() && !isTimeOrPlaceWord(x)) {
                    break;
                }
            }
            if (call && with < 0 && !(w.equals("spoke") || w.equals("talked") || future)
                    || call && with < 0 && !pronoun && !twoOrMore(s, t, start, subjectEnd)) {
                continue; // "spoke about", "spoke at": not a call; "A and B spoke" is one
            }
            if (with < 0 && occasionAfter(t, j)) {
                continue; // "we met for the third Quad Leaders' Summit": the summit is the event
            }
            String name;
            int objectEnd = j;
            int placeFrom = -1;
            if (with >= 0) {
                objectEnd = objectEnd(s.text(), t, with + 1);
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
                    && places.startingAt(t.get(j).start()) == null) {
                objectEnd = objectEnd(s.text(), t, j);
                name = noun + " with " + s.text().substring(t.get(j).start(),
                        t.get(objectEnd - 1).end());
            } else if (pronoun) {
                name = noun;
            } else {
                name = noun + " of " + withoutParentheses(subject);
            }
            String location = null;
            for (int k = Math.max(i + 1, objectEnd); !call && k + 1 < t.size()
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
                        location = placeText(s.text(), m);
                        break;
                    }
                }
            }
            if (pronoun && location != null && with < 0) {
                name = name + " in " + location;
            }
            if (titleName != null && !future) {
                name = titleName;
            }
            Optional<PartialDate> date = Optional.empty();
            for (TimeExpression e : times.in(s)) {
                if (e.date().isPresent() && !datesAnEvent(s.text(), e)) {
                    date = byTense(e, !future);
                    break;
                }
            }
            EventStatus status;
            if (future) {
                status = EventStatus.PLANNED;
            } else if (w.endsWith("ed") || w.equals("met") || w.equals("spoke")) {
                status = EventStatus.HELD; // "met on June 22", said in January: last June
            } else {
                status = statusFromDate(date).orElse(EventStatus.HELD);
            }
            date = adjustYear(date, status, s);
            if (date.isEmpty() && !future && s.index() < 4) {
                date = times.anchor().filter(a -> mentionsToday(s)).map(PartialDate::of);
            }
            add(name, null, kind, date, Optional.ofNullable(location), status, s,
                    "\"" + w + "\" with its subject: the " + noun + " " + (future ? "planned"
                            : "the statement reports"));
            if (!future && !found.isEmpty()) {
                Found last = found.get(found.size() - 1);
                found.set(found.size() - 1, new Found(last.event(), last.rule(), true));
            }
            return !future;
        }
        return false;
    }

    /**
     * Whether a time expression dates an event named right after it, not the meeting of the
     * sentence: "spoke ... regarding preparations for the April 22-23 Leaders Summit".
     */
    private static boolean datesAnEvent(String text, TimeExpression e) {
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
     * A person's trip to a place: "The President and First Lady will travel to Maui on Monday,
     * August 21", "Mr. Sullivan traveled to Jeddah, Saudi Arabia on July 27", "Today, President
     * Biden is traveling to Selma"; not "Americans who travel to", "visa-free travel to".
     */
    private void travel(Sentence s, List<Token> t, Places places) {
        for (int i = 1; i + 2 < t.size(); i++) {
            String w = t.get(i).lower();
            if (!TRAVEL_VERBS.contains(w) || !t.get(i + 1).is("to")) {
                continue;
            }
            int q = i + 2;
            Mention m = places.startingAt(t.get(q).start());
            if (m == null && t.get(q).is("the") && q + 1 < t.size()) {
                m = places.startingAt(t.get(q + 1).start());
            }
            String place;
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
                if (k == 0 || !PLAN_VERBS.contains(t.get(k - 1).lower())) {
                    continue; // "to travel to": a purpose or a wish
                }
                future = true;
                k -= 2;
            }
            while (k >= 0 && (ADVERBS.contains(t.get(k).lower()) || t.get(k).is("then")
                    || t.get(k).is("will") || t.get(k).is("is") || t.get(k).is("are")
                    || t.get(k).is("be"))) {
                future |= t.get(k).is("will");
                k--;
            }
            if (w.equals("travel") && !future) {
                continue; // "those who travel to": no one's trip
            }
            if (k < 0 || !(personEndsAt(s, t.get(k)) || t.get(k).is("he")
                    || t.get(k).is("she") || t.get(k).is("we"))) {
                continue; // a person travels: "President Biden", "the Vice President", "he";
                          // not "330,000 Peruvians traveled to the United States"
            }
            Optional<PartialDate> date = Optional.empty();
            for (TimeExpression e : times.in(s)) {
                if (e.date().isPresent() && !datesAnEvent(s.text(), e)) {
                    date = byTense(e, !future);
                    break;
                }
            }
            EventStatus status = future ? EventStatus.PLANNED
                    : statusFromDate(date).orElse(EventStatus.HELD);
            if (!future) {
                date = adjustYear(date, status, s);
            }
            add("trip to " + place, null, EventKind.VISIT, date, Optional.of(place), status, s,
                    "\"" + t.get(i).text() + " to\" a place: a trip of a named person");
        }
    }

    /** Whether a person's name or office ends with this token: "Jake Sullivan", "Lady". */
    private boolean personEndsAt(Sentence s, Token token) {
        for (PersonMention m : refs.words(s.text()).personsByStart().values()) {
            if (m.end() == token.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place is a region without a country: "Africa", "the Americas", "Pacific". */
    private boolean isRegion(String place) {
        List<Mention> mentions = gazetteer.find(place);
        return mentions.size() == 1 && mentions.get(0).start() == 0
                && mentions.get(0).end() == place.length()
                && mentions.get(0).entity().type() == EntityType.PLACE
                && mentions.get(0).entity().countryCode().isEmpty();
    }

    /**
     * Whether a possessive determiner stands before a date that opens an event's name: "their
     * September meeting", "our January 22 conversation" are the parties' own, already had.
     */
    private static boolean ownedBefore(List<Token> t, TimeExpression date) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).start() == date.start()) {
                String w = t.get(k - 1).lower();
                return w.equals("their") || w.equals("our") || w.equals("his")
                        || w.equals("her");
            }
        }
        return false;
    }

    /** Whether a gathering's occasion follows: "(met) for the third Quad Leaders' Summit". */
    private static boolean occasionAfter(List<Token> t, int j) {
        int k = j;
        while (k < t.size() && (ADVERBS.contains(t.get(k).lower()) || t.get(k).is("here"))) {
            k++;
        }
        if (k + 1 >= t.size() || !(t.get(k).is("for") || t.get(k).is("at"))) {
            return false;
        }
        for (int q = k + 1; q < t.size() && q < k + 10; q++) {
            Token x = t.get(q);
            String w = x.lower();
            EventKind kind = NOUNS.get(w);
            if (kind != null) {
                return kind != EventKind.MEETING && kind != EventKind.OTHER;
            }
            if (!(x.isPossessive() || x.isWord() && (x.isCapitalized() || w.equals("the")
                    || w.equals("a") || w.equals("an") || ORDINAL_WORDS.contains(w)
                    || MODIFIERS.contains(w) || w.endsWith("-level")
                    || ORDINAL.matcher(w).matches()))) {
                return false; // "met at the White House during a visit": a place first
            }
        }
        return false;
    }

    /**
     * Returns where the caller starts in "received a (phone) call from &lt;person&gt;", or -1.
     */
    private static int callFrom(List<Token> t, int j) {
        int k = j;
        if (k < t.size() && (t.get(k).is("a") || t.get(k).is("an"))) {
            k++;
        }
        if (k < t.size() && (t.get(k).is("phone") || t.get(k).is("telephone")
                || t.get(k).is("video"))) {
            k++;
        }
        if (k > j && k + 2 < t.size() && t.get(k).is("call") && t.get(k + 1).is("from")) {
            return k + 2;
        }
        return -1;
    }

    /**
     * Whether a person is named at token {@code k}, by name or by an office of a country, and
     * is the whole object: "President Sisi", "the Prime Minister of Japan"; not "President Sisi's
     * decision".
     */
    private boolean counterpartAt(Sentence s, List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        Map<Integer, PersonMention> persons = refs.words(s.text()).personsByStart();
        PersonMention m = persons.get(t.get(k).start());
        if (m == null && t.get(k).is("the") && k + 1 < t.size()) {
            m = persons.get(t.get(k + 1).start());
        }
        if (m == null || !m.named() && m.country().isEmpty()) {
            return false;
        }
        int end = m.end();
        while (end < s.text().length() && s.text().charAt(end) == ' ') {
            end++;
        }
        return !(s.text().startsWith("'s", end) || s.text().startsWith("’s", end));
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

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * Whether a subject names two parties or more, or two persons: "President Macron and
     * President Biden", "the two leaders".
     */
    private boolean twoOrMore(Sentence s, List<Token> t, int from, int to) {
        java.util.BitSet parties = refs.resolve(refs.words(s.text()), from, to);
        if (parties != null) {
            return parties.cardinality() >= 2;
        }
        int persons = 0;
        for (PersonMention m : refs.words(s.text()).personsByStart().values()) {
            if (m.named() && m.start() >= t.get(from).start() && m.end() <= t.get(to - 1).end()) {
                persons++;
            }
        }
        return persons >= 2;
    }

    /** Returns a text without its parenthesised asides: "ministers (of A, B and C)". */
    private static String withoutParentheses(String text) {
        int open = text.indexOf(" (");
        int close = text.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return text;
        }
        return withoutParentheses(text.substring(0, open) + text.substring(close + 1));
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
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
                    || w.equals("would") || w.equals("that") || w.equals("which"))) {
                return false;
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

    /**
     * Whether a word before "and" belongs to the name of the event whose head noun is given:
     * "Economic" in "Economic and Trade Meeting"; not a place or another event ("the G7 and
     * NATO Summits", "Bletchley and Seoul AI Safety Summits", "the U.S.-EU Summit and NATO
     * Summit"), and not before a plural of a countable event ("Free and Fair Elections").
     */
    private static boolean joinsName(Token before, String head, Places places) {
        String b = before.lower();
        boolean plural = head.endsWith("s") && NOUNS.containsKey(head.substring(0,
                head.length() - 1));
        return before.isCapitalized() && before.isWord() && !isFunctionWord(b) && !plural
                && !NOUNS.containsKey(b) && !COP.matcher(before.text()).matches()
                && !isPlaceEnd(places, before) && !ACRONYM_LIKE.matcher(before.text()).matches();
    }

    /**
     * Whether the capitalised words just before {@code paren} can spell out the acronym in it:
     * "Asia-Pacific Economic Cooperation (APEC)", "United States (U.S.)"; not the last word of a
     * longer name, "Framework for Prosperity (IPEF)".
     */
    private static boolean spelledOut(List<Token> t, int paren, String acronym) {
        int letters = 0;
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.isUpperCase(acronym.charAt(i))) {
                letters++;
            }
        }
        int words = 0;
        for (int k = paren - 1; k >= 0 && words < letters; k--) {
            Token x = t.get(k);
            if (x.is("and") || x.text().equals("&")) {
                continue;
            }
            if (!x.isWord() || !x.isCapitalized() || isFunctionWord(x.lower())) {
                break;
            }
            words += x.text().split("-").length;
        }
        return words >= letters;
    }

    private static boolean isPlaceEnd(Places places, Token token) {
        return places.endingAt(token.end()) != null;
    }

    /** Whether a place names something after it: "the U.S. National Security Council". */
    private static boolean modifies(String text, Mention m) {
        int k = m.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k > m.end() && k < text.length() && Character.isUpperCase(text.charAt(k));
    }

    /** Returns the index of the first token at or after {@code k} that starts at {@code end}. */
    private static int past(List<Token> t, int k, int end) {
        while (k < t.size() && t.get(k).start() < end) {
            k++;
        }
        return k;
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

    private boolean mentionsToday(Sentence s) {
        for (TimeExpression e : times.in(s)) {
            if (e.direction() == TimeExpression.Direction.PRESENT) {
                return true;
            }
        }
        return s.text().contains("today") || s.text().contains("Today");
    }

    /**
     * Returns the end of the counterpart after "with": the end of the person named there, else
     * up to a preposition or a clause.
     */
    private int objectEnd(String text, List<Token> t, int from) {
        Map<Integer, PersonMention> people = refs.words(text).personsByStart();
        for (int p = from; p < Math.min(t.size(), from + 9); p++) {
            PersonMention m = people.get(t.get(p).start());
            if (m == null || !m.named()) {
                continue;
            }
            int k = past(t, p, m.end());
            // more persons: "President Yoon of Korea and Prime Minister Kishida of Japan"
            while (k + 1 < t.size() && (t.get(k).is("and") || t.get(k).text().equals(","))) {
                int q = t.get(k + 1).is("and") ? k + 2 : k + 1;
                PersonMention next = q < t.size() ? people.get(t.get(q).start()) : null;
                if (next == null || !next.named()) {
                    break;
                }
                k = past(t, q, next.end());
            }
            return k;
        }
        int k = from;
        while (k < t.size()) {
            Token x = t.get(k);
            String w = x.lower();
            if (w.equals(".") || w.equals(";") || w.equals("(") || w.equals("in")
                    || w.equals("on") || w.equals("at") || w.equals("to") || w.equals("for")
                    || w.equals("this") || w.equals("during") || w.equals("about")
                    || w.equals("via") || w.equals("by")) {
                break;
            }
            if (w.equals(",") && (k + 1 >= t.size() || !t.get(k + 1).isCapitalized())) {
                break;
            }
            k++;
        }
        return k;
    }

    /** Event nouns and their names. */
    private void nouns(Sentence s, List<Token> t, Places places) {
        String text = s.text();
        for (int h = 0; h < t.size(); h++) {
            Token head = t.get(h);
            String lower = head.lower();
            EventKind kind = NOUNS.get(lower);
            boolean objectOnly = kind == null && OBJECT_NOUNS.contains(lower);
            if (objectOnly) {
                kind = EventKind.MEETING;
            }
            // "COP-28", "COP28", "COP 26"
            boolean copSpaced = head.text().equals("COP") && h + 1 < t.size()
                    && t.get(h + 1).text().length() <= 2 && isNumber(t.get(h + 1).text());
            boolean cop = copSpaced || COP.matcher(head.text()).matches();
            int nounStart = h;
            // "working group", "phone call": a two-word noun ends here
            if (h > 0) {
                EventKind two = NOUNS.get(t.get(h - 1).lower() + " " + lower);
                if (two != null) {
                    kind = two;
                    objectOnly = false;
                    nounStart = h - 1;
                }
            }
            if (kind == null && !cop || head.start() == claimed) {
                continue;
            }
            if (cop) {
                kind = EventKind.CONFERENCE;
            }
            int headEnd = copSpaced ? h + 2 : h + 1;
            if (h + 1 < t.size() && NOUNS.containsKey(lower + " " + t.get(h + 1).lower())) {
                continue; // the longer noun ends at the next token
            }
            if (head.isCapitalized() && h + 1 < t.size() && t.get(h + 1).isCapitalized()
                    && t.get(h + 1).isWord() && !isFunctionWord(t.get(h + 1).lower())
                    && NOUNS.containsKey(lastNounOf(t, h + 1))) {
                continue; // the name goes on: "Negev Forum Working Groups"
            }
            if (isVerbUse(t, nounStart)) {
                continue;
            }
            // modifiers before the noun
            int start = nounStart;
            boolean capitalized = head.isCapitalized() && !cop;
            boolean named = cop;
            int mods = 0;
            while (start > 0 && mods < MAX_MODIFIERS) {
                Token m = t.get(start - 1);
                String ml = m.lower();
                if (m.isPossessive() && start >= 2 && !head.isCapitalized()
                        && MODIFIERS.contains(t.get(start - 2).lower())) {
                    start -= 2; // "trilateral leaders' summit"
                    mods++;
                    continue;
                }
                if (m.isPossessive() && start >= 2 && t.get(start - 2).isCapitalized()
                        && head.isCapitalized()) {
                    start -= 2; // "G7 Leader’s Summit"
                    named = true;
                    mods++;
                    continue;
                }
                if (ml.equals(")") && start >= 4 && t.get(start - 3).text().equals("(")
                        && ACRONYM_LIKE.matcher(t.get(start - 2).text().replace(".", ""))
                        .matches() && spelledOut(t, start - 3, t.get(start - 2).text())) {
                    start -= 3; // "the 11th ASEAN-United States (U.S.) Summit"
                    mods++;
                    continue;
                }
                if ((ml.equals("and") || ml.equals("&")) && named && start >= 2
                        && joinsName(t.get(start - 2), lower, places)) {
                    start--; // "U.S.-China Economic and Trade Meeting"
                    mods++;
                    continue;
                }
                if (!m.isWord()) {
                    break;
                }
                if (m.isCapitalized() && !isFunctionWord(ml) && timeAt(s, m) == null) {
                    named = true;
                } else if (ORDINAL.matcher(m.text()).matches() || MODIFIERS.contains(ml)
                        || ml.endsWith("-level") || ml.endsWith("-scale")) {
                    // a modifier
                } else {
                    break;
                }
                start--;
                mods++;
            }
            boolean held = objectOfEventVerb(t, start);
            int verb = holdingVerb(t, start);
            // "a call with Prime Minister Kishida", "talks with President Xi"
            boolean counterpart = (kind == EventKind.MEETING || kind == EventKind.TALKS)
                    && headEnd + 1 < t.size() && t.get(headEnd).is("with")
                    && counterpartAt(s, t, headEnd + 1);
            if (start == nounStart && !capitalized && !cop) {
                // a bare noun: "the visit", "meeting"; but "held a meeting", "a visit to Japan"
                if (!hasComplement(t, h) && !participleAfter(t, headEnd) && !held
                        && !destination(t, headEnd, kind, places) && !counterpart
                        && verb < 0 && dateBefore(s, t, start) == null
                        && dateAfter(s, t, headEnd, places) == null) {
                    continue;
                }
            }
            if (reported && start == nounStart && start >= 2 && t.get(start - 1).isPossessive()
                    && isOccasionDay(timeAt(s, t.get(start - 2)))) {
                continue; // "today's meeting", "Friday's call": the meeting already reported
            }
            if (objectOnly && verb < 0) {
                continue; // "a discussion", "the session": events only when held
            }
            // complement after the noun: "meeting of the U.S.-EU Energy Council"
            boolean ofBody = (kind == EventKind.MEETING || kind == EventKind.SUMMIT
                    || kind == EventKind.CONFERENCE || kind == EventKind.TALKS)
                    && !lower.startsWith("group") && headEnd + 2 < t.size()
                    && t.get(headEnd).is("of") && (t.get(headEnd + 1).isCapitalized()
                    && t.get(headEnd + 1).isWord() || t.get(headEnd + 1).is("the")
                    && t.get(headEnd + 2).isCapitalized() && t.get(headEnd + 2).isWord());
            if (start > 0 && !named && DEMONSTRATIVES.contains(t.get(start - 1).lower())) {
                continue; // "this meeting": the statement's own
            }
            if (start > 0 && !named && !capitalized && kind == EventKind.MEETING
                    && (t.get(start - 1).is("by") || t.get(start - 1).is("via"))) {
                continue; // "met by videoconference": how they met, not another meeting
            }
            // "the fourth meeting" is the statement's own; "the next meeting", "the second
            // meeting in March" are to come
            String ordinal = start > 0 && !named && !ofBody && !counterpart && verb < 0
                    && ORDINAL_WORDS.contains(t.get(start - 1).lower())
                    ? t.get(start - 1).lower() : null;
            int end = complementEnd(t, headEnd, kind, capitalized || named || ofBody);
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
                end = objectEnd(text, t, headEnd + 1);
            }
            String name = text.substring(t.get(start).start(), t.get(end - 1).end());
            if (!named && !capitalized) {
                // an unnamed event counts with a date, a place or a participle
                boolean placed = dateAfter(s, t, end, places) != null
                        || dateBefore(s, t, start) != null || placeAfter(s, t, end, places) != null
                        || participleAfter(t, end) || capitalizedComplement(t, headEnd, end)
                        || held || destination(t, end, kind, places) || counterpart
                        || verb >= 0 || kind == EventKind.ANNIVERSARY
                        && todayBefore(s, t, start).isPresent();
                if (!placed) {
                    continue;
                }
            }
            if (capitalized && !named && end == headEnd && !(verb >= 0
                    && GATHERING_VERBS.contains(t.get(verb).lower()))) {
                continue; // "the Summit", "the annual Meeting": a reference; not "met for the
                          // first Summit between our three countries"
            }
            // a named event that only frames another: "a future meeting of the DTT"
            if (!named && end > headEnd && t.get(headEnd).is("of")) {
                int inner = headEnd + 1;
                if (inner < t.size() && t.get(inner).is("the")) {
                    inner++;
                }
                if (inner < end && t.get(inner).isCapitalized()
                        && containsEventNoun(t, inner, end) && kind == EventKind.MEETING) {
                    continue;
                }
            }
            TimeExpression before = dateBefore(s, t, start);
            TimeExpression after = dateAfter(s, t, end, places);
            Optional<PartialDate> date = Optional.empty();
            if (before != null) {
                date = before.date();
            } else if (after != null) {
                date = after.date();
            }
            String location = placeAfter(s, t, end, places);
            if (location == null) {
                location = placeWithin(s, t, start, end, places, kind);
            }
            // "Today, the President held a call with ...": the holding verb's time
            TimeExpression opening = date.isEmpty() && verb >= 0 ? dateBeforeVerb(s, t, verb)
                    : null;
            if (opening != null) {
                date = byTense(opening, PAST_HOLDING_VERBS.contains(t.get(verb).lower()));
            }
            if (date.isEmpty() && kind == EventKind.ANNIVERSARY) {
                date = todayBefore(s, t, start); // "Today marks the 30th anniversary of"
            }
            if (date.isEmpty() && onMargins(t, start)) {
                date = dateOfClause(s, t, start); // "Today, ... met on the margins of the X"
            }
            if (date.isEmpty() && location == null && !meets(t, start, end)
                    && (lower.equals("group") || lower.equals("groups"))) {
                continue; // a body, not an event: "the Interagency Working Group"
            }
            EventStatus status = status(s, t, start, end, date);
            if (ordinal != null && (status != EventStatus.PLANNED
                    || date.isEmpty() && !ordinal.equals("next"))) {
                continue;
            }
            EventStatus cued = yearless(s, date) ? cueNear(t, start, end) : null;
            if (cued != null) {
                status = cued; // "on hosting a successful G7 Summit in June", said in January
            } else if (before != null && yearless(s, date) && ownedBefore(t, before)) {
                status = EventStatus.HELD; // "in their September meeting", said in April
            }
            date = adjustYear(date, status, s);
            if (date.isEmpty() && status == EventStatus.HELD && s.paragraph() == 0
                    && (start > 0 && followingAt(t, start)
                    || todayInParagraph(s) && participleAfter(t, end))) {
                // the occasion of the statement: "following a meeting ...", "has today ..."
                date = times.anchor().map(PartialDate::of);
            }
            String acronym = acronymFor(name, t, end).orElse(null);
            String rule = (named || capitalized ? "named event" : "unnamed event with a date,"
                    + " place or participle") + " (noun \"" + head.text() + "\")";
            boolean occasion = !reported && verb >= 0 && status == EventStatus.HELD
                    && s.index() < 3 && PAST_HOLDING_VERBS.contains(t.get(verb).lower())
                    && (kind == EventKind.MEETING || kind == EventKind.TALKS
                    || kind == EventKind.SUMMIT);
            if (occasion) {
                if (date.isEmpty() && mentionsToday(s)) {
                    date = times.anchor().map(PartialDate::of);
                }
                rule = "\"" + t.get(verb).text() + "\" with its object: the " + head.lower()
                        + " the statement reports";
            }
            int count = found.size();
            if (location != null && kind != EventKind.VISIT && isRegion(location)) {
                location = null; // "the Summit of the Americas", "the U.S.-Africa Leaders
                                 // Summit", "cooperation in the Indo-Pacific": a named event is
                                 // held in a city or a state, not in a region it names
            }
            add(name, acronym, kind, date, Optional.ofNullable(location), status, s, rule);
            if (occasion && found.size() > count) {
                Found last = found.get(found.size() - 1);
                found.set(found.size() - 1, new Found(last.event(), last.rule(), true));
                reported = true;
            }
        }
    }

    /** Returns the lower-cased last word of the capitalised run starting at {@code from}. */
    private static String lastNounOf(List<Token> t, int from) {
        int k = from;
        while (k + 1 < t.size() && t.get(k + 1).isCapitalized() && t.get(k + 1).isWord()
                && !isFunctionWord(t.get(k + 1).lower())) {
            k++;
        }
        String last = t.get(k).lower();
        if (k > from && NOUNS.containsKey(t.get(k - 1).lower() + " " + last)) {
            return t.get(k - 1).lower() + " " + last;
        }
        return last;
    }

    /** Whether the paragraph's first sentence says "today": its events are the occasion's. */
    private boolean todayInParagraph(Sentence s) {
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

    private static boolean isFunctionWord(String lower) {
        return switch (lower) {
            case "the", "a", "an", "and", "of", "in", "on", "at", "to", "for", "with", "by",
                 "during", "this", "that", "these", "those", "its", "their", "our", "his",
                 "her", "as", "from", "both", "all", "each", "following", "after", "before",
                 "since", "until", "we", "they", "he", "she", "it", "i" -> true;
            default -> false;
        };
    }

    private TimeExpression timeAt(Sentence s, Token token) {
        for (TimeExpression e : times.in(s)) {
            if (e.start() <= token.start() && token.end() <= e.end()) {
                return e;
            }
        }
        return null;
    }

    private static boolean isVerbUse(List<Token> t, int h) {
        if (h == 0) {
            return false;
        }
        String before = t.get(h - 1).lower();
        String lower = t.get(h).lower();
        if (before.equals("to") || before.equals("will") || before.equals("would")
                || before.equals("we") || before.equals("they") || before.equals("can")
                || before.equals("must") || before.equals("should")) {
            return !t.get(h).isCapitalized();
        }
        if ((lower.equals("call") || lower.equals("calls")) && h + 1 < t.size()
                && (t.get(h + 1).is("for") || t.get(h + 1).is("on") || t.get(h + 1).is("upon")
                || t.get(h + 1).is("to"))) { // "a call to action"
            return true;
        }
        return false;
    }

    private static boolean hasComplement(List<Token> t, int h) {
        if (h + 2 >= t.size()) {
            return false;
        }
        String next = t.get(h + 1).lower();
        return (next.equals("between") || next.equals("of")) && t.get(h + 2).isWord()
                && (t.get(h + 2).isCapitalized() || t.get(h + 2).is("the") || t.get(h + 2).is("a"));
    }

    private static boolean capitalizedComplement(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isCapitalized() && t.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsEventNoun(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NOUNS.containsKey(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Returns the end of the complement after an event noun. */
    private static int complementEnd(List<Token> t, int from, EventKind kind, boolean named) {
        int k = from;
        if (k + 1 >= t.size()) {
            return k;
        }
        String next = t.get(k).lower();
        if (named && next.equals("of")) {
            // "Summit of the Heads of Governments of the Central European Initiative"
            int e = k;
            while (e + 1 < t.size() && t.get(e).is("of")) {
                int q = e + 1;
                if (q < t.size() && t.get(q).is("the")) {
                    q++;
                }
                int r = q;
                while (r < t.size() && (t.get(r).isCapitalized() && t.get(r).isWord()
                        || r > q && (t.get(r).is("and") || t.get(r).text().equals("&"))
                        && r + 1 < t.size() && t.get(r + 1).isCapitalized())) {
                    r++; // "of the Trade and Labor Dialogue"
                }
                if (r == q) {
                    break;
                }
                e = r;
            }
            return e > k ? e : k;
        }
        if (next.equals("between") || next.equals("of")
                && (kind == EventKind.ANNIVERSARY || kind == EventKind.VISIT
                || kind == EventKind.OTHER)) {
            int e = k + 1;
            int ands = 0;
            boolean capitalized = false;
            while (e < t.size()) {
                Token x = t.get(e);
                String w = x.lower();
                if (capitalized && x.isWord() && !x.isCapitalized() && (w.endsWith("ing")
                        && t.get(e - 1).isWord() && t.get(e - 1).isCapitalized()
                        || w.equals("because") || w.equals("by"))
                        || w.equals("—") || w.equals("–")) {
                    break; // "of Bloody Sunday directing ...", "of the Act because it means";
                           // not "of the Supreme Court's landmark ruling"
                }
                capitalized |= x.isWord() && x.isCapitalized();
                if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("(")
                        || w.equals("in") || w.equals("on") || w.equals("as")
                        || w.equals("which") || w.equals("that") || w.equals("at")
                        || w.equals("last") || w.equals("this") || w.equals("from")
                        || w.equals("with") || w.equals("for")) {
                    break;
                }
                if (w.equals("and") && (!next.equals("between") || ++ands > 1)) {
                    break;
                }
                if (ands > 0 && !w.equals("and") && x.isWord() && !x.isCapitalized()
                        && !w.equals("the") && !w.equals("of")) {
                    break;
                }
                if (w.equals("to") && kind != EventKind.VISIT) {
                    break;
                }
                e++;
            }
            return e > k + 1 ? e : k;
        }
        if ((next.equals("on") || next.equals("for") && named) && k + 1 < t.size()
                && t.get(k + 1).isCapitalized()
                && t.get(k + 1).isWord() && !CALENDAR_WORDS.contains(t.get(k + 1).lower())) {
            if (kind == EventKind.TALKS && !named) {
                return k + 2; // "dialogue on AI"
            }
            if (named) {
                // "Global Summit on Artificial Intelligence (AI) Safety": the name goes on
                int e = k + 1;
                while (e < t.size() && (t.get(e).isCapitalized() && t.get(e).isWord()
                        || (t.get(e).is("and") || t.get(e).is("of") || t.get(e).is("for")
                        || t.get(e).is("the")) && e + 1 < t.size()
                        && t.get(e + 1).isCapitalized())) {
                    e++;
                }
                return e;
            }
        }
        return k;
    }

    /** A time expression just before the name: "the November 2022 Phnom Penh Summit". */
    private TimeExpression dateBefore(Sentence s, List<Token> t, int start) {
        return dateBefore(s, t, start, true);
    }

    /**
     * A time expression just before the name; with {@code apposition}, also across a comma or
     * "at": not for a later use of an acronym, which may name the body rather than the event
     * ("Since its inaugural meeting on 29 September 2021, the TTC has ...").
     */
    private TimeExpression dateBefore(Sentence s, List<Token> t, int start, boolean apposition) {
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
    private TimeExpression dateAfter(Sentence s, List<Token> t, int end, Places places) {
        int from = end < t.size() ? t.get(end).start() : s.text().length();
        for (TimeExpression e : times.in(s)) {
            if (e.start() < from || e.date().isEmpty()) {
                continue;
            }
            String gap = s.text().substring(from, e.start());
            return gapAllows(gap, places, from) ? e : null;
        }
        return null;
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
                continue;
            }
            if (x.isCapitalized() && x.isWord() && i + 2 < g.size() && g.get(i + 1).text()
                    .equals(",") && places.startingAt(offset + g.get(i + 2).start()) != null) {
                continue; // a town of a known country: "in Luleå, Sweden, on 31 May"
            }
            if (x.is("the") || GAP_WORDS.contains(x.lower())) {
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
     * Returns the verb that holds the event starting at {@code start}, past its determiner and
     * a few describing words ("held a warm and productive working meeting", "participated in
     * the plenary meeting"), or -1.
     */
    private static int holdingVerb(List<Token> t, int start) {
        boolean determined = false; // "held a ... meeting", not "hold mandatory meetings"
        for (int k = start - 1, words = 0; k >= 0 && words < 6; k--, words++) {
            Token x = t.get(k);
            String w = x.lower();
            boolean adjacent = k == start - 1;
            if (HOLDING_VERBS.contains(w)) {
                return determined || adjacent ? k : -1;
            }
            if (w.equals("in") && k > 0 && (t.get(k - 1).is("participated")
                    || t.get(k - 1).is("participate") || t.get(k - 1).is("participates"))) {
                return determined || adjacent ? k - 1 : -1;
            }
            if (w.equals("in") && k > 1 && t.get(k - 1).lower().endsWith("ly")
                    && t.get(k - 2).lower().startsWith("participat")) {
                return determined || adjacent ? k - 2 : -1; // "participate virtually in"
            }
            if (w.equals("for") || w.equals("at") || w.equals("during")) {
                int v = k - 1;
                while (v > 0 && ADVERBS.contains(t.get(v).lower())) {
                    v--;
                }
                if (v >= 0 && GATHERING_VERBS.contains(t.get(v).lower())) {
                    return determined || adjacent ? v : -1; // "met today for the first Summit"
                }
                if (w.equals("for") && determined) {
                    int host = hostBefore(t, k);
                    if (host >= 0) {
                        return host; // "will host Micheal Martin, Taoiseach of Ireland, for a
                                     // bilateral meeting"
                    }
                }
            }
            if (determined) {
                return -1;
            }
            determined = w.equals("a") || w.equals("an") || w.equals("the")
                    || w.equals("their") || w.equals("his") || w.equals("her") || w.equals("its")
                    || w.equals("our");
            boolean describing = x.isWord() && !x.isCapitalized() && !isFunctionWord(w)
                    && !w.endsWith("ed") || w.equals("and") || w.equals(",")
                    || ORDINAL_WORDS.contains(w);
            if (!describing && !determined) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A time expression of the clause before its verb: "Today, the President held ...", "On
     * Wednesday, ... held"; or right after it: "held today a call".
     */
    private TimeExpression dateBeforeVerb(Sentence s, List<Token> t, int verb) {
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
    private Optional<PartialDate> todayBefore(Sentence s, List<Token> t, int start) {
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

    /** Whether the event is where another met: "on the margins of the G20 Summit". */
    private static boolean onMargins(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && t.get(k).is("the")) {
            k--;
        }
        return k >= 1 && t.get(k).is("of") && (t.get(k - 1).is("margins")
                || t.get(k - 1).is("margin") || t.get(k - 1).is("sidelines"));
    }

    /**
     * The last date of the clause before {@code start}: the day of what happened on an event's
     * margins ("Today, she met X on the margins of the APEC Leaders' Meeting").
     */
    private Optional<PartialDate> dateOfClause(Sentence s, List<Token> t, int start) {
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

    /** The verb of hosting whose guest ends before "for" at {@code k}, in its clause; or -1. */
    private static int hostBefore(List<Token> t, int k) {
        for (int v = k - 1; v >= 0 && v > k - 16; v--) {
            String w = t.get(v).lower();
            if (w.equals(";") || w.equals(".") || w.equals("for") || w.equals("to")) {
                return -1;
            }
            if (w.equals("host") || w.equals("hosts") || w.equals("hosted") || w.equals("welcome")
                    || w.equals("welcomes") || w.equals("welcomed")) {
                return v;
            }
        }
        return -1;
    }

    /** Whether the event is the object of a verb that holds one: "held a meeting". */
    private static boolean objectOfEventVerb(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("the")
                || t.get(k).is("their") || t.get(k).is("its"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        return HOLDING_VERBS.contains(t.get(k).lower());
    }

    /** Whether a visit or trip has a destination: "a visit to Japan", "his trip to Seoul". */
    private static boolean destination(List<Token> t, int end, EventKind kind, Places places) {
        if (kind != EventKind.VISIT || end + 1 >= t.size() || !t.get(end).is("to")) {
            return false;
        }
        int q = end + 1;
        if (t.get(q).is("the") && q + 1 < t.size()) {
            q++;
        }
        Mention m = places.startingAt(t.get(q).start());
        return m != null && m.entity().type() != EntityType.ORGANIZATION;
    }

    private static boolean participleAfter(List<Token> t, int end) {
        int k = end;
        if (k < t.size() && t.get(k).text().equals(",")) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        String w = t.get(k).lower();
        return w.equals("held") || w.equals("conducted") || w.equals("co-hosted")
                || w.equals("hosted") || w.equals("convened") || w.equals("scheduled")
                || w.equals("planned") || w.equals("organized") || w.equals("organised");
    }

    private static boolean followingAt(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && (t.get(k).is("a") || t.get(k).is("the"))) {
            k--;
        }
        return k >= 0 && t.get(k).is("following");
    }

    /** "in Seoul", "at the Kuala Lumpur International Airport", after the name. */
    private String placeAfter(Sentence s, List<Token> t, int end, Places places) {
        int limit = Math.min(t.size(), end + 14);
        boolean participle = participleAfter(t, end);
        for (int k = end; k + 1 < limit; k++) {
            Token x = t.get(k);
            String w = x.lower();
            boolean relative = (w.equals("which") || w.equals("that")) && k + 1 < limit
                    && (t.get(k + 1).is("will") || t.get(k + 1).is("was")
                    || t.get(k + 1).is("is") || t.get(k + 1).is("took"));
            if (w.equals(";") || (w.equals("which") || w.equals("that")) && !relative
                    || w.equals("and") && k > end + 1 && !participle) {
                break; // ", which will be held in London" still places it
            }
            if (w.equals("in") || w.equals("at")) {
                int q = k + 1;
                Mention m = places.startingAt(t.get(q).start());
                if (m == null && t.get(q).is("the") && q + 1 < t.size()) {
                    m = places.startingAt(t.get(q + 1).start());
                    q++;
                }
                if (m != null && m.entity().type() != EntityType.ORGANIZATION
                        && !modifies(s.text(), m)) {
                    return placeText(s.text(), m);
                }
                if (w.equals("at") && t.get(k + 1).is("the")) {
                    int r = q;
                    while (r < t.size() && t.get(r).isCapitalized() && t.get(r).isWord()) {
                        r++;
                    }
                    if (r - q >= 2) {
                        return s.text().substring(t.get(q).start(), t.get(r - 1).end());
                    }
                }
            }
        }
        return null;
    }

    /** A place in the name ("Phnom Penh Summit") or a visit's destination ("to the ROK"). */
    private static String placeWithin(Sentence s, List<Token> t, int start, int end,
            Places places, EventKind kind) {
        for (Mention m : places.all()) {
            if (m.start() >= t.get(start).start() && m.end() <= t.get(end - 1).end()) {
                if (m.entity().type() == EntityType.PLACE) {
                    return placeText(s.text(), m);
                }
                if (kind == EventKind.VISIT && m.entity().type() == EntityType.COUNTRY
                        && m.start() > 3 && s.text().startsWith("to ", m.start() - 3)
                        || kind == EventKind.VISIT && m.start() > 7
                        && s.text().startsWith("to the ", m.start() - 7)) {
                    return placeText(s.text(), m);
                }
            }
        }
        // "Official Visit to Thailand"
        if (kind == EventKind.VISIT && end + 1 < t.size() && t.get(end).is("to")) {
            int q = end + 1;
            if (t.get(q).is("the") && q + 1 < t.size()) {
                q++;
            }
            Mention m = places.startingAt(t.get(q).start());
            if (m != null) {
                return placeText(s.text(), m);
            }
        }
        return null;
    }

    private static String placeText(String text, Mention m) {
        String place = text.substring(m.start(), m.end());
        if (place.toLowerCase(Locale.ROOT).startsWith("the ")) {
            place = place.substring(4);
        }
        return place;
    }

    private EventStatus status(Sentence s, List<Token> t, int start, int end,
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
        if (date.isPresent()) {
            return EventStatus.UNKNOWN;
        }
        return pastTense(t) ? EventStatus.HELD : EventStatus.UNKNOWN;
    }

    /**
     * Whether the clause says a body meets or met: "the launch of the ... Working Group", "the
     * Working Groups, which recently brought together experts", "the upcoming Working Group".
     */
    private static boolean meets(List<Token> t, int start, int end) {
        for (int k = Math.max(0, start - 6); k < Math.min(t.size(), end + 8); k++) {
            if (k >= start && k < end) {
                continue;
            }
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(".")) {
                if (k >= end) {
                    break;
                }
                continue;
            }
            if (GATHERING_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest status cue in the event's clause, before its name first; or null. */
    private static EventStatus cueNear(List<Token> t, int start, int end) {
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
                    && (t.get(k + 1).is("which") || t.get(k + 1).is("to")))) {
                break; // ", which will be held in London" and ", to be held at" go on
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
        EventStatus cue = CUES.get(t.get(k).lower());
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
                    || w.equals("were") || w.equals("met") || w.equals("held")) {
                return true;
            }
        }
        return false;
    }

    private Optional<EventStatus> statusFromDate(Optional<PartialDate> date) {
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
     * Moves a month the text gives without its year across the year boundary when the tense
     * says so: "in December", said in January of an event held, is last December.
     */
    private Optional<PartialDate> adjustYear(Optional<PartialDate> date, EventStatus status,
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
    private Optional<PartialDate> byTense(TimeExpression e, boolean past) {
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
    private static boolean isOccasionDay(TimeExpression e) {
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
    private boolean yearless(Sentence s, Optional<PartialDate> date) {
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

    /** The acronym of an event: defined in the text, or its initials used on their own. */
    private Optional<String> acronymFor(String name, List<Token> t, int end) {
        Optional<String> defined = acronyms.acronymOf(name);
        if (defined.isPresent()) {
            return defined;
        }
        for (Acronyms.Definition d : acronyms.definitions()) {
            if (name.endsWith(d.longForm())) {
                return Optional.of(d.acronym());
            }
        }
        // "(DSC TTX)" right after the name
        if (end + 2 < t.size() && t.get(end).text().equals("(")) {
            int close = end + 1;
            while (close < t.size() && !t.get(close).text().equals(")")) {
                close++;
            }
            String inside = String.join(" ", t.subList(end + 1, Math.min(close, t.size())).stream()
                    .map(Token::text).toList());
            if (Acronyms.isAcronym(inside)) {
                return Optional.of(inside);
            }
        }
        String initials = initials(name);
        if (initials.length() >= 3 && acronymUsed(initials)) {
            return Optional.of(initials);
        }
        return Optional.empty();
    }

    private boolean acronymUsed(String initials) {
        if (sentencesForAcronyms != null) {
            noteAcronyms(sentencesForAcronyms); // once, when a named event first asks
            sentencesForAcronyms = null;
        }
        return initialsAcronyms.containsKey(initials);
    }

    /** Notes the acronyms a sentence uses on their own, for {@link #acronymFor}. */
    private void noteAcronyms(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (Token x : refs.words(s.text()).tokens) {
                String w = x.text();
                if (w.length() >= 3 && w.length() <= 6 && allUpperCase(w)) {
                    initialsAcronyms.put(w, s.index());
                }
            }
        }
    }

    /** Whether every character is an upper-case letter; a loop, not a stream per token. */
    private static boolean allUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (Token x : Token.tokenize(name)) {
            if (x.isCapitalized() && x.isWord() && !x.text().contains("-")
                    && !x.text().contains(".") && !isFunctionWord(x.lower())) {
                b.append(x.text().charAt(0));
            }
        }
        return b.toString();
    }

    /** Later uses of an event's acronym on their own: "before this year's SCM". */
    private void acronymUses(Sentence s, List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.length() < 2 || !Acronyms.isAcronym(w)) {
                continue;
            }
            if (k > 0 && t.get(k - 1).text().equals("(")) {
                continue; // its definition
            }
            Found event = eventWithAcronym(w);
            if (event == null || event.event().evidence().paragraph() == s.paragraph()
                    && event.event().text().equals(s.text())) {
                continue;
            }
            Places places = new Places(List.of());
            TimeExpression before = dateBefore(s, t, k, false);
            TimeExpression after = dateAfter(s, t, k + 1, places);
            Optional<PartialDate> date = before != null ? before.date()
                    : after != null ? after.date() : Optional.empty();
            if (date.isEmpty()) {
                continue; // a bare use adds nothing to the event it names
            }
            EventStatus status = status(s, t, k, k + 1, date);
            if (status == EventStatus.UNKNOWN || status == EventStatus.HELD) {
                Optional<EventStatus> cue = Optional.ofNullable(
                        k > 0 ? CUES.get(t.get(k - 1).lower()) : null);
                status = cue.orElse(status);
            }
            String name = acronyms.longForm(w).orElse(stripOrdinal(event.event().name()));
            add(name, w, event.event().kind(), date, Optional.empty(), status, s,
                    "later use of the acronym \"" + w + "\"");
        }
    }

    private Found eventWithAcronym(String acronym) {
        for (Found f : found) {
            if (f.event().acronym().filter(acronym::equals).isPresent()) {
                return f;
            }
        }
        return null;
    }

    private static String stripOrdinal(String name) {
        List<Token> t = Token.tokenize(name);
        if (!t.isEmpty() && ORDINAL.matcher(t.get(0).text()).matches() && t.size() > 1) {
            return name.substring(t.get(1).start());
        }
        return name;
    }

    private void add(String name, String acronym, EventKind kind, Optional<PartialDate> date,
            Optional<String> location, EventStatus status, Sentence s, String rule) {
        String key = key(name);
        for (int i = 0; i < found.size(); i++) {
            Event e = found.get(i).event();
            boolean same = key(e.name()).equals(key)
                    || acronym != null && e.acronym().filter(acronym::equals).isPresent()
                    && key(stripOrdinal(e.name())).equals(key(stripOrdinal(name)))
                    && e.date().equals(date)
                    || kind == EventKind.MEETING && e.kind() == EventKind.MEETING
                    && sameCounterpart(e.name(), name);
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
                return;
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
    private static String key(String name) {
        StringBuilder b = new StringBuilder();
        for (Token x : Token.tokenize(name)) {
            String w = x.lower();
            if (!x.isWord() || w.equals("the") || w.equals("a") || w.equals("an")) {
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
