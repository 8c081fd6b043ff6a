package io.github.jointstatements.parsers.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark of a sentence, with its UTF-16 span in the text it was cut from.
 *
 * <p>A word keeps its inner periods, hyphens, apostrophes and ampersands ("U.S.", "ROK-U.S.",
 * "Jean-Yves", "V.Makei", "AT&amp;T"); a final period stays with an abbreviation ("U.S.", "Dr.",
 * "J.") and is a mark of its own otherwise. A possessive ending ("'s", "’s") is a token of its own.
 *
 * @param start the offset of the first character
 * @param end the offset just past the last character
 * @param text the token as written
 * @param lower the token lower-cased, curly apostrophes straightened: computed once, as the
 *     finders ask for it again and again
 */
record Token(int start, int end, String text, String lower) {

    /** Returns the token of {@code text} at {@code [start, end)}. */
    Token(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** Returns whether the token is a word (it starts with a letter or a digit). */
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Returns whether the token is a word that starts with a capital letter. */
    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Returns whether the token is a possessive ending. */
    boolean isPossessive() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }

    /** Returns whether the token is this word, ignoring case. */
    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** Returns the tokens of {@code text}, in one pass. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (SentenceSplitter.isSpace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if ((c == '\'' || c == '’') && i + 1 < length
                        && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 == length || !Character.isLetterOrDigit(text.charAt(i + 2)))
                        && !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == i) {
                    tokens.add(new Token(i, i + 2, text.substring(i, i + 2)));
                    i += 2;
                    continue;
                }
                tokens.add(new Token(i, i + 1, String.valueOf(c)));
                i++;
                continue;
            }
            int j = i + 1;
            boolean dotted = false;
            while (j < length) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if (d == '.' && j + 2 < length && text.charAt(j + 1) == '-'
                        && Character.isLetterOrDigit(text.charAt(j + 2))) {
                    dotted = true;
                    j += 2; // "U.S.-EU"
                } else if ((d == '.' || d == '-' || d == '&' || d == '/' || d == '‑'
                        || (d == '\'' || d == '’') && !possessiveAt(text, j))
                        && j + 1 < length && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    dotted |= d == '.';
                    j++;
                } else {
                    break;
                }
            }
            if (j < length && text.charAt(j) == '.'
                    && (dotted || j - i == 1 && Character.isUpperCase(c)
                    || isAbbreviation(text.substring(i, j)))) {
                j++;
            }
            tokens.add(new Token(i, j, text.substring(i, j)));
            i = j;
        }
        return tokens;
    }

    private static boolean possessiveAt(String text, int j) {
        return j + 1 < text.length() && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                && (j + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 2)));
    }

    private static boolean isAbbreviation(String word) {
        return switch (word) {
            case "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt",
                 "Gov", "Sen", "Rep", "Amb", "Hon", "Rev", "St", "Jr", "Sr", "Mt", "Ft", "No",
                 "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                 "Dec", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
                 "NOV", "DEC", "Brig", "Cmdr", "Excellency" -> true;
            default -> false;
        };
    }
}
