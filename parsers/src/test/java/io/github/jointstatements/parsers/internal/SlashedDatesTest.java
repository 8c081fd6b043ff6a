package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.internal.SlashedDates.Order;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule by which dates with slashes are read, in every context. */
class SlashedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a number above 12 settles the order, whatever the context
        "22|06|2019|UNKNOWN|2019-06-22", "22|06|2019|MONTH_FIRST|2019-06-22",
        "02|18|2021|DAY_FIRST|2021-02-18", "02|18|2021|UNKNOWN|2021-02-18",
        // so do equal numbers
        "07|07|2005|UNKNOWN|2005-07-07",
        // else the context does
        "05|06|2019|DAY_FIRST|2019-06-05", "05|06|2019|MONTH_FIRST|2019-05-06",
        "05|06|2019|UNKNOWN|",
        // a two-digit year is of this century; no day of a month that lacks it
        "22|9|14|DAY_FIRST|2014-09-22", "31|02|2019|DAY_FIRST|", "13|13|2019|DAY_FIRST|"})
    void day_and_month_by_the_date_then_by_its_context(int first, int second, int year,
            Order order, LocalDate date) {
        assertThat(SlashedDates.of(first, second, year, order).orElse(null)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vienna, 31/08/2018 - 14:35|UNKNOWN|2018-08-31|8",
        "published 2019/06/05 in Vienna|UNKNOWN|2019-06-05|10",
        "on 05/06/2019 and 22/06/2019|UNKNOWN|2019-06-22|18",
        "on 05/06/2019|DAY_FIRST|2019-06-05|3"})
    void the_first_date_the_rule_reads_in_a_text(String text, Order order, LocalDate date,
            int start) {
        SlashedDates.Found found = SlashedDates.find(text, order).orElseThrow();
        assertThat(found.date()).isEqualTo(date);
        assertThat(found.start()).isEqualTo(start);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"S/RES/2231 (2015)", "pages 12/13/14 of the report",
        "1/2/3", "version 2.0/05/06/2019x"})
    void no_date_in_references_fractions_and_short_years_inside_a_text(String text) {
        assertThat(SlashedDates.find(text, Order.DAY_FIRST)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"22/9/14|2014-09-22", " 05/06/2019 |2019-06-05"})
    void a_whole_text_that_is_a_date(String text, LocalDate date) {
        assertThat(SlashedDates.parse(text, Order.DAY_FIRST)).hasValue(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Joint Statement 22/06/2019|16",
        "Joint Statement (22/06/2019|17", "Updated 22/06/2019 23/06/2019|19",
        "2019/06/22 23/06/2019|11"})
    void a_date_that_ends_a_text(String text, int start) {
        assertThat(SlashedDates.findAtEnd(text, Order.UNKNOWN).orElseThrow().start())
                .isEqualTo(start);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"02/18/2021 02:13 PM EST|MONTH_FIRST",
        "Washington, DC, 03/04/2019|MONTH_FIRST", "Washington, D.C.|MONTH_FIRST",
        "Addis Ababa, Ethiopia, 05/06/2019|DAY_FIRST", "London, DCMS, 05/06/2019|DAY_FIRST",
        "14:35 CET|DAY_FIRST"})
    void a_us_time_zone_or_the_district_of_columbia_puts_the_month_first(String context,
            Order order) {
        assertThat(SlashedDates.orderIn(context, Order.DAY_FIRST)).isEqualTo(order);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "01/08/2022;01/08/2022 08:01 PM EST;MONTH_FIRST",
        "Posted 05/06/2019;Updated 22/06/2019;DAY_FIRST",
        "Posted 05/06/2019;Updated 06/18/2019;MONTH_FIRST",
        "Posted 05/06/2019;Joint Statement;UNKNOWN"})
    void a_page_writes_its_dates_in_the_order_the_first_that_tells_it_does(String line,
            String next, Order order) {
        assertThat(SlashedDates.orderOf(List.of(line, next), Order.UNKNOWN)).isEqualTo(order);
    }
}
