package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private static List<String> texts(String... paragraphs) {
        return SentenceSplitter.split(List.of(paragraphs), 100, 100).stream()
                .map(Sentence::text).toList();
    }

    @ParameterizedTest(name = "one sentence: {0}")
    @CsvSource(delimiter = '|', value = {
        "U.S. Secretary of Defense Lloyd J. Austin III held a meeting.",
        "They discussed the ROK-U.S. Alliance and its future.",
        "Both reaffirmed the ROK-U.S. Summit commitments.",
        "The Prime Minister of India, H.E. Dr. Manmohan Singh, paid a visit.",
        "Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:",
        "The statement of JAN. 31, 2023 was issued in Washington, D.C., by both.",
        "See Art. 5 of the treaty and No. 12 of the annex.",
        "Mr. Sullivan and Ms. Harris met Sen. Jones.",
        "The Charge d’Affaires a.i. of the Embassy attended.",
        "Shipped between the EU and U.S. to enable production.",
        "Real GDP grew 3.5 percent in 2023.",
        "3. Decides to remain actively seized of the matter.",
        "iv. The Parties shall exchange information.",
        "b. Both sides will meet again.",
    })
    void keepsAbbreviationsInside(String sentence) {
        assertThat(texts(sentence)).containsExactly(sentence);
    }

    @Test
    void splitsAtSentenceEnds() {
        assertThat(texts("They met. They agreed! Why? “Together,” they said. (It ended.) Then."))
                .containsExactly("They met.", "They agreed!", "Why?", "“Together,” they said.",
                        "(It ended.)", "Then.");
    }

    @Test
    void splitsAfterADottedAbbreviationWhenTheNextWordOpensASentence() {
        assertThat(texts("Support went to the U.S. The two sides agreed."))
                .containsExactly("Support went to the U.S.", "The two sides agreed.");
        assertThat(texts("The Taskforce met in Washington, D.C. This week it agreed."))
                .containsExactly("The Taskforce met in Washington, D.C.", "This week it agreed.");
    }

    @Test
    void treatsNonBreakingSpacesAsSpace() {
        assertThat(texts("They met.\u00a0They agreed.\u202fU.S.\u00a0Secretary Austin spoke."))
                .containsExactly("They met.", "They agreed.", "U.S.\u00a0Secretary Austin spoke.");
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertThat(texts("It grew to 5 p.m. today and e.g. more."))
                .containsExactly("It grew to 5 p.m. today and e.g. more.");
    }

    @Test
    void carriesParagraphIndexAndUtf16Offsets() {
        List<Sentence> sentences = SentenceSplitter.split(
                List.of("  First one.  Second 😀 one. ", "Third"), 100, 100);
        assertThat(sentences).containsExactly(
                new Sentence(0, 0, 2, 12, "First one."),
                new Sentence(1, 0, 14, 28, "Second 😀 one."),
                new Sentence(2, 1, 0, 5, "Third"));
        String paragraph = "  First one.  Second 😀 one. ";
        assertThat(paragraph.substring(14, 28)).isEqualTo("Second 😀 one.");
    }

    @Test
    void honoursTheLimits() {
        assertThat(SentenceSplitter.split(List.of("One. Two. Three.", "Four."), 1, 100)).hasSize(3);
        assertThat(SentenceSplitter.split(List.of("A one. B two. C three.", "D."), 100, 2))
                .extracting(Sentence::text).containsExactly("A one.", "B two.");
    }

    @Test
    void survivesEmptyAndBlankParagraphs() {
        assertThat(texts("", "   ", "\u00a0")).isEmpty();
    }
}
