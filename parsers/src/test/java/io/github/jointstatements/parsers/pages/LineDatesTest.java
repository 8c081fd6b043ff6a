package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.internal.SlashedDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates of a text page's header lines: alone, labelled, before a time, after a credit, in a footer's field. */
class LineDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Issued 02/18/2021|DAY_FIRST|2021-02-18",
        "22/06/2019|MONTH_FIRST|2019-06-22", "11/10/2018|DAY_FIRST|2018-10-11",
        "11/10/2018|MONTH_FIRST|2018-11-10"})
    void a_slashed_date_ending_a_line_in_the_pages_order(String line, SlashedDates.Order order,
            LocalDate date) {
        assertThat(LineDates.slashedDateAtEnd(line, order)).hasValue(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"05/06/2019|DAY_FIRST|2019-06-05",
        "05/06/2019|MONTH_FIRST|2019-05-06", "05/06/2019 - 14:35 EST|DAY_FIRST|2019-05-06",
        "22/9/14|MONTH_FIRST|2014-09-22"})
    void an_ambiguous_slashed_date_alone_is_read_in_the_pages_order_unless_the_line_is_american(
            String line, SlashedDates.Order order, LocalDate date) {
        assertThat(LineDates.dateOfLine(line, order)).hasValue(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Saturday, February 15, 2025, 6:34 p.m. Munich, Germany|2025-02-15",
        "19-12-2018 18:15|2018-12-19",
        "20/12/2024 00:33 Statements and remarks|2024-12-20",
        "07/10/2022 21:00 Press release|2022-10-07",
        "01/08/2022 08:01 PM EST|2022-01-08",
        "Monday, May 23, 2022, 6:38 p.m. Happo-en Tokyo|2022-05-23"})
    void a_date_opens_a_release_line_with_its_time(String line, LocalDate date) {
        assertThat(LineDates.leadingDate(line).map(LineDates.Dated::date)).hasValue(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "September 10, 2009|2009-09-10",
        "For Immediate Release September 10, 2009|2009-09-10",
        "Wed, 07 Dec 2022 - 11:28 GMT|2022-12-07",
        "17/06/2019 - 19:38|2019-06-17",
        "• 29/06/2015|2015-06-29",
        "22/9/14|2014-09-22",
        "06.12.2021|2021-12-06",
        "Tuesday, 08 March 2022 / 09:39 PM|2022-03-08"})
    void a_header_line_that_is_a_date(String line, LocalDate date) {
        assertThat(LineDates.dateOfLine(line)).hasValue(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11/10/2018 Joint Statement", "Joint Statement of 10 September 2009 on Trade",
        "The ministers met on September 10, 2009 in Paris and agreed on a plan of work."})
    void a_line_that_is_no_date_alone(String line) {
        assertThat(LineDates.dateOfLine(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(Xinhua) 10:26, February 28, 2019|2019-02-28",
        "By Staff, March 3, 2020|2020-03-03",
        // its opening bracket lost in the rendering, a time before the day
        "Xinhua) 10:48, February 26, 2022|2022-02-26"})
    void a_date_after_a_short_credit(String line, LocalDate date) {
        assertThat(LineDates.creditedDate(line)).hasValue(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Joint Statement on the Meeting of Ministers, March 3, 2020",
        "February 28, 2019"})
    void no_credited_date_after_a_headline_or_without_a_credit(String line) {
        assertThat(LineDates.creditedDate(line)).isEmpty();
    }

    @Test
    void a_date_and_its_time_open_a_release_line() {
        String line = "07/10/2022 21:00 | Press release";
        LineDates.Dated dated = LineDates.leadingDate(line, SlashedDates.Order.MONTH_FIRST)
                .orElseThrow();
        assertThat(dated.date()).isEqualTo(LocalDate.of(2022, 7, 10));
        assertThat(line.substring(dated.end()).strip()).isEqualTo("| Press release");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Publication Date: 30/05/2001|2001-05-30",
        "Release date: 5 May 2020|2020-05-05", "Posted on: June 3, 2019|2019-06-03"})
    void a_footers_date_field(String line, LocalDate date) {
        assertThat(LineDates.dateField(line, SlashedDates.Order.DAY_FIRST)).hasValue(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of the meeting: 5 May 2020", "Publication Date: unknown"})
    void no_footer_date_field_without_its_label_or_date(String line) {
        assertThat(LineDates.dateField(line, SlashedDates.Order.DAY_FIRST)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Geneva, 16|true", "Paris|false",
        "The meeting of the ministers of the group of 16|false"})
    void a_line_ending_with_a_day(String line, boolean endsWithDay) {
        assertThat(LineDates.endsWithDay(line)).isEqualTo(endsWithDay);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contributed by NewsDesk on Sep 21, 2013 - 08:34 AM|2013-09-21",
        "Posted by admin on 12 March 2020|2020-03-12",
        "Published by The Editors on March 3, 2021|2021-03-03"})
    void the_day_of_a_byline(String line, LocalDate date) {
        assertThat(LineDates.bylineDate(line)).hasValue(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Eric", "Contributed by NewsDesk", "Posted on 12 March 2020",
        "The declaration was published by the Council on 12 March 2020 in full."})
    void no_byline_day(String line) {
        assertThat(LineDates.bylineDate(line)).isEmpty();
    }
}
