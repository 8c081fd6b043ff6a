package io.github.jointstatements.parsers;

import java.util.Locale;
import java.util.Optional;

/** The formats of document that joint-statements reads. */
public enum Format {
    /** An HTML page. */
    HTML,
    /** Plain text: a statement as published in text, or the text of a rendered page. */
    TEXT,
    /**
     * Markdown with a YAML front matter block ({@code title}, {@code date}, {@code source_url}),
     * the format of statement archives.
     */
    MARKDOWN;

    /**
     * {@return the format a file name's extension declares: {@code .html}, {@code .htm},
     * {@code .xhtml} for HTML, {@code .txt} for text, {@code .md}, {@code .markdown} for Markdown;
     * empty for any other name}
     *
     * @param fileName a file name or path, compared without regard to case
     */
    public static Optional<Format> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }
}
