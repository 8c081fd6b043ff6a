package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.TokenLists.indexOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.EventKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLocationsTest {

    /** The place after an event's name ending at the given word, else within its name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They held a meeting in Seoul on Monday.|meeting|meeting|MEETING|Seoul",
        "They met at the Kuala Lumpur International Airport.|met|met|MEETING|Kuala Lumpur International Airport",
        "The conference, which will be held in London, matters.|conference|conference|CONFERENCE|London",
        "It was agreed at the Phnom Penh Summit.|Phnom|Summit|SUMMIT|Phnom Penh",
        "He paid an Official Visit to Thailand in May.|Official|Visit|VISIT|Thailand",
        "They discussed the summit; cooperation in Seoul grows.|summit|summit|SUMMIT|-",
        "They met at the U.S. National Security Council.|met|met|MEETING|U.S. National Security Council",
        "They met at the embassy.|met|met|MEETING|-",
    })
    void placesAnEvent(String text, String first, String last, EventKind kind,
            String expected) {
        Sentence s = new Sentence(0, 0, 0, text.length(), text);
        List<Token> t = Token.tokenize(text);
        Places places = new Places(Gazetteer.get().find(text));
        EventLocations locations = new EventLocations(Gazetteer.get());
        int start = indexOf(t, first);
        int end = indexOf(t, last) + 1;
        String place = locations.placeAfter(s, t, end, places);
        if (place == null) {
            place = EventLocations.placeWithin(s, t, start, end, places, kind);
        }
        assertThat(place == null ? "-" : place).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Africa|true",
        "Indo-Pacific|true",
        "Seoul|false",
        "Japan|false",
    })
    void knowsARegionWithoutACountry(String place, boolean expected) {
        assertThat(new EventLocations(Gazetteer.get()).isRegion(place)).isEqualTo(expected);
    }

    /** An event's place is its city: a dateline's bracket, a country or a district after it go. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Canberra [Australia]|Canberra",
        "Canberra\u00a0[Australia]|Canberra",
        "Georgetown, Guyana|Georgetown",
        "Washington, D.C.|Washington",
        "Washington D.C.|Washington",
        "Washington DC|Washington",
        "Camp David|Camp David",
        "Nuvara Eliya|Nuvara Eliya",
    })
    void keepsTheCityOfAPlace(String place, String city) {
        assertThat(EventLocations.city(place)).isEqualTo(city);
    }
}
