package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.MID_NAME_STYLES;
import static io.github.jointstatements.parsers.analysis.NameWords.NAME_STOPS;
import static io.github.jointstatements.parsers.analysis.NameWords.NOT_NAMES;
import static io.github.jointstatements.parsers.analysis.NameWords.PARTICLES;
import static io.github.jointstatements.parsers.analysis.NameWords.PLURAL_MEMBERS;
import static io.github.jointstatements.parsers.analysis.NameWords.SUFFIXES;
import static io.github.jointstatements.parsers.analysis.NameWords.isAllCaps;
import static io.github.jointstatements.parsers.analysis.NameWords.isInitial;
import static io.github.jointstatements.parsers.analysis.NameWords.particleJoined;
import static io.github.jointstatements.parsers.analysis.TokenSpans.mentionAtOffset;

import java.util.List;

/**
 * Reads where a person's name ends after an office or an honorific: capitalised words, initials,
 * particles ("bin", "von der") and a generational suffix, stopping at a headline's word, a place
 * or another office; and whether capitals open a name family name first ("KONO Taro").
 * Thread-safe.
 */
final class NameReader {

    private static final int MAX_NAME_WORDS = 7;

    private final Offices offices;

    NameReader(Offices offices) {
        this.offices = offices;
    }

    /**
     * Returns the token index just past the name that starts at {@code from}. A name is word
     * tokens alone, never a mark ({@link NameFirstOffices} relies on it).
     */
    int nameEnd(String text, List<Token> tokens, Places places, int from) {
        int i = from;
        int words = 0;
        // a name may open with particles: "President von der Leyen"
        int lead = from;
        while (lead < tokens.size() && PARTICLES.contains(tokens.get(lead).text())
                && !tokens.get(lead).isCapitalized()) {
            lead++;
        }
        if (lead > from && lead < tokens.size() && tokens.get(lead).isCapitalized()
                && !NOT_NAMES.contains(tokens.get(lead).lower())) {
            i = lead;
        }
        while (i < tokens.size() && words < MAX_NAME_WORDS) {
            Token t = tokens.get(i);
            String w = t.text();
            if (t.isCapitalized() && PLURAL_MEMBERS.contains(t.lower())) {
                // an office of many, no name: "ASEAN Foreign Ministers’ Retreat"; after a name,
                // a headline's words run on ("Jill Biden Thanking National Guard Members")
                if (words <= 2) {
                    return from;
                }
                break;
            }
            if (SUFFIXES.contains(w) && words > 0) {
                i++;
                words++;
                break;
            }
            if (words > 0 && particleJoined(w)) {
                i++; // "al-Saud", "el-Sisi"
                words++;
                continue;
            }
            if (PARTICLES.contains(w) && words > 0) {
                int k = i + 1;
                while (k < tokens.size() && PARTICLES.contains(tokens.get(k).text())) {
                    k++;
                }
                if (k < tokens.size() && tokens.get(k).isCapitalized()
                        && !NOT_NAMES.contains(tokens.get(k).lower())) {
                    i = k;
                    continue;
                }
                break;
            }
            if (!t.isWord() || !t.isCapitalized() || NOT_NAMES.contains(t.lower())
                    || NAME_STOPS.contains(t.lower())
                    || isAllCaps(w) && w.length() > 1 && !w.contains(".")
                    && !(words == 0 && familyNameFirst(text, tokens, places, i))
                    || mentionAtOffset(places, t.start()) != null
                    && !(words > 0 && isInitial(tokens.get(i - 1).text()))
                    && !(words == 0 && placeOpensName(tokens, places, i))
                    || offices.officeEnd(text, t.start()).isPresent()
                    && !midNameStyle(tokens, i, words)) {
                break;
            }
            i++;
            words++;
        }
        // a name is not a lone initial
        if (words == 1 && tokens.get(from).text().length() <= 2) {
            return from;
        }
        return i;
    }

    /**
     * Returns whether the style at {@code i} is a word of the name being read: after a name
     * word, before another ("Hassan Sheikh Mohamud").
     */
    private static boolean midNameStyle(List<Token> tokens, int i, int words) {
        return words > 0 && i + 1 < tokens.size() && MID_NAME_STYLES.contains(tokens.get(i).text())
                && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
                && !NOT_NAMES.contains(tokens.get(i + 1).lower());
    }

    /**
     * Returns whether a one-word place opens a name of two words that ends the clause's subject:
     * "Director General for Defense Policy Kano Koji convened" (Kano is also a city).
     */
    private static boolean placeOpensName(List<Token> tokens, Places places, int i) {
        Mention place = mentionAtOffset(places, tokens.get(i).start());
        if (place == null || place.entity().type() != EntityType.PLACE
                || place.end() != tokens.get(i).end() || i + 2 >= tokens.size()) {
            return false;
        }
        Token given = tokens.get(i + 1);
        Token after = tokens.get(i + 2);
        return given.isWord() && given.isCapitalized() && !isAllCaps(given.text())
                && !NOT_NAMES.contains(given.lower()) && !NAME_STOPS.contains(given.lower())
                && mentionAtOffset(places, given.start()) == null
                && (!after.isWord() || !after.isCapitalized());
    }

    /**
     * Returns whether the capitalised family name at {@code i} opens a name in the Japanese
     * style: "Minister of Defense KONO Taro", "Prime Minister KISHIDA Fumio".
     */
    boolean familyNameFirst(String text, List<Token> tokens, Places places, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i).text().length() < 2) {
            return false;
        }
        Token given = tokens.get(i + 1);
        return given.isWord() && given.isCapitalized() && !isAllCaps(given.text())
                && !NOT_NAMES.contains(given.lower()) && given.text().length() > 2
                && mentionAtOffset(places, given.start()) == null
                && mentionAtOffset(places, tokens.get(i).start()) == null
                && offices.officeEnd(text, given.start()).isEmpty();
    }
}
