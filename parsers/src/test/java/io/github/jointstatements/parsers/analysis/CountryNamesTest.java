package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries' names as the gazetteer's table writes them, for the page parsers' datelines. */
class CountryNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ethiopia|true", "ethiopia|true",
        "the Republic of Korea|true", "Côte d’Ivoire|true", "Turkey|true", "USA|true",
        "U.K.|true", "Japanese|false", "Tokyo|false", "European Union|false", "Ontario|false",
        "Korea Herald|false", "' '|false"})
    void a_countrys_name_or_abbreviation(String text, boolean country) {
        assertThat(CountryNames.isCountry(text)).isEqualTo(country);
    }
}
