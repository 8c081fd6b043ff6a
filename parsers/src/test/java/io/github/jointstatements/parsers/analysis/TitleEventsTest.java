package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The events a statement's title names; the events they give are in {@link EventFinderTest}. */
class TitleEventsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Readout of President Biden’s Call with Prime Minister Ishiba of Japan|Call with Prime Minister Ishiba of Japan",
        "Joint Readout of the Meeting of the Ukraine Defense Contact Group|Meeting of the Ukraine Defense Contact Group",
        "Readout of the President's Participation in the G20 Summit|G20 Summit",
        "Readout of Space Systems Cybersecurity Executive Forum Hosted by the Office of the National Cyber Director|Space Systems Cybersecurity Executive Forum",
        "Statement from the Press Secretary on the Call|",
    })
    void readsTheSubjectOfAReadoutTitle(String title, String subject) {
        assertThat(TitleEvents.readoutSubject(title)).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Joint Statement on the Phone Call between A and B|Phone Call between A and B",
        "Joint Statement: Five Eyes Defense Ministers’ Meeting|Five Eyes Defense Ministers’ Meeting",
        "Joint Statement: 2022 U.S.-Mexico High-Level Security Dialogue|2022 U.S.-Mexico High-Level Security Dialogue",
        "FACT SHEET: President Biden Hosts the First-Ever Summit|",
        "Quad Leaders’ Joint Statement: “The Spirit of the Quad”|",
    })
    void readsTheEventATitleNames(String title, String event) {
        assertThat(TitleEvents.titleEvent(title)).isEqualTo(event);
    }
}
