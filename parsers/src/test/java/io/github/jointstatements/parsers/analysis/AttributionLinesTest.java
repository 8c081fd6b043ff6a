package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line of its own that names a statement's author: an office and a name, or a name and then its
 * office, after an optional dash; the person and nothing else. Paragraphs joined by " ¶ ".
 */
class AttributionLinesTest {

    private static final AttributionLines LINES = new AttributionLines(
            new PersonFinder(Gazetteer.get(), Offices.get()), Offices.get());

    private static String shown(java.util.Optional<PersonMention> m) {
        return m.map(p -> p.name() + " | " + p.role().orElse("-")).orElse("none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "– Press Secretary Karine Jean-Pierre#Karine Jean-Pierre | Press Secretary",
        "-Karoline Leavitt, White House Press Secretary#Karoline Leavitt | White House Press Secretary",
        "Jake Sullivan, National Security Advisor#Jake Sullivan | National Security Advisor",
        "— Jake Sullivan#Jake Sullivan | -",
        "ANTONY J. BLINKEN, SECRETARY OF STATE#Antony J. Blinken | Secretary of State",
        "Deputy Press Secretary Andrew Bates.#Andrew Bates | Deputy Press Secretary",
        "Background Information#none",
        "The Secretary met Foreign Minister Wang Yi in Beijing today.#none",
        "Jake Sullivan#none",
    })
    void readsALineThatNamesOnlyItsAuthor(String line, String expected) {
        assertThat(shown(LINES.line(line))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The United States condemns the attack. ¶ We will hold those responsible accountable. ¶ – Press Secretary Karine Jean-Pierre#Karine Jean-Pierre | Press Secretary",
        "ANTONY J. BLINKEN, SECRETARY OF STATE ¶ The United States condemns the attack in the strongest terms.#Antony J. Blinken | Secretary of State",
        "Appointees are listed below. ¶ Tim Wu, Special Assistant to the President for Technology Policy ¶ Tim Wu was most recently a Professor at Columbia University law school, and served in the government for many years.#none",
        "Guests are listed below. ¶ Charles Anderson, Director of Economic Policy ¶ Tim Wu, Special Assistant to the President#none",
    })
    void findsTheLineAtTheEndOrAboveTheStatement(String text, String expected) {
        List<Sentence> sentences = paragraphs(text);
        assertThat(shown(LINES.find(sentences))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Both sides agreed to meet again next year. ¶ President Joseph R. Biden, Jr. ¶ Prime Minister Kishida Fumio#Joseph R. Biden | President; Kishida Fumio | Prime Minister",
        "The Ministers agreed to meet again in Seoul next year. ¶ Yoko Kamikawa ¶ Minister for Foreign Affairs of Japan ¶ Cho Tae-yul ¶ Minister of Foreign Affairs of the Republic of Korea#Yoko Kamikawa | Minister for Foreign Affairs; Cho Tae-yul | Minister of Foreign Affairs",
        // one signature is an attribution, not a block; names alone sign nothing
        "Both sides agreed to meet again next year. ¶ Prime Minister Kishida Fumio#",
        "Charles Anderson, Director of Economic Policy ¶ Tim Wu, Special Assistant to the President#",
        "Both sides agreed to meet again next year. ¶ Prime Minister Kishida Fumio ¶ Thank you for your attention#",
    })
    void readsTheSignatureBlockThatEndsTheBody(String text, String expected) {
        List<Sentence> sentences = paragraphs(text);
        assertThat(String.join("; ", LINES.signatures(sentences).stream()
                .map(m -> m.name() + " | " + m.role().orElse("-")).toList()))
                .isEqualTo(expected == null ? "" : expected);
    }

    /** The sentences of paragraphs written on one line, separated by " ¶ ". */
    private static List<Sentence> paragraphs(String text) {
        return SentenceSplitter.split(List.of(text.split(" ¶ ")), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
    }
}
