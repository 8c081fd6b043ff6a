package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.PageDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the lines of rendered text: paragraphs joined from their lines (hard-wrapped text
 * read at its width, an indented line going on with its paragraph), list bullets, trailing
 * punctuation. Stateless.
 */
final class TextLines {

    /** Hard-wrapped text: lines of this length at least ... */
    private static final int MIN_WRAPPED_LINE = 40;
    /** ... this many of them ... */
    private static final int MIN_WRAPPED_LINES = 5;
    /** ... nine in ten no longer than this. */
    private static final int MAX_WRAP_WIDTH = 100;
    /** A wrapped line ends at most this many characters short of the width: a long word's. */
    private static final int WRAP_SLACK = 16;

    /** The date field a rendered page opens with: "date 2020-04-21 News story". */
    static final Pattern DATE_FIELD = Pattern.compile(
            "^date:?[ \\t]{1,3}(\\d{4}-\\d{2}-\\d{2})(?:T[0-9:.+Z-]{0,30})?(?:[ \\t]{1,3}|$)",
            Pattern.CASE_INSENSITIVE);

    /** The paragraphs of a text and the date of the date field that opened it. */
    record Paragraphs(List<String> blocks, Optional<LocalDate> fieldDate) {}

    /**
     * Joins the lines of each paragraph of {@code raw}; reads and takes off a leading date field
     * ("date 2020-04-21 News story").
     */
    static Paragraphs paragraphs(List<String> raw) {
        LocalDate fieldDate = null;
        List<StringBuilder> blocks = new ArrayList<>();
        StringBuilder current = null;
        boolean first = true;
        int width = wrapWidth(raw);
        // the last line of the current block: whether the block ends a sentence is
        // whether its last line does (lines are collapsed), with no copy of the block per line
        String previous = "";
        for (String rawLine : raw) {
            String line = Lines.collapse(rawLine);
            if (line.isEmpty()) {
                current = null;
                continue;
            }
            if (first) {
                first = false;
                Matcher m = DATE_FIELD.matcher(line);
                if (m.find()) {
                    fieldDate = PageDates.parse(m.group(1)).orElse(null);
                    line = line.substring(m.end()).strip();
                    if (line.isEmpty()) {
                        current = null;
                        continue;
                    }
                    rawLine = line;
                }
            }
            // an indented line goes on with its paragraph, unless it is a list's item
            // ("  • 29/06/2015") or a line of chrome on its own ("  You are in: Home > ...")
            boolean continuation = current != null && (startsWithSpace(rawLine)
                    && !isBullet(line) && !PageChrome.isChrome(line) && !NavigationLines.isTrail(line)
                    || (!Lines.endsSentence(previous) && (startsLowerCase(line)
                    || wrappedAt(previous, width))));
            previous = line;
            if (continuation) {
                current.append(' ').append(line);
            } else {
                current = new StringBuilder(line);
                blocks.add(current);
            }
        }
        List<String> out = new ArrayList<>(blocks.size());
        blocks.forEach(b -> out.add(b.toString()));
        return new Paragraphs(out, Optional.ofNullable(fieldDate));
    }

    /** Bullets that open a list item of rendered text: layout, not text. */
    private static final String BULLETS = "-•*·▪◦‣";

    static boolean isBullet(String line) {
        return line.length() > 2 && BULLETS.indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' ';
    }

    /** "- deepening cooperation" gives "deepening cooperation". */
    static String withoutBullet(String line) {
        if (isBullet(line)) {
            return line.substring(2).strip();
        }
        return line;
    }

    static String trimTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Lines.isSpace(text.charAt(end - 1)) || ",-–—|".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Returns the width hard-wrapped text is wrapped at (most lines of some length no longer
     * than {@value #MAX_WRAP_WIDTH} characters, and some of them continued on a line in lower
     * case), or 0 if the text is not hard-wrapped.
     */
    static int wrapWidth(List<String> raw) {
        int lines = 0;
        int longer = 0;
        int width = 0;
        int softBreaks = 0;
        String before = "";
        for (String rawLine : raw) {
            String line = rawLine.strip();
            int length = line.length();
            if (length >= MIN_WRAPPED_LINE) {
                lines++;
                if (length > MAX_WRAP_WIDTH) {
                    longer++;
                } else {
                    width = Math.max(width, length);
                }
            }
            if (!line.isEmpty() && before.length() >= MIN_WRAPPED_LINE && startsLowerCase(line)
                    && !Lines.endsSentence(before)) {
                softBreaks++;
            }
            before = line;
        }
        return lines >= MIN_WRAPPED_LINES && longer * 10 <= lines && softBreaks >= 2 ? width : 0;
    }

    /**
     * Whether a line of hard-wrapped text was cut by the wrapping, not ended by its writer: it
     * runs close to the width and ends with a word in lower case or a comma, so that the next
     * line continues it even when that opens with a capital ("... convene the next" /
     * "Dialogue in Singapore in 2025.").
     */
    static boolean wrappedAt(String line, int width) {
        if (width == 0 || line.length() < width - WRAP_SLACK) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return Character.isLowerCase(last) || last == ',';
    }

    static boolean startsWithSpace(String rawLine) {
        return !rawLine.isEmpty() && Lines.isSpace(rawLine.charAt(0));
    }

    static boolean startsLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }

    private TextLines() {}
}
