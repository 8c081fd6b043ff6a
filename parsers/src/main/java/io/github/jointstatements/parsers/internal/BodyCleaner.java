package io.github.jointstatements.parsers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies the paragraphs a page parser extracted, the same way on every site: chrome lines
 * (share bars, "Print", the .gov banner) and the headline repeated at the top go; a date standing
 * alone, with the short label lines of a release header before it ("The White House / Office of
 * the Press Secretary / December 23, 2016") or the place of a signature ("PUTRAJAYA / 25 JANUARY
 * 2022"), is taken as the page's date and place and goes too; a dateline opening the text
 * ("WASHINGTON, March 3, 2024 —") gives the place and date and stays.
 *
 * <p>Thread-safe: no state.
 */
public final class BodyCleaner {

    /** A label line of a release header has at most this many words. */
    private static final int MAX_LABEL_WORDS = 14;

    /** At most this many label lines stand before a header's date. */
    private static final int MAX_LABELS = 4;

    /** How far into the body the repeated headline is looked for. */
    private static final int HEADLINE_WINDOW = 8;

    /** "WASHINGTON, March 3, 2024 —", "Paris, 20 January 2016 -", "LONDON (Reuters) -" */
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{Lu}][\\p{L}.'’ -]{1,40}?(?:, [\\p{Lu}][\\p{L}.]{1,20})?)\\s{0,2}[,.]\\s{0,2}");

    /**
     * The last place where a match of {@link #DATELINE} has its first comma or full stop: after
     * the capital, 40 characters of the place and two spaces.
     */
    private static final int DATELINE_COMMA = 43;

    private BodyCleaner() {}

    /** The tidied paragraphs and what their header or signature told. */
    public record Cleaned(List<String> paragraphs, Optional<LocalDate> date,
            Optional<String> location) {}

    /**
     * Returns the tidied paragraphs.
     *
     * @param paragraphs the paragraphs as extracted
     * @param titles the page's title and the other forms of its headline (og:title, h1, the
     *     {@code <title>}), to recognise the headline repeated in the body
     */
    public static Cleaned clean(List<String> paragraphs, Collection<String> titles) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (!PageChrome.isChrome(p)) {
                kept.add(p);
            }
        }
        dropRepeatedHeadline(kept, titles);

        LocalDate date = null;
        String location = null;
        // a date line and the label lines just before it leave the text; built as a stack, so
        // that a page of thousands of dated rows costs linear time (removing from the middle of
        // the list, row after row, was quadratic)
        List<String> undated = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            String p = kept.get(k);
            Optional<LocalDate> alone = PageDates.parse(p);
            String place = null;
            // only a short line can be a place and a date; the date search is the costly part
            if (alone.isEmpty() && p.length() <= 64) {
                Optional<PageDates.Found> end = PageDates.findAtEnd(p);
                if (end.isPresent() && end.get().start() > 0) {
                    String head = trimPunctuation(p.substring(0, end.get().start()));
                    if (isPlace(head)) {
                        alone = Optional.of(end.get().date());
                        place = head;
                    }
                }
            }
            if (alone.isEmpty()) {
                undated.add(p);
                continue;
            }
            if (date == null) {
                date = alone.get();
            }
            boolean trailing = k == kept.size() - 1;
            int labels = 0;
            while (!undated.isEmpty() && labels < MAX_LABELS
                    && isLabel(undated.get(undated.size() - 1))) {
                String label = undated.remove(undated.size() - 1);
                if (place == null && labels == 0 && trailing && isPlace(label)
                        && isUpperCase(label)) {
                    place = label;
                }
                labels++;
            }
            if (place != null && location == null) {
                location = titleCase(place);
            }
        }
        kept = undated;
        for (int i = 0; i < Math.min(3, kept.size()) && location == null; i++) {
            Optional<String[]> dateline = dateline(kept.get(i));
            if (dateline.isPresent()) {
                location = titleCase(dateline.get()[0]);
                if (date == null) {
                    date = PageDates.parse(dateline.get()[1]).orElse(null);
                }
            }
        }
        return new Cleaned(kept, Optional.ofNullable(date), Optional.ofNullable(location));
    }

    /**
     * Returns the place and the date of a dateline opening a paragraph ("WASHINGTON, March 3,
     * 2024 — The Secretary ..."), if it has one.
     */
    static Optional<String[]> dateline(String paragraph) {
        if (!mayOpenWithDateline(paragraph)) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1).strip();
        if (!isPlace(place)) {
            return Optional.empty();
        }
        String rest = paragraph.substring(m.end());
        Optional<PageDates.Found> found = PageDates.find(rest.substring(0,
                Math.min(rest.length(), 48)));
        if (found.isEmpty() || found.get().start() != 0) {
            return Optional.empty();
        }
        String after = rest.substring(found.get().end()).stripLeading();
        if (after.isEmpty() || "—–-:".indexOf(after.charAt(0)) < 0 && after.charAt(0) != '(') {
            return Optional.empty();
        }
        return Optional.of(new String[] {place, rest.substring(0, found.get().end())});
    }

    /**
     * Returns false when {@link #DATELINE} cannot match the start of a paragraph, told from at
     * most its first {@value #DATELINE_COMMA} characters without the regular expression: its
     * first comma or full stop must stand within them, with nothing before it (after the
     * first character) but letters, apostrophes, hyphens and white space, as every match of the
     * expression has it (a place of up to 41 characters whose only stops are inside it, or an
     * optional ", Region" that opens with a comma, then at most two spaces and the comma or stop
     * that ends it). A surrogate is left to the expression.
     */
    static boolean mayOpenWithDateline(String paragraph) {
        int end = Math.min(paragraph.length(), DATELINE_COMMA + 1);
        for (int i = 1; i < end; i++) {
            char c = paragraph.charAt(i);
            if (c == ',' || c == '.' || Character.isSurrogate(c)) {
                return true;
            }
            if (!(Character.isLetter(c) || c == ' ' || c == '\'' || c == '’' || c == '-'
                    || c >= '\t' && c <= '\r')) {
                return false;
            }
        }
        return false;
    }

    /**
     * Removes from the first paragraphs of a text the headline it repeats, whole or wrapped over
     * two to four lines, compared with {@code titles} by letters and digits.
     */
    public static void dropRepeatedHeadline(List<String> kept, Collection<String> titles) {
        List<String> keys = new ArrayList<>();
        int longest = 0;
        for (String title : titles) {
            String key = Titles.letters(title);
            if (key.length() >= 8) {
                keys.add(key);
                longest = Math.max(longest, key.length());
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.min(HEADLINE_WINDOW, kept.size()); i++) {
            // a paragraph with more letters than the longest headline is neither it nor its
            // start: counted, not copied
            if (Titles.hasMoreLetters(kept.get(i), longest)) {
                continue;
            }
            String key = Titles.letters(kept.get(i));
            if (key.isEmpty()) {
                continue;
            }
            if (keys.contains(key)) {
                kept.remove(i);
                i--;
                continue;
            }
            // a headline wrapped over two or three lines
            for (String title : keys) {
                if (title.startsWith(key) && key.length() * 4 >= title.length()) {
                    StringBuilder joined = new StringBuilder(key);
                    int j = i + 1;
                    while (j < kept.size() && j <= i + 3 && joined.length() < title.length()) {
                        joined.append(Titles.letters(kept.get(j)));
                        j++;
                    }
                    if (joined.toString().equals(title)) {
                        kept.subList(i, j).clear();
                        i--;
                        break;
                    }
                }
            }
        }
    }

    /** A label line: short, no sentence end, not a date. */
    static boolean isLabel(String p) {
        int words = Titles.words(p);
        return words >= 1 && words <= MAX_LABEL_WORDS && !Lines.endsSentence(p)
                && !p.endsWith(",");
    }

    /** A place name: one to five capitalised words, no digits. */
    public static boolean isPlace(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        int words = Titles.words(t);
        if (words > 5) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || c == ':' || c == '|') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperCase(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** "PUTRAJAYA" → "Putrajaya", "WASHINGTON, D.C." → "Washington, D.C."; mixed case stays. */
    static String titleCase(String place) {
        String p = trimPunctuation(place);
        if (!isUpperCase(p)) {
            return p;
        }
        StringBuilder out = new StringBuilder(p.length());
        boolean start = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean dotted = i + 1 < p.length() && p.charAt(i + 1) == '.';
            out.append(start || dotted ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }

    private static String trimPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Lines.isSpace(text.charAt(end - 1))
                || ",-–—|(".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
