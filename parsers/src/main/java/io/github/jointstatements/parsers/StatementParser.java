package io.github.jointstatements.parsers;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.analysis.StatementAnalyzer;
import io.github.jointstatements.parsers.internal.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads statements: decodes an {@link Input}, lets the best-fitting {@link PageParser} extract the
 * page, and analyses its text into a {@link Statement}.
 *
 * <pre>{@code
 * StatementParser parser = StatementParser.create();
 * Statement statement = parser.parse(Path.of("joint-statement.html"));
 * statement.pledges().forEach(p -> System.out.println(p.actors() + " " + p.verb()));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: create one and share it. Every method either returns
 * a result or throws {@link ParseException} naming the input, the stage and the reason.
 */
public final class StatementParser {

    /** The default largest input read, in bytes. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 32L * 1024 * 1024;

    private final PageParserRegistry registry;
    private final StatementAnalyzer analyzer;
    private final long maxInputBytes;

    private StatementParser(Builder builder) {
        this.registry = PageParserRegistry.load(builder.pageParsers);
        this.analyzer = StatementAnalyzer.create();
        this.maxInputBytes = builder.maxInputBytes;
    }

    /** {@return a parser with the default limits and every page parser on the class path} */
    public static StatementParser create() {
        return builder().build();
    }

    /** {@return a builder for a parser with other limits or page parsers of the caller's own} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the statement in a file; its format follows its extension.
     *
     * @param path the file
     * @return the statement
     * @throws ParseException if the file cannot be read, or holds no statement
     */
    public Statement parse(Path path) throws ParseException {
        return parse(Input.of(path));
    }

    /**
     * Reads the statement in a string of HTML, plain text or Markdown with front matter; the
     * format is told from the text.
     *
     * @param text the document
     * @return the statement
     * @throws ParseException if the text holds no statement
     */
    public Statement parse(String text) throws ParseException {
        return parse(Input.of(text));
    }

    /**
     * Reads the statement in an input.
     *
     * @param input the document and what the caller knows of it
     * @return the statement
     * @throws ParseException if the input cannot be read, or holds no statement (reason
     *     {@link ParseException.Reason#NO_STATEMENT})
     */
    public Statement parse(Input input) throws ParseException {
        return analyzer.analyze(statementPage(input));
    }

    /**
     * Reads the statement in an input and tells which rule of the analysis produced each of its
     * facts: for tracing a wrong party, pledge or event to its cause.
     *
     * @param input the document and what the caller knows of it
     * @return the statement with the rule behind each fact
     * @throws ParseException as {@link #parse(Input)} does
     */
    public Explanation explain(Input input) throws ParseException {
        return analyzer.explain(statementPage(input));
    }

    private Page statementPage(Input input) throws ParseException {
        Page page = page(input);
        if (page.noStatement()) {
            throw new ParseException(input.name(), ParseException.Stage.PAGE,
                    ParseException.Reason.NO_STATEMENT, page.source().parser(),
                    "a listing or index page, not a statement", null);
        }
        if (page.paragraphs().isEmpty()) {
            throw new ParseException(input.name(), ParseException.Stage.PAGE,
                    ParseException.Reason.NO_STATEMENT, page.source().parser(),
                    "no body text found", null);
        }
        return page;
    }

    /**
     * Reads the main text and metadata of a file, statement or not.
     *
     * @param path the file
     * @return the page
     * @throws ParseException if the file cannot be read
     */
    public Page page(Path path) throws ParseException {
        return page(Input.of(path));
    }

    /**
     * Reads the main text and metadata of any page, statement or not.
     *
     * @param input the document and what the caller knows of it
     * @return the page
     * @throws ParseException if the input cannot be read
     */
    public Page page(Input input) throws ParseException {
        Objects.requireNonNull(input, "input");
        PageInput pageInput = decode(input);
        PageParser parser = registry.choose(pageInput);
        try {
            return parser.parse(pageInput);
        } catch (RuntimeException e) {
            // a page parser's bug must not take a batch down: report it against this input
            throw new ParseException(input.name(), ParseException.Stage.PAGE,
                    ParseException.Reason.MALFORMED, parser.id(),
                    "page parser failed: " + e, e);
        }
    }

    /** {@return the ids of the page parsers this parser chooses from, in the order tried} */
    public List<String> pageParserIds() {
        List<String> ids = new ArrayList<>();
        registry.parsers().forEach(p -> ids.add(p.id()));
        return ids;
    }

    private PageInput decode(Input input) throws ParseException {
        String text;
        if (input.text().isPresent()) {
            text = input.text().get();
        } else {
            byte[] bytes = read(input);
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
                throw new ParseException(input.name(), ParseException.Stage.DECODE,
                        ParseException.Reason.NOT_TEXT, null,
                        "gzip-compressed bytes, not text", null);
            }
            text = Decoder.decode(bytes, input.charset());
        }
        if (text.isBlank()) {
            throw new ParseException(input.name(), ParseException.Stage.DECODE,
                    ParseException.Reason.EMPTY, null, "empty input", null);
        }
        Format format = input.format().orElseGet(() -> sniff(text));
        return PageInput.of(input.name(), format, text, input.baseUrl());
    }

    private byte[] read(Input input) throws ParseException {
        try {
            if (input.bytes().isPresent()) {
                byte[] bytes = input.bytes().get();
                checkSize(input, bytes.length);
                return bytes;
            }
            if (input.path().isPresent()) {
                Path path = input.path().get();
                if (Files.isDirectory(path)) {
                    throw new ParseException(input.name(), ParseException.Stage.READ,
                            ParseException.Reason.UNREADABLE, null, "a directory, not a file",
                            null);
                }
                checkSize(input, Files.size(path));
                try (InputStream in = Files.newInputStream(path)) {
                    return readBounded(input, in);
                }
            }
            return readBounded(input, input.stream().orElseThrow());
        } catch (NoSuchFileException e) {
            throw new ParseException(input.name(), ParseException.Stage.READ,
                    ParseException.Reason.UNREADABLE, null, "no such file", e);
        } catch (IOException e) {
            throw new ParseException(input.name(), ParseException.Stage.READ,
                    ParseException.Reason.UNREADABLE, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] readBounded(Input input, InputStream in) throws IOException, ParseException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
        checkSize(input, bytes.length);
        return bytes;
    }

    private void checkSize(Input input, long size) throws ParseException {
        if (size > maxInputBytes) {
            throw new ParseException(input.name(), ParseException.Stage.READ,
                    ParseException.Reason.TOO_LARGE, null, "input larger than the limit"
                    + " maxInputBytes=" + maxInputBytes, null);
        }
    }

    /** Guesses the format of text the caller did not declare. */
    static Format sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading();
        if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
            return Format.MARKDOWN;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype") || lower.startsWith("<html") || lower.contains("<body")
                || lower.contains("<head") || lower.contains("<div") || lower.contains("<p>")
                || lower.contains("<p ") || lower.contains("<meta")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** Builds a {@link StatementParser}; not thread-safe, build once and share the parser. */
    public static final class Builder {

        private final List<PageParser> pageParsers = new ArrayList<>();
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

        private Builder() {}

        /**
         * Sets the largest input read, in bytes; a larger input fails with reason
         * {@link ParseException.Reason#TOO_LARGE}.
         *
         * @param maxInputBytes the limit, at least 1; {@link #DEFAULT_MAX_INPUT_BYTES} if not set
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive: "
                        + maxInputBytes);
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * Adds a page parser of the caller's own, tried before those found with
         * {@link java.util.ServiceLoader}.
         *
         * @param parser the page parser
         * @return this builder
         */
        public Builder addPageParser(PageParser parser) {
            pageParsers.add(Objects.requireNonNull(parser, "parser"));
            return this;
        }

        /** {@return the parser} */
        public StatementParser build() {
            return new StatementParser(this);
        }
    }
}
