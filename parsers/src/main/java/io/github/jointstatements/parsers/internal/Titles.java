package io.github.jointstatements.parsers.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks and cleans a page's title: a site's name appended or prepended to the headline ("... -
 * Press Releases - Portal", "Blog name: Post", "... | whitehouse.gov") comes off. Thread-safe.
 */
public final class Titles {

    /** Separators between a headline and the site's name, as title tags use them. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ",
            " » ", " « ", " · ", " / ", " ~ ");

    /** A segment of at most this many words, at the end or start of a title, is the site's. */
    private static final int MAX_SITE_WORDS = 6;

    private Titles() {}

    /**
     * Removes from a blog's title the parenthesised words it inserted into the original's
     * headline: "Lee Jong-Sup ( ROK) and" when the original reads "Lee Jong-Sup and". A group
     * the original holds too stays; white space is collapsed.
     */
    public static String withoutInsertions(String title, String original) {
        String originalKey = Lines.key(original);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < title.length()) {
            int open = title.indexOf('(', i);
            int close = open < 0 ? -1 : title.indexOf(')', open);
            if (open < 0 || close < 0) {
                out.append(title, i, title.length());
                break;
            }
            out.append(title, i, open);
            String group = title.substring(open, close + 1);
            if (originalKey.contains(Lines.key(group))) {
                out.append(group);
            }
            i = close + 1;
        }
        return Lines.collapse(out);
    }

    /**
     * Returns {@code title} with the site's name removed: trailing segments after a separator
     * that name the site (or are short) while the rest stays a headline; a leading "Site: "
     * when {@code siteName} names it.
     */
    public static String clean(String title, Optional<String> siteName) {
        String t = Lines.collapse(title);
        String site = siteName.map(Lines::key).orElse("");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String separator : SEPARATORS) {
                int at = t.lastIndexOf(separator);
                if (at <= 0) {
                    continue;
                }
                String head = t.substring(0, at).strip();
                String tail = t.substring(at + separator.length()).strip();
                if (words(head) >= 3 && (words(tail) <= MAX_SITE_WORDS
                        && words(tail) < words(head) || !site.isEmpty()
                        && Lines.key(tail).equals(site))) {
                    t = head;
                    changed = true;
                    break;
                }
            }
        }
        if (!site.isEmpty()) {
            for (String separator : List.of(": ", " | ", " - ", " – ", " — ")) {
                if (Lines.key(t).startsWith(site + separator.stripTrailing())
                        && t.length() > site.length() + separator.length()) {
                    t = t.substring(site.length() + separator.length()).strip();
                    break;
                }
            }
        }
        return t;
    }

    /** Returns whether two titles are the same headline, ignoring case, spacing and punctuation. */
    public static boolean same(String a, String b) {
        return !a.isEmpty() && letters(a).equals(letters(b));
    }

    /** Returns the letters and digits of a text, lower-cased: its identity as a headline. */
    public static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns whether a text has more than {@code limit} letters and digits, so that its
     * {@link #letters} are longer than {@code limit} (lower-casing never shortens them); counts
     * no further than that.
     */
    public static boolean hasMoreLetters(String text, int limit) {
        if (text.length() <= limit) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && ++count > limit) {
                return true;
            }
        }
        return false;
    }

    /** Returns the number of words of a text: runs of characters between spaces. */
    public static int words(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Lines.isSpace(text.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }
}
