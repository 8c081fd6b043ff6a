package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a release's reference number on its own line ("Press Release (97)27", "SC/8215", "EUCO
 * 172/12", "Release No: NR-360-17"), which is neither headline nor text. Stateless.
 */
final class ReferenceLines {

    /** Words that may label a release's reference number: "Press Release (97)27", "Release No: ...". */
    private static final Set<String> REFERENCE_LABELS = Set.of("press", "release", "no", "no.",
            "nº", "n°", "number", "ref", "ref.", "reference", "unique", "id", "communique",
            "communiqué", "statement", "news");

    /** A reference line has at most this many words. */
    private static final int MAX_REFERENCE_WORDS = 5;

    /**
     * A release's reference number on its own line: "Press Release (97)27", "SC/8215", "EUCO
     * 172/12", "PR PCE 147", "Release No: NR-360-17", "UNIQUE ID: 161212_11": label words, then
     * codes of capitals and digits, one digit at least, and no word of text.
     */
    static boolean isReference(String line) {
        String[] words = Lines.collapse(line).split(" ");
        if (words.length > MAX_REFERENCE_WORDS || LineDates.dateOfLine(line).isPresent()) {
            return false; // "22/9/14": a date, no reference
        }
        boolean digit = false;
        for (String word : words) {
            String w = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
            if (w.isEmpty() || REFERENCE_LABELS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean hasDigit = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c)) {
                    hasDigit = true;
                } else if (Character.isLowerCase(c)
                        || !(Character.isLetter(c) || "/()-_.".indexOf(c) >= 0)) {
                    return false;
                }
            }
            if (!hasDigit && w.length() > 4) {
                return false; // a word in capitals ("SECURITY"), not a code's letters
            }
            digit |= hasDigit;
        }
        return digit;
    }

    private ReferenceLines() {}
}
