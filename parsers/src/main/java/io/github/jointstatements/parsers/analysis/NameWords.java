package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of persons' names and what ends them: honorifics, particles, generational suffixes,
 * the capitalised words that end a name in a headline, and the shapes of initials and capitals.
 * The word lists are resources of this package. Thread-safe: every set is filled once, at class
 * initialisation, and never changed after.
 */
final class NameWords {

    static final Set<String> HONORIFICS = new HashSet<>();
    static final Set<String> OPENING_HONORIFICS = new HashSet<>();
    static final Set<String> PARTICLES = Set.copyOf(
            WordLists.load(NameWords.class, "name-particles.txt"));
    static final Set<String> SUFFIXES = Set.copyOf(
            WordLists.load(NameWords.class, "name-suffixes.txt"));
    /** Capitalised words that end a name in Title Case headlines. */
    static final Set<String> NOT_NAMES = Set.of("and", "with", "of", "on", "in", "at",
            "to", "for", "by", "from", "the", "a", "an", "meeting", "call", "joint", "statement",
            "readout", "visit", "trip", "today", "yesterday", "tomorrow", "this", "during",
            "following", "after", "before", "about", "regarding", "between", "met", "spoke",
            "held", "hosted", "also", "who", "whose", "said", "says", "announced", "together",
            "both", "jointly", "discussed", "welcomed", "reaffirmed", "agreed", "as");

    /**
     * The members of a body in the plural: capitalised words that make the words before them an
     * office, not a name ("the Chairman of the ASEAN Foreign Ministers’ Retreat").
     */
    static final Set<String> PLURAL_MEMBERS = Set.of("ministers", "leaders", "heads",
            "presidents", "secretaries", "chairs", "chairmen", "governments", "delegations",
            "representatives", "members", "states");

    /**
     * Capitalised words that end a name, where a Title Case headline runs on after it ("President
     * Joe Biden Marking Four Years Since ..."), though they may belong to an office.
     */
    static final Set<String> NAME_STOPS = Set.copyOf(
            WordLists.load(NameWords.class, "name-stops.txt"));

    /** Royal styles written between an office and a name: "Defense Minister Prince Khalid". */
    static final Set<String> ROYAL_STYLES = Set.of("Prince", "Princess");
    /**
     * Styles that are also name words inside a name, between a given and a family name ("Hassan
     * Sheikh Mohamud", "Abdullahi Sheikh Ali"): within a name they do not open an office.
     */
    static final Set<String> MID_NAME_STYLES = Set.of("Sheikh", "Shaikh");
    /** Words that Title Case capitalises in headlines and that may open a mention's context. */
    static final Set<String> FUNCTION_WORDS = Set.of("and", "with", "of", "on", "in",
            "at", "to", "for", "by", "from", "the", "a", "an", "between", "following", "after",
            "before", "during", "about", "regarding", "as", "among", "amid");
    /** Capitalised nouns that follow a name without being a given name: "Biden Administration". */
    static final Set<String> GIVEN_NAME_STOPS = new HashSet<>(
            WordLists.load(NameWords.class, "institution-words.txt"));

    static {
        GIVEN_NAME_STOPS.addAll(List.of("monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december"));
    }

    static {
        for (String entry : WordLists.load(NameWords.class, "honorifics.txt")) {
            String word = entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry;
            HONORIFICS.add(word);
            if (entry.endsWith("*")) {
                OPENING_HONORIFICS.add(word);
            }
        }
    }

    private NameWords() {}

    /**
     * Returns whether {@code text} holds a word that ends a name where a Title Case headline
     * runs on, as its verb ("Mourning", "Marking", "Host").
     */
    static boolean holdsHeadlineStop(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NAME_STOPS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a word is a particle joined to a name by a hyphen: "al-Saud". */
    static boolean particleJoined(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1))
                && PARTICLES.contains(w.substring(0, hyphen));
    }

    /** Returns whether a word is an initial: "O.", "J.". */
    static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    static boolean isAllCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
