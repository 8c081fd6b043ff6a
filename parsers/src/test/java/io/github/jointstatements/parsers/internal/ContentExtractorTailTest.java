package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The last visible characters of an element's text, by which a paragraph is told to end a sentence. */
class ContentExtractorTailTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''    | 'The end.'      | 'end.'",
        "'xy'  | 'The end.  \n'  | 'end.'",
        "'end' | '.'             | 'end.'",
        "'end' | ' .) '          | 'end .)'",
        "'end.'| '   '           | 'end.'",
        "''    | 'ab'            | 'ab'",
        "''    | ''              | ''"})
    void keeps_the_last_four_visible_characters_or_what_a_short_text_adds(String before,
            String text, String tail) {
        assertThat(ContentExtractor.lastChars(before, text)).isEqualTo(tail);
    }

    @Test
    void a_run_of_short_texts_keeps_a_bounded_tail_that_ends_as_the_text_does() {
        String tail = "";
        StringBuilder whole = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String text = i % 2 == 0 ? "ab" : ")";
            tail = ContentExtractor.lastChars(tail, text);
            whole.append(text);
        }
        assertThat(tail).hasSize(ContentExtractor.MAX_TAIL);
        assertThat(whole.toString()).endsWith(tail);
        assertThat(Lines.endsSentence(tail)).isEqualTo(Lines.endsSentence(whole.toString()));
        assertThat(Lines.endsSentence(ContentExtractor.lastChars(tail, "no.)"))).isTrue();
    }
}
