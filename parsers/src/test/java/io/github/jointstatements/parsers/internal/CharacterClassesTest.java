package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The character tests written as ranges, for speed, answer for every character of the Basic
 * Multilingual Plane (surrogate halves included) as the JDK's character tables do.
 */
class CharacterClassesTest {

    @Test
    void a_space_is_what_the_jdk_calls_white_space_and_the_non_breaking_spaces() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean expected = Character.isWhitespace(ch)
                    || ch == '\u00A0' || ch == '\u2007' || ch == '\u202F';
            assertThat(Lines.isSpace(ch)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void a_letter_or_digit_is_what_the_jdk_calls_one() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(PageChrome.isLetterOrDigit(ch)).as("U+%04X", c)
                    .isEqualTo(Character.isLetterOrDigit(ch));
        }
    }
}
