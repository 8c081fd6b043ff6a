package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The day a statement without a page date was issued, as its opening tells it. */
class StatementDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The members of the Council condemned the attack that took place today, 3 March 2017.|2017-03-03",
        "The Leaders' Meeting was convened on 24 April 2021 at the Secretariat in Jakarta.|2021-04-24",
        "The Council held its session in Doha on Tuesday, 5 December 2023, under the chair.|2023-12-05",
        "[Excerpts of a media note released by the Office of the Spokesman, Washington, DC, September 25, 2008.]|2008-09-25"})
    void the_day_the_opening_tells(String paragraph, LocalDate day) {
        assertThat(StatementDates.inOpening(List.of(paragraph))).hasValue(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Recalling the Joint Statement of 12 May 2016, the ministers met again.",
        "Following the Conference on Stability (8-9 September 2016), the ministers met in Beirut.",
        "The ministers met today to discuss the region."})
    void another_occasions_date_or_none(String paragraph) {
        assertThat(StatementDates.inOpening(List.of(paragraph))).isEmpty();
    }
}
