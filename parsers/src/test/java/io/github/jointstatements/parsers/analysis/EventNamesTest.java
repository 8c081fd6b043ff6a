package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.TokenLists.indexOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventNamesTest {

    /** The event noun whose last word is the given word: its kind and its words, or none. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "They held a meeting.|meeting|MEETING meeting",
        "The working group met.|group|MEETING working group",
        "They had a phone call.|call|MEETING phone call",
        "They had a phone call.|phone|-",
        "They will host COP 26 in Glasgow.|COP|CONFERENCE COP 26",
        "They welcomed COP28.|COP28|CONFERENCE COP28",
        "They launched the Negev Forum Working Groups.|Forum|-",
        "He invited him to visit the country.|visit|-",
        "They issued a call for proposals.|call|-",
        "They issued a call to action.|call|-",
        "They called on Russia to act.|called|-",
        "Following the call on Tuesday, they acted.|call|MEETING call",
        "They welcomed the inaugural ministerial dialogue.|ministerial|-",
        "They welcomed the inaugural ministerial dialogue.|dialogue|TALKS dialogue",
        "They recalled their summit meeting.|summit|-",
        "They held a briefing.|briefing|MEETING briefing",
        "They discussed trade.|discussed|-",
    })
    void findsTheEventNounOfAWord(String text, String word, String expected) {
        List<Token> t = Token.tokenize(text);
        EventNames.Noun noun = EventNames.nounAt(t, indexOf(t, word));
        assertThat(noun == null ? "-" : noun.kind() + " " + text.substring(
                t.get(noun.start()).start(), t.get(noun.end() - 1).end())).isEqualTo(expected);
    }

    /** The name around an event noun: from its first modifier to the end of its complement. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They recalled the U.S.-China Economic and Trade Meeting last year.|Meeting|U.S.-China Economic and Trade Meeting",
        "They attended the Summit of the Heads of Governments of the Central European Initiative in May.|Summit|Summit of the Heads of Governments of the Central European Initiative",
        "They held the official talks between Thailand and India on 30 May.|talks|official talks between Thailand and India",
        "They prepared the Global Summit on Artificial Intelligence Safety in London.|Summit|Global Summit on Artificial Intelligence Safety",
        "It was agreed at the 11th ASEAN-United States (U.S.) Summit in 2023.|Summit|11th ASEAN-United States (U.S.) Summit",
        "The leaders held a trilateral leaders' summit in August.|summit|trilateral leaders' summit",
        "They welcomed the G7 Leader’s Summit in June.|Summit|G7 Leader’s Summit",
        "They conducted a large-scale combined joint fires demonstration this year.|demonstration|large-scale combined joint fires demonstration",
        "They will hold the U.S.-India 2+2 Ministerial Dialogue in April.|Dialogue|U.S.-India 2+2 Ministerial Dialogue",
        "They met at the G7 and NATO Summits.|Summits|NATO Summits",
        "They met at the summit on January 30.|summit|summit",
        "The anniversary of Bloody Sunday directing our attention.|anniversary|anniversary of Bloody Sunday",
    })
    void boundsTheNameOfAnEvent(String text, String word, String expected) {
        List<Token> t = Token.tokenize(text);
        EventNames.Noun noun = EventNames.nounAt(t, indexOf(t, word));
        Places places = new Places(Gazetteer.get().find(text));
        EventNames.NameStart start = EventNames.nameStart(t, noun, places, x -> false);
        boolean capitalized = t.get(noun.head()).isCapitalized();
        int end = EventNames.complementEnd(t, noun.end(), noun.kind(),
                capitalized || start.named());
        assertThat(text.substring(t.get(start.start()).start(), t.get(end - 1).end()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "54th Security Consultative Meeting|Security Consultative Meeting",
        "Security Consultative Meeting|Security Consultative Meeting",
        "first meeting|first meeting",
    })
    void stripsAnOrdinal(String name, String expected) {
        assertThat(EventNames.stripOrdinal(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ministers (of A, B and C) of the Five Eyes|ministers of the Five Eyes",
        "the leaders|the leaders",
    })
    void dropsParentheticAsides(String text, String expected) {
        assertThat(EventNames.withoutParentheses(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Security Consultative Meeting|SCM",
        "Trade and Technology Council|TTC",
        "U.S.-Japan Economic Dialogue|ED",
    })
    void spellsInitials(String name, String expected) {
        assertThat(EventNames.initials(name)).isEqualTo(expected);
    }
}
