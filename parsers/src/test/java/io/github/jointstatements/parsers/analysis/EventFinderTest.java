package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFinderTest {

    private static List<Event> find(Optional<String> title, String... paragraphs) {
        List<Sentence> sentences = SentenceSplitter.split(List.of(paragraphs), 100, 100);
        TimeIndex times = new TimeIndex(sentences, Optional.of(LocalDate.of(2023, 1, 31)));
        References refs = new References(List.of(), Gazetteer.get(), Offices.get());
        return EventFinder.find(sentences, times, Acronyms.find(sentences), refs, Gazetteer.get(),
                Map.of(), title).stream().map(EventFinder.Found::event).toList();
    }

    private static String describe(Event e) {
        return e.kind() + " " + e.name() + " " + e.date().map(Object::toString).orElse("-") + " "
                + e.status() + " " + e.location().orElse("-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They held a defense ministerial meeting on January 31, 2023 in Seoul.|MEETING defense ministerial meeting 2023-01-31 HELD Seoul",
        "As agreed upon during the ROK-U.S. Summit in May 2022, they will act.|SUMMIT ROK-U.S. Summit 2022-05 HELD -",
        "They will hold the Deterrence Strategy Committee Table-top Exercise (DSC TTX) in February.|EXERCISE Deterrence Strategy Committee Table-top Exercise 2023-02 PLANNED -",
        "The recent combined air exercises, conducted in late 2022, demonstrated deterrence.|EXERCISE combined air exercises 2022 HELD -",
        "It was agreed by the leaders at the November 2022 Phnom Penh Summit.|SUMMIT Phnom Penh Summit 2022-11 HELD Phnom Penh",
        "Both agreed to conduct a large-scale combined joint fires demonstration this year.|EXERCISE large-scale combined joint fires demonstration 2023 PLANNED -",
        "They welcomed the UAE's leadership in hosting COP-28 later this year.|CONFERENCE COP-28 2023 PLANNED -",
        "He paid an Official Visit to Thailand from 30-31 May 2013.|VISIT Official Visit to Thailand 2013-05-30 HELD Thailand",
        "The official talks between Thailand and India were held on 30 May 2013.|TALKS official talks between Thailand and India 2013-05-30 HELD -",
        "They noted the launch of the U.S.-China Counternarcotics Working Group on February 3.|MEETING U.S.-China Counternarcotics Working Group 2023-02-03 PLANNED -",
        "Minister Lee held a meeting with the press.|MEETING meeting - HELD -",
        "They recalled his visit to Japan, which deepened ties.|VISIT visit to Japan - HELD Japan",
        "They prepared the Global Summit on Artificial Intelligence Safety, to be held at Bletchley Park.|SUMMIT Global Summit on Artificial Intelligence Safety - PLANNED Bletchley Park",
        "We expect the Ukraine Recovery Conference, which will be held in London in June this year, to succeed.|CONFERENCE Ukraine Recovery Conference 2023-06 PLANNED London",
    })
    void findsEventsWithDateStatusAndPlace(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    @Test
    void findsTheMeetingTheStatementReports() {
        assertThat(find(Optional.empty(),
                "Vice President Kamala Harris met today with Indonesian President Joko Widodo in"
                        + " Jakarta, Indonesia."))
                .extracting(EventFinderTest::describe)
                .containsExactly("MEETING meeting with Indonesian President Joko Widodo 2023-01-31"
                        + " HELD Jakarta");
        assertThat(find(Optional.of("Joint Statement on the Phone Call between A and B"),
                "President Macron and President Biden spoke on January 30."))
                .extracting(EventFinderTest::describe)
                .containsExactly("MEETING Phone Call between A and B 2023-01-30 HELD -");
        assertThat(find(Optional.empty(), "They will meet in Europe at the end of March."))
                .extracting(EventFinderTest::describe)
                .containsExactly("MEETING meeting in Europe 2023-03 PLANNED Europe");
    }

    @Test
    void givesAnEventItsAcronymAndALaterUseItsOwnDate() {
        List<Event> events = find(Optional.empty(),
                "They recalled the 54th Security Consultative Meeting, which set goals.",
                "They will make progress before this year's SCM.");
        assertThat(events).extracting(EventFinderTest::describe).containsExactly(
                "MEETING 54th Security Consultative Meeting - HELD -",
                "MEETING Security Consultative Meeting 2023 PLANNED -");
        assertThat(events).allSatisfy(e -> assertThat(e.acronym()).contains("SCM"));
    }

    @Test
    void mergesMentionsOfOneEvent() {
        List<Event> events = find(Optional.empty(),
                "The topic would be addressed at a future meeting of the Defense Trilateral Talks"
                        + " (DTT).",
                "They agreed to hold Defense Trilateral Talks (DTT) at the earliest opportunity.");
        assertThat(events).extracting(EventFinderTest::describe)
                .containsExactly("TALKS Defense Trilateral Talks - PLANNED -");
    }

    @Test
    void skipsReferencesAndVerbs() {
        assertThat(find(Optional.empty(),
                "This was the fourth meeting between the two leaders.",
                "During the meeting, they discussed the visit.",
                "He invited him to visit the country and to call for proposals.",
                "Any attack will be met with a swift response.",
                "In line with the UN Convention against Transnational Organized Crime, they act.",
                "Today, the White House convened a listening session with experts.")).isEmpty();
    }

    @Test
    void placesAStatementDeliveredAtAnEventOnItsDate() {
        List<Event> events = find(Optional.of("Statement by the Minister at the Extraordinary"
                + " Virtual Summit of the Central European Initiative"),
                "Thank you for preparing this timely summit.");
        assertThat(events).extracting(EventFinderTest::describe).containsExactly(
                "SUMMIT Extraordinary Virtual Summit of the Central European Initiative 2023-01-31"
                        + " HELD -");
    }
}
