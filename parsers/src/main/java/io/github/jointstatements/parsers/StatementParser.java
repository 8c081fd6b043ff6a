package io.github.jointstatements.parsers;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.analysis.AnalysisLimitException;
import io.github.jointstatements.parsers.analysis.AnalysisOptions;
import io.github.jointstatements.parsers.analysis.StatementAnalyzer;
import io.github.jointstatements.parsers.internal.Decoder;
import io.github.jointstatements.parsers.internal.DirectText;
import io.github.jointstatements.parsers.internal.Lines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

    /** The default largest input read, in bytes: 32 MiB, about a hundred times a long page. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 32L * 1024 * 1024;

    /**
     * The default most paragraphs analysed: 2,000. Statements have tens, long fact sheets
     * hundreds; the longest of the 6,907 releases of the White House archive of 2021-2025 has
     * 411.
     */
    public static final int DEFAULT_MAX_PARAGRAPHS = AnalysisOptions.DEFAULT_MAX_PARAGRAPHS;

    /** The default most sentences analysed: 10,000. */
    public static final int DEFAULT_MAX_SENTENCES = AnalysisOptions.DEFAULT_MAX_SENTENCES;

    /** The default longest wait for a connection to a URL's server. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The default longest time a URL's whole response may take once requested. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** The default most redirects followed from a URL. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    /** The default {@code User-Agent} of requests for URLs. */
    public static final String DEFAULT_USER_AGENT =
            "joint-statements/1 (+https://github.com/jointstatements/joint-statements)";

    /** Above this share of control characters, decoded bytes are binary data, not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private final PageParserRegistry registry;
    private final StatementAnalyzer analyzer;
    private final long maxInputBytes;
    private final Fetcher fetcher;

    private StatementParser(Builder builder) {
        this.registry = PageParserRegistry.load(builder.pageParsers);
        this.analyzer = StatementAnalyzer.create(builder.analysis.build());
        this.maxInputBytes = builder.maxInputBytes;
        this.fetcher = new Fetcher(builder.connectTimeout, builder.readTimeout,
                builder.maxRedirects, builder.userAgent, maxInputBytes);
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
    /**
     * Reads the statement at a URL ({@code http} or {@code https}), fetched within this
     * parser's limits: see {@link Input#of(URI)}.
     *
     * @param url the page's address
     * @return the statement
     * @throws ParseException if the page cannot be fetched or read, or holds no statement
     */
    public Statement parse(URI url) throws ParseException {
        return parse(Input.of(url));
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
     * @throws ParseException if the input cannot be read, is empty, is not text, exceeds a
     *     limit, or holds no statement (reason {@link ParseException.Reason#NO_STATEMENT})
     */
    public Statement parse(Input input) throws ParseException {
        return analysed(input, statementPage(input), analyzer::analyze);
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
        return analysed(input, statementPage(input), analyzer::explain);
    }

    private Page statementPage(Input input) throws ParseException {
        Page page = page(input);
        String parserId = page.source().parser();
        if (page.paragraphs().isEmpty()) {
            throw new ParseException(input.name(), ParseException.Stage.PAGE,
                    ParseException.Reason.EMPTY, parserId, "no body text found", null);
        }
        if (page.noStatement()) {
            throw new ParseException(input.name(), ParseException.Stage.PAGE,
                    ParseException.Reason.NO_STATEMENT, parserId,
                    "the page holds no statement: a listing, a news story about one, a transcript"
                            + " or a speech", null);
        }
        return page;
    }

    /** Runs the analysis, its limits and its failures reported against the input. */
    private static <T> T analysed(Input input, Page page, Function<Page, T> analysis)
            throws ParseException {
        String parserId = page.source().parser();
        try {
            return analysis.apply(page);
        } catch (AnalysisLimitException e) {
            throw ParseException.limitExceeded(input.name(), ParseException.Stage.ANALYSIS,
                    parserId, e.limit(), e.value(), e.found());
        } catch (RuntimeException | StackOverflowError e) {
            throw internal(input, ParseException.Stage.ANALYSIS, parserId, "text analysis", e);
        }
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
     * Reads the main text and metadata of the page at a URL, statement or not.
     *
     * @param url the page's address
     * @return the page
     * @throws ParseException if the page cannot be fetched or read
     */
    public Page page(URI url) throws ParseException {
        return page(Input.of(url));
    }

    /**
     * Reads the main text and metadata of any page, statement or not. A page without text is
     * returned with no paragraphs.
     *
     * @param input the document and what the caller knows of it
     * @return the page
     * @throws ParseException if the input cannot be read, is empty, is not text or exceeds a
     *     limit
     */
    public Page page(Input input) throws ParseException {
        Objects.requireNonNull(input, "input");
        PageInput pageInput = decode(input);
        PageParser parser;
        try {
            parser = registry.choose(pageInput);
        } catch (RuntimeException | StackOverflowError e) {
            throw internal(input, ParseException.Stage.PAGE, null, "choosing a page parser", e);
        }
        try {
            return parser.parse(pageInput);
        } catch (RuntimeException | StackOverflowError e) {
            // a page parser's bug must not take a batch down: report it against this input
            throw internal(input, ParseException.Stage.PAGE, parser.id(), "page parser", e);
        }
    }

    private static ParseException internal(Input input, ParseException.Stage stage,
            String parserId, String what, Throwable e) {
        return new ParseException(input.name(), stage, ParseException.Reason.INTERNAL, parserId,
                what + " failed: " + e, e);
    }

    /** {@return the ids of the page parsers this parser chooses from, in the order tried} */
    public List<String> pageParserIds() {
        List<String> ids = new ArrayList<>();
        registry.parsers().forEach(p -> ids.add(p.id()));
        return ids;
    }

    private PageInput decode(Input input) throws ParseException {
        String text;
        double controls;
        Optional<URI> baseUrl = input.baseUrl();
        Optional<Format> format = input.format();
        if (input.text().isPresent()) {
            text = input.text().get();
            if (text.length() > maxInputBytes) {
                throw ParseException.limitExceeded(input.name(), ParseException.Stage.READ, null,
                        "maxInputBytes", maxInputBytes, text.length() + " characters");
            }
            controls = Decoder.controlShare(text);
        } else {
            byte[] bytes;
            Optional<Charset> charset = input.charset();
            if (input.url().isPresent()) {
                Fetcher.Response response = fetcher.fetch(input.name(), input.url().get());
                bytes = response.body();
                charset = charset.or(response::charset);
                baseUrl = baseUrl.or(() -> Optional.of(response.url()));
                format = format.or(response::format).or(() -> Format.ofFileName(
                        Optional.ofNullable(response.url().getPath()).orElse("")));
            } else {
                bytes = read(input);
            }
            Optional<String> binary = Decoder.binarySignature(bytes);
            if (binary.isPresent()) {
                throw new ParseException(input.name(), ParseException.Stage.DECODE,
                        ParseException.Reason.NOT_TEXT, null, binary.get() + ", not text", null);
            }
            if (format.isPresent() && format.get() == Format.HTML) {
                // bytes that decoding would leave as they are (most pages: UTF-8, or a
                // single-byte charset) are parsed from the bytes: no string of the page is made
                // unless a parser asks for its text
                Optional<DirectText> direct = Decoder.direct(bytes, charset);
                if (direct.isPresent() && !blankStart(bytes, direct.get().start())) {
                    checkControlShare(input, direct.get().controlShare());
                    return PageInput.ofDirectHtml(input.name(), direct.get(), baseUrl);
                }
            }
            // decoded, measured and cleaned of control characters in one pass
            Decoder.Text decoded = Decoder.decodeText(bytes, charset);
            text = decoded.text();
            controls = decoded.controlShare();
        }
        checkControlShare(input, controls);
        if (input.text().isPresent()) {
            text = Decoder.withoutControls(text);
        }
        if (isBlank(text)) {
            throw new ParseException(input.name(), ParseException.Stage.DECODE,
                    ParseException.Reason.EMPTY, null,
                    text.isEmpty() ? "empty input" : "only white space", null);
        }
        String decoded = text;
        return PageInput.of(input.name(), format.orElseGet(() -> sniff(decoded)), text, baseUrl);
    }

    private static void checkControlShare(Input input, double controls) throws ParseException {
        if (controls > MAX_CONTROL_SHARE) {
            throw new ParseException(input.name(), ParseException.Stage.DECODE,
                    ParseException.Reason.NOT_TEXT, null, String.format(Locale.ROOT,
                    "binary data, not text: %.0f%% control or undecodable characters",
                    controls * 100), null);
        }
    }

    /**
     * Returns whether text read straight from its bytes may be blank: unless a printable ASCII
     * character (itself in every charset read so) comes before any other but ASCII white space,
     * the decoded text is tested.
     */
    private static boolean blankStart(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b > ' ' && b < 0x7F) {
                return false;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true; // another character: the decoded text is tested
            }
        }
        return true;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Lines.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
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
            throw ParseException.limitExceeded(input.name(), ParseException.Stage.READ, null,
                    "maxInputBytes", maxInputBytes, size > maxInputBytes + 1
                            ? size + " bytes" : "more than " + maxInputBytes + " bytes");
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
        /** The analysis limits; they validate their own values. */
        private final AnalysisOptions.Builder analysis = AnalysisOptions.builder();
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private String userAgent = DEFAULT_USER_AGENT;

        private Builder() {}

        /**
         * Sets the largest input read, in bytes; a larger input fails with reason
         * {@link ParseException.Reason#TOO_LARGE} naming {@code maxInputBytes}. Text given as a
         * string is measured in characters; a URL's body is cut off as soon as it passes.
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
         * Sets the most paragraphs of a page that {@link #parse} analyses (default
         * {@value StatementParser#DEFAULT_MAX_PARAGRAPHS}); a page with more fails with reason
         * {@link ParseException.Reason#TOO_LARGE} naming {@code maxParagraphs}. {@link #page}
         * is not limited by it.
         *
         * @param maxParagraphs the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxParagraphs(int maxParagraphs) {
            analysis.maxParagraphs(maxParagraphs);
            return this;
        }

        /**
         * Sets the most sentences of a page that {@link #parse} analyses (default
         * {@value StatementParser#DEFAULT_MAX_SENTENCES}); a page with more fails with reason
         * {@link ParseException.Reason#TOO_LARGE} naming {@code maxSentences}.
         *
         * @param maxSentences the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxSentences(int maxSentences) {
            analysis.maxSentences(maxSentences);
            return this;
        }

        /**
         * Sets the longest wait for a connection to a URL's server (default 10 seconds); a
         * longer one fails with reason {@link ParseException.Reason#UNREADABLE} naming
         * {@code connectTimeout}.
         *
         * @param connectTimeout the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the longest a URL's response may take once the request is sent, headers and
         * whole body (default 30 seconds), so that a server that stalls or trickles its answer
         * cannot hold a caller; a slower one fails with reason
         * {@link ParseException.Reason#UNREADABLE} naming {@code readTimeout}.
         *
         * @param readTimeout the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Sets the most redirects followed from a URL (default
         * {@value StatementParser#DEFAULT_MAX_REDIRECTS}); 0 follows none. One more, or a
         * redirect loop, fails with reason {@link ParseException.Reason#UNREADABLE} naming
         * {@code maxRedirects}.
         *
         * @param maxRedirects the limit, at least 0
         * @return this builder
         * @throws IllegalArgumentException if the limit is negative
         */
        public Builder maxRedirects(int maxRedirects) {
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative: "
                        + maxRedirects);
            }
            this.maxRedirects = maxRedirects;
            return this;
        }

        /**
         * Sets the {@code User-Agent} sent with requests for URLs (default
         * {@link StatementParser#DEFAULT_USER_AGENT}).
         *
         * @param userAgent the header's value, printable ASCII
         * @return this builder
         * @throws IllegalArgumentException if the value is blank or not printable ASCII
         */
        public Builder userAgent(String userAgent) {
            Objects.requireNonNull(userAgent, "userAgent");
            if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
                throw new IllegalArgumentException("userAgent must be printable ASCII: "
                        + userAgent);
            }
            this.userAgent = userAgent;
            return this;
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
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
