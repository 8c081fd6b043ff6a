package io.github.jointstatements.parsers.internal;

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
        "Q: What did the ministers agree on today? // A: They agreed to meet again next year. // Q: Will the talks resume in May?",
        // the speaker's name in parentheses after the office
        "Chinese Foreign Minister (Mr. Wang Yi): We had a very cordial discussion. // External Affairs Minister of India (Shri Salman Khurshid): Thank you very much, as you can see. // Question: I have a question to the Chinese Foreign Minister. // Chinese Foreign Minister: As you said, the talks went well.",
        // a transcript's time codes after the speaker
        "President Biden (00:00): Good afternoon, welcome to Camp David. // Prime Minister Kishida (05:12): Thank you, Joe, for hosting us. // President Biden (09:30): Thank you, the first question goes to you.",
        // the leaders' press statements after talks: one turn each, in the first person
        "PRESIDENT OF THE UNITED STATES OF AMERICA BARACK OBAMA: Let me just make a brief comment. I am very grateful to the President. // So I am very encouraged. // PRESIDENT OF RUSSIA DMITRY MEDVEDEV: I would like to thank President Obama most sincerely."})
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
        "UNITED STATES: The United States will provide new funding for clean energy. // JAPAN: Japan will host the next ministerial meeting in Tokyo. // UNITED STATES: The United States will send a trade mission next year.",
        // a fact sheet's commitments under run-in headings
        "Upgrading Alliance Command and Control: The United States and Japan intend to upgrade their frameworks. // Exploring Advanced Capabilities Cooperation: The two countries plan to explore cooperation.",
        // two offices' lines without the first person: a schedule, not turns
        "SECRETARY OF STATE: The Secretary will travel to Asia next week. // DEFENSE MINISTER: The Minister will host the dialogue in Tokyo."})
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

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // remarks at a press conference, in the first person singular
        "Remarks by the High Representative at the press conference following the Council#Thank you very much. // We had a very dense agenda, so I will try to go through the issues. I think we agreed on a lot.",
        // a transcript headed as one, opened by a speaker's label
        "Transcript of media interaction by the two Foreign Ministers#July 02, 2013 // Chinese Foreign Minister (Mr. Wang Yi): We had a very cordial discussion like between good friends.",
        "President Biden Hosts a Joint Press Conference with President Yoon and Prime Minister Kishida Transcript#President Biden (00:00): // Good afternoon everyone. I am happy, and I want to thank you both.",
        "Media Availability With Secretary Mattis at the Pentagon#SECRETARY MATTIS: Good morning, everyone, thanks for coming in.",
        // a press conference named by the headline, whatever the excerpt's voice
        "Remarks by President Donald Tusk at the press conference of the EU-China summit#We have just concluded our plenary session of the summit. // China is one of the European Union's most important partners.",
        "The 10th Regular Press Conference#I. ANNOUNCEMENTS // 1. The Ministry of Foreign Affairs is organizing a conference on multilateral diplomacy.",
        // remarks named alone, spoken by one speaker in the first person
        "Remarks by the Minister at the opening of the embassy#I am delighted to be here today. // Let me thank the Ambassador for the invitation."})
    void spoken_at_a_press_event(String title, String text) {
        assertThat(SpokenPages.isSpokenAtPressEvent(title, paragraphs(text))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a joint press statement read out at the press conference is a statement
        "Joint Press Statement read out at the press conference after the talks#I am pleased to read out our joint statement. // The two Foreign Ministers held talks and I think they agreed to meet again.",
        "Readout of the Secretary's press conference with the Foreign Minister#The Secretary said I will travel. // I am told the talks went well.",
        // a press statement in the first person, not headed as spoken at a press event
        "Statement by the Foreign Minister on the elections#I welcome the peaceful conduct of the elections. // I call on all parties to respect the results.",
        // a spokesperson's remarks in the institution's voice
        "Remarks by the Spokesperson on the elections#The European Union welcomes the peaceful elections. // The EU calls on all parties to respect the results.",
        // a fact sheet that names a press conference
        "Fact Sheet: Outcomes announced at the press conference of the leaders#The United States and Japan will expand cooperation. // I. Security: The two countries will hold exercises.",
        "Joint Communiqué issued at the press conference of the two Presidents#The two Presidents held talks. // They agreed to meet again."})
    void not_spoken_at_a_press_event(String title, String text) {
        assertThat(SpokenPages.isSpokenAtPressEvent(title, paragraphs(text))).isFalse();
    }
}
