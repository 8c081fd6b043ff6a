package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transcripts and speeches told from statements by the structure of their text. */
class SpokenPagesTest {

    private static List<String> paragraphs(String text) {
        return Arrays.asList(text.split(" // "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a press conference: opening remarks, then a reporter's questions and the answers
        "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: I just held a telephone talk. // Question-and-Answer Session // Reporter: For about how long did the talk last? // Minister Motegi: I believe it was around 20 minutes. // Reporter: Was the Middle East among the topics?",
        // a press availability: speakers' turns in capitals
        "FOREIGN MINISTER BAERBOCK:  (Via interpreter)  Ladies and gentlemen, dear Tony, welcome. // SECRETARY BLINKEN:  Thank you very much, Annalena. // FOREIGN MINISTER BAERBOCK:  So I repeat what I just said in German.",
        // questions and answers
        "Q: What did the ministers agree on today? // A: They agreed to meet again next year. // Q: Will the talks resume in May?"})
    void a_transcript(String text) {
        assertThat(SpokenPages.isTranscript(paragraphs(text))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a statement's paragraphs headed by their topic: no speaker, none comes back
        "Trade: The two sides agreed to expand trade in goods. // Security: The leaders reaffirmed their alliance. // Climate: The leaders will cooperate on clean energy.",
        // one speaker's opening remarks alone
        "Mr. IWAYA Takeshi, Minister for Foreign Affairs: I am visiting Munich to attend the conference. // It is a critical juncture for the G7.",
        // a listing's labels
        "PRESS RELEASE : Keir Starmer call with President of Egypt // PRESS RELEASE : UK statement at the UN Security Council // PRESS RELEASE : Readout of the Foreign Secretary's call",
        // fields of a release
        "Date: 12 March 2024 and the day after // Contact: press office of the ministry // Date: 13 March 2024 and the day after",
        // a time and a sentence with a colon
        "10:30 The ministers met in the capital today. // The Minister for Trade said: we will meet again. // The Minister for Trade said: trade will grow.",
        // a fact sheet's commitments under their parties' names in capitals
        "UNITED STATES: The United States will provide new funding for clean energy. // JAPAN: Japan will host the next ministerial meeting in Tokyo. // UNITED STATES: The United States will send a trade mission next year."})
    void no_transcript(String text) {
        assertThat(SpokenPages.isTranscript(paragraphs(text))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // salutations over the text
        "#Your Excellency, President Akufo-Addo, // Honourable Ministers, // We have now come to the end of the Second Session.",
        // the salutations read as the headline, one more under it
        "Your Excellency, President Akufo-Addo, Honourable Ministers, High Commissioners,#Members of the Media, // We have now come to the end of the session.",
        // one salutation and a speaker in the first person
        "CHOGM 2007 - Opening Ceremony#Distinguished Heads of State and Government, // It gives me great pleasure to welcome you to Kampala. // I also thank Her Majesty the Queen.",
        // a speech's headline over text in the first person singular
        "Speech by Prime Minister Peter O'Neill at the XV Pacific Games Opening Ceremony#The people of Papua New Guinea welcome visitors. // I know that these Games will be the best ever. // I hope all visitors experience the warmth of the welcome."})
    void a_speech(String title, String text) {
        assertThat(SpokenPages.isSpeech(title == null ? "" : title, paragraphs(text))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a joint statement, in its issuers' voice
        "Joint Statement of the Foreign Ministers#The ministers met in Bangkok. // They reaffirmed their commitment to the Charter.",
        // a press statement in the first person, to no audience
        "Statement by the Foreign Minister on the elections#I welcome the peaceful conduct of the elections. // I call on all parties to respect the results.",
        // remarks at a press conference, no salutation, no speech's headline
        "Remarks by the High Representative at the press conference#Thank you very much. // We had a very dense agenda, so I will try to go through the issues.",
        // a speech's headline over a text in the third person
        "Speech by the Minister at the opening of the forum#The Minister opened the forum on Monday. // The forum brings together experts from the region.",
        // a sentence naming distinguished guests
        "Joint Communiqué#The distinguished guests were received by the President of the Republic. // The two Presidents agreed to meet again.",
        // a statement hard-wrapped into short lines that name persons by their honorifics
        "Joint Statement on the State Visit#At the invitation of His Excellency JOHN DOE, // President of the Republic of Utopia, His Excellency RICHARD ROE, // President of the Republic of Erewhon, paid a State Visit to Utopia. // The two Presidents agreed to meet again."})
    void no_speech(String title, String text) {
        assertThat(SpokenPages.isSpeech(title, paragraphs(text))).isFalse();
    }
}
