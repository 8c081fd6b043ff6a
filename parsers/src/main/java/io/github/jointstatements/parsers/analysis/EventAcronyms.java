package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventNames.initials;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acronym of an event: one the text defines for its name ("Deterrence Strategy Committee
 * Table-top Exercise (DSC TTX)"), or its initials when the text uses them on their own. One per
 * statement; not thread-safe.
 */
final class EventAcronyms {

    private final Acronyms acronyms;
    private final References refs;
    private final Map<String, Integer> initialsAcronyms = new HashMap<>();
    /** The sentences whose stand-alone acronyms are noted on first need, then null. */
    private List<Sentence> sentencesForAcronyms;

    EventAcronyms(Acronyms acronyms, References refs, List<Sentence> sentences) {
        this.acronyms = acronyms;
        this.refs = refs;
        this.sentencesForAcronyms = sentences;
    }

    /** The acronym of an event: defined in the text, or its initials used on their own. */
    Optional<String> acronymFor(String name, List<Token> t, int end) {
        Optional<String> defined = acronyms.acronymOf(name);
        if (defined.isPresent()) {
            return defined;
        }
        for (Acronyms.Definition d : acronyms.definitions()) {
            if (name.endsWith(d.longForm()) && namesEvent(d.longForm())) {
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
            if (Acronyms.isAcronym(inside) && acronyms.definitions().stream()
                    .noneMatch(d -> d.acronym().equals(inside) && !namesEvent(d.longForm()))) {
                return Optional.of(inside); // not "the session of the Gulf Cooperation Council
                                            // (GCC)": the body's acronym
            }
        }
        String initials = initials(name);
        if (initials.length() >= 3 && acronymUsed(initials)) {
            return Optional.of(initials);
        }
        return Optional.empty();
    }

    /** Whether a long form names an event by one of its nouns: "... Table-top Exercise". */
    private static boolean namesEvent(String longForm) {
        for (Token x : Token.tokenize(longForm)) {
            String w = x.lower();
            if (EventWords.NOUNS.containsKey(w) || EventWords.OBJECT_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
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
}
