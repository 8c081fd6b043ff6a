package io.github.jointstatements.parsers;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import io.github.jointstatements.parsers.internal.Decoder;
import io.github.jointstatements.parsers.internal.DirectText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A decoded document as page parsers see it: its name, format, text, the address it came from,
 * and for HTML the jsoup {@link Document}, parsed once on first use and shared by every parser
 * that looks at it.
 *
 * <p>A page input belongs to one parse call: it is not thread-safe, and parsers must not change
 * its document.
 */
public final class PageInput {

    private final String name;
    private final Format format;
    /** The decoded text; for HTML read straight from its bytes, decoded only when asked for. */
    private String text;
    /** For HTML that decoding leaves as it is: the bytes, parsed from without a copy in a string. */
    private final DirectText direct;
    private final URI url;
    private Optional<String> host;
    private Document document;
    private final Map<Class<?>, Object> memos = new HashMap<>();

    private PageInput(String name, Format format, String text, URI url) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.text = Objects.requireNonNull(text, "text");
        this.direct = null;
        this.url = url;
    }

    private PageInput(String name, DirectText direct, URI url) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Format.HTML;
        this.direct = Objects.requireNonNull(direct, "direct");
        this.url = url;
    }

    /**
     * Returns the page input of an HTML page that decoding leaves as it is (as
     * {@link Decoder#direct} finds it): its document is parsed from the bytes, its text
     * decoded only if asked for; both are what the decoded string would give.
     */
    static PageInput ofDirectHtml(String name, DirectText direct, Optional<URI> url) {
        return new PageInput(name, direct, url.orElse(null));
    }

    /**
     * Returns the page input of decoded text.
     *
     * @param name the name used in messages
     * @param format the document's format
     * @param text the decoded text
     * @param url the address the document came from, if known
     * @return the page input, its document not parsed yet
     */
    public static PageInput of(String name, Format format, String text, Optional<URI> url) {
        return new PageInput(name, format, text, url.orElse(null));
    }

    /** {@return the name used in messages} */
    public String name() {
        return name;
    }

    /** {@return the document's format} */
    public Format format() {
        return format;
    }

    /** {@return the decoded text: the HTML source, the plain text or the Markdown with front matter} */
    public String text() {
        if (text == null) {
            text = direct.text();
        }
        return text;
    }

    /** {@return the address the document came from, if known} */
    public Optional<URI> url() {
        return Optional.ofNullable(url);
    }

    /** {@return the lower-case host of {@link #url()}, if there is one} */
    public Optional<String> host() {
        if (host == null) {
            // asked by every parser's fit test: found once
            host = url().map(URI::getHost).map(h -> h.toLowerCase(java.util.Locale.ROOT));
        }
        return host;
    }

    /**
     * Returns the HTML parsed by jsoup, with the base URL set when known.
     *
     * @return the document, parsed on the first call and the same on later calls
     * @throws IllegalStateException if the input is not HTML
     */
    public Document document() {
        if (format != Format.HTML) {
            throw new IllegalStateException("not an HTML input: " + name + " is " + format);
        }
        if (document == null) {
            String base = url == null ? "" : url.toString();
            // the bytes read as the decoded string would be: same characters, same chunks
            document = text == null
                    ? Parser.htmlParser().parseInput(direct.reader(), base)
                    : Jsoup.parse(text, base);
        }
        return document;
    }

    /**
     * Returns what {@code compute} makes of this input, computed once per input and key and then
     * shared: parsers use it so that the registry's fit tests and the chosen parser read a page's
     * metadata in one walk, not one walk each.
     *
     * @param <T> the type of the value
     * @param key the type of the value, which names it
     * @param compute computes the value from this input; it must not return {@code null}
     * @return the value, computed on the first call for {@code key}
     */
    public <T> T memo(Class<T> key, Function<PageInput, ? extends T> compute) {
        Object value = memos.get(key);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(this), "memo value");
            memos.put(key, value);
        }
        return key.cast(value);
    }
}
