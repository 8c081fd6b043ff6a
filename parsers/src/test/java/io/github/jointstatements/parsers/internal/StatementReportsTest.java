package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** News stories about a statement, told from statements, reposted or not. */
class StatementReportsTest {

    private static List<String> paragraphs(String text) {
        return Arrays.asList(text.split(" // "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // two citations of the document
        "Leaders give bloc a deadline#The summit ended on Sunday. // In a final communique released by the bloc, members were given six months. // According to the communique, the bloc will review its decision.",
        // citations of the story's own sources
        "Summit wraps up#Leaders wrapped up their summit, agencies reported from the capital. // The declaration covered trade, the agencies said.",
        // one citation and quotations attributed to their speakers
        "Chair hands over the baton#\"We are in good hands,\" said the outgoing chair. // \"There is more work to do,\" he said. // Other decisions set out in the communique included support for a bid.",
        "Ministers meet#The joint statement said the sides would meet again. // The ministers told reporters they were satisfied.",
        // a citation, and the document that "also highlighted" what the story tells
        "Communique released after visit#Lima, Oct. 5 (Andina) -- A joint statement was released by the two kingdoms. // The communiqué also highlighted the signing of agreements, according to the communiqué.",
        // a reporter's inversions: the statement cited after what it says
        "Ministers set priorities#Deterrence remains a priority, reads a joint statement of the ministers. // The allies stay united, reads the statement.",
        // reported speech: what a named person or a pronoun said, three times
        "President departs#Accra, Feb. 20 - The President left after a two-day visit. // Minister Alhaji Mumuni said the visit offered an opportunity. // He said the two leaders discussed trade. // Mumuni said the Presidents agreed to meet again.",
        // a reporter's own voice: officials in the plural, no comment
        "Presidents issue joint statement on Syria#The two presidents approved a joint statement on Syria. // Russian officials said the two had a conversation before the photo. // The White House did not immediately respond to questions about the announcement.",
        // the document as something that was issued, and what it said
        "Prime ministers meet in London#A joint communiqué was issued at the end of the talks. // The two leaders reaffirmed their friendship. // The joint statement said the prime minister also held discussions.",
        // a news agency speaking, and a quotation attributed to it
        "North Korea reports the summit#The North's Korean Central News Agency said the presidents exchanged views. // “The joint statement emphasized dialogue,” the KCNA said.",
        // an agency's account of a communiqué: what the document 'pointed out'
        "Joint communique on the talks#The two sides issued a joint communique at the end of the meeting. // The joint communique pointed out that the ministers held talks. // The communique has pointed to the directives of the leaders."})
    void a_story_about_a_statement(String title, String text) {
        assertThat(StatementReports.isReport(title, paragraphs(text))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the statement itself, in its issuers' voice
        "Final Communique#The Authority of Heads of State held its session in the capital. // The Authority decides to extend the mandate of the mediators.",
        // a news site's repost announcing the full text, whatever it cites
        "Leaders issue communique (Full Statement)#According to the communique, the leaders agreed. // The communique said the next summit is in May.",
        "Bloc issues communique#The bloc issued a communique on Sunday. The following is the full text of the communique. // According to the communique, the leaders agreed. // The communique said so.",
        // one citation alone
        "Joint Statement#The two sides recalled that, according to the joint declaration of 2010, trade would grow. // They agreed to meet again.",
        // an issuer's fact sheet whose agencies reported their own work
        "Fact Sheet: Actions on AI#Federal agencies reported that they completed all actions. // Agencies reported progress, officials said.",
        // an agency's repost that announces the full text, and an agency's dateline alone
        "Joint Communique of the Ministers#Lima (Andina) – The ministers issued a joint communique on July 31. // Following is the full text of the joint communiqué. // The communiqué said the ministers would meet again.",
        "Joint Statement#LIMA, May 2 (Andina) – The two presidents issued a joint statement. // 1. The two sides agreed to deepen cooperation.",
        // a news agency's dateline and one citation: a story or the agency's repost, readers
        // disagree; no story
        "Ministers agree to deepen ties#LIMA, Nov 22 (Andina): The two foreign ministers agreed to deepen cooperation, the spokesperson said in a press release.",
        // a readout: an office under its article says, an issuer's subjects agree and stress
        "PM call with the Chancellor#The Prime Minister spoke to the Chancellor this afternoon. // The Prime Minister said the UK would stand by its allies. // The leaders said they would speak again. // They said the talks were useful. // Ministers stressed the importance of trade.",
        // a ministry's readout in reported speech: what the principals it names as meeting said
        "Wang Yi Holds Talks with Antony Blinken#2023-06-19 // On June 19, Foreign Minister Wang Yi held talks with Secretary of State Antony Blinken in Beijing. // Wang Yi said that relations are at a critical juncture. // He said that the two sides should choose dialogue. // Blinken said that the United States is committed to managing the relationship. // Wang Yi said that China hopes for stability.",
        "Foreign Minister meets counterpart#Foreign Minister Ana Silva met her counterpart Jan Novak in Lisbon on Monday. // Silva said the two countries share values. // Novak said his country supports the initiative. // She said trade should grow.",
        // a statement that recalls an earlier document once
        "Joint Statement#The leaders recalled that the Joint Declaration of 2010 pointed out the way. // The two sides agreed to meet again in May.",
        // a wire's repost: the reporter's lead over the text it announces
        "Joint Statement on the talks#Washington -- The spokesman in a statement issued November 20 said the talks were constructive. // The following joint statement was issued at the conclusion of talks in Rome. // The two sides reviewed issues and agreed to meet again."})
    void no_story(String title, String text) {
        assertThat(StatementReports.isReport(title, paragraphs(text))).isFalse();
    }
}
