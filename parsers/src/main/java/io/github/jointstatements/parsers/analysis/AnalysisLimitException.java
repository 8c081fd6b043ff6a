package io.github.jointstatements.parsers.analysis;

/**
 * Thrown by {@link StatementAnalyzer#analyze} when a page exceeds one of its
 * {@link AnalysisOptions} limits; {@code StatementParser} reports it as a {@code ParseException}
 * with reason {@code TOO_LARGE} naming the limit.
 */
public final class AnalysisLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limit;
    private final int value;
    private final String found;

    AnalysisLimitException(String limit, int value, String found) {
        super(found + ", over the limit " + limit + "=" + value);
        this.limit = limit;
        this.value = value;
        this.found = found;
    }

    /** Returns the name of the limit: {@code "maxParagraphs"} or {@code "maxSentences"}. */
    public String limit() {
        return limit;
    }

    /** Returns the limit's value. */
    public int value() {
        return value;
    }

    /** Returns what was found: {@code "2,417 paragraphs"}, {@code "more than 10000 sentences"}. */
    public String found() {
        return found;
    }
}
