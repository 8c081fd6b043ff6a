package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementLocationsTest {

    private static final StatementLocations LOCATIONS = new StatementLocations(Gazetteer.get());

    private static StatementLocations.Decision locate(Optional<String> dateline, String title,
            String opening) {
        Page page = Page.builder()
                .title(title)
                .location(dateline)
                .source(Source.builder().parser("test").build())
                .addParagraphs(opening)
                .build();
        List<Sentence> sentences = SentenceSplitter.split(page.paragraphs(), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        return LOCATIONS.locate(page, sentences, new ArrayList<>());
    }

    @Test
    void theDatelineComesFirstInTitleCase() {
        StatementLocations.Decision d = locate(Optional.of("WASHINGTON"),
                "The Washington Declaration", "The two leaders met in Geneva today.");
        assertThat(d.place()).contains("Washington");
        assertThat(d.rule()).isEqualTo("the page's dateline");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Chinese FM holds phone talks with French counterpart#The Foreign Minister on Friday held a conversation with his counterpart.",
        "#The Foreign Minister and his counterpart had a telephone conversation on Dec. 8.",
        "Foreign Minister Receives Telephone Call from Counterpart#The Minister today received a call from his counterpart.",
    })
    void aCallIsPlacedNowhereWhateverTheWireSDateline(String title, String opening) {
        StatementLocations.Decision d = locate(Optional.of("BEIJING"), title == null ? "" : title,
                opening);
        assertThat(d.place()).isEmpty();
    }

    @Test
    void aMeetingKeepsTheWireSDateline() {
        assertThat(locate(Optional.of("ASTANA"), "",
                "The Minister received the visiting Assistant Secretary of State.").place())
                .contains("Astana");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "On the sidelines of the Council of Foreign Ministers meeting in Dushanbe, Foreign Minister Lee met Foreign Minister Park.#Dushanbe",
        "The Vice Foreign Minister held talks with the Assistant Secretary of State in the city of Langfang near Beijing from Dec. 11 to 12.#Langfang",
        "Foreign Minister Lee met Foreign Minister Park on the sidelines of the Forum to discuss the situation.#Islamabad",
    })
    void theMeetingSPlaceTheOpeningNamesOverTheWireSDateline(String opening, String place) {
        assertThat(locate(Optional.of("ISLAMABAD"), "", opening).place()).contains(place);
    }

    @Test
    void aCityWrittenWithItsWordCityIsTheTableS() {
        assertThat(locate(Optional.empty(), "Foreign Minister meets Mongolian counterpart",
                "The Minister met his counterpart at the United Nations Headquarters in New York City.")
                .place()).contains("New York");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // the place that names the title's document
        "The Washington Declaration#The two presidents signed it.#Washington",
        // the place of the meeting the title names
        "Joint Press Statement following the EU-China Summit in Beijing#The leaders spoke.#Beijing",
        // the first city the opening paragraph places the parties in
        "Joint Statement#The foreign ministers met in Geneva on Monday.#Geneva",
        "Joint Statement#The ministers participated from Jerusalem and Amman.#Jerusalem",
        "Joint Communique#The two sides signed a joint communique in Hanoi.#Hanoi",
        "Joint Communique#The following is the text of the joint communique issued in New Delhi yesterday at the conclusion of the visit.#New Delhi",
        // a place the table lacks, named with its country, at the sentence's end too
        "Joint Statement#The ministers convened the meeting in Ohrid, North Macedonia, on Monday.#Ohrid",
        "Joint Statement#The ministers convened the meeting in Ohrid, North Macedonia.#Ohrid",
        "Joint Statement#The ministers convened the meeting in Siem Reap, Cambodia.#Siem Reap",
        // a host and a council's meeting place the parties
        "Joint Statement#The Secretary hosted the ministers in Edinburgh for the annual talks.#Edinburgh",
        "Communique#The Council held its 24th meeting today in Canberra.#Canberra",
        // the city that names the title's meeting or document, capitalised words before it
        "Astana Declaration of the Heads of State Council#The leaders declare the following.#Astana",
        "Fact Sheet: Quad Leaders Tokyo Summit 2022#The leaders announced new initiatives.#Tokyo",
        "Readout of White House Meeting with Mayors#Officials discussed housing.#-",
        "Message on the Anniversary of the Virginia Declaration of Rights#We honor it.#-",
        // a meeting that was held at or in a place, and members meeting in it
        "Communique#The Twentieth Meeting of the Conference was held at Castries, Saint Lucia on 3 July.#Castries",
        "Communique#The Regular Meeting of the Conference was held at Port-of-Spain, Trinidad and Tobago, from 3-6 July.#Port-of-Spain",
        "Declaration#The member states of the Organization, meeting in Lima at the regular session, today called for calm.#Lima",
        // a place the table lacks, named with its region's abbreviation, right after the verb
        "Joint Communique#The two ministers met in Katoomba, NSW on 19-20 July.#Katoomba",
        // a topic is not where the statement was made
        "Joint Statement on Ukraine#The leaders discussed support for Kyiv.#-",
        "Readout#Officials met with members of the caucus to discuss efforts to address migration in Del Rio, TX.#-",
        // guests' home, a hostage's place and another event's host are no meeting place
        "Readout#The President hosted small business owners from Alabama.#-",
        "Statement#We mourn the hostages held in Gaza and the families who met in grief.#-",
        "Readout#The leaders discussed the initiative hosted in Washington two weeks ago.#-",
    })
    void readsThePlaceFromTheTitleOrTheOpening(String title, String opening, String expected) {
        assertThat(locate(Optional.empty(), title, opening).place().orElse("-"))
                .isEqualTo(expected);
    }

    @Test
    void theSecondParagraphWhenTheFirstIsAHeading() {
        Page page = Page.builder()
                .title("Final Communique")
                .source(Source.builder().parser("test").build())
                .addParagraphs("SIXTIETH ORDINARY SESSION OF THE AUTHORITY 7 July 2022, Accra, Ghana",
                        "The Session of the Authority was held on 7 July 2022 in Accra, Republic of Ghana.")
                .build();
        List<Sentence> sentences = SentenceSplitter.split(page.paragraphs(), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertThat(LOCATIONS.locate(page, sentences, new ArrayList<>()).place()).hasValue("Accra");
    }

    @Test
    void theSecondParagraphWhenTheFirstAnnouncesTheText() {
        Page page = Page.builder()
                .title("Joint Press Release on the High-Level Consultations")
                .source(Source.builder().parser("test").build())
                .addParagraphs("The following is the text of a joint press release by the Ministry"
                                + " of Andoria and the Ministry of Ruritania.",
                        "Deputy Secretary of State Juan Perez and Secretary General Ana Lopez led the"
                                + " first U.S.-EU high-level consultations on the region on December 3"
                                + " in Washington.")
                .build();
        List<Sentence> sentences = SentenceSplitter.split(page.paragraphs(), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertThat(LOCATIONS.locate(page, sentences, new ArrayList<>()).place())
                .hasValue("Washington");
    }

    @Test
    void notTheSecondParagraphAfterASentence() {
        Page page = Page.builder()
                .title("Statement")
                .source(Source.builder().parser("test").build())
                .addParagraphs("The members of the Council condemned the attack.",
                        "The attack that took place in Cairo killed many.")
                .build();
        List<Sentence> sentences = SentenceSplitter.split(page.paragraphs(), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertThat(LOCATIONS.locate(page, sentences, new ArrayList<>()).place()).isEmpty();
    }

    @Test
    void theClosingLineThatSaysWhereItWasDone() {
        Page page = Page.builder()
                .title("Acceptance of the Agreement")
                .source(Source.builder().parser("test").build())
                .addParagraphs("I accept the Agreement on behalf of the United States.",
                        "Done at Oslo this 20th day of January, 2021.", "THE PRESIDENT")
                .build();
        List<Sentence> sentences = SentenceSplitter.split(page.paragraphs(), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertThat(LOCATIONS.locate(page, sentences, new ArrayList<>()).place()).hasValue("Oslo");
    }
}
