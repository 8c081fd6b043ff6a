package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.ImmutablePage;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.Languages;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Publishers;
import io.github.jointstatements.parsers.internal.Reposts;
import io.github.jointstatements.parsers.internal.WordLists;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads plain text: a statement as published in text, or the text of a rendered page (a blog
 * post or a press release copied from a browser).
 *
 * <p>The layout of such text is read from its lines: a date alone before the headline is the
 * page's own date (a blog's date header); the headline is the first line that reads as one,
 * with a trailing date split off; a "View Online" block repeats the original's headline and
 * date; a dateline ("Paris, January 20, 2016") gives the place and date; known chrome lines
 * (banners, share bars, comment footers) are dropped wherever they stand; a "Source:" or
 * "Originally published" line names the original (its address, date and publisher); the
 * language is recognised from the text.
 */
public final class TextPageParser implements PageParser {

    private static final Set<String> CHROME =
            Set.copyOf(WordLists.load(TextPageParser.class, "chrome-lines.txt"));

    /** A headline is at most this long; longer lines are body text. */
    private static final int MAX_HEADLINE = 300;

    /** Lines after "View Online" that may repeat the original's headline, before its date. */
    private static final int MAX_REPEATED_HEADLINE_LINES = 8;

    /** Creates the parser; it holds no state. */
    public TextPageParser() {}

    @Override
    public String id() {
        return "text";
    }

    @Override
    public int fit(PageInput input) {
        return input.format() == Format.TEXT ? GENERIC_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        List<String> raw = Lines.split(input.text());
        LocalDate publishedOn = null;
        LocalDate date = null;
        String title = null;
        String repeatedHeadline = null;
        String location = null;
        Set<String> skip = new HashSet<>();
        List<StringBuilder> paragraphs = new ArrayList<>();
        StringBuilder current = null;

        for (int i = 0; i < raw.size(); i++) {
            String line = Lines.collapse(raw.get(i));
            String key = line.toLowerCase(java.util.Locale.ROOT);
            if (line.isEmpty()) {
                current = null;
                continue;
            }
            if (CHROME.contains(key) || skip.contains(key)) {
                current = null;
                if (key.equals("view online") && title != null) {
                    // a repost: the original's headline follows, wrapped, then its date
                    StringBuilder headline = new StringBuilder();
                    int j = i + 1;
                    for (; j < raw.size() && j <= i + MAX_REPEATED_HEADLINE_LINES; j++) {
                        String next = Lines.collapse(raw.get(j));
                        Optional<LocalDate> lineDate = PageDates.parse(next);
                        if (lineDate.isPresent()) {
                            date = lineDate.get();
                            break;
                        }
                        headline.append(' ').append(next);
                    }
                    if (j < raw.size() && j <= i + MAX_REPEATED_HEADLINE_LINES) {
                        repeatedHeadline = Lines.collapse(headline);
                        i = j;
                    }
                }
                continue;
            }
            Optional<LocalDate> lineDate = PageDates.parse(line);
            if (lineDate.isPresent() && paragraphs.isEmpty()) {
                if (title == null && publishedOn == null) {
                    publishedOn = lineDate.get();
                } else if (date == null) {
                    date = lineDate.get();
                }
                current = null;
                continue;
            }
            if (title == null && paragraphs.isEmpty() && isHeadline(line)) {
                Optional<PageDates.Found> trailing = PageDates.findAtEnd(line);
                if (trailing.isPresent() && trailing.get().start() > 0) {
                    date = trailing.get().date();
                    line = trimTrailingPunctuation(line.substring(0, trailing.get().start()));
                }
                title = line;
                skip.add(key);
                skip.add(title.toLowerCase(java.util.Locale.ROOT));
                current = null;
                continue;
            }
            if (paragraphs.isEmpty()) {
                Optional<PageDates.Found> dateline = PageDates.findAtEnd(line);
                if (dateline.isPresent() && dateline.get().start() > 0
                        && dateline.get().start() <= 40 && line.length() <= 60) {
                    location = trimTrailingPunctuation(line.substring(0, dateline.get().start()));
                    if (date == null) {
                        date = dateline.get().date();
                    }
                    current = null;
                    continue;
                }
            }
            boolean continuation = current != null && (startsWithSpace(raw.get(i))
                    || (!Lines.endsSentence(current.toString()) && startsLowerCase(line)));
            if (continuation) {
                current.append(' ').append(line);
            } else {
                current = new StringBuilder(line);
                paragraphs.add(current);
            }
        }

        if (title != null && repeatedHeadline != null) {
            title = dropInsertions(title, repeatedHeadline);
        }
        if (date == null && publishedOn != null) {
            date = publishedOn;
        }
        List<String> body = new ArrayList<>(paragraphs.size());
        paragraphs.forEach(p -> body.add(p.toString()));
        // "Source: ...", "Originally published at ...": the original named in the text
        Optional<String> host = input.host();
        Optional<Reposts.Repost> repost = Reposts.unwrap(body, List::of, host);
        Optional<URI> originalUrl = repost.flatMap(Reposts.Repost::originalUrl);
        List<String> text = repost.map(Reposts.Repost::paragraphs).orElse(body);
        if (repost.isPresent() && repost.get().date().isPresent()) {
            if (publishedOn == null) {
                publishedOn = date;
            }
            date = repost.get().date().get();
        }
        Optional<String> publisher = originalUrl.map(URI::getHost).flatMap(Publishers::forHost)
                .or(() -> host.flatMap(Publishers::forHost));
        ImmutablePage.Builder page = Page.builder()
                .source(Source.builder().url(input.url()).originalUrl(originalUrl)
                        .publishedOn(Optional.ofNullable(publishedOn)).parser(id()).build())
                .publisher(publisher)
                .language(Languages.detect(text));
        Optional.ofNullable(title).ifPresent(page::title);
        Optional.ofNullable(date).ifPresent(page::date);
        Optional.ofNullable(location).ifPresent(page::location);
        page.addAllParagraphs(text);
        return page.build();
    }

    /** A line reads as a headline: capitalised, not too long, not ended like a sentence. */
    static boolean isHeadline(String line) {
        if (line.length() > MAX_HEADLINE || line.length() < 10 || Lines.endsSentence(line)) {
            return false;
        }
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.charAt(0))) {
            return false;
        }
        return line.indexOf(' ') > 0;
    }

    /**
     * Removes from a blog's title the parenthesised words it inserted into the original's
     * headline: "Lee Jong-Sup ( ROK) and" when the original reads "Lee Jong-Sup and".
     */
    static String dropInsertions(String title, String original) {
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

    private static String trimTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Lines.isSpace(text.charAt(end - 1)) || ",-–—|".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean startsWithSpace(String rawLine) {
        return !rawLine.isEmpty() && Lines.isSpace(rawLine.charAt(0));
    }

    private static boolean startsLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }
}
