package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextReadingsTest {

    private static final PersonFinder FINDER = new PersonFinder(Gazetteer.get(), Offices.get());

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Vice President Kamala Harris met today with Indonesian President Joko Widodo.",
        "The Prime Minister met the Prime Minister of Canada Mark Carney this morning.",
        "Presidents Biden and Lula spoke, and the Secretary of State joined them.",
        "Jon Finer, Principal Deputy National Security Advisor, met his counterparts.",
        "The two countries reaffirmed their alliance.",
        "",
    })
    void readsWhatTheFinderAndTheTokenizerRead(String text) {
        TextReadings.Reading reading = new TextReadings(Gazetteer.get(), FINDER).of(text);

        assertThat(reading.text()).isEqualTo(text);
        assertThat(reading.tokens()).isEqualTo(Token.tokenize(text));
        assertThat(reading.places().all()).isEqualTo(Gazetteer.get().find(text));
        assertThat(reading.persons()).isEqualTo(FINDER.find(text));
    }

    @Test
    void readsEachTextOnce() {
        TextReadings readings = new TextReadings(Gazetteer.get(), FINDER);
        String text = "President Biden spoke today with Prime Minister Kishida of Japan.";

        TextReadings.Reading first = readings.of(text);

        // an equal text read from elsewhere (another sentence, a title) shares the reading
        assertThat(readings.of(new String(text.toCharArray()))).isSameAs(first);
        assertThat(readings.persons(text)).isSameAs(first.persons())
                .extracting(PersonMention::name).containsExactly("Biden", "Kishida");
        assertThat(first.places()).isSameAs(first.places());
    }

    @Test
    void sharesNothingTheRulesCanChange() {
        TextReadings.Reading reading = new TextReadings(Gazetteer.get(), FINDER)
                .of("Secretary Blinken met Foreign Minister Wang Yi.");

        assertThatThrownBy(() -> reading.persons().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> reading.tokens().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(reading.persons()).hasSize(2);
    }

    @Test
    void keepsTheReadingsOfOneAnalysisApartFromAnother() {
        String text = "Secretary Blinken met Foreign Minister Wang Yi.";

        assertThat(new TextReadings(Gazetteer.get(), FINDER).of(text))
                .isNotSameAs(new TextReadings(Gazetteer.get(), FINDER).of(text));
    }
}
