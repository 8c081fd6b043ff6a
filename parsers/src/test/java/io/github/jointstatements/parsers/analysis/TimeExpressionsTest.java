package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.parsers.analysis.TimeExpression.Direction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionsTest {

    /**
     * Each row: a text, the statement's date (empty: none), the first expression's text, the
     * date it resolves to (empty: none) and its direction.
     */
    @ParameterizedTest(name = "{0} @ {1} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # absolute full dates, as statements and their datelines write them
            held a meeting on January 31, 2023 in Seoul    | 2023-02-01 | January 31, 2023        | 2023-01-31 | UNKNOWN
            JAN. 31, 2023                                  |            | JAN. 31, 2023           | 2023-01-31 | UNKNOWN
            Jan. 31 2023                                   |            | Jan. 31 2023            | 2023-01-31 | UNKNOWN
            Sept. 15, 2021                                 |            | Sept. 15, 2021          | 2021-09-15 | UNKNOWN
            On 23 November 2025, representatives met       | 2025-11-23 | 23 November 2025        | 2025-11-23 | UNKNOWN
            Wednesday, February 1, 2023                    |            | Wednesday, February 1, 2023 | 2023-02-01 | UNKNOWN
            met on Tuesday (24 January) in Hanoi           | 2023-01-31 | Tuesday (24 January     | 2023-01-24 | UNKNOWN
            on this 26th day of April, 2023 to mark        | 2023-04-26 | 26th day of April, 2023 | 2023-04-26 | UNKNOWN
            on the 8th of May 2024                         |            | 8th of May 2024         | 2024-05-08 | UNKNOWN
            released 2023-01-31 at noon                    |            | 2023-01-31              | 2023-01-31 | UNKNOWN
            # a range keeps its start
            paid an Official Visit from 30-31 May 2013     | 2013-05-30 | 30-31 May 2013          | 2013-05-30 | UNKNOWN
            met on January 26-27 with Director Wang        | 2024-01-27 | January 26-27           | 2024-01-26 | UNKNOWN
            visited in March and April 2023, then left     | 2024-12-14 | March and April 2023    | 2023-03    | UNKNOWN
            held from June to August 2022                  | 2023-01-31 | June to August 2022     | 2022-06    | UNKNOWN
            assessed the situation on April 8–11.          | 2020-05-15 | April 8–11              | 2020-04-08 | UNKNOWN
            May 30 - 31, 2013                              |            | May 30 - 31, 2013       | 2013-05-30 | UNKNOWN
            # a range across two months takes the year that ends it
            held from March 29 to April 7, 2022, in Riyadh | 2024-03-10 | March 29 to April 7, 2022 | 2022-03-29 | UNKNOWN
            conducted from 29 March to 7 April 2022        | 2024-03-10 | 29 March to 7 April 2022 | 2022-03-29 | UNKNOWN
            held 30 September – 2 October 2023             |            | 30 September – 2 October 2023 | 2023-09-30 | UNKNOWN
            will meet from December 30 to January 2        | 2024-12-01 | December 30 to January 2 | 2024-12-30 | UNKNOWN
            the 2023-2024 season                           |            | 2023-2024               | 2023       | UNKNOWN
            their meetings in Paris on March 3 and 4, 2022 | 2022-05-01 | March 3 and 4, 2022     | 2022-03-03 | UNKNOWN
            the talks on 22 / 23 June 2021 in Brussels     |            | 22 / 23 June 2021       | 2021-06-22 | UNKNOWN
            from July 9 to 11, 2024 in Washington          |            | July 9 to 11, 2024      | 2024-07-09 | UNKNOWN
            # partial dates; a month or a day without a year takes the anchor's year
            the ROK-U.S. Summit in May 2022 and            | 2023-01-31 | May 2022                | 2022-05    | UNKNOWN
            the November 2022 Phnom Penh Summit            | 2023-01-31 | November 2022           | 2022-11    | UNKNOWN
            in May of 2022                                 |            | May of 2022             | 2022-05    | UNKNOWN
            will hold the exercise in February, in order   | 2023-01-31 | February                | 2023-02    | UNKNOWN
            the announcement on September 15 and           | 2021-09-22 | September 15            | 2021-09-15 | UNKNOWN
            Working Group on January 30.                   | 2024-01-27 | January 30              | 2024-01-30 | UNKNOWN
            since March the two sides                      | 2023-06-01 | March                   | 2023-03    | UNKNOWN
            in February                                    |            | February                |            | UNKNOWN
            a Ministerial Meeting in 2023.                 | 2023-01-31 | 2023                    | 2023       | UNKNOWN
            funding in fiscal year 2024                    |            | fiscal year 2024        | 2024       | UNKNOWN
            the FY2025 budget                              |            | FY2025                  | 2025       | UNKNOWN
            # qualified dates keep the precision of what they qualify
            exercises, conducted in late 2022 and          | 2023-01-31 | late 2022               | 2022       | UNKNOWN
            by mid-2023                                    |            | by mid-2023             | 2023       | UNKNOWN
            early February                                 | 2023-01-31 | early February          | 2023-02    | UNKNOWN
            early May                                      | 2023-01-31 | early May               | 2023-05    | UNKNOWN
            take the following actions by the end of 2024: |            | by the end of 2024      | 2024       | UNKNOWN
            in the first half of 2025                      |            | the first half of 2025  | 2025       | UNKNOWN
            in the spring of 2024                          |            | the spring of 2024      | 2024       | UNKNOWN
            meet in Europe at the end of October to        | 2021-09-22 | the end of October      | 2021-10    | UNKNOWN
            by the end of the year                         | 2023-04-26 | by the end of the year  | 2023       | PRESENT
            no later than May 14, 2025:                    |            | no later than May 14, 2025 | 2025-05-14 | UNKNOWN
            # relative expressions
            met today with his UK counterpart              | 2024-09-05 | today                   | 2024-09-05 | PRESENT
            spoke this morning                             | 2024-09-05 | this morning            | 2024-09-05 | PRESENT
            arrived yesterday                              | 2024-09-05 | yesterday               | 2024-09-04 | PAST
            will depart tomorrow                           | 2024-09-05 | tomorrow                | 2024-09-06 | FUTURE
            before this year's SCM                         | 2023-01-31 | before this year        | 2023       | PRESENT
            large-scale demonstration this year.           | 2023-01-31 | this year               | 2023       | PRESENT
            hosting COP-28 later this year                 | 2023-01-19 | later this year         | 2023       | FUTURE
            as announced earlier this month                | 2023-01-19 | earlier this month      | 2023-01    | PAST
            as agreed last month                           | 2023-01-19 | last month              | 2022-12    | PAST
            will meet next month                           | 2023-12-19 | next month              | 2024-01    | FUTURE
            the summit last year                           | 2023-01-19 | last year               | 2022       | PAST
            will visit next year                           | 2023-01-19 | next year               | 2024       | FUTURE
            will return to Washington next week            | 2021-09-22 | next week               | 2021-09    | FUTURE
            met last week                                  | 2021-09-02 | last week               | 2021-08    | PAST
            met this past month in Hanoi                   | 2023-01-31 | this past month         | 2022-12    | PAST
            met this week                                  | 2021-09-02 | this week               | 2021-09    | PRESENT
            President Xi last November                     | 2024-01-27 | last November           | 2023-11    | PAST
            Last April, the Government of Belarus          | 2020-05-15 | Last April              | 2020-04    | PAST
            next March                                     | 2020-05-15 | next March              | 2021-03    | FUTURE
            this November                                  | 2020-05-15 | this November           | 2020-11    | FUTURE
            Three days ago, the President                  | 2020-05-15 | Three days ago          | 2020-05-12 | PAST
            two weeks ago                                  | 2020-05-15 | two weeks ago           | 2020-05-01 | PAST
            a year ago                                     | 2020-05-15 | a year ago              | 2019       | PAST
            six months ago                                 | 2020-05-15 | six months ago          | 2019-11    | PAST
            Seventy-five years ago today, Truman signed    | 2023-06-12 | Seventy-five years ago today | 1948-06-12 | PAST
            twenty-one days ago                            | 2023-06-12 | twenty-one days ago     | 2023-05-22 | PAST
            a decision within 90 days                      | 2024-01-01 | within 90 days          | 2024-03-31 | FUTURE
            within the next six months                     | 2024-01-01 | within the next six months | 2024-07 | FUTURE
            in two weeks                                   | 2024-01-01 | in two weeks            | 2024-01-15 | FUTURE
            contact over the coming weeks and months       | 2023-01-19 | the coming weeks and months | 2023   | FUTURE
            in the weeks ahead                             | 2023-01-19 | in the weeks ahead      | 2023       | FUTURE
            in the near future                             | 2023-01-19 | in the near future      |            | FUTURE
            over the past year                             | 2023-01-19 | the past year           |            | PAST
            over the next two years                        | 2023-01-19 | the next two years      |            | FUTURE
            the President recently                         | 2023-01-19 | recently                |            | PAST
            will meet soon                                 | 2023-01-19 | soon                    |            | FUTURE
            met on Friday                                  | 2024-01-27 | Friday                  | 2024-01-26 | UNKNOWN
            will meet next Tuesday                         | 2024-01-27 | next Tuesday            | 2024-01-30 | FUTURE
            met last Friday                                | 2024-01-27 | last Friday             | 2024-01-26 | PAST
            last night                                     | 2024-01-27 | last night              | 2024-01-26 | PAST
            next summer                                    | 2024-01-27 | next summer             | 2024       | FUTURE
            next summer                                    | 2024-08-27 | next summer             | 2025       | FUTURE
            # seasons: the one under way or next to come, as the year of its middle month
            a dialogue on AI in the spring.                | 2024-01-27 | the spring              | 2024       | UNKNOWN
            by the summer                                  | 2024-08-27 | by the summer           | 2024       | UNKNOWN
            in the fall                                    | 2024-12-10 | the fall                | 2025       | UNKNOWN
            this winter                                    | 2024-01-27 | this winter             | 2024       | PRESENT
            last winter                                    | 2024-06-27 | last winter             | 2024       | PAST
            # vague spans: the month or year that holds the whole span (up to 7 days, 6 weeks,
            # 6 months, 5 years), else no date
            proposals in the coming days                   | 2025-11-23 | in the coming days      | 2025-11    | FUTURE
            proposals in the coming days                   | 2025-12-28 | in the coming days      |            | FUTURE
            worked together over the past months           | 2021-09-22 | the past months         | 2021       | PAST
            over the past few weeks                        | 2021-09-22 | the past few weeks      | 2021       | PAST
            a few days ago                                 | 2021-09-22 | few days ago            | 2021-09    | PAST
            # relative expressions without an anchor: direction, no date
            as agreed last month                           |            | last month              |            | PAST
            the meeting today                              |            | today                   |            | PRESENT
            """)
    void resolves(String text, String anchor, String expression, String date, Direction direction) {
        List<TimeExpression> found = TimeExpressions.find(text,
                Optional.ofNullable(anchor).map(LocalDate::parse));

        assertThat(found).isNotEmpty();
        TimeExpression first = found.get(0);
        assertThat(first.text()).isEqualTo(expression);
        assertThat(text.substring(first.start(), first.end())).isEqualTo(expression);
        assertThat(first.date()).isEqualTo(Optional.ofNullable(date).map(PartialDate::parse));
        assertThat(first.direction()).isEqualTo(direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We may meet again.
            The March on Washington was a turning point.
            May the two nations prosper.
            They will march forward together.
            More than 3,000 troops and $2000 million.
            a 2000% increase
            The Secretary of State met the Minister.
            the next steps, the past decade of cooperation
            Resolution 2231 and version 12.2023.5
            the Belfast/Good Friday Agreement
            for the first time in 80 years, the lowest in 50 years
            the largest shortfall of housing units in 50 years
            a two-year program and a five-day visit
            after the fall of Kabul and the Arab Spring
            see https://www.energy.gov/articles/august-2023-report and www.example.gov/June-2023.pdf
            """)
    void findsNoTimeInOrdinaryWords(String text) {
        assertThat(TimeExpressions.find(text, Optional.of(LocalDate.of(2023, 1, 31)))).isEmpty();
    }

    @Test
    void findsEveryExpressionLeftToRight() {
        String text = "Following the Summit in May 2022 and the 54th SCM, the two leaders agreed to"
                + " hold the exercise in February and a demonstration this year.";

        List<TimeExpression> found = TimeExpressions.find(text,
                Optional.of(LocalDate.of(2023, 1, 31)));

        assertThat(found).extracting(TimeExpression::text)
                .containsExactly("May 2022", "February", "this year");
        assertThat(found).extracting(e -> e.date().map(PartialDate::toString).orElse(""))
                .containsExactly("2022-05", "2023-02", "2023");
    }

    @Test
    void readsNoBreakSpacesAndLineBreaks() {
        String text = "on January\u00A031,\u00A02023 and Three days\nago";

        List<TimeExpression> found = TimeExpressions.find(text,
                Optional.of(LocalDate.of(2023, 2, 3)));

        assertThat(found).extracting(e -> e.date().map(PartialDate::toString).orElse(""))
                .containsExactly("2023-01-31", "2023-01-31");
    }

    @Test
    void completesOnLongHostileInput() {
        String dates = "May 2022 ".repeat(200_000);
        String digits = "1234567890".repeat(200_000);
        String dashes = "30-".repeat(200_000) + "31 May 2013";
        String words = "the next the coming in the within the ".repeat(100_000);

        assertThat(TimeExpressions.find(dates, Optional.of(LocalDate.of(2023, 1, 31))))
                .hasSize(200_000)
                .allSatisfy(e -> assertThat(e.date()).contains(PartialDate.parse("2022-05")));
        assertThat(TimeExpressions.find(digits, Optional.empty())).isEmpty();
        assertThat(TimeExpressions.find(dashes, Optional.empty()))
                .extracting(TimeExpression::text).last().isEqualTo("30-31 May 2013");
        assertThat(TimeExpressions.find(words, Optional.empty())).isEmpty();
    }
}
