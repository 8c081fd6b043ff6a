package io.github.jointstatements.parsers;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A document to read: its content (a file, a URL, bytes or text), a name for messages, and what the
 * caller knows of it: the address it came from, its charset, its format.
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return modified copies. What the caller
 * does not give is found out: the format from the file name or the content, the charset from the
 * byte-order mark, the markup or the bytes themselves.
 *
 * <pre>{@code
 * Input.of(Path.of("statement.html"));
 * Input.of(URI.create("https://www.state.gov/joint-statement-..."));
 * Input.of(html).withBaseUrl(URI.create("https://www.defense.gov/News/Releases/..."));
 * Input.of(bytes, "crawl-0042").withCharset(StandardCharsets.UTF_8).withFormat(Format.HTML);
 * }</pre>
 */
public final class Input {

    private final Path path;
    private final URI url;
    private final InputStream stream;
    private final byte[] bytes;
    private final String text;
    private final String name;
    private final URI baseUrl;
    private final Charset charset;
    private final Format format;

    private Input(Path path, URI url, InputStream stream, byte[] bytes, String text, String name,
            URI baseUrl, Charset charset, Format format) {
        this.path = path;
        this.url = url;
        this.stream = stream;
        this.bytes = bytes;
        this.text = text;
        this.name = name;
        this.baseUrl = baseUrl;
        this.charset = charset;
        this.format = format;
    }

    /**
     * {@return the input of a file, named by its path; the format follows its extension}
     *
     * @param path the file
     */
    public static Input of(Path path) {
        Objects.requireNonNull(path, "path");
        return new Input(path, null, null, null, null, path.toString(), null, null,
                Format.ofFileName(path.getFileName() == null ? "" : path.getFileName().toString())
                        .orElse(null));
    }

    /**
     * {@return the input of text already decoded, named {@code "<string>"}}
     *
     * @param text the document's text
     */
    public static Input of(String text) {
        Objects.requireNonNull(text, "text");
        return new Input(null, null, null, null, text, "<string>", null, null, null);
    }

    /**
     * {@return the input of raw bytes under a name of the caller's choosing. The array is not
     * copied: do not change it while the input is in use}
     *
     * @param bytes the document's bytes
     * @param name the name used in results and error messages
     */
    public static Input of(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        return new Input(null, null, null, bytes, null, name, null, null, null);
    }

    /**
     * {@return the input of a stream under a name of the caller's choosing. A stream input can be
     * read once; the parser reads it to its end (or to the size limit) but does not close it}
     *
     * @param stream the document's bytes
     * @param name the name used in results and error messages
     */
    public static Input of(InputStream stream, String name) {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(name, "name");
        return new Input(null, null, stream, null, null, name, null, null, null);
    }

    /**
     * Returns the input of the page at a URL, named by the URL: {@code http} and {@code https}
     * are read, each read fetching it anew. The {@link StatementParser} that reads it fetches
     * it within its limits ({@link StatementParser.Builder#connectTimeout},
     * {@link StatementParser.Builder#readTimeout}, {@link StatementParser.Builder#maxRedirects},
     * {@link StatementParser.Builder#maxInputBytes}), takes the charset and format from the
     * {@code Content-Type} header (unless given with {@link #withCharset} or
     * {@link #withFormat}), refuses a type that is not HTML, text or Markdown, and resolves
     * links against the address finally reached (unless given with {@link #withBaseUrl}).
     * Every failure is a {@link ParseException}: an HTTP error status, a timeout, a redirect
     * loop are {@link ParseException.Reason#UNREADABLE}.
     *
     * @param url the page's address
     * @return the input of the page at {@code url}
     */
    public static Input of(URI url) {
        Objects.requireNonNull(url, "url");
        return new Input(null, url, null, null, null, url.toString(), null, null, null);
    }

    /**
     * {@return a copy with the address the document came from, which resolves its links}
     *
     * @param baseUrl the document's address
     */
    public Input withBaseUrl(URI baseUrl) {
        return new Input(path, url, stream, bytes, text, name,
                Objects.requireNonNull(baseUrl, "baseUrl"), charset, format);
    }

    /**
     * {@return a copy with the charset the caller knows the bytes to be in (an HTTP header's)}
     *
     * @param charset the charset, which wins over what the bytes declare
     */
    public Input withCharset(Charset charset) {
        return new Input(path, url, stream, bytes, text, name, baseUrl,
                Objects.requireNonNull(charset, "charset"), format);
    }

    /**
     * {@return a copy with the format the caller knows the document to be in}
     *
     * @param format the format, which wins over the file name and the content
     */
    public Input withFormat(Format format) {
        return new Input(path, url, stream, bytes, text, name, baseUrl, charset,
                Objects.requireNonNull(format, "format"));
    }

    /**
     * {@return a copy named {@code name} in results and error messages}
     *
     * @param name the name
     */
    public Input withName(String name) {
        return new Input(path, url, stream, bytes, text, Objects.requireNonNull(name, "name"),
                baseUrl, charset, format);
    }

    /** {@return the name used in results and error messages} */
    public String name() {
        return name;
    }

    /** {@return the file to read, if this input is a file} */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** {@return the URL to fetch, if this input is a URL} */
    public Optional<URI> url() {
        return Optional.ofNullable(url);
    }

    /** {@return the stream to read, if this input is a stream} */
    public Optional<InputStream> stream() {
        return Optional.ofNullable(stream);
    }

    /** {@return the text, if this input was given as text} */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** {@return the raw bytes, if this input was given as bytes (not copied)} */
    public Optional<byte[]> bytes() {
        return Optional.ofNullable(bytes);
    }

    /** {@return the address the document came from, if known} */
    public Optional<URI> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** {@return the charset the caller declared, if any} */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** {@return the format the caller or the file name declared, if any} */
    public Optional<Format> format() {
        return Optional.ofNullable(format);
    }

    @Override
    public String toString() {
        return "Input[" + name + "]";
    }
}
