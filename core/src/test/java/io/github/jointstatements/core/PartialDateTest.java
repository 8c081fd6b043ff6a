package io.github.jointstatements.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({"2023, YEAR", "2023-02, MONTH", "2023-02-14, DAY", "0999-12-31, DAY"})
    void parsesAndPrintsTheIsoForms(String text, PartialDate.Precision precision) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "23", "2023-2", "2023/02", "2023-13", "2023-00", "2023-02-30",
        "20230214", "2023-02-14T00:00", "abcd", "2023-0a"})
    void rejectsMalformedTextAndQuotesIt(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }

    @Test
    void ordersByStartThenPrecision() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2023-02-01"),
                PartialDate.parse("2023-01"), PartialDate.parse("2022-12-31"),
                PartialDate.parse("2023"), PartialDate.parse("2023-01-01")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2022-12-31", "2023", "2023-01", "2023-01-01", "2023-02-01");
    }

    @Test
    void spansTheDaysItStandsFor() {
        PartialDate february = PartialDate.ofMonth(2024, 2);
        assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(february.contains(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(february.contains(LocalDate.of(2024, 3, 1))).isFalse();
        assertThat(PartialDate.ofYear(2023).end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(february.toLocalDate()).isEmpty();
        assertThat(PartialDate.of(LocalDate.of(2024, 2, 3)).toLocalDate())
                .contains(LocalDate.of(2024, 2, 3));
    }

    @Test
    void equalsByValue() {
        assertThat(PartialDate.parse("2023-02")).isEqualTo(PartialDate.ofMonth(2023, 2))
                .hasSameHashCodeAs(PartialDate.ofMonth(2023, 2))
                .isNotEqualTo(PartialDate.ofYear(2023));
    }
}
