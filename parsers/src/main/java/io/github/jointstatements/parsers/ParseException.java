package io.github.jointstatements.parsers;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one checked exception of joint-statements: an input could not be read as a statement or a
 * page. It names the input, the stage that failed and the reason, and its message reads
 * {@code <what was expected or found> (<input>, <stage>[, parser <id>])}.
 *
 * <p>Every failure on an input, whatever the input holds, is answered with this exception; an
 * unchecked exception out of a parse method means the caller passed a bad argument (a
 * {@code null}, a negative limit). When a configured limit stops the read, the reason is
 * {@link Reason#TOO_LARGE} (or {@link Reason#UNREADABLE} for a timeout or the redirect limit)
 * and {@link #limit()} names the {@link StatementParser.Builder} option, as does the message.
 */
public final class ParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an input could not be read. */
    public enum Reason {
        /** The input does not exist or could not be read (I/O error, HTTP error, timeout). */
        UNREADABLE,
        /** The input is empty or holds only white space or markup without text. */
        EMPTY,
        /** The input is not text: binary data, compressed bytes, an image. */
        NOT_TEXT,
        /** The input exceeds a configured limit; the message names the limit. */
        TOO_LARGE,
        /** The input is malformed beyond repair (broken front matter, say). */
        MALFORMED,
        /** The input is readable but holds no statement (a listing, an index page). */
        NO_STATEMENT,
        /**
         * joint-statements itself failed on this input: a defect of the library or of a page
         * parser, not of the input. The message says what failed; please report it with the input.
         */
        INTERNAL
    }

    /** Where in the way a document travels the input failed. */
    public enum Stage {
        /** Reading bytes from a file, a stream or a URL. */
        READ,
        /** Turning bytes into text. */
        DECODE,
        /** Extracting the page's text and metadata. */
        PAGE,
        /** Analysing the text into a statement. */
        ANALYSIS
    }

    /** The name of the input that failed. */
    private final String input;
    /** The stage that failed. */
    private final Stage stage;
    /** Why the input failed. */
    private final Reason reason;
    /** The id of the page parser involved, or {@code null}. */
    private final String parserId;
    /** What was expected or found. */
    private final String detail;
    /** The name of the limit hit, or {@code null}. */
    private final String limit;

    /**
     * Creates an exception.
     *
     * @param input the name of the input (a path, a URL, or a caller-given name)
     * @param stage the stage that failed
     * @param reason why
     * @param parserId the id of the page parser involved, or {@code null} if none was
     * @param detail what was expected or found, without the input's name
     * @param cause the underlying exception, or {@code null}
     */
    public ParseException(String input, Stage stage, Reason reason, String parserId,
            String detail, Throwable cause) {
        this(input, stage, reason, parserId, detail, null, cause);
    }

    private ParseException(String input, Stage stage, Reason reason, String parserId,
            String detail, String limit, Throwable cause) {
        super(detail + " (" + input + ", " + stage.name().toLowerCase(Locale.ROOT)
                + (parserId == null ? "" : ", parser " + parserId) + ")", cause);
        this.input = Objects.requireNonNull(input, "input");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.parserId = parserId;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.limit = limit;
    }

    /**
     * Returns the exception for an input that exceeds a configured limit: reason
     * {@link Reason#TOO_LARGE}, a detail reading {@code <found>, over the limit <name>=<value>}.
     *
     * @param input the name of the input
     * @param stage the stage that hit the limit
     * @param parserId the id of the page parser involved, or {@code null} if none was
     * @param limit the name of the {@link StatementParser.Builder} option ("maxInputBytes")
     * @param value the limit's value
     * @param found what was found ("42,000,000 bytes")
     * @return the exception, to throw
     */
    public static ParseException limitExceeded(String input, Stage stage, String parserId,
            String limit, Object value, String found) {
        Objects.requireNonNull(limit, "limit");
        return new ParseException(input, stage, Reason.TOO_LARGE, parserId,
                found + ", over the limit " + limit + "=" + value, limit, null);
    }

    /**
     * Returns the exception for an input that could not be read within a configured limit (a
     * timeout, the redirect limit): reason {@link Reason#UNREADABLE}, a detail reading
     * {@code <what>, over the limit <name>=<value>}.
     */
    static ParseException unreadableWithin(String input, Stage stage, String limit, Object value,
            String what, Throwable cause) {
        return new ParseException(input, stage, Reason.UNREADABLE, null,
                what + ", over the limit " + limit + "=" + value, limit, cause);
    }

    /** {@return the name of the input that failed} */
    public String input() {
        return input;
    }

    /** {@return the stage that failed} */
    public Stage stage() {
        return stage;
    }

    /** {@return why the input failed} */
    public Reason reason() {
        return reason;
    }

    /** {@return the id of the page parser involved, if one was} */
    public Optional<String> parserId() {
        return Optional.ofNullable(parserId);
    }

    /** {@return what was expected or found, without the input's name and stage} */
    public String detail() {
        return detail;
    }

    /**
     * {@return the name of the {@link StatementParser.Builder} option whose limit the input hit
     * ({@code "maxInputBytes"}, {@code "maxParagraphs"}, {@code "readTimeout"} ...), or empty if
     * the failure was not a limit's}
     */
    public Optional<String> limit() {
        return Optional.ofNullable(limit);
    }
}
