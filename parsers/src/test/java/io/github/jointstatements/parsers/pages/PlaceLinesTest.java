package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Places of a text page's lines: a place and its country in the header, a dateline's place. */
class PlaceLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TOKYO, Japan — The foreign ministers met today.|TOKYO",
        "Addis Ababa, Ethiopia – The Council adopted the following decision:|Addis Ababa",
        "Khartoum, 20 April (SUNA)- Sudan and Egypt issued a joint communique.|Khartoum",
        // a news agency's name after the place's stop; a dateline in brackets
        "ASTANA.KAZINFORM The Minister of Foreign Affairs has received the Ambassador.|ASTANA",
        "ASTANA. KAZINFORM The Minister of Foreign Affairs has received the Ambassador.|ASTANA",
        "( February 11, Islamabad, Sri Lanka Guardian) On the invitation of the President, ...|Islamabad"})
    void a_dateline_opening_the_text_gives_the_place(String paragraph, String place) {
        assertThat(PlaceLines.datelinePlace(paragraph)).hasValue(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Prime Minister — and the President — met today.",
        "Japan — the host — welcomed the ministers.", "Foreign Minister Wang Yi - Beijing talks",
        "SIXTY – FIRST ORDINARY SESSION OF THE AUTHORITY 4 December 2022, Abuja",
        "JAPAN. FOREIGN Ministers met today.", "(Reuters) The ministers met in Paris.",
        "(See Annex, Paris, below) The ministers met."})
    void a_paragraph_without_a_dateline_gives_no_place(String paragraph) {
        assertThat(PlaceLines.datelinePlace(paragraph)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Addis Ababa, Ethiopia|Addis Ababa", "New York, USA|New York",
        "Seoul, Republic of Korea|Seoul", "Abidjan, Côte d'Ivoire|Abidjan", "Ankara, Türkiye|Ankara",
        "London, U.K.|London", "Washington, DC|Washington"})
    void a_place_and_its_country_in_the_header(String line, String place) {
        assertThat(PlaceLines.placeLine(line)).hasValue(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Press Conference - Queenstown, New Zealand", "Prime Minister, Japan",
        "Ministry of Foreign Affairs, Japan"})
    void headlines_and_offices_are_no_place_lines(String line) {
        assertThat(PlaceLines.placeLine(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ottawa, Ontario|Ottawa", "Geneva|Geneva"})
    void the_first_part_of_a_place_is_its_city(String place, String city) {
        assertThat(PlaceLines.firstPart(place)).isEqualTo(city);
    }
}
