package io.github.jointstatements.parsers;

import java.util.Objects;
import java.util.Optional;

/**
 * The one checked exception of joint-statements: an input could not be read as a statement or a
 * page. It names the input, the stage that failed and the reason, and its message reads
 * {@code <what was expected or found> (<input>, <stage>[, parser <id>])}.
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
        NO_STATEMENT
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
        super(detail + " (" + input + ", " + stage.name().toLowerCase(java.util.Locale.ROOT)
                + (parserId == null ? "" : ", parser " + parserId) + ")", cause);
        this.input = Objects.requireNonNull(input, "input");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.parserId = parserId;
        this.detail = Objects.requireNonNull(detail, "detail");
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
}
