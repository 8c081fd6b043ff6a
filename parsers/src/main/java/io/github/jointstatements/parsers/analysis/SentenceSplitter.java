package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences, in one pass over each paragraph's characters.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (with any closing quotes
 * and brackets) followed by white space (non-breaking spaces included) and a capital letter,
 * a digit or an opening quote. A period does not end a sentence after an abbreviation of the
 * table ("Gen.", "Dr.", "Jan." before a number), after an initial ("Lloyd J. Austin"), or after
 * a dotted abbreviation ("U.S.", "ROK-U.S.", "H.E.", "D.C.") unless the next word is one that
 * opens sentences ("... to the U.S. The two sides ..."), nor after the number that opens an
 * operative paragraph ("3. Decides to ...", "iv. The Parties"). Thread-safe.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = new HashSet<>();
    private static final Set<String> BEFORE_NUMBER = new HashSet<>();
    private static final Set<String> STARTERS = Set.copyOf(
            WordLists.load(SentenceSplitter.class, "sentence-starters.txt"));

    static {
        for (String entry : WordLists.load(SentenceSplitter.class, "sentence-abbreviations.txt")) {
            if (entry.endsWith("+digit")) {
                BEFORE_NUMBER.add(entry.substring(0, entry.length() - "+digit".length()));
            } else {
                ABBREVIATIONS.add(entry);
            }
        }
    }

    private SentenceSplitter() {}

    /**
     * Returns the sentences of the first {@code maxParagraphs} paragraphs, at most
     * {@code maxSentences} of them, in text order.
     */
    static List<Sentence> split(List<String> paragraphs, int maxParagraphs, int maxSentences) {
        List<Sentence> sentences = new ArrayList<>();
        int count = Math.min(paragraphs.size(), maxParagraphs);
        for (int p = 0; p < count && sentences.size() < maxSentences; p++) {
            splitParagraph(paragraphs.get(p), p, sentences, maxSentences);
        }
        return sentences;
    }

    private static void splitParagraph(String text, int paragraph, List<Sentence> out, int max) {
        int length = text.length();
        int start = skipSpace(text, 0);
        int i = nextMark(text, start);
        while (i < length && out.size() < max) {
            int end = afterMark(text, i + 1);
            int next = skipSpace(text, end);
            if (next > end && next < length && opensSentence(text, next)
                    && (text.charAt(i) != '.' || periodEnds(text, i, next))) {
                add(text, paragraph, start, end, out);
                start = next;
                i = nextMark(text, next);
            } else {
                i = nextMark(text, end);
            }
        }
        if (start < length && out.size() < max) {
            add(text, paragraph, start, length, out);
        }
    }

    /** The index of the first mark that may end a sentence at or after {@code from}. */
    private static int nextMark(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                return i;
            }
        }
        return length;
    }

    /** The index after the closing quotes, brackets and further periods from {@code from} on. */
    private static int afterMark(String text, int from) {
        int end = from;
        while (end < text.length() && (isCloser(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return end;
    }

    private static void add(String text, int paragraph, int start, int end, List<Sentence> out) {
        int e = end;
        while (e > start && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Sentence(out.size(), paragraph, start, e, text.substring(start, e)));
        }
    }

    /** Whether the period at {@code dot} ends a sentence whose successor starts at {@code next}. */
    private static boolean periodEnds(String text, int dot, int next) {
        int wordStart = dot;
        while (wordStart > 0 && !isSpace(text.charAt(wordStart - 1))
                && !isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        // the last part of a compound: "ROK-U.S" -> "U.S", "(Gen" -> "Gen"
        int cut = Math.max(word.lastIndexOf('-'), word.lastIndexOf('/'));
        if (cut >= 0 && cut + 1 < word.length()) {
            word = word.substring(cut + 1);
        }
        if (word.isEmpty()) {
            return true;
        }
        if (isEnumerator(word) && text.substring(0, wordStart).isBlank()) {
            return false; // the number of an operative paragraph: "3. Decides to ..."
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (BEFORE_NUMBER.contains(word) && Chars.isDigit(text.charAt(next))) {
            return false;
        }
        if (word.length() == 1 && Chars.isUpperCase(word.charAt(0))) {
            return false; // an initial: "Lloyd J. Austin"
        }
        if (isDotted(word)) {
            return STARTERS.contains(nextWord(text, next));
        }
        return true;
    }

    /** Whether the word numbers a paragraph: "3", "12", "iv", "b" (not "I", a pronoun). */
    private static boolean isEnumerator(String word) {
        if (word.length() > 4) {
            return false;
        }
        boolean digits = true;
        boolean roman = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digits &= Chars.isDigit(c);
            roman &= "ivxl".indexOf(c) >= 0;
        }
        return digits || roman || word.length() == 1 && Chars.isLetter(word.charAt(0))
                && !Chars.isUpperCase(word.charAt(0));
    }

    /** Whether the word is a dotted abbreviation without its last period: "U.S", "H.E", "a.i". */
    private static boolean isDotted(String word) {
        if (word.indexOf('.') < 0) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                if (run == 0) {
                    return false;
                }
                run = 0;
            } else if (Chars.isLetter(c) && ++run <= 3) {
                continue;
            } else {
                return false;
            }
        }
        return run > 0;
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && Chars.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean opensSentence(String text, int at) {
        char c = text.charAt(at);
        if ((Chars.of(c) & (Chars.UPPER | Chars.DIGIT | Chars.TITLE)) != 0) {
            return true;
        }
        if (isOpener(c) && at + 1 < text.length()) {
            return (Chars.of(text.charAt(at + 1)) & (Chars.UPPER | Chars.DIGIT)) != 0;
        }
        return false;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code c} is white space or a space character (no-break spaces included). */
    static boolean isSpace(char c) {
        return Chars.isSpace(c);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']'
                || c == '»';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '['
                || c == '«';
    }
}
