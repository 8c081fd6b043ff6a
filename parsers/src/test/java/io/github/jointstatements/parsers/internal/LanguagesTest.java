package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a text, from its function words. */
class LanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ministers reaffirmed that the alliance is the linchpin of peace and security in the region, and they agreed that it will continue to grow with the commitment of both countries to their shared values and to the rule of law.
            de | Die Minister bekräftigten, dass die Allianz für den Frieden in der Region wichtig ist, und sie vereinbarten, dass sie mit dem Engagement der beiden Länder auch in Zukunft wachsen wird, um die Sicherheit zu stärken.
            fr | Les ministres ont réaffirmé que l'alliance est essentielle pour la paix dans la région, et ils sont convenus qu'elle continuera de croître avec l'engagement des deux pays pour la sécurité et pour le droit.
            es | Los ministros reafirmaron que la alianza es fundamental para la paz en la región, y acordaron que seguirá creciendo con el compromiso de los dos países con la seguridad y con el estado de derecho que también comparten.
            """)
    void recognises_the_language(String language, String text) {
        assertThat(Languages.detect(List.of(text))).hasValue(language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too short | The two leaders met.
            """)
    void says_nothing_of_too_little_text(String name, String text) {
        assertThat(Languages.detect(List.of(text))).isEmpty();
    }

    @Test
    void reads_words_as_the_lower_cased_text_has_them() {
        // String.toLowerCase makes the capital I with a dot two characters, "i" and a combining
        // dot, which is no letter: "THİS" is two words, neither of them "this"
        assertThat(Languages.detect(List.of("THIS ".repeat(40)))).hasValue("en");
        assertThat(Languages.detect(List.of("TH\u0130S ".repeat(40)))).isEmpty();
    }

    @Test
    void tells_letters_as_the_character_tables_do() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(Languages.isLetter((char) c)).as("U+%04X", c)
                    .isEqualTo(Character.isLetter((char) c));
        }
    }
}
