package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLeadsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The member countries issued a joint communiqué in the capital Thursday. The following is the full text of the communiqué.",
        "The leaders issued the following communiqué:",
        "Its full text reads as follows:",
        "FORUM COMMUNIQUE printed verbatim below"})
    void a_lead_announcing_the_full_text_below(String paragraph) {
        assertThat(TextLeads.announcesText(paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The full text is available on the Council's web site.",
        "The ministers followed the talks closely and issued statements."})
    void a_paragraph_announcing_nothing(String paragraph) {
        assertThat(TextLeads.announcesText(paragraph)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The following is the text of a joint press release by the Ministry of Andoria and the Ministry of Ruritania issued in their capitals on the same day, as received.",
        "Following is the full text of the Chairman's Statement"})
    void a_sentence_opening_as_a_lead(String sentence) {
        assertThat(TextLeads.opensAsLead(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministers discussed the following topics.",
        "In the following text the parties set out their commitments."})
    void a_sentence_opening_otherwise(String sentence) {
        assertThat(TextLeads.opensAsLead(sentence)).isFalse();
    }
}
