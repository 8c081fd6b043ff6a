package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The country of a head of state or government named by office and name alone. */
class HeadsOfGovernmentTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "President, Macron, FR",
        "Chancellor, Scholz, DE",
        "Prime Minister, Kishida, JP",
        "Prime Minister, Kishida Fumio, JP",
        "Prime Minister, Ishiba Shigeru, JP",
        "President, 'Joseph R. Biden, Jr.', US",
        "President, Lula, BR",
        "President, Luiz Inácio Lula da Silva, BR",
        "President, Lopez Obrador, MX",
        "King, Abdullah II, JO",
        "Taoiseach, Micheál Martin, IE",
        "President, Lee, KR",
        "Prime Minister, Lee Hsien Loong, SG",
        // the office decides: a president named Kishida is nobody's
        "President, Kishida, -",
        // a name the table does not hold
        "President, Smith, -",
        // a surname the table does not hold
        "President, Jean Emmanuel-Macron, -",
    })
    void placesAHeadOfStateOrGovernment(String office, String name, String country) {
        assertThat(HeadsOfGovernment.countryOf(office, name).orElse("-")).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Barack Obama, President US",
        "Leo Varadkar, Taoiseach IE",
        "Recep Tayyip Erdoğan, President TR",
        // a surname alone, or a name the table does not hold, is nobody's
        "Obama, -",
        "Airline Leaders, -",
    })
    void findsTheOfficeOfAHeadNamedInFull(String name, String expected) {
        assertThat(HeadsOfGovernment.byFullName(name).map(h -> h[0] + " " + h[1]).orElse("-"))
                .isEqualTo(expected);
    }

}
