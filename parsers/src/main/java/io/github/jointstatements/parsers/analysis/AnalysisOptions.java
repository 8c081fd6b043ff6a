package io.github.jointstatements.parsers.analysis;

import java.util.Objects;

/**
 * Limits of the text analysis: how many paragraphs and sentences of a page it reads, so that a
 * huge or hostile page costs bounded time. A page beyond a limit is not analysed in part: the
 * analyzer throws {@link AnalysisLimitException} naming the limit, which {@code StatementParser}
 * reports as a {@code TOO_LARGE} failure (a partial analysis would drop facts silently).
 *
 * <p>Immutable and thread-safe. {@link #defaults()} suits every real statement seen so far: the
 * longest communiqués run to a few hundred paragraphs.
 */
public final class AnalysisOptions {

    /** The default largest number of paragraphs analysed. */
    public static final int DEFAULT_MAX_PARAGRAPHS = 2_000;

    /** The default largest number of sentences analysed. */
    public static final int DEFAULT_MAX_SENTENCES = 10_000;

    private static final AnalysisOptions DEFAULTS = builder().build();

    private final int maxParagraphs;
    private final int maxSentences;

    private AnalysisOptions(Builder builder) {
        this.maxParagraphs = builder.maxParagraphs;
        this.maxSentences = builder.maxSentences;
    }

    /** Returns the default limits. */
    public static AnalysisOptions defaults() {
        return DEFAULTS;
    }

    /** Returns a builder that starts from the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the largest number of paragraphs analysed, counted from the first. */
    public int maxParagraphs() {
        return maxParagraphs;
    }

    /** Returns the largest number of sentences analysed, counted from the first. */
    public int maxSentences() {
        return maxSentences;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisOptions other
                && maxParagraphs == other.maxParagraphs && maxSentences == other.maxSentences;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxParagraphs, maxSentences);
    }

    @Override
    public String toString() {
        return "AnalysisOptions{maxParagraphs=" + maxParagraphs + ", maxSentences=" + maxSentences
                + "}";
    }

    /** Builds {@link AnalysisOptions}; not thread-safe. */
    public static final class Builder {

        private int maxParagraphs = DEFAULT_MAX_PARAGRAPHS;
        private int maxSentences = DEFAULT_MAX_SENTENCES;

        private Builder() {}

        /**
         * Sets the largest number of paragraphs analysed.
         *
         * @throws IllegalArgumentException if {@code maxParagraphs} is not positive
         */
        public Builder maxParagraphs(int maxParagraphs) {
            if (maxParagraphs < 1) {
                throw new IllegalArgumentException("maxParagraphs must be positive: "
                        + maxParagraphs);
            }
            this.maxParagraphs = maxParagraphs;
            return this;
        }

        /**
         * Sets the largest number of sentences analysed.
         *
         * @throws IllegalArgumentException if {@code maxSentences} is not positive
         */
        public Builder maxSentences(int maxSentences) {
            if (maxSentences < 1) {
                throw new IllegalArgumentException("maxSentences must be positive: "
                        + maxSentences);
            }
            this.maxSentences = maxSentences;
            return this;
        }

        /** Returns the options. */
        public AnalysisOptions build() {
            return new AnalysisOptions(this);
        }
    }
}
