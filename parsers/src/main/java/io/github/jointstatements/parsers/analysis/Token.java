package io.github.jointstatements.parsers.analysis;

import java.util.ArrayList;
import java.util.List;

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
        this(start, end, text, Chars.lowerCase(text, 0, text.length(), true));
    }

    /** Returns whether the token is a word (it starts with a letter or a digit). */
    boolean isWord() {
        return Chars.isLetterOrDigit(text.charAt(0));
    }

    /** Returns whether the token is a word that starts with a capital letter. */
    boolean isCapitalized() {
        return Chars.isUpperCase(text.charAt(0));
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
            int classes = Chars.of(text.charAt(i));
            if ((classes & Chars.SPACE) != 0) {
                i++;
            } else if ((classes & Chars.LETTER_OR_DIGIT) != 0) {
                i = addWord(text, i, tokens);
            } else {
                i = addMark(text, i, tokens);
            }
        }
        return tokens;
    }

    /** Adds the word that starts at {@code i}; returns the index after it. */
    private static int addWord(String text, int i, List<Token> tokens) {
        int length = text.length();
        int j = i + 1;
        boolean dotted = false;
        while (j < length) {
            char d = text.charAt(j);
            if (Chars.isLetterOrDigit(d)) {
                j++;
            } else if (d == '.' && j + 2 < length && text.charAt(j + 1) == '-'
                    && Chars.isLetterOrDigit(text.charAt(j + 2))) {
                dotted = true;
                j += 2; // "U.S.-EU"
            } else if (joins(text, j, d)) {
                dotted |= d == '.';
                j++;
            } else {
                break;
            }
        }
        if (j < length && text.charAt(j) == '.' && keepsPeriod(text, i, j, dotted)) {
            j++;
        }
        tokens.add(new Token(i, j, text.substring(i, j)));
        return j;
    }

    /** Whether {@code d} at {@code j} joins the letters on either side into one word. */
    private static boolean joins(String text, int j, char d) {
        return (d == '.' || d == '-' || d == '&' || d == '/' || d == '\u2011'
                || (d == '\'' || d == '\u2019') && !possessiveAt(text, j))
                && j + 1 < text.length() && Chars.isLetterOrDigit(text.charAt(j + 1));
    }

    /** Whether the word {@code [i, j)} keeps the period that follows it. */
    private static boolean keepsPeriod(String text, int i, int j, boolean dotted) {
        return dotted || j - i == 1 && Chars.isUpperCase(text.charAt(i))
                || isAbbreviation(text.substring(i, j));
    }

    /** Adds the mark at {@code i} (or the possessive ending it begins); returns the index after. */
    private static int addMark(String text, int i, List<Token> tokens) {
        char c = text.charAt(i);
        if ((c == '\'' || c == '\u2019') && possessiveAt(text, i)
                && !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == i) {
            tokens.add(new Token(i, i + 2, text.substring(i, i + 2)));
            return i + 2;
        }
        tokens.add(new Token(i, i + 1, String.valueOf(c)));
        return i + 1;
    }

    private static boolean possessiveAt(String text, int j) {
        return j + 1 < text.length() && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                && (j + 2 == text.length() || !Chars.isLetterOrDigit(text.charAt(j + 2)));
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
