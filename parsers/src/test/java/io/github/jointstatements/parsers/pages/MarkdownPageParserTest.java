package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.StatementParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown archives: the repeated headline, list markers, end marks. */
class MarkdownPageParserTest {

    private static final StatementParser PARSER = StatementParser.create();

    @Test
    void the_bold_headline_repeated_and_the_end_mark_leave_the_body() throws Exception {
        String text = """
                ---
                title: "Statement from the President on Andoria\\u2019s Election"
                date: '2023-02-23'
                ---
                \u00a0
                **Statement from the President on Andoria’s Election**

                I commend the peaceful conduct of the campaign.

                \\###
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.MARKDOWN));
        assertThat(page.paragraphs())
                .containsExactly("I commend the peaceful conduct of the campaign.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. We have met.|We have met.",
        "1.\u202FWe have met.|We have met.",
        "2.\u00a0 We commit to work together.|We commit to work together.",
        "-\u00a0An item.|An item.",
        "12) A numbered item.|A numbered item."})
    void list_markers_come_off_whatever_space_follows_them(String line, String text) {
        assertThat(MarkdownPageParser.plain(line)).isEqualTo(text);
    }

    @Test
    void a_year_opening_a_wrapped_line_goes_on_the_paragraph_but_items_of_a_list_start_their_own()
            throws Exception {
        String text = """
                ---
                title: "Fact Sheet"
                ---
                Trade between the partners amounted to over $360 billion in
                2020.\u00a0 Both sides expect it to grow.

                11. The leaders met in Oslo.

                    a. First, they agreed on trade.
                12. They will meet again.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.MARKDOWN));
        assertThat(page.paragraphs()).containsExactly(
                "Trade between the partners amounted to over $360 billion in 2020. Both sides "
                        + "expect it to grow.",
                "The leaders met in Oslo.", "a. First, they agreed on trade.",
                "They will meet again.");
    }
}
