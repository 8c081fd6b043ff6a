package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.COLLECTIVE;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.RELAYER;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.wordsBefore;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the opening sentences of a statement, where its issuers are named: the first few of its
 * first paragraphs, past headings, chrome and lines that relay the statement. Stateless.
 */
final class OpeningSentences {

    /** How many opening sentences may name the parties. */
    private static final int OPENING_SENTENCES = 4;
    private static final int OPENING_PARAGRAPHS = 2;
    /** The last paragraph an opening may start in, past relaying lines. */
    private static final int MAX_OPENING_PARAGRAPH = 5;
    /** Lines shorter than this are headings or chrome, not opening sentences. */
    private static final int MIN_OPENING_WORDS = 6;

    private OpeningSentences() {}

    /**
     * Returns the opening sentences: the first few of the first paragraphs, past lines that only
     * relay the statement ("The following is attributable to ...") or repeat its headline.
     */
    static List<Sentence> opening(List<Sentence> sentences) {
        List<Sentence> opening = new ArrayList<>();
        int firstParagraph = -1;
        for (Sentence s : sentences) {
            if (opening.size() >= OPENING_SENTENCES || s.paragraph() > MAX_OPENING_PARAGRAPH) {
                break;
            }
            // a line that relays the statement is no opening, unless a group speaks in it:
            // "Today, the Leaders of Canada, ... met ... and released the following statement:"
            if (RELAYER.matcher(s.text()).find() && !COLLECTIVE.matcher(s.text()).lookingAt()
                    || wordsBefore(s.text(), s.text().length()) < MIN_OPENING_WORDS) {
                continue;
            }
            if (firstParagraph < 0) {
                firstParagraph = s.paragraph();
            } else if (s.paragraph() >= firstParagraph + OPENING_PARAGRAPHS) {
                break;
            }
            opening.add(s);
        }
        return opening;
    }
}
