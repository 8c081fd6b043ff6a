package io.github.jointstatements.parsers.internal;

import java.util.List;

/**
 * Tells, by its text alone, a page that holds words spoken or reported rather than a statement
 * issued: a news story about a statement ({@link StatementReports}), a transcript, a speech, or
 * remarks at a press event ({@link SpokenPages}). The text page reading asks it; a listing is
 * told by its layout, apart. Stateless.
 */
public final class NoStatementPages {

    private NoStatementPages() {}

    /**
     * Returns whether the page headed {@code title} (empty if none) whose main text is
     * {@code paragraphs} (in order) holds words spoken or reported and no statement.
     */
    public static boolean spokenOrReported(String title, List<String> paragraphs) {
        return StatementReports.isReport(title, paragraphs) || SpokenPages.isTranscript(paragraphs)
                || SpokenPages.isSpeech(title, paragraphs)
                || SpokenPages.isSpokenAtPressEvent(title, paragraphs);
    }
}
