package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Lines#lowerCase} is {@code toLowerCase(Locale.ROOT)}, character for character. */
class LinesLowerCaseTest {

    @Test
    void lower_cases_every_character_as_the_jdk_does() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            // in a text of another script too, where the fast paths are taken
            String among = "Я" + (char) c + "中";
            assertThat(Lines.lowerCase(alone)).as("U+%04X", c)
                    .isEqualTo(alone.toLowerCase(Locale.ROOT));
            assertThat(Lines.lowerCase(among)).as("U+%04X among others", c)
                    .isEqualTo(among.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void lower_cases_a_character_as_the_jdk_does() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(Lines.lowerCase((char) c)).as("U+%04X", c)
                    .isEqualTo(Character.toLowerCase((char) c));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "abc", "ABC", "Café", "МИД России", "Министерство", "中华人民共和国外交部",
        "ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ ΑΣ", "İstanbul", "Ünal İNCE", "\uD801\uDC00 Deseret", "KELVIN \u212A",
        "وزارة الخارجية", "외교부 ABC", "Ａｂｃ", "Ǆ ǅ ǆ", "ẞ"})
    void lower_cases_texts_as_the_jdk_does(String text) {
        assertThat(Lines.lowerCase(text)).isEqualTo(text.toLowerCase(Locale.ROOT));
    }

    @Test
    void lower_cases_random_mixed_texts_as_the_jdk_does() {
        char[] alphabet = {'a', 'Q', ' ', '1', 'é', 'É', 'Я', 'я', 'Ё', 'Σ', 'σ', 'ς', 'Ω', 'ά',
            '中', 'ア', '한', 'ع', 'İ', 'ı', '\u212A', '\uD801', '\uDC00', 'Ǆ', '\u1E9E'};
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(Lines.lowerCase(s)).as("[%s]", s).isEqualTo(s.toLowerCase(Locale.ROOT));
        }
    }
}
