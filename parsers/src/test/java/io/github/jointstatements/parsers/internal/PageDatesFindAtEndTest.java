package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageDatesFindAtEndTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lloyd J. Austin III JAN. 31, 2023          | 2023-01-31 | 20
            WASHINGTON, February 1, 2023               | 2023-02-01 | 12
            Minsk, 06.12.2021                          | 2021-12-06 | 7
            Posted 2023-01-31   \t                     | 2023-01-31 | 7
            Brussels, 5 de junio de 2018               | 2018-06-05 | 10
            """)
    void finds_the_date_that_ends_a_line(String line, LocalDate date, int start) {
        assertThat(PageDates.findAtEnd(line)).hasValueSatisfying(found -> {
            assertThat(found.date()).isEqualTo(date);
            assertThat(found.start()).isEqualTo(start);
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "The Ministers met on January 31, 2023.",
        "January 31, 2023 was the day", "Signed in Seoul (2023)", "a line with no date at all"})
    void finds_nothing_when_the_line_does_not_end_in_a_date(String line) {
        assertThat(PageDates.findAtEnd(line)).isEmpty();
    }
}
