package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.StatementParser;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rendered page text from any site: the headline, the dateline, the original of a repost. */
class TextPageParserTest {

    private static final StatementParser PARSER = StatementParser.create();

    @Test
    void a_source_line_names_the_original_of_a_repost() throws Exception {
        String text = """
                Monday, March 4, 2024

                Joint Statement on the U.S.-Andoria Strategic Dialogue

                Source: https://www.state.gov/joint-statement-on-the-u-s-andoria-strategic-dialogue/ March 1, 2024

                The United States and Andoria held their third Strategic Dialogue in Washington \
                and reaffirmed their commitment to a free and open region.

                The two sides agreed to meet again next year.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Joint Statement on the U.S.-Andoria Strategic Dialogue");
        assertThat(page.date()).hasValue(LocalDate.of(2024, 3, 1));
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2024, 3, 4));
        assertThat(page.source().originalUrl()).hasValue(URI.create(
                "https://www.state.gov/joint-statement-on-the-u-s-andoria-strategic-dialogue/"));
        assertThat(page.publisher()).hasValue("U.S. Department of State");
        assertThat(page.language()).hasValue("en");
        assertThat(page.paragraphs()).hasSize(2).noneMatch(p -> p.startsWith("Source"));
    }

    @Test
    void a_dateline_gives_the_place_and_date() throws Exception {
        String text = """
                Joint Statement on Counter-Terrorism Cooperation

                Paris, January 20, 2016

                The defence ministers met today and reaffirmed their resolve.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.location()).hasValue("Paris");
        assertThat(page.date()).hasValue(LocalDate.of(2016, 1, 20));
        assertThat(page.paragraphs())
                .containsExactly("The defence ministers met today and reaffirmed their resolve.");
    }
}
