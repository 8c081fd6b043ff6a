package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.ImmutableStatement;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.StatementKind;
import io.github.jointstatements.parsers.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Analyses a page's text into a {@link Statement}: sentences, acronyms, parties and their
 * aliases, time expressions resolved against the statement's date, pledges, events and the
 * statement's kind. It reads plain paragraphs only, so the same analysis serves every format.
 *
 * <p>Immutable and thread-safe: create one and share it.
 */
public final class StatementAnalyzer {

    private final AnalysisOptions options;

    private StatementAnalyzer(AnalysisOptions options) {
        this.options = options;
    }

    /** Returns an analyzer with the built-in vocabulary and the default limits. */
    public static StatementAnalyzer create() {
        return new StatementAnalyzer(AnalysisOptions.defaults());
    }

    /** Returns an analyzer with the built-in vocabulary and the given limits. */
    public static StatementAnalyzer create(AnalysisOptions options) {
        return new StatementAnalyzer(Objects.requireNonNull(options, "options"));
    }

    /** Returns the limits this analyzer works within. */
    public AnalysisOptions options() {
        return options;
    }

    /**
     * Returns the statement the page holds.
     *
     * @throws AnalysisLimitException if the page has more paragraphs or sentences than the
     *     {@link #options()} allow
     */
    public Statement analyze(Page page) {
        Objects.requireNonNull(page, "page");
        List<Sentence> sentences = sentences(page.paragraphs());
        ImmutableStatement.Builder statement = Statement.builder()
                .id(fingerprint(page.paragraphs()))
                .kind(kind(page.title().orElse("")))
                .title(page.title())
                .date(page.date())
                .location(page.location())
                .publisher(page.publisher())
                .language(page.language())
                .source(page.source())
                .addAllParagraphs(page.paragraphs());
        return statement.build();
    }

    /** Splits the paragraphs into sentences, or fails if they exceed the limits. */
    private List<Sentence> sentences(List<String> paragraphs) {
        if (paragraphs.size() > options.maxParagraphs()) {
            throw new AnalysisLimitException("maxParagraphs", options.maxParagraphs(),
                    paragraphs.size() + " paragraphs");
        }
        int max = options.maxSentences();
        List<Sentence> sentences = SentenceSplitter.split(paragraphs, Integer.MAX_VALUE,
                max == Integer.MAX_VALUE ? max : max + 1);
        if (sentences.size() > max) {
            throw new AnalysisLimitException("maxSentences", max, "more than " + max
                    + " sentences");
        }
        return sentences;
    }

    private static StatementKind kind(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("joint statement")) {
            return StatementKind.JOINT_STATEMENT;
        }
        if (t.contains("declaration")) {
            return StatementKind.JOINT_DECLARATION;
        }
        if (t.contains("readout")) {
            return StatementKind.READOUT;
        }
        return StatementKind.OTHER;
    }

    /**
     * Returns the content fingerprint: SHA-256 of the body's words, lower-cased, separated by
     * single spaces; so the same statement reposted with other white space, case or
     * punctuation gets the same id.
     */
    static String fingerprint(List<String> paragraphs) {
        StringBuilder words = new StringBuilder();
        for (String paragraph : paragraphs) {
            boolean inWord = false;
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    if (!inWord && words.length() > 0) {
                        words.append(' ');
                    }
                    words.append(Character.toLowerCase(c));
                    inWord = true;
                } else {
                    inWord = false;
                }
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(words.toString().getBytes(StandardCharsets.UTF_8));
            return "js-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
