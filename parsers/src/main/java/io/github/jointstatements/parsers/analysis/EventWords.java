package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of events: the nouns that name them ({@code event-nouns.tsv}) with their kinds, the
 * cues of their status ({@code event-cues.tsv}), the modifiers of their names
 * ({@code event-modifiers.txt}), and the verbs that hold, report or gather for them. Constants
 * only, loaded once; thread-safe.
 */
final class EventWords {

    static final Map<String, EventKind> NOUNS = new HashMap<>();
    static final Map<String, EventStatus> CUES = new HashMap<>();
    static final Set<String> MODIFIERS = Set.copyOf(
            WordLists.load(EventWords.class, "event-modifiers.txt"));
    static final Set<String> ORDINAL_WORDS = Set.of("first", "second", "third",
            "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "last",
            "latest", "previous", "same", "other", "such");
    /**
     * Words that make a plural event a habit rather than an occasion: "regular consultations",
     * "frequent meetings", "further talks".
     */
    static final Set<String> HABIT_WORDS = Set.of("regular", "regularly", "periodic",
            "frequent", "routine", "recurring", "further", "additional", "more", "various",
            "numerous", "several", "many", "future");
    static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those",
            "today's", "yesterday's", "such");
    /** Verbs that report a meeting of their subject, with the noun of what they report. */
    static final Map<String, String> MEET_VERBS = Map.ofEntries(
            Map.entry("met", "meeting"), Map.entry("meet", "meeting"),
            Map.entry("meets", "meeting"), Map.entry("spoke", "call"), Map.entry("speak", "call"),
            Map.entry("speaks", "call"), Map.entry("talked", "call"), Map.entry("called", "call"),
            Map.entry("welcomed", "meeting"), Map.entry("welcome", "meeting"),
            Map.entry("welcomes", "meeting"), Map.entry("hosted", "meeting"),
            Map.entry("host", "meeting"), Map.entry("hosts", "meeting"),
            Map.entry("received", "meeting"), Map.entry("receive", "meeting"),
            Map.entry("receives", "meeting"));
    /** Words between a verb of meeting and its counterpart: "called Governor X today". */
    static final Set<String> ADVERBS = Set.of("today", "yesterday", "tonight",
            "virtually", "briefly", "privately", "separately", "also", "warmly", "again");
    /**
     * Nouns that name a meeting only as what a verb holds: "hosted a briefing with", "convened
     * a session of"; elsewhere they are no event ("the session's outcome"). Discussions are
     * what a meeting holds, not a meeting of their own.
     */
    static final Set<String> OBJECT_NOUNS = Set.of("session", "briefing");
    /** Verbs of a visit, whose object is the place: "will visit Japan", "visited Warsaw". */
    static final Set<String> VISIT_VERBS = Set.of("visit", "visits", "visited", "visiting");
    /** Verbs of a trip: "will travel to Maui on Monday". */
    static final Set<String> TRAVEL_VERBS = Set.of("travel", "travels", "traveled",
            "travelled", "traveling", "travelling");
    /** Verbs of what happens on an event's margins: "met today on the margins of the X". */
    static final Set<String> MARGIN_VERBS = Set.of("met", "meet", "meets", "spoke",
            "speaks", "held", "holds", "hold", "hosted", "hosts", "host", "co-hosted", "convened",
            "convenes", "gathered", "joined", "participated", "attended");
    /** Verbs of gathering whose occasion follows "for", "at": "met for the Summit". */
    static final Set<String> GATHERING_VERBS = Set.of("met", "meet", "gathered",
            "gather", "convened", "convene", "assembled");
    /** Verbs whose object is an event they hold: "held a meeting", "paid a visit". */
    static final Set<String> HOLDING_VERBS = Set.of("held", "hold", "holds", "holding",
            "convened", "convene", "convenes", "hosted", "host", "hosts", "hosting", "co-hosted",
            "conducted", "conduct", "conducting", "attended", "attend", "attending", "organized",
            "organised", "organize", "paid", "pay", "paying", "made", "had", "joined", "chaired",
            "proposed", "propose", "proposes", "co-chaired", "led", "resume", "resumed",
            "renew", "renewed", "restart", "restarted", "re-start", "re-started", "relaunch",
            "relaunched", "reconvene", "reconvened", "launch", "launched");
    /** The holding verbs that report the meeting a statement is about: "held a call with". */
    static final Set<String> PAST_HOLDING_VERBS = Set.of("held", "convened", "hosted",
            "co-hosted", "had", "joined", "chaired", "co-chaired", "participated");
    /** Verbs whose object is a body's meeting, not the body: "convened the Major Economies Forum". */
    static final Set<String> CONVENING_VERBS = Set.of("convened", "convene", "convenes",
            "hosted", "host", "hosts", "hosting", "co-hosted", "chaired", "co-chaired", "held",
            "hold", "holds", "reconvene", "reconvened", "reconvenes");
    /** Capitalised words that start a date, not a topic: "on January 30", "on Monday". */
    static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    static final Pattern COP = Pattern.compile("COP-?\\d{1,2}");
    /** An acronym or a numbered group: "NATO", "G7", "G-20", "IMF". */
    static final Pattern ACRONYM_LIKE = Pattern.compile("[A-Z][A-Z0-9-]{0,8}[A-Z0-9]");
    static final int MAX_MODIFIERS = 8;
    /** The last words of the nouns of more than one word: "group" of "working group". */
    static final Set<String> SECOND_WORDS = new java.util.HashSet<>();
    /** Every word that may announce an event: nouns, their last words, verbs of meeting. */
    static final Set<String> EVENT_WORDS = new java.util.HashSet<>();

    static {
        for (String row : WordLists.load(EventWords.class, "event-nouns.tsv")) {
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
        EVENT_WORDS.addAll(VISIT_VERBS);
        for (String row : WordLists.load(EventWords.class, "event-cues.tsv")) {
            String[] cols = row.split("\t");
            CUES.put(cols[0].strip(), EventStatus.valueOf(cols[1].strip()));
        }
    }

    private EventWords() {
    }

    /** Whether a sentence has an event noun or a verb of meeting: most have neither. */
    static boolean mayNameEvent(List<Token> t) {
        for (Token x : t) {
            String w = x.lower();
            if (EVENT_WORDS.contains(w) || w.startsWith("cop") && (w.length() == 3
                    || COP.matcher(x.text()).matches())) {
                return true;
            }
        }
        return false;
    }

    static boolean isFunctionWord(String lower) {
        return switch (lower) {
            case "the", "a", "an", "and", "of", "in", "on", "at", "to", "for", "with", "by",
                 "during", "this", "that", "these", "those", "its", "their", "our", "his",
                 "her", "as", "from", "both", "all", "each", "following", "after", "before",
                 "since", "until", "we", "they", "he", "she", "it", "i", "although",
                 "though", "while", "when", "whereas", "if", "because", "but", "once",
                 "unless" -> true;
            default -> false;
        };
    }

    static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** Returns the index of the first token at or after {@code k} that starts at {@code end}. */
    static int past(List<Token> t, int k, int end) {
        while (k < t.size() && t.get(k).start() < end) {
            k++;
        }
        return k;
    }

    static boolean containsWord(String text, String word) {
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
}
