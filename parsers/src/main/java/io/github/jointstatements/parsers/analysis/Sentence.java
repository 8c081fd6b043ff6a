package io.github.jointstatements.parsers.analysis;

/**
 * A sentence of a statement's body: its text and where it stands, as the UTF-16 span
 * {@code [start, end)} of paragraph {@code paragraph}.
 *
 * @param index the sentence's position among all sentences of the body, from 0
 * @param paragraph the zero-based index of its paragraph
 * @param start the offset of its first character in the paragraph
 * @param end the offset just past its last character
 * @param text the sentence as written
 */
record Sentence(int index, int paragraph, int start, int end, String text) {

    /** Returns whether this sentence is the first of its paragraph. */
    boolean opensParagraph(Sentence previous) {
        return previous == null || previous.paragraph != paragraph;
    }
}
