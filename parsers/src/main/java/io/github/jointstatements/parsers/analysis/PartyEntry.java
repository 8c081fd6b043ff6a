package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A party while the analysis finds it: a person, a state or an organisation, with the words that
 * name it and the rule that found it. Mutable while the party finder fills it in; not
 * thread-safe.
 */
final class PartyEntry {

    String name;
    List<String> nameTokens;
    String role;
    String country;
    /** The international organisation whose office a person holds, or null. */
    String organization;
    PartyKind kind;
    String rule;
    /** Whether the title names this party. */
    boolean namedInTitle;
    /** The state or organisation this party is, or null for a person. */
    Entity entity;
    /** Phrases the text uses for this party alone ("the Prime Minister"), lower case. */
    final List<String> explicitAliases = new ArrayList<>();
    /** Aliases found in the text, as written, in order. */
    final List<String> aliases = new ArrayList<>();

    PartyEntry(String name, List<String> nameTokens, String role, String country, PartyKind kind,
            String rule) {
        this.name = name;
        this.nameTokens = nameTokens;
        this.role = role;
        this.country = country;
        this.kind = kind;
        this.rule = rule;
    }

    /**
     * Returns a person's entry: the person's country, else the organisation whose office they
     * hold.
     */
    static PartyEntry person(PersonMention m, String rule) {
        PartyEntry entry = new PartyEntry(m.name(), m.nameTokens(), m.role().orElse(null),
                m.country().orElse(null), PartyKind.PERSON, rule);
        if (entry.country == null) {
            entry.organization = m.organization().orElse(null);
        }
        return entry;
    }

    /** Returns whether the party is placed: in a country, or in an international organisation. */
    boolean isPlaced() {
        return country != null || organization != null;
    }

    /** Returns the head of the role: "Secretary of Defense" gives "Secretary". */
    String roleHead(Offices offices) {
        return role == null || role.isEmpty() ? "" : offices.head(lastOffice(role));
    }

    /** Returns the last office of a list of offices: "Member, Director, and Foreign Minister". */
    static String lastOffice(String role) {
        int comma = role.lastIndexOf(',');
        String last = comma < 0 ? role : role.substring(comma + 1).strip();
        if (last.toLowerCase(Locale.ROOT).startsWith("and ")) {
            last = last.substring(4);
        }
        return last;
    }

    /** Returns whether the words of a person's name point to this party. */
    boolean isNamedBy(List<String> words) {
        if (kind != PartyKind.PERSON || words.isEmpty() || nameTokens.isEmpty()) {
            return false;
        }
        List<String> mine = significant(nameTokens);
        List<String> theirs = significant(words);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return false;
        }
        if (mine.equals(theirs) || endsWith(theirs, mine) || endsWith(mine, theirs)) {
            return true; // a family name of two words: "López Obrador", "Andrés Manuel López Obrador"
        }
        String myLast = mine.get(mine.size() - 1);
        String myFirst = mine.get(0);
        String theirLast = theirs.get(theirs.size() - 1);
        String theirFirst = theirs.get(0);
        if (theirs.size() == 1) {
            return theirLast.equals(myLast) || theirLast.equals(myFirst) || surnames(mine, theirs);
        }
        if (mine.size() == 1) {
            return myLast.equals(theirLast) || myLast.equals(theirFirst);
        }
        return myLast.equals(theirLast) && myFirst.charAt(0) == theirFirst.charAt(0)
                || myFirst.equals(theirFirst) && myLast.equals(theirLast)
                || theirs.size() == 2 && myFirst.equals(theirFirst)
                && mine.contains(theirLast)
                || surnames(mine, theirs);
    }

    /**
     * Whether {@code theirs} are the surnames of a name of three words or more, the words after
     * the given name: "Petro" and "Petro Urrego" of "Gustavo Petro Urrego", "López Obrador" of
     * "Andrés Manuel López Obrador".
     */
    private static boolean surnames(List<String> mine, List<String> theirs) {
        if (mine.size() < 3 || theirs.size() >= mine.size()) {
            return false;
        }
        for (int i = 1; i + theirs.size() <= mine.size(); i++) {
            if (mine.subList(i, i + theirs.size()).equals(theirs)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether a person's name is this one's with a second family name added, or this one
     * that with one left out: "Sebastián Piñera Echenique" of "Sebastián Piñera". (Only to know a
     * person named twice, not to take the longer reading's words for the name.)
     */
    boolean isNamedLongerBy(List<String> words) {
        if (kind != PartyKind.PERSON || words.isEmpty() || nameTokens.isEmpty()) {
            return false;
        }
        List<String> mine = significant(nameTokens);
        List<String> theirs = significant(words);
        return startsWith(theirs, mine) || startsWith(mine, theirs);
    }

    /** Returns whether {@code words} start with {@code head} of two words or more. */
    private static boolean startsWith(List<String> words, List<String> head) {
        return head.size() >= 2 && words.size() > head.size()
                && words.subList(0, head.size()).equals(head);
    }

    /** Returns whether {@code words} ends with {@code tail} of two words or more. */
    private static boolean endsWith(List<String> words, List<String> tail) {
        return tail.size() >= 2 && words.size() > tail.size()
                && words.subList(words.size() - tail.size(), words.size()).equals(tail);
    }

    private static List<String> significant(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String s = w.toLowerCase(Locale.ROOT);
            if (s.length() > 1 && !s.equals("iii") && !s.equals("ii") && !s.equals("iv")
                    && !s.equals("jr") && !s.equals("sr")) {
                out.add(s);
            }
        }
        return out;
    }
}
