package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.internal.SlashedDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A header line of fields: its dates and its source's publisher. */
class FieldLinesTest {

    @Test
    void a_date_and_a_source_between_bars() {
        FieldLines.Fields fields = FieldLines.read(
                "Date: 22/06/2019 | Source: Naenara News | Read original version at source",
                SlashedDates.Order.DAY_FIRST).orElseThrow();
        assertThat(fields.dates()).containsExactly(LocalDate.of(2019, 6, 22));
        assertThat(fields.source()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Date: March 4, 2024;2024-03-04",
        "Date | 25, November 2014;2014-11-25", "NEWS | April 26, 2024;2024-04-26",
        "10/06/2025 | Press release | Distributed by the ministry;2025-06-10"})
    void a_line_of_fields_and_its_date(String line, LocalDate date) {
        FieldLines.Fields fields = FieldLines.read(line, SlashedDates.Order.DAY_FIRST)
                .orElseThrow();
        assertThat(fields.dates()).containsExactly(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministers met | then left",
        "The ministers met on the date they agreed | then left", "Dated March 4, 2024"})
    void a_line_without_a_date_field_or_metadata_is_no_line_of_fields(String line) {
        assertThat(FieldLines.read(line, SlashedDates.Order.DAY_FIRST)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "[Title] Astana Declaration of the Heads of State Council;TITLE;Astana Declaration of the Heads of State Council",
        "[Place] Astana;PLACE;Astana",
        "[Date] June 10, 2017;DATE;June 10, 2017",
        "[Source] Ministry of Foreign Affairs of Kazakhstan;SOURCE;Ministry of Foreign Affairs of Kazakhstan",
        "Venue: Kuala Lumpur;PLACE;Kuala Lumpur",
        "[Full text];TEXT;"})
    void a_labelled_field_of_a_documents_record(String line, FieldLines.Label label, String value) {
        FieldLines.Labelled field = FieldLines.labelled(line).orElseThrow();
        assertThat(field.label()).isEqualTo(label);
        assertThat(field.value()).isEqualTo(value == null ? "" : value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Title]", "Title", "The title: a headline", "[1] A footnote",
        "Place your order today"})
    void no_labelled_field(String line) {
        assertThat(FieldLines.labelled(line)).isEmpty();
    }
}
