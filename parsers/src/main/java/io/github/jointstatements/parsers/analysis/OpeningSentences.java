package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.COLLECTIVE;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.RELAYER;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.WE_MINISTERS;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.wordsBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    /** A line that says the statement's full text follows: "Below is the full text of ...". */
    private static final Pattern FULL_TEXT = Pattern.compile(
            "(?i)\\b(?:(?:following|below|here)\\s+(?:is|are)\\s+the\\s+(?:full\\s+|complete\\s+)?text"
            + "|the\\s+(?:full|complete)\\s+text\\b[^.]{0,80}?\\b(?:is\\s+as\\s+follows|follows))\\b");
    /** A headline: a kind's name opening a line that ends without a period. */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(?:the\\s+)?(?:joint\\s+)?(?:statement|declaration|communiqu[eé])\\b.*[^.]");

    private OpeningSentences() {}

    /**
     * Returns the index of the sentence after the line that introduces the statement's full
     * text, in the first paragraphs; 0 if there is none.
     */
    private static int fullTextFrom(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.paragraph() > MAX_OPENING_PARAGRAPH) {
                break;
            }
            if (mentionsText(s.text()) && FULL_TEXT.matcher(s.text()).find()) {
                return s.index() + 1;
            }
        }
        return 0;
    }

    /**
     * Returns whether the text has the word "text" in any case, as every {@link #FULL_TEXT} match
     * has: a cheap test that spares most sentences the case-blind pattern's scan.
     */
    private static boolean mentionsText(String text) {
        for (int i = 2; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'x' || c == 'X') && text.regionMatches(true, i - 2, "text", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the opening sentences: the first few of the first paragraphs, past lines that only
     * relay the statement ("The following is attributable to ...") or repeat its headline.
     */
    static List<Sentence> opening(List<Sentence> sentences) {
        List<Sentence> opening = new ArrayList<>();
        int firstParagraph = -1;
        int from = fullTextFrom(sentences);
        for (Sentence s : sentences) {
            if (opening.size() >= OPENING_SENTENCES || s.paragraph() > MAX_OPENING_PARAGRAPH) {
                break;
            }
            // a report's words before the statement's full text, and the statement's headline
            // repeated above it: "... after a summit between Prime Minister Modi and his Japanese
            // counterpart Abe. Below is the full text of the joint statement:", "Joint Statement
            // on India and Japan Vision 2025: ..."
            if (s.index() < from || from > 0 && HEADING.matcher(s.text()).matches()) {
                continue;
            }
            // a line that relays the statement is no opening, unless a group speaks in it:
            // "Today, the Leaders of Canada, ... met ... and released the following statement:",
            // "Today, March 2nd 2022, the foreign ministers of Denmark, ... have agreed on the
            // following statement."; nor is a question, a page's chrome ("Hi, what are you
            // looking for?")
            if (RELAYER.matcher(s.text()).find() && !COLLECTIVE.matcher(s.text()).lookingAt()
                    && !WE_MINISTERS.matcher(s.text()).lookingAt()
                    || wordsBefore(s.text(), s.text().length()) < MIN_OPENING_WORDS
                    || s.text().endsWith("?")) {
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
