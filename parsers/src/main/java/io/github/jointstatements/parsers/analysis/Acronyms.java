package io.github.jointstatements.parsers.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The acronyms a text defines, as "Long Name (ABBR)" or "ABBR (Long Name)", found in one pass
 * over each sentence's parentheses.
 *
 * <p>The long form of "Long Name (ABBR)" is found as Schwartz and Hearst do ("A Simple Algorithm
 * for Identifying Abbreviation Definitions in Biomedical Text", 2003): the acronym's letters,
 * right to left, are matched in the words before the parenthesis, its first letter at the start of
 * a word. The match is then extended to the left over the capitalised words of the same name
 * ("Fondation Institut Pasteur de Dakar (IPD)", "U.S. International Development Finance
 * Corporation (DFC)"), stopping at a lower-case word, punctuation or a hyphenated pair of names
 * ("a U.S.-Norway Memorandum of Understanding (MOU)"). A possessive ending is dropped
 * ("Democratic People's Republic of Korea's (DPRK)"). The first definition of an acronym wins.
 * Immutable and thread-safe.
 */
final class Acronyms {

    /** One definition: the acronym, its long form and the sentence that defines it. */
    record Definition(String acronym, String longForm, Sentence sentence, int start, int end) {}

    private static final int MAX_INSIDE = 80;
    /** The words that introduce a designation, in the order they come: "hereinafter, referred to as". */
    private static final List<String> DESIGNATING = List.of("hereinafter", ",",
            "referred to as", "called", "also", "known as");
    private static final String QUOTES = "\"'“”‘’«»";
    private static final int MAX_EXTENSION = 3;
    /** The small words within a name: "Initiative for ASEAN Integration", "Law of the Sea". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "the", "and", "on",
            "in", "to", "de", "&");
    private static final Set<String> STOP_WORDS = Set.of("The", "A", "An", "This", "That",
            "These", "Those", "Its", "Our", "Their", "His", "Her", "Both", "Each", "Today", "In",
            "On", "At", "By", "For", "Of", "To", "With", "And", "Or", "Under", "Through", "From",
            "As", "During", "After", "Before", "New");

    private final List<Definition> definitions;
    private final Map<String, String> byAcronym;

    private Acronyms(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
        Map<String, String> map = new LinkedHashMap<>();
        for (Definition d : definitions) {
            map.putIfAbsent(d.acronym(), d.longForm());
        }
        this.byAcronym = Collections.unmodifiableMap(map);
    }

    /** Returns the acronyms the sentences define, in text order. */
    static Acronyms find(List<Sentence> sentences) {
        return find(sentences, "");
    }

    /**
     * Returns the acronyms the sentences define, in text order, then those only the title
     * defines ("Communiqué of the Extraordinary Summit of the Southern African Development
     * Community (SADC) ..."), whose definitions have no paragraph ({@link #inTitle}).
     */
    static Acronyms find(List<Sentence> sentences, String title) {
        List<Definition> found = new ArrayList<>();
        List<Sentence> all = sentences;
        if (title.indexOf('(') >= 0) {
            all = new ArrayList<>(sentences);
            all.add(new Sentence(-1, -1, 0, title.length(), title));
        }
        for (Sentence sentence : all) {
            String text = sentence.text();
            int open = text.indexOf('(');
            int close = -1;
            while (open >= 0) {
                // the first ')' after a '(' is the first after every '(' nested before it: kept,
                // not searched for again from each of them (quadratic on "((((...))))")
                if (close <= open) {
                    close = text.indexOf(')', open + 1);
                }
                if (close < 0) {
                    break;
                }
                int nested = text.indexOf('(', open + 1);
                if (nested >= 0 && nested < close) {
                    open = nested;
                    continue;
                }
                if (close - open - 1 <= MAX_INSIDE) {
                    define(sentence, open, close).ifPresent(found::add);
                }
                open = text.indexOf('(', close + 1);
            }
        }
        return new Acronyms(dedupe(found));
    }

    private static List<Definition> dedupe(List<Definition> found) {
        List<Definition> kept = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Definition d : found) {
            if (seen.putIfAbsent(d.acronym(), Boolean.TRUE) == null) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static Optional<Definition> define(Sentence sentence, int open, int close) {
        String text = sentence.text();
        String inside = designated(text.substring(open + 1, close).strip());
        if (isAcronym(inside)) {
            int start = longFormStart(text, open, inside);
            if (start >= 0 && !initialsMatch(inside, text.substring(start, open).strip())) {
                // letters found inside words ("ASEAN Integration (IAI)"); the words' initials
                // may spell it: "Initiative for ASEAN Integration (IAI)"
                int byInitials = initialsStart(text, open, inside);
                if (byInitials >= 0) {
                    start = extendLeft(text, byInitials);
                }
            }
            if (start >= 0) {
                String longForm = stripPossessive(stripComma(text.substring(start, open)));
                if (longForm.length() > inside.length()) {
                    return Optional.of(new Definition(inside, longForm, sentence, start,
                            close + 1));
                }
            }
            return Optional.empty();
        }
        // "ABBR (Long Name)": the word just before the parenthesis is the acronym
        int end = open;
        while (end > 0 && SentenceSplitter.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !SentenceSplitter.isSpace(text.charAt(start - 1))) {
            start--;
        }
        String acronym = text.substring(start, end);
        if (isAcronym(acronym) && initialsMatch(acronym, inside)) {
            return Optional.of(new Definition(acronym, inside, sentence, start, close + 1));
        }
        return Optional.empty();
    }

    /**
     * What a parenthesis designates, without the words and quotes that introduce it:
     * "hereinafter referred to as the “SCO”" and "“GCC”" designate "SCO" and "GCC"; anything
     * else is returned as it is.
     */
    static String designated(String inside) {
        String rest = inside;
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String opener : DESIGNATING) {
            if (lower.startsWith(opener)) {
                rest = rest.substring(opener.length()).strip();
                lower = rest.toLowerCase(Locale.ROOT);
            }
        }
        if (lower.startsWith("the ")) {
            rest = rest.substring(4).strip();
        }
        if (rest.length() > 2 && QUOTES.indexOf(rest.charAt(0)) >= 0
                && QUOTES.indexOf(rest.charAt(rest.length() - 1)) >= 0) {
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        return rest.length() < inside.length() && isAcronym(rest) ? rest : inside;
    }

    /** Whether a string looks like an acronym: "TDS", "DSC TTX", "ACT-A", "MoU", "I2U2". */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 15 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int upper = 0;
        int lower = 0;
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (c == ' ') {
                if (++spaces > 1 || i + 1 < s.length() && !Character.isUpperCase(s.charAt(i + 1))) {
                    return false;
                }
            } else if (!Character.isDigit(c) && c != '-' && c != '&' && c != '.' && c != '/'
                    && c != '+' && c != '\u2010' && c != '\u2011') {
                // a hyphen may be typed as U+2010 or the non-breaking U+2011: "IOR‑ARC"
                return false;
            }
        }
        return upper >= 2 && lower <= upper / 2 + (upper >= 3 ? 1 : 0);
    }

    /**
     * Returns where the long form of {@code acronym} starts in {@code text} before {@code open},
     * or -1.
     */
    private static int longFormStart(String text, int open, String acronym) {
        int letters = 0;
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.isLetterOrDigit(acronym.charAt(i))) {
                letters++;
            }
        }
        int maxWords = Math.min(letters + 5, letters * 2);
        // the window: at most maxWords words before the parenthesis, within the sentence
        int windowStart = open;
        int words = 0;
        boolean inWord = false;
        while (windowStart > 0) {
            char c = text.charAt(windowStart - 1);
            if (SentenceSplitter.isSpace(c)) {
                if (inWord && ++words >= maxWords) {
                    break;
                }
                inWord = false;
            } else {
                inWord = true;
            }
            windowStart--;
        }
        int l = open - 1;
        int s = acronym.length() - 1;
        while (s >= 0) {
            char a = Character.toLowerCase(acronym.charAt(s));
            if (!Character.isLetterOrDigit(a)) {
                s--;
                continue;
            }
            while (l >= windowStart && (Character.toLowerCase(text.charAt(l)) != a
                    || s == 0 && l > windowStart && Character.isLetterOrDigit(text.charAt(l - 1)))) {
                l--;
            }
            if (l < windowStart) {
                return -1;
            }
            l--;
            s--;
        }
        int start = l + 1;
        while (start > windowStart && !SentenceSplitter.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return extendLeft(text, start);
    }

    /**
     * Returns where a long form starts whose words' initials spell {@code acronym}, back from
     * {@code open}, over the small words of names ("of", "for", "the"), or -1.
     */
    private static int initialsStart(String text, int open, String acronym) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.isLetter(acronym.charAt(i))) {
                letters.append(Character.toUpperCase(acronym.charAt(i)));
            }
        }
        int s = letters.length() - 1;
        int end = open;
        int start = -1;
        for (int words = 0; s >= 0 && words < 2 * letters.length() + 3; words++) {
            while (end > 0 && SentenceSplitter.isSpace(text.charAt(end - 1))) {
                end--;
            }
            int wordStart = end;
            while (wordStart > 0 && !SentenceSplitter.isSpace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == end) {
                return -1;
            }
            char c = text.charAt(wordStart);
            String word = text.substring(wordStart, end);
            if (Character.toUpperCase(c) == letters.charAt(s)
                    && (Character.isUpperCase(c) || NAME_JOINERS.contains(word))) {
                s--;
                start = wordStart;
            } else if (!NAME_JOINERS.contains(word)) {
                return -1;
            }
            end = wordStart;
        }
        return s < 0 ? start : -1;
    }

    /** Extends a long form to the left over capitalised words of the same name. */
    private static int extendLeft(String text, int start) {
        int current = start;
        for (int n = 0; n < MAX_EXTENSION; n++) {
            int end = current - 1;
            if (end <= 0 || !SentenceSplitter.isSpace(text.charAt(end))) {
                return current;
            }
            int wordStart = end;
            while (wordStart > 0 && !SentenceSplitter.isSpace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, end);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                    || STOP_WORDS.contains(word) || isNamePair(word)
                    || word.endsWith("'s") || word.endsWith("’s")
                    || !Character.isLetterOrDigit(word.charAt(word.length() - 1))
                    && !word.endsWith(".")) {
                return current;
            }
            current = wordStart;
        }
        return current;
    }

    /** Whether a word is a hyphenated pair of names: "U.S.-Norway", "ROK-U.S.". */
    private static boolean isNamePair(String word) {
        int dash = word.indexOf('-');
        return dash > 0 && dash + 1 < word.length() && Character.isUpperCase(word.charAt(dash + 1));
    }

    /**
     * Whether the letters of {@code acronym} match, in order, the initials of the capitalised
     * words of {@code longForm}, its first letter the first word's; a digit after a letter
     * repeats it ("I2U2" reads "IIUU").
     */
    static boolean initialsMatch(String acronym, String longForm) {
        List<Character> initials = new ArrayList<>();
        boolean wordStart = true;
        int words = 0;
        for (int i = 0; i < longForm.length(); i++) {
            char c = longForm.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (wordStart) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        initials.add(c);
                    }
                }
                wordStart = false;
            } else {
                wordStart = c == ' ' || c == '-' || c == ',' || c == '/';
            }
        }
        if (words < 2 || initials.isEmpty()) {
            return false;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Character.toUpperCase(c));
            } else if (Character.isDigit(c) && letters.length() > 0 && c >= '2' && c <= '4') {
                char last = letters.charAt(letters.length() - 1);
                letters.append(String.valueOf(last).repeat(c - '1'));
            }
        }
        if (letters.length() < 2 || letters.charAt(0) != initials.get(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            while (at < initials.size() && initials.get(at) != letters.charAt(i)) {
                at++;
            }
            if (at == initials.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** A long form without the comma before its parenthesis: "the Commission, (AUC)". */
    private static String stripComma(String s) {
        String stripped = s.strip();
        while (stripped.endsWith(",")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'") || s.endsWith("s’")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Whether a definition is the title's, not a sentence's of the text. */
    static boolean inTitle(Definition d) {
        return d.sentence().paragraph() < 0;
    }

    /** Returns the definitions in text order, the first of each acronym only. */
    List<Definition> definitions() {
        return definitions;
    }

    /** Returns each acronym with its long form, in text order. */
    Map<String, String> asMap() {
        return byAcronym;
    }

    /** Returns the long form the text gives for an acronym. */
    Optional<String> longForm(String acronym) {
        return Optional.ofNullable(byAcronym.get(acronym));
    }

    /** Returns the acronym the text defines for a long form, compared case-insensitively. */
    Optional<String> acronymOf(String longForm) {
        String wanted = longForm.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : byAcronym.entrySet()) {
            if (e.getValue().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
