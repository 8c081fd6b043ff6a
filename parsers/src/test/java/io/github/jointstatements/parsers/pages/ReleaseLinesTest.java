package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.internal.SlashedDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A release line of a header: its date, place, label and issuer. */
class ReleaseLinesTest {

    @Test
    void a_date_a_place_and_an_issuer_between_dashes() {
        ReleaseLines.Release release = ReleaseLines.read(
                "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada",
                SlashedDates.Order.DAY_FIRST).orElseThrow();
        assertThat(release.date()).isEqualTo(LocalDate.of(2021, 11, 19));
        assertThat(release.place()).hasValue("Ottawa");
        assertThat(release.issuer()).hasValue("Global Affairs Canada");
        assertThat(release.labelled()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Saturday, February 15, 2025, 6:34 p.m. Munich, Germany|2025-02-15|Munich|false",
        "'20/12/2024 00:33 | Statements and remarks |'|2024-12-20||true",
        "• 14 Jun. 2023 - Press release|2023-06-14||true",
        "Sunday, December 29, 2024 Search Advanced Search|2024-12-29||false",
        "Tuesday, July 23, 2024, 12:45 p.m. Ministry of Foreign Affairs|2024-07-23||false"})
    void a_release_line(String line, LocalDate date, String place, boolean labelled) {
        ReleaseLines.Release release = ReleaseLines.read(line, SlashedDates.Order.DAY_FIRST).orElseThrow();
        assertThat(release.date()).isEqualTo(date);
        assertThat(release.place()).isEqualTo(java.util.Optional.ofNullable(place));
        assertThat(release.labelled()).isEqualTo(labelled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"07/10/2022 21:00 | Press release;DAY_FIRST;2022-10-07",
        "07/10/2022 21:00 | Press release;MONTH_FIRST;2022-07-10",
        "01/08/2022 08:01 PM EST | Media note;DAY_FIRST;2022-01-08"})
    void a_slashed_date_is_read_in_the_pages_order_unless_a_us_time_zone_follows(String line,
            SlashedDates.Order order, LocalDate date) {
        ReleaseLines.Release release = ReleaseLines.read(line, order).orElseThrow();
        assertThat(release.date()).isEqualTo(date);
        assertThat(release.labelled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 3, 2020 – The ministers met today in Paris",
        "Joint Statement – March 3, 2020",
        "March 3, 2020 - Joint Statement on the Meeting of the Foreign Ministers of the Group"})
    void a_headline_or_a_sentence_after_the_date_is_no_release_line(String line) {
        assertThat(ReleaseLines.read(line, SlashedDates.Order.DAY_FIRST)).isEmpty();
    }
}
