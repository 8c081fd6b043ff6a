package io.github.jointstatements.parsers.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.ImmutablePage;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.internal.BodyCleaner;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageChrome;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Publishers;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Reads Markdown with a YAML front matter block, the format of statement archives:
 * {@code title}, {@code date} (or {@code published_time}) and {@code source_url} in the front
 * matter, the statement's body in Markdown below it.
 *
 * <p>The front matter is read as a YAML parser reads it, so escapes ({@code \_}, {@code \u2019})
 * and folded lines come out right: its usual shape directly, anything else with a real YAML
 * parser. The body becomes one paragraph per block, heading, list item or table row, with
 * Markdown and inline HTML markup removed (list markers too, whatever space follows them); the
 * headline repeated at the top of the body and page chrome (end marks such as {@code ###}) are
 * dropped.
 */
public final class MarkdownPageParser implements PageParser {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** The front matter fields a page is read from. */
    private static final Set<String> FIELDS = Set.of("title", "date", "published_time",
            "source_url");

    /** Creates the parser; it holds no state. */
    public MarkdownPageParser() {}

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public int fit(PageInput input) {
        return input.format() == Format.MARKDOWN ? GENERIC_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) throws ParseException {
        String text = input.text();
        List<String> lines = Lines.split(text);
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        String frontText = "";
        int bodyStart = first;
        if (first < lines.size() && lines.get(first).strip().equals("---")) {
            int end = first + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("---")
                    && !lines.get(end).strip().equals("...")) {
                end++;
            }
            if (end == lines.size()) {
                throw new ParseException(input.name(), ParseException.Stage.PAGE,
                        ParseException.Reason.MALFORMED, id(),
                        "front matter opened with --- on line " + (first + 1)
                                + " is never closed", null);
            }
            frontText = String.join("\n", lines.subList(first + 1, end));
            bodyStart = end + 1;
        }

        Map<String, String> front = frontFields(input, frontText);
        Optional<URI> url = input.url();
        ImmutablePage.Builder page = Page.builder();
        {
            text(front, "title").map(Lines::collapse).filter(t -> !t.isEmpty())
                    .ifPresent(page::title);
            Optional<LocalDate> date = text(front, "date").flatMap(PageDates::parse)
                    .or(() -> text(front, "published_time").flatMap(PageDates::parse));
            date.ifPresent(page::date);
            Optional<URI> sourceUrl = text(front, "source_url").flatMap(MarkdownPageParser::uri);
            if (sourceUrl.isPresent()) {
                url = sourceUrl;
            }
        }
        url.map(URI::getHost).flatMap(h -> h == null ? Optional.empty() : Publishers.forHost(h))
                .ifPresent(page::publisher);
        page.source(Source.builder().url(url).parser(id()).build());
        page.language("en");
        List<String> body = paragraphs(lines.subList(Math.min(bodyStart, lines.size()),
                lines.size()));
        // the headline repeated at the top of the body, often in bold
        text(front, "title").ifPresent(t -> BodyCleaner.dropRepeatedHeadline(body, List.of(t)));
        page.addAllParagraphs(body);
        return page.build();
    }

    /**
     * Returns the front matter's fields: the usual shape of it read directly, anything else by
     * the YAML parser (which {@link FrontMatter} reads the same where it answers).
     */
    private Map<String, String> frontFields(PageInput input, String yaml) throws ParseException {
        Optional<Map<String, String>> direct = FrontMatter.read(yaml, FIELDS);
        return direct.isPresent() ? direct.get() : fields(frontMatter(input, yaml));
    }

    private JsonNode frontMatter(PageInput input, String yaml) throws ParseException {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ParseException(input.name(), ParseException.Stage.PAGE,
                        ParseException.Reason.MALFORMED, id(),
                        "front matter is not a YAML mapping", null);
            }
            return node;
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines()
                    .findFirst().orElse("");
            throw new ParseException(input.name(), ParseException.Stage.PAGE,
                    ParseException.Reason.MALFORMED, id(),
                    "front matter is not valid YAML: " + reason, e);
        }
    }

    /** The fields of the front matter a page is read from, as text. */
    private static Map<String, String> fields(JsonNode front) {
        Map<String, String> fields = new HashMap<>();
        for (String field : FIELDS) {
            JsonNode value = front.get(field);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                fields.put(field, value.asText());
            }
        }
        return fields;
    }

    private static Optional<String> text(Map<String, String> front, String field) {
        return Optional.ofNullable(front.get(field));
    }

    private static Optional<URI> uri(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Turns Markdown lines into paragraphs: blocks, headings, list items and table rows. */
    static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean inList = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (isBlank(stripped)) {
                flush(block, paragraphs);
                continue;
            }
            // as in CommonMark, outside a list a numbered line interrupts a paragraph only as
            // a list's first item ("1."): "... in\n2020. The ..." goes on the paragraph
            boolean item = isListItem(stripped) && (block.length() == 0 || inList
                    || !Character.isDigit(stripped.charAt(0)) || stripped.startsWith("1.")
                    || stripped.startsWith("1)"));
            boolean starts = stripped.startsWith("#") || item
                    || stripped.startsWith("|") || stripped.startsWith(">");
            if (starts) {
                flush(block, paragraphs);
            }
            if (item) {
                inList = true;
            } else if (block.length() == 0 && !line.isEmpty() && !Lines.isSpace(line.charAt(0))) {
                inList = false; // a paragraph that is not a list item's goes back to the margin
            }
            if (stripped.startsWith("|") && stripped.replaceAll("[|:\\-\\s]", "").isEmpty()) {
                continue; // a table's separator row
            }
            block.append(block.length() == 0 ? "" : " ").append(stripped);
            if (stripped.startsWith("#") || stripped.startsWith("|")) {
                flush(block, paragraphs);
            }
        }
        flush(block, paragraphs);
        return paragraphs;
    }

    /** Whether a line holds nothing but white space, the non-breaking kinds included. */
    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Lines.isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isListItem(String line) {
        if (line.length() > 1 && "-*+".indexOf(line.charAt(0)) >= 0
                && Lines.isSpace(line.charAt(1))) {
            return true;
        }
        int i = 0;
        while (i < line.length() && i < 4 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && Lines.isSpace(line.charAt(i + 1)); // "1. ", "1.\u202F" (a narrow no-break space)
    }

    private static void flush(StringBuilder block, List<String> paragraphs) {
        if (block.length() == 0) {
            return;
        }
        // the markup removed and the white space collapsed in the same pass
        Lines.Collapser text = new Lines.Collapser(block.length());
        plain(block.toString(), text);
        block.setLength(0);
        String paragraph = text.toString();
        if (!paragraph.isEmpty() && !PageChrome.isChrome(paragraph)) {
            paragraphs.add(paragraph);
        }
    }

    /** Removes Markdown markup from one block: heading marks, list marks, emphasis, links, HTML. */
    static String plain(String block) {
        StringBuilder out = new StringBuilder(block.length());
        plain(block, out);
        return out.toString();
    }

    /** Appends the text of one block, its Markdown markup removed, to {@code out}. */
    private static void plain(String block, Appendable out) {
        try {
            plainInto(block, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // neither builder nor collapser throws
        }
    }

    private static void plainInto(String block, Appendable out) throws java.io.IOException {
        String s = block;
        int hashes = 0;
        while (hashes < s.length() && s.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes > 0 && hashes < s.length() && s.charAt(hashes) == ' ') {
            s = s.substring(hashes + 1);
        }
        if (s.startsWith("> ")) {
            s = s.substring(2);
        }
        s = withoutListMarker(s);
        if (s.startsWith("|")) {
            s = String.join(" | ", List.of(s.substring(1, s.endsWith("|") ? s.length() - 1
                    : s.length()).split("\\|", -1))).replaceAll("\\s+\\|\\s+", " | ");
        }
        if (s.indexOf('<') >= 0) {
            s = Jsoup.parse(s).body().text(); // inline HTML: <sup>th</sup>, <br>, entities
        }
        // where the next "](" and the ")" after it stand, searched again only once passed
        // (a block of many brackets costs linear time), and the last line break
        int close = -1;
        int end = -1;
        int searchedFrom = Integer.MAX_VALUE;
        int lastBreak = s.lastIndexOf('\n');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isEscapable(s.charAt(i + 1))) {
                out.append(s.charAt(++i));
            } else if (c == '[') {
                if (searchedFrom > i || close >= 0 && close < i) {
                    close = s.indexOf("](", i);
                    end = close < 0 ? -1 : s.indexOf(')', close);
                    searchedFrom = i;
                }
                if (close > i && end > close && i > lastBreak) {
                    plainInto(s.substring(i + 1, close), out);
                    i = end;
                } else {
                    out.append(c);
                }
            } else if (c == '*' || (c == '_' && isEmphasisUnderscore(s, i))) {
                // emphasis markers are dropped; a literal one is written escaped
            } else {
                out.append(c);
            }
        }
    }

    /** Removes a list item's marker ("-   ", "* ", "12. ", "3) "): it is layout, not text. */
    static String withoutListMarker(String s) {
        if (!isListItem(s)) {
            return s;
        }
        int i = 0;
        while (i < s.length() && !Lines.isSpace(s.charAt(i))) {
            i++;
        }
        while (i < s.length() && Lines.isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static boolean isEmphasisUnderscore(String s, int i) {
        boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return !(before && after);
    }

    private static boolean isEscapable(char c) {
        return "\\`*_{}[]()#+-.!|<>\"'$~".indexOf(c) >= 0;
    }
}
