package io.github.jointstatements.parsers.analysis;

/**
 * Thrown by {@link StatementAnalyzer#analyze} when a page exceeds one of its
 * {@link AnalysisOptions} limits; {@code StatementParser} reports it as a {@code ParseException}
 * with reason {@code TOO_LARGE} naming the limit.
 */
public final class AnalysisLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the limit. */
    private final String limit;
    /** The limit's value. */
    private final int value;
    /** What was found. */
    private final String found;

    AnalysisLimitException(String limit, int value, String found) {
        super(found + ", over the limit " + limit + "=" + value);
        this.limit = limit;
        this.value = value;
        this.found = found;
    }

    /** {@return the name of the limit: {@code "maxParagraphs"} or {@code "maxSentences"}} */
    public String limit() {
        return limit;
    }

    /** {@return the limit's value} */
    public int value() {
        return value;
    }

    /** {@return what was found: {@code "2417 paragraphs"}, {@code "more than 10000 sentences"}} */
    public String found() {
        return found;
    }
}
