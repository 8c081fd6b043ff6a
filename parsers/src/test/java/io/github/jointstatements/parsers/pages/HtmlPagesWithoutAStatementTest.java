package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTML pages of sites without an issuer's template (news sites, blogs) are told by their text as
 * text pages are: a news story about a statement, a press conference's transcript, remarks at a
 * press event hold no statement; a statement reposted under a lead stays one.
 */
class HtmlPagesWithoutAStatementTest {

    private static final StatementParser PARSER = StatementParser.create();

    /** A news site's article page: its headline in an h1, its paragraphs separated by " // ". */
    private static Input page(String headline, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>")
                .append(headline).append(" | Daily Courier</title></head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>")
                .append("<article><h1>").append(headline).append("</h1>");
        for (String p : text.split(" // ")) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</article><footer>© Daily Courier</footer></body></html>");
        return Input.of(html.toString().getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a story about a statement, in a reporter's own voice
        "Presidents issue joint statement on Syria#The presidents of the two countries approved a joint statement on Syria on the sidelines of the summit in Danang. // Russian officials said the two leaders had a conversation before the group photo ceremony. // The White House did not immediately respond to questions about the announcement. // In the statement the two leaders repeated the urgency of defeating the militants.",
        // remarks at a press conference, named by the headline
        "Remarks by the President at the press conference following the summit#We have just concluded our plenary session of the summit between the two partners. // This year we celebrate the fortieth anniversary of our relations, and the summit was a good occasion."})
    void a_news_site_page_of_words_reported_or_spoken_holds_no_statement(String headline,
            String text) {
        assertThatThrownBy(() -> PARSER.parse(page(headline, text)))
                .isInstanceOfSatisfying(ParseException.class,
                        e -> assertThat(e.reason()).isEqualTo(ParseException.Reason.NO_STATEMENT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a statement reposted under a news agency's lead
        "Joint Statement between the two Republics#MANILA, Nov. 21 (Xinhua) -- The following is the full text of a joint statement the two countries issued on Wednesday. // 1. Upon the invitation of the President, the President of the Republic paid a State Visit on 20-21 November 2018. // 2. Both sides agree that the sound development of relations serves the fundamental interests of the two peoples.",
        // a ministry's readout in reported speech, on an embassy's news page
        "Wang Yi Holds Talks with Foreign Minister Sergey Lavrov of Russia#On May 13, 2019 local time, State Councilor and Foreign Minister Wang Yi held talks with Foreign Minister Sergey Lavrov of Russia in Sochi. // Wang Yi said that the two heads of state held their first meeting during the year. // Wang Yi pointed out that the relations are beyond compare. // Sergey Lavrov said that the Russian side has always regarded its relations with China as the top priority."})
    void a_news_site_page_of_a_statement_holds_one(String headline, String text)
            throws ParseException {
        assertThat(PARSER.parse(page(headline, text)).paragraphs()).isNotEmpty();
    }
}
