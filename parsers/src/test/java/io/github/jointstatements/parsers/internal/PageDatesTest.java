package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates pages print, in the languages and forms of headers, datelines and addresses. */
class PageDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wednesday, February 1, 2023      | 2023-02-01
            JAN. 31, 2023                    | 2023-01-31
            May 30 , 2013                    | 2013-05-30
            31 January 2023                  | 2023-01-31
            1st February, 2023               | 2023-02-01
            25 JANUARY 2022                  | 2022-01-25
            Dienstag, 28. April 2020         | 2020-04-28
            mardi 5 juin 2018                | 2018-06-05
            5 de junio de 2018               | 2018-06-05
            28 Ogos 2021                     | 2021-08-28
            Sept. 9, 2019                    | 2019-09-09
            06.12.2021                       | 2021-12-06
            2023-01-31                       | 2023-01-31
            2023-01-31T10:00:00-05:00        | 2023-01-31
            2020-04-28T21:11:00+02:00        | 2020-04-28
            2023-01-31T23:30:00Z             | 2023-01-31
            2023-01-31t23:30:00z             | 2023-01-31
            2023-01-31T10:00:00              | 2023-01-31
            2023-01-31T25:00:00Z             | 2023-01-31
            2023-01-31T10:00:00.000+0000     | 2023-01-31
            2023-01-31 10:00                 | 2023-01-31
            19-12-2018                       | 2018-12-19
            12-19-2018                       | 2018-12-19
            Κυριακή 9 Οκτωβρίου 2022         | 2022-10-09
            """)
    void reads_a_date_written_out(String text, LocalDate date) {
        assertThat(PageDates.parse(text)).hasValue(date);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "February 30, 2023", "Statement January 5, 2024", "2023",
        "Brussels", "13.13.2021", "the 5 of May", "Friday 2023", "10-11-2018",
        "2023-02-30T10:00:00Z", "2023-01-31t25:00:00z", "2023-01-31x"})
    void reads_no_date_where_the_whole_text_is_not_one(String text) {
        assertThat(PageDates.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Statement by the Minister (May 15, 2020)        | 2020-05-15 | 27
            The summit of 21 May 2024 in Brussels            | 2024-05-21 | 14
            Joint Statement January 5, 2024                  | 2024-01-05 | 16
            """)
    void finds_the_first_date_inside_a_text_with_where_it_starts(String text, LocalDate date,
            int start) {
        assertThat(PageDates.find(text)).hasValueSatisfying(found -> {
            assertThat(found.date()).isEqualTo(date);
            assertThat(found.start()).isEqualTo(start);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /2023/02/joint-statement.html          | false | 2023-02-01
            /2016/12/24/weekly-address/             | true  | 2016-12-24
            /briefing-room/statements-releases/2021/09/22/x/ | true | 2021-09-22
            """)
    void reads_the_date_of_a_url_path(String path, boolean dayOnly, LocalDate date) {
        assertThat(PageDates.fromUrlPath(path, dayOnly)).hasValue(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/2023/02/joint-statement.html", "/news/12345/", "/1850/01/01/x/"})
    void reads_no_day_from_a_path_without_one(String path) {
        assertThat(PageDates.fromUrlPath(path, true)).isEmpty();
    }
}
