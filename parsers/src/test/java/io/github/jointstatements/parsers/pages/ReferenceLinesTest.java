package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A release's reference number on its own line. */
class ReferenceLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Press Release (97)27", "SC/8215", "EUCO 172/12", "PR PCE 147",
        "Release No: NR-360-17", "UNIQUE ID: 161212_11"})
    void a_release_reference_number_is_no_headline(String line) {
        assertThat(ReferenceLines.isReference(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"G7 Leaders' Statement", "Resolution 2231 (2015)", "COVID-19 response",
        "SECURITY COUNCIL 2024"})
    void a_headline_with_a_number_is_no_reference(String line) {
        assertThat(ReferenceLines.isReference(line)).isFalse();
    }
}
