package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.TokenLists.indexOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventVerbsTest {

    /** The verb that holds an event whose name starts at the given word, or none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The two leaders held a warm and productive working meeting.|warm|held",
        "Officials participated in the plenary meeting.|plenary|participated",
        "They will participate virtually in the summit.|summit|participate",
        "The leaders met today for the first Summit.|first|met",
        "He will host Micheal Martin, Taoiseach of Ireland, for a bilateral meeting.|bilateral|host",
        "Companies should not hold mandatory captive audience meetings.|meetings|-",
        "They discussed the meeting.|meeting|-",
    })
    void findsTheVerbThatHoldsAnEvent(String text, String first, String expected) {
        List<Token> t = Token.tokenize(text);
        int verb = EventVerbs.holdingVerb(t, indexOf(t, first));
        assertThat(verb < 0 ? "-" : t.get(verb).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The exercises, conducted in late 2022, deterred.|exercises|true",
        "The summit held in Seoul was a success.|summit|true",
        "The summit was a success.|summit|false",
    })
    void readsAParticipleAfterAnEvent(String text, String noun, boolean expected) {
        List<Token> t = Token.tokenize(text);
        assertThat(EventVerbs.participleAfter(t, indexOf(t, noun) + 1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They met on the margins of the G20 Summit.|G20|true",
        "They met on the sidelines of APEC.|APEC|true",
        "They met ahead of the G20 Summit.|G20|false",
    })
    void readsTheMarginsOfAnEvent(String text, String first, boolean expected) {
        List<Token> t = Token.tokenize(text);
        assertThat(EventVerbs.onMargins(t, indexOf(t, first))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They noted the launch of the Working Group.|Working|Group|true",
        "The Working Groups, which recently brought together experts, act.|Working|Groups|true",
        "He chairs the Interagency Working Group on Safety.|Interagency|Group|false",
    })
    void readsWhetherABodyMeets(String text, String first, String last, boolean expected) {
        List<Token> t = Token.tokenize(text);
        assertThat(EventVerbs.meets(t, indexOf(t, first), indexOf(t, last) + 1))
                .isEqualTo(expected);
    }
}
