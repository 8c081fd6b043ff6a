package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape of rendered text's lines: paragraphs, hard wrapping, bullets, trailing punctuation. */
class TextLinesTest {

    private static final String WRAPPED = "The ministers of the two countries met today in the capital and\n"
            + "agreed on a plan of work for the coming year, with a review of\n"
            + "progress at their next meeting in the spring; they welcomed the\n"
            + "Dialogue in Singapore and the work of the officials who prepared\n"
            + "it, and asked them to report on the measures agreed before the\n"
            + "end of the year.\n";

    @Test
    void hard_wrapped_text_has_its_width() {
        assertThat(TextLines.wrapWidth(List.of(WRAPPED.split("\n")))).isEqualTo(64);
    }

    @Test
    void short_lines_are_no_hard_wrapped_text() {
        assertThat(TextLines.wrapWidth(List.of("Joint Statement", "", "The ministers met.")))
                .isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the ministers agreed to convene the next meeting in the capital and the|70|true",
        "the ministers agreed to convene the next meeting in the capital, then|70|true",
        "the ministers agreed to convene the next meeting in the capital City.|70|false",
        "the ministers agreed to convene|70|false",
        "the ministers agreed to convene the next meeting in the capital and the|0|false"})
    void a_line_cut_by_the_wrapping(String line, int width, boolean wrapped) {
        assertThat(TextLines.wrappedAt(line, width)).isEqualTo(wrapped);
    }

    @Test
    void the_lines_of_each_paragraph_are_joined_and_a_date_field_read() {
        TextLines.Paragraphs paragraphs = TextLines.paragraphs(List.of(
                "date 2020-04-21 News story", "PM call with President Trump", "",
                "The Prime Minister spoke", "to President Trump this afternoon.",
                "  • 29/06/2015", "", "A second paragraph."));
        assertThat(paragraphs.fieldDate()).hasValue(LocalDate.of(2020, 4, 21));
        assertThat(paragraphs.blocks()).containsExactly("News story",
                "PM call with President Trump",
                "The Prime Minister spoke to President Trump this afternoon.", "• 29/06/2015",
                "A second paragraph.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"- deepening cooperation|deepening cooperation",
        "• 14 Jun. 2023|14 Jun. 2023", "-5 degrees|-5 degrees", "Joint Statement|Joint Statement"})
    void a_bullet_is_layout(String line, String withoutBullet) {
        assertThat(TextLines.withoutBullet(line)).isEqualTo(withoutBullet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'Addis Ababa, Ethiopia, '|Addis Ababa, Ethiopia",
        "'Paris –'|Paris", "'Home |'|Home", "Paris|Paris"})
    void trailing_punctuation_is_trimmed(String text, String trimmed) {
        assertThat(TextLines.trimTrailingPunctuation(text)).isEqualTo(trimmed);
    }
}
