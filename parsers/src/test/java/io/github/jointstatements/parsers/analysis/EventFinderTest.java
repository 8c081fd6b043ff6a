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
        "Minister Lee held a meeting with the press.|MEETING meeting 2023-01-31 HELD -",
        "They recalled his visit to Japan, which deepened ties.|VISIT visit to Japan - HELD Japan",
        "They prepared the Global Summit on Artificial Intelligence Safety, to be held at Bletchley Park.|SUMMIT Global Summit on Artificial Intelligence Safety - PLANNED Bletchley Park",
        "We expect the Ukraine Recovery Conference, which will be held in London in June this year, to succeed.|CONFERENCE Ukraine Recovery Conference 2023-06 PLANNED London",
        "The Summit was preceded by the 47th Ordinary Session of the Council of Ministers held in Addis Ababa, Ethiopia, on 28th November 2022.|MEETING 47th Ordinary Session of the Council of Ministers 2022-11-28 HELD Addis Ababa",
        "The 157th session of the Ministerial Council of the Gulf Cooperation Council (GCC) took place on Thursday, January 26, 2023.|MEETING 157th session of the Ministerial Council of the Gulf Cooperation Council 2023-01-26 HELD -",
        "The second standing meeting of Pacific Islands Forum Foreign Ministers was held at the Pacific Islands Forum Secretariat in Suva, Fiji, on 11 January 2023.|MEETING meeting of Pacific Islands Forum Foreign Ministers 2023-01-11 HELD Suva",
        "They welcomed the consultations, which were held under the patronage of the GCC from December 29 to January 7, 2023.|TALKS consultations 2022-12-29 HELD -",
        "The Minister had a working dinner today with Mr Wang Yi, the Foreign Minister of China.|MEETING working dinner 2023-01-31 HELD -",
        "The Defense Minister of Japan is paying a bilateral visit to India at the invitation of the Defence Minister.|VISIT bilateral visit to India 2023-01-31 HELD India",
        "They commended Samoa as the incoming Chair for the 48th Pacific Islands Forum Leaders Meeting.|MEETING 48th Pacific Islands Forum Leaders Meeting - PLANNED -",
        "The President will travel to Brussels on Monday to attend the NATO Summit.|SUMMIT NATO Summit 2023-02-06 PLANNED Brussels",
        "She will travel to Kuala Lumpur, Malaysia on 26 February to attend the 47th ASEAN Summit.|SUMMIT 47th ASEAN Summit 2023-02-26 PLANNED Kuala Lumpur",
        "The third round of the Japan-Korea dialogue on maritime security and fisheries was held on 12 January 2023 in Busan.|TALKS Japan-Korea dialogue 2023-01-12 HELD Busan",
        "On 9-10 January 2023, a meeting of the Ministers of Energy of the Nordic countries was held in the city of Oslo.|MEETING meeting of the Ministers of Energy of the Nordic countries 2023-01-09 HELD Oslo",
        "They will attend the next summit in the city of Nairobi in March 2023.|SUMMIT summit 2023-03 PLANNED Nairobi",
        "The first meeting of the Working Group took place in Kokshetau city on 5 January 2023.|MEETING meeting of the Working Group 2023-01-05 HELD Kokshetau",
        "They gathered on 20 January 2023 for the Third China–Arab States Summit.|SUMMIT Third China–Arab States Summit 2023-01-20 HELD -",
        "The ministers met in Lima, the Republic of Peru, on January 12, 2023, for the fifth ministerial meeting of the Pacific Alliance Council.|MEETING ministerial meeting of the Pacific Alliance Council 2023-01-12 HELD Lima",
        "3. The Ordinary Summit of the Heads of State of the Region met in Kigoma, Tanzania, on 14 January 2023.|SUMMIT Ordinary Summit of the Heads of State of the Region 2023-01-14 HELD Kigoma",
        "The two countries agreed to meet during the second quarter of 2023 to review progress.|MEETING meeting 2023 PLANNED -",
        "It built on the goals set at the December 5, 2022 session in Nairobi.|MEETING session 2022-12-05 HELD Nairobi",
        "On 30 January 2023, on the eve of the Third Summit of the Community, the leaders met.|SUMMIT Third Summit of the Community 2023-01-31 PLANNED -",
    })
    void findsEventsWithDateStatusAndPlace(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    @Test
    void keepsTheBodyAMeetingIsOfOffTheEvents() {
        assertThat(find(Optional.empty(), "The Sixth Ministerial Meeting of the Lancang-Mekong"
                + " Cooperation Dialogue was held in Vientiane on 10 January 2023."))
                .extracting(EventFinderTest::describe)
                .containsExactly("MEETING Sixth Ministerial Meeting of the Lancang-Mekong"
                        + " Cooperation Dialogue 2023-01-10 HELD Vientiane");
        assertThat(find(Optional.empty(), "They marked the 25th anniversary of the Fourth World"
                + " Conference on Women in Beijing on January 20."))
                .extracting(Event::name)
                .contains("Fourth World Conference on Women"); // counted by its own ordinal
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

    /** The meeting a readout reports, whatever its verb; the statement is of 2023-01-31. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Today, President Donald J. Trump held a call with Prime Minister Keir Starmer of the United Kingdom.|MEETING call with Prime Minister Keir Starmer of the United Kingdom 2023-01-31 HELD -",
        "President Biden called Prime Minister Kishida of Japan today to express his condolences.|MEETING call with Prime Minister Kishida of Japan 2023-01-31 HELD -",
        "Yesterday, President Biden spoke to President Volodymyr Zelenskyy of Ukraine.|MEETING call with President Volodymyr Zelenskyy of Ukraine 2023-01-30 HELD -",
        "President Biden welcomed Chancellor Olaf Scholz of Germany to the White House today.|MEETING meeting with Chancellor Olaf Scholz of Germany 2023-01-31 HELD White House",
        "On Saturday, the President received a call from President Emmanuel Macron of France.|MEETING call with President Emmanuel Macron of France 2023-01-28 HELD -",
        "The President hosted Prime Minister Mark Rutte of the Netherlands for a bilateral meeting.|MEETING bilateral meeting with Prime Minister Mark Rutte of the Netherlands 2023-01-31 HELD -",
        "The Minister received the Foreign Minister of Japan in his office.|MEETING meeting with the Foreign Minister of Japan 2023-01-31 HELD -",
        "On Wednesday, the Secretary held his first call with Foreign Minister Penny Wong of Australia.|MEETING call with Foreign Minister Penny Wong of Australia 2023-01-25 HELD -",
        "Yesterday, the two leaders held a warm and productive working meeting at the White House.|MEETING working meeting 2023-01-30 HELD White House",
        "Today, officials participated in the 26th plenary meeting of the Council of Governors.|MEETING 26th plenary meeting of the Council of Governors 2023-01-31 HELD -",
        "Today, the Vice President hosted a roundtable with student leaders.|MEETING roundtable 2023-01-31 HELD -",
        "The President will welcome President Yoon Suk Yeol of the Republic of Korea to the White House on April 26.|MEETING meeting with President Yoon Suk Yeol of the Republic of Korea 2023-04-26 PLANNED White House",
    })
    void findsTheReportedMeetingWhateverItsVerb(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
    }

    /** Events inside phrases: named by what meets, by their date, or by a counterpart. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We will take it forward at the meeting of the U.S.-EU Energy Council on February 7.|MEETING meeting of the U.S.-EU Energy Council 2023-02-07 PLANNED -",
        "The leaders agreed to hold an in-person summit by the end of 2023.|SUMMIT in-person summit 2023 PLANNED -",
        "We look forward to a successful COP 28 in Dubai.|CONFERENCE COP 28 - PLANNED Dubai",
        "They congratulated Canada on hosting a successful G7 Summit in June.|SUMMIT G7 Summit 2022-06 HELD -",
        "President Biden spoke with Canadian Prime Minister Justin Trudeau regarding preparations for the April 22-23 Leaders Summit on Climate.|MEETING call with Canadian Prime Minister Justin Trudeau - HELD -",
        "They recalled the historic U.S.-Africa Leaders Summit in December 2022.|SUMMIT U.S.-Africa Leaders Summit 2022-12 HELD -",
        "The United States will host the Ninth Summit of the Americas in Los Angeles in June.|SUMMIT Ninth Summit of the Americas 2023-06 PLANNED Los Angeles",
        "As part of their work, in their September meeting, the leaders agreed to act.|MEETING meeting 2022-09 HELD -",
        "They recalled their positive January 22 conversation.|MEETING conversation 2023-01-22 HELD -",
        "The President discussed his recent meeting with President Xi Jinping of China.|MEETING meeting with President Xi Jinping of China - HELD -",
        "The Negev Forum Working Groups, which recently brought together experts, met.|MEETING Negev Forum Working Groups - HELD -",
        "In 2021, the President convened the first-ever Summit for Democracy.|SUMMIT first-ever Summit for Democracy 2021 HELD -",
    })
    void findsEventsInsidePhrases(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /** The meeting verbs of readouts beyond "met", and who meets; the statement is of 2023-01-31. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The two sides agreed to resume talks later this month.|TALKS talks 2023-01 PLANNED -",
        "The President hosted President Yoon and Prime Minister Kishida for a trilateral leaders' summit at Camp David.|SUMMIT trilateral leaders' summit with President Yoon and Prime Minister Kishida - HELD Camp David",
        "Today, the ministers of the Five Eyes (Australia, Canada, New Zealand, the United Kingdom and the United States) met virtually.|MEETING meeting of the ministers of the Five Eyes 2023-01-31 HELD -",
        "President Biden met today with President Yoon of Korea and Prime Minister Kishida of Japan.|MEETING meeting with President Yoon of Korea and Prime Minister Kishida of Japan 2023-01-31 HELD -",
        "The leaders met by videoconference on January 30.|MEETING meeting of The leaders 2023-01-30 HELD -",
        "The Heads of State met At the invitation of the Chairperson.|MEETING meeting of The Heads of State 2023-01-31 HELD -",
        "The Council met To review progress.|MEETING meeting of The Council 2023-01-31 HELD -",
        "They will hold the next meeting in Washington.|MEETING meeting - PLANNED Washington",
        "The Committee will convene its second meeting in March.|MEETING meeting 2023-03 PLANNED -",
        "Ministers met on June 22 to review progress.|MEETING meeting of Ministers 2022-06-22 HELD -",
        "The Advisor hosted Foreign Minister Penny Wong of Australia at the White House on January 30 for a meeting of the Strategic Consultative Group.|MEETING meeting with Foreign Minister Penny Wong of Australia 2023-01-30 HELD White House",
    })
    void findsTheMeetingAndWhoMeets(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
    }

    /** A name joined by "and" is one event; two names or a plural joined by "and" are not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They held the U.S.-China Economic and Trade Meeting in Geneva on January 12.|MEETING U.S.-China Economic and Trade Meeting 2023-01-12 HELD Geneva",
        "They look forward to the G7 and NATO Summits in June.|SUMMIT NATO Summits 2023-06 PLANNED -",
        "They met on the margins of the U.S.-EU Summit and NATO Summit in June 2022.|SUMMIT NATO Summit 2022-06 HELD -",
    })
    void joinsANameByAndOnlyWithinOneName(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /** The occasion of a gathering, and the day a clause opens with; of 2023-01-31. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Today, we met for the third in-person Quad Leaders’ Summit, hosted by Prime Minister Albanese.|SUMMIT in-person Quad Leaders’ Summit 2023-01-31 HELD -",
        "We gathered on the occasion of the 11th ASEAN-United States (U.S.) Summit in Jakarta, Indonesia, on 6 September 2022.|SUMMIT 11th ASEAN-United States (U.S.) Summit 2022-09-06 HELD Jakarta",
        "The fourth Ministerial meeting of the Council took place in Luleå, Sweden, on 31 May 2022.|MEETING Ministerial meeting of the Council 2022-05-31 HELD Luleå",
        "The two Presidents met today at the White House during an official visit.|MEETING meeting of The two Presidents 2023-01-31 HELD White House",
        "We, the leaders of Japan, the Philippines, and the United States, met today for the first Summit between our three countries.|SUMMIT Summit between our three countries 2023-01-31 HELD -",
        "Today, she met the Prime Minister on the margins of the Asia-Pacific Economic Cooperation (APEC) Leaders’ Meeting in Bangkok.|MEETING Asia-Pacific Economic Cooperation (APEC) Leaders’ Meeting 2023-01-31 HELD Bangkok",
        "They will conclude the Indo-Pacific Economic Framework for Prosperity (IPEF) negotiations this year.|TALKS negotiations 2023 UNKNOWN -",
        "They recalled the commitment made on January 12 at the Apulia G7 Leaders’ Summit.|SUMMIT Apulia G7 Leaders’ Summit 2023-01-12 HELD Apulia",
        "On this historic occasion of March 12, 2021, the first-ever leader-level summit of the Quad, we pledge to act.|SUMMIT first-ever leader-level summit of the Quad 2021-03-12 HELD -",
        "On March 17, President Joe Biden will host Micheál Martin, Taoiseach of Ireland, for a bilateral meeting at the White House.|MEETING bilateral meeting with Micheál Martin, Taoiseach of Ireland 2023-03-17 PLANNED White House",
        "Today, we commemorate the 81st anniversary of the Battle of the Bulge—the largest battle of the war.|ANNIVERSARY 81st anniversary of the Battle of the Bulge 2023-01-31 HELD -",
        "Today is the anniversary of the Inflation Reduction Act because it means jobs.|ANNIVERSARY anniversary of the Inflation Reduction Act 2023-01-31 HELD -",
        "Today marks the 48th anniversary of the ruling.|ANNIVERSARY 48th anniversary of the ruling 2023-01-31 HELD -",
        "Today, on the 10th Anniversary of DACA, the Administration celebrates Dreamers.|ANNIVERSARY 10th Anniversary of DACA 2023-01-31 HELD -",
        "Today, the Administration is marking the upcoming 30th anniversary of the Act.|ANNIVERSARY 30th anniversary of the Act - PLANNED -",
    })
    void datesAnOccasion(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
    }

    /** What happens on an event's margins happens while it is held. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "President Biden met on Friday, January 27 in Puglia, Italy with Prime Minister Sunak on the margins of the G7 Summit.|SUMMIT G7 Summit 2023-01-27 HELD -",
        "Vice President Harris met today with President Al-Sisi of Egypt on the sidelines of the 28th Conference of the Parties.|CONFERENCE 28th Conference of the Parties 2023-01-31 HELD -",
        "Today marks the six-month anniversary of the Declaration, which 21 leaders endorsed on the margins of the Summit of the Americas.|SUMMIT Summit of the Americas - HELD -",
        "Building on the June 2022 commitment of G7 Leaders, the partners launched the initiative on the margins of COP26.|CONFERENCE COP26 - HELD -",
    })
    void datesWhatHappensOnAnEventsMargins(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /** A named person's trip to a place is a visit; of 2023-01-31. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The President and First Lady will travel to Honolulu, Hawaii on Monday, February 6 to meet with first responders.|VISIT trip to Honolulu 2023-02-06 PLANNED Honolulu",
        "National Security Advisor Jake Sullivan traveled to Jeddah, Saudi Arabia on January 27 to meet with officials.|VISIT trip to Jeddah 2023-01-27 HELD Jeddah",
        "Today, President Biden is traveling to Selma, Alabama to commemorate the day.|VISIT trip to Selma 2023-01-31 HELD Selma",
        "The Vice President is scheduled to travel to Japan in March.|VISIT trip to Japan 2023-03 PLANNED Japan",
    })
    void findsATrip(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    @Test
    void mergesMeetingsWithOneCounterpart() {
        assertThat(find(Optional.empty(),
                "President Biden spoke today with Prime Minister Keir Starmer of the United Kingdom.",
                "During the call with Prime Minister Starmer, the leaders discussed Ukraine."))
                .extracting(EventFinderTest::describe)
                .containsExactly("MEETING call with Prime Minister Keir Starmer of the United"
                        + " Kingdom 2023-01-31 HELD -");
    }

    /** A readout's title names the meeting its text reports without a verb we read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Readout of President Biden’s Call with Prime Minister Ishiba of Japan|President Joseph R. Biden, Jr. called Ishiba Shigeru today to congratulate him on his election.|MEETING Call with Prime Minister Ishiba of Japan 2023-01-31 HELD -",
        "Readout of President Biden’s Participation in the East Asia Summit|President Biden today virtually joined leaders of ASEAN member states during the annual East Asia Summit.|SUMMIT annual East Asia Summit 2023-01-31 HELD -",
        "Readout of the White House Roundtable on Child Care|Yesterday, senior officials heard from parents about the cost of child care.|MEETING White House Roundtable on Child Care 2023-01-30 HELD -",
        "Readout of Oval Office Meeting with Bipartisan Leaders of Congress|Today, President Biden hosted the bipartisan Congressional Leadership for a productive meeting about the economy.|MEETING Oval Office Meeting with Bipartisan Leaders of Congress 2023-01-31 HELD -",
        "Readout of National Security Advisor Jake Sullivan’s Trip to Saudi Arabia|Mr. Sullivan discussed regional matters with senior Saudi officials.|VISIT Trip to Saudi Arabia - HELD -",
    })
    void namesTheMeetingOfAReadoutByItsTitle(String title, String sentence, String expected) {
        assertThat(find(Optional.of(title), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
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

    /**
     * Later mentions that only shorten an event's name, name a bare event by its body's
     * acronym, or name the occasion by a bare noun are the same event; a body's acronym after a
     * session's name is the body's, not the session's.
     */
    @Test
    void mergesShortenedAndBareMentions() {
        assertThat(find(Optional.empty(),
                "The 13th Ordinary Summit of the IGAD Heads of State was held on 29 January 2023"
                        + " in Addis Ababa.",
                "The Ordinary Summit adopted the report."))
                .extracting(EventFinderTest::describe).containsExactly("SUMMIT 13th Ordinary"
                        + " Summit of the IGAD Heads of State 2023-01-29 HELD Addis Ababa");
        assertThat(find(Optional.empty(),
                "On January 4, Moscow hosted the consultations of the member states.",
                "The participants in the CSTO consultations focused on cooperation."))
                .extracting(EventFinderTest::describe).hasSize(1);
        List<Event> session = find(Optional.empty(),
                "The 157th session of the Ministerial Council of the Gulf Cooperation Council"
                        + " (GCC) took place on Thursday, January 26, 2023.",
                "Officials from six states convened for a meeting.");
        assertThat(session).extracting(EventFinderTest::describe).containsExactly("MEETING 157th"
                + " session of the Ministerial Council of the Gulf Cooperation Council 2023-01-26"
                + " HELD -");
        assertThat(session.get(0).acronym()).isEmpty();
        assertThat(find(Optional.empty(),
                "The White House Methane Summit was held on January 26.",
                "Leaders look forward to the next Methane Summit in Paris."))
                .extracting(EventFinderTest::describe).hasSize(2);
    }

    /** Without the statement's date, a dated event's status comes from the tense. */
    @Test
    void statesADatedEventByItsTenseWithoutTheStatementsDate() {
        List<Sentence> sentences = SentenceSplitter.split(List.of("The President paid a State"
                + " visit to Vietnam from January 29-30, 2024."), 100, 100);
        TimeIndex times = new TimeIndex(sentences, Optional.empty());
        References refs = new References(List.of(), Gazetteer.get(), Offices.get());
        assertThat(EventFinder.find(sentences, times, Acronyms.find(sentences), refs,
                Gazetteer.get(), Map.of(), Optional.empty()))
                .extracting(f -> describe(f.event()))
                .containsExactly("VISIT State visit to Vietnam 2024-01-29 HELD Vietnam");
    }

    /** Events in passing: trips and visits, meetings agreed to, visits by a visitor. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Vice President will visit Japan next week.|VISIT visit to Japan 2023-02 PLANNED Japan",
        "In December, Secretary Austin visited Manila.|VISIT visit to Manila 2022-12 HELD Manila",
        "They agreed to meet again in Washington in January 2024.|MEETING meeting in Washington 2024-01 PLANNED Washington",
        "The ministers agreed to meet in person in Seoul in the coming months.|MEETING meeting in Seoul 2023 PLANNED Seoul",
        "They welcomed the upcoming visit by Prime Minister Modi to Washington in June.|VISIT visit by Prime Minister Modi to Washington 2023-06 PLANNED Washington",
        "The two sides held talks on Wednesday in Geneva.|TALKS talks 2023-01-25 HELD Geneva",
        "Following the call on Monday, officials acted.|MEETING call 2023-01-30 HELD -",
        "They recalled the inaugural ministerial dialogue held in Canberra last year.|TALKS inaugural ministerial dialogue 2022 HELD Canberra",
        "They lauded the visit of Pope Francis to Iraq earlier this year.|VISIT visit of Pope Francis to Iraq 2023 HELD Iraq",
        "Both sides welcomed planning for a leader-level call in the coming weeks.|MEETING leader-level call 2023 PLANNED -",
        "The initiative was announced at last year's Summit.|SUMMIT Summit 2022 HELD -",
        "The exercise, held from 22 to 26 June, demonstrated readiness.|EXERCISE exercise 2022-06-22 HELD -",
        "Secretary Blinken will host the U.S.-Japan Economic 2+2 Dialogue in Washington next month.|TALKS U.S.-Japan Economic 2+2 Dialogue 2023-02 PLANNED Washington",
        "They will host the Summit in June.|SUMMIT Summit 2023-06 PLANNED -",
        "They support a successful outcome at this year's Climate Leaders' Summit on April 22 hosted by the United States.|SUMMIT Climate Leaders' Summit 2023-04-22 PLANNED -",
        "The leaders agreed to re-start the High Level Economic Dialogue.|TALKS High Level Economic Dialogue - PLANNED -",
        "They reflected on their first meeting in November 2021 in Paris.|MEETING meeting 2021-11 HELD Paris",
        "President Biden invited President Lula to visit Washington in early February.|VISIT visit to Washington 2023-02 PLANNED Washington",
        "Has the U.S. proposed a meeting between the two leaders?|MEETING meeting between the two leaders - PLANNED -",
    })
    void findsEventsMentionedInPassing(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
    }

    /** What is no event: a place the object of "visit" only modifies, "meet" as "satisfy". */
    @Test
    void skipsWhatOnlyLooksLikeAnEventInPassing() {
        assertThat(find(Optional.empty(),
                "Those who visit Japan should take care.",
                "We hope all who visit the White House in the coming days take a moment.",
                "In September 2021, the Roundtable released its report.",
                "They reviewed the 2020 Election.",
                "They directed their ministers to meet in a 2+2 Ministerial format.",
                "Although Elections matter, they act.",
                "The President will visit the Wisconsin Black Chamber of Commerce.",
                "The funds help Ukraine meet the critical needs of its citizens.",
                "The ministers agreed to meet regularly.",
                "They decided to meet the needs of refugees.")).isEmpty();
        assertThat(find(Optional.empty(),
                "The leaders committed to meet again at the upcoming G7 Summit in Italy."))
                .extracting(EventFinderTest::describe)
                .containsExactly("SUMMIT G7 Summit - PLANNED Italy");
        assertThat(find(Optional.empty(),
                "We prepare to celebrate the 250th anniversary of the signing of the Declaration"
                        + " of Independence next year."))
                .extracting(EventFinderTest::describe).containsExactly("ANNIVERSARY 250th"
                        + " anniversary of the signing of the Declaration of Independence 2024"
                        + " PLANNED -");
    }

    @Test
    void skipsReferencesAndVerbs() {
        assertThat(find(Optional.empty(),
                "This was the fourth meeting between the two leaders.",
                "During the meeting, they discussed the visit.",
                "He invited him to visit the country and to call for proposals.",
                "Any attack will be met with a swift response.",
                "In line with the UN Convention against Transnational Organized Crime, they act.",
                "Today, the White House convened experts to discuss the session's outcome.",
                "Also, finally, to help survivors — and I've talked about this — register.",
                "The Vice President welcomed the announcement by Prime Minister Kishida.",
                "The President called for restraint and called on President Putin's government"
                        + " to act.",
                "In July 2022, the Vice President made a call to action to states.",
                "He chairs the Interagency Working Group on Safety.",
                "They held wide-ranging discussions on regional issues.",
                "While Congress considers the proposals, the President acts.",
                "Americans who travel to Mexico should take care.",
                "In 2022, over 330,000 Peruvians traveled to the United States.",
                "They discussed visa-free travel to Belarus and the freedom to travel to Japan.",
                "We are working through the Pacific Islands Forum and the Cyber Dialogue.",
                "They called for free and fair elections.",
                "Companies should not hold mandatory captive audience meetings.",
                "They stressed the need for effective dialogue between the European Union and"
                        + " China.",
                "Partners attended the opening session and made statements.")).isEmpty();
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
    /** A standing body that a conference or forum noun ends is no event; of 2023-01-31. */
    @Test
    void skipsBodiesNamedLikeEvents() {
        assertThat(find(Optional.empty(),
                "The leaders reaffirmed their support for the Pacific Islands Forum.",
                "The President spoke to the U.S. Conference of Mayors about housing.",
                "She was named a Young Global Leader by the World Economic Forum.",
                "He served on the board of the National Conference of State Legislatures."))
                .isEmpty();
    }

    /** A body's name still names an event where the text places a meeting at it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Minister met his counterpart on the sidelines of the ASEAN Regional Forum in Phnom Penh.|CONFERENCE ASEAN Regional Forum - HELD Phnom Penh",
        "The President will reconvene the Major Economies Forum in April.|CONFERENCE Major Economies Forum 2023-04 PLANNED -",
        "They met at the Fifteenth Conference of Parties in Montreal last month.|CONFERENCE Fifteenth Conference of Parties 2022-12 HELD Montreal",
    })
    void keepsABodysMeeting(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /** A plural of habit is no occasion: "regular consultations", "further talks". */
    @Test
    void skipsHabitsOfMeeting() {
        assertThat(find(Optional.empty(),
                "The two sides agreed to hold regular consultations on regional issues.",
                "They will hold further talks on trade.",
                "The ministers intend to hold periodic meetings in each capital."))
                .isEmpty();
        assertThat(find(Optional.empty(), "The two sides will resume talks later this week."))
                .extracting(EventFinderTest::describe)
                .containsExactly("TALKS talks 2023-01 PLANNED -");
    }

    /** Readouts of other issuers: verbs, nouns and dates beyond "met"; of 2023-01-31. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Minister held talks with his Indian counterpart in New Delhi on Monday.|TALKS talks 2023-01-30 HELD New Delhi",
        "The Minister paid a courtesy call on the Prime Minister of Japan on 27 January.|MEETING courtesy call 2023-01-27 HELD -",
        "The President held a video conference with European leaders on Monday.|MEETING video conference 2023-01-30 HELD -",
        "The Prime Minister had a bilateral meeting with President Ramaphosa in Johannesburg.|MEETING bilateral meeting with President Ramaphosa - HELD Johannesburg",
        "The summit is scheduled for 15 March in Paris.|SUMMIT summit 2023-03-15 PLANNED Paris",
        "The President will host the United We Stand Summit on February 2.|SUMMIT United We Stand Summit 2023-02-02 PLANNED -",
        "On January 30, the Minister held a telephone talk with Foreign Minister Penny Wong of Australia.|MEETING telephone talk with Foreign Minister Penny Wong of Australia 2023-01-30 HELD -",
        "The Prime Minister met German Chancellor Olaf Scholz in Berlin today.|MEETING meeting with German Chancellor Olaf Scholz 2023-01-31 HELD Berlin",
        "The ministers held the ninth 2+2 Consultations by video conference on 30 January.|TALKS 2+2 Consultations 2023-01-30 HELD -",
        "The ministers held talks on the sidelines of the General Assembly in New York on Thursday.|TALKS talks 2023-01-26 HELD New York",
        "The meeting was held via videoconference on 19 January.|MEETING meeting 2023-01-19 HELD -",
        "The Joint Working Group held its third meeting on 12 January in Seoul.|MEETING meeting 2023-01-12 HELD Seoul",
        "The 75th anniversary of diplomatic relations will be celebrated in November.|ANNIVERSARY 75th anniversary of diplomatic relations 2023-11 PLANNED -",
        "The two Ministers met on 30 January on the sidelines of the ASEAN Foreign Ministers' Retreat.|MEETING meeting of The two Ministers 2023-01-30 HELD -",
    })
    void readsTheReadoutsOfOtherIssuers(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /** "Ahead of" and "preparations for" an event place it to come. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ministers spoke ahead of the G7 Summit.|SUMMIT G7 Summit - PLANNED -",
        "They discussed preparations for the NATO Summit in Vilnius.|SUMMIT NATO Summit - PLANNED Vilnius",
        "The President spoke today with the Chancellor in advance of the G20 Summit in Bali.|SUMMIT G20 Summit - PLANNED Bali",
        "They recalled the 12th Ministerial Conference, looking ahead to work on reform.|CONFERENCE 12th Ministerial Conference - HELD -",
    })
    void placesAnEventToComeAheadOfIt(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /** What "meet" and "spoke" also say: needs met, a subject that is no party, a topic. */
    @Test
    void skipsMeetingVerbsThatReportNoMeeting() {
        assertThat(find(Optional.empty(),
                "The tax credit helps families make ends meet.",
                "He spoke of renewal and hope.",
                "She met every challenge and hardship.",
                "The Participants intend to review the work annually or may meet as needed.",
                "They bought a house for a weekend retreat in 2002."))
                .isEmpty();
        assertThat(find(Optional.empty(), "They welcomed the East Asia Summit 2025 Declaration."))
                .extracting(EventFinderTest::describe)
                .containsExactly("SUMMIT East Asia Summit - HELD -");
    }
    /** Names of their own after an exercise noun; names that go on past the noun are no event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They welcomed the co-hosting of Exercise Flintlock earlier this month.|EXERCISE Exercise Flintlock 2023-01 HELD -",
        "The exercise Talisman Sabre 2023 will take place in July.|EXERCISE exercise Talisman Sabre 2023 2023-07 PLANNED -",
        "The annual naval exercise was conducted off the coast of Guam in November 2022.|EXERCISE annual naval exercise 2022-11 HELD -",
    })
    void namesAnExerciseByItsOwnName(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
    }

    @Test
    void skipsNamesThatGoOnPastTheEventNoun() {
        assertThat(find(Optional.empty(),
                "They released the Tabletop Exercise Packages last year.",
                "The Department will open its Manufacturing Demonstration Facility to firms.",
                "They recalled the 2014 Wales Summit Defense Investment Pledge."))
                .isEmpty();
    }

    /**
     * Readouts nobody tuned on (session 10): calls by any of their names, a subject set off from
     * its verb by asides, a summit meeting; the statement is of 2023-01-31.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Prime Minister today received telephone calls from the President of Korea and the President of Zimbabwe.|MEETING telephone calls 2023-01-31 HELD -",
        "President Ali this afternoon held talks via telephone with the President of Ghana.|MEETING talks 2023-01-31 HELD -",
        "King Abdullah, accompanied by Crown Prince Al Hussein, in Riyadh on Monday, met with Saudi Crown Prince Mohammed bin Salman.|MEETING meeting with Saudi Crown Prince Mohammed bin Salman 2023-01-30 HELD Riyadh",
        "On January 30, Prime Minister Abe held a summit meeting with Prime Minister Netanyahu.|SUMMIT summit meeting with Prime Minister Netanyahu 2023-01-30 HELD -",
    })
    void findsCallsAndMeetingsOfOtherReadouts(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /**
     * A meeting, call or talks a dated readout (one that reports its own meeting) reports as
     * held, with no time in its sentence, took place on the statement's day; one the sentence recalls did not, and a date later in
     * the sentence that belongs to another event is not the meeting's. Of 2023-01-31.
     */
    @Test
    void datesTheReportedMeetingByTheStatementsDay() {
        assertThat(find(Optional.empty(), "The Secretary General met with the Secretary of"
                + " State in Washington.", "In a phone call with the President of Afghanistan,"
                + " the Secretary General encouraged the President to take all necessary steps."))
                .extracting(EventFinderTest::describe)
                .contains("MEETING phone call with the President of Afghanistan"
                        + " 2023-01-31 HELD -");
        assertThat(find(Optional.empty(), "In a phone call with the President of Afghanistan,"
                + " the Secretary General encouraged the President to take all necessary steps."))
                .extracting(Event::date).allMatch(Optional::isEmpty); // no meeting reported
        assertThat(find(Optional.empty(), "They recalled their meeting with the President of"
                + " Afghanistan in Kabul.")).extracting(Event::date)
                .allMatch(Optional::isEmpty);
        assertThat(find(Optional.empty(), "They reflected on the Trilateral Defence Ministers'"
                + " Meeting where the Ministers affirmed their alignment."))
                .extracting(Event::date).allMatch(Optional::isEmpty);
        assertThat(find(Optional.empty(), "The Secretary General met in Washington with the"
                + " Secretary of State to discuss the upcoming summit scheduled for 20 - 21 May"
                + " in Chicago.")).extracting(EventFinderTest::describe)
                .contains("SUMMIT summit 2023-05-20 PLANNED Chicago")
                .noneMatch(d -> d.startsWith("MEETING") && d.contains("-05-"));
    }

    /** Talks named as a topic, and a named event after "this", are no events of their own. */
    @Test
    void keepsTopicsAndReferencesOffTheEvents() {
        assertThat(find(Optional.empty(), "They agreed on the importance of initiating direct"
                + " talks between Russia and Ukraine.")).isEmpty();
        assertThat(find(Optional.empty(), "The Prime Minister met the President at the G20"
                + " Antalya Summit on January 15.", "The atmosphere at this G20 summit differs.")
                ).extracting(Event::name).containsOnlyOnce("G20 Antalya Summit")
                .doesNotContain("G20 summit");
    }

    /**
     * One occasion told twice is one event: the meeting a host welcomed a guest for, and a later
     * "his meeting with" the host; a banquet in the guest's honour is part of the visit; a
     * session "at the Summit Level" is a summit, planned when the meeting prepares it.
     */
    @Test
    void countsOneOccasionOnceAndKnowsASummitLevelSession() {
        assertThat(find(Optional.empty(), "The Prime Minister of Canada welcomed the Prime"
                + " Minister of Norway to Ottawa for the annual Canada-Norway Leaders' Meeting on"
                + " 30 January 2023.", "The Prime Minister of Norway thanked his host for his"
                + " meeting with the Prime Minister of Canada.", "The King attended a banquet"
                + " hosted by the Prime Minister in his honour."))
                .extracting(EventFinderTest::describe)
                .containsExactly("MEETING annual Canada-Norway Leaders' Meeting 2023-01-30 HELD"
                        + " Ottawa");
        assertThat(find(Optional.empty(), "The Leaders discussed preparations for the 32nd"
                + " Ordinary Session of the Council of the League of Arab States at the Summit"
                + " Level in Riyadh next month.")).extracting(EventFinderTest::describe)
                .containsExactly("SUMMIT 32nd Ordinary Session of the Council of the League of"
                        + " Arab States at the Summit Level 2023-02 PLANNED Riyadh");
        assertThat(find(Optional.empty(), "The leaders met on 30 January 2023 on the sidelines"
                + " of the ASEAN Foreign Ministers' Meeting.", "The Minister also held a meeting"
                + " with the Foreign Minister of Japan on the sidelines."))
                .extracting(Event::name).contains("ASEAN Foreign Ministers' Meeting",
                        "meeting with the Foreign Minister of Japan"); // another meeting
        assertThat(find(Optional.empty(), "In Paris, the Advisor will meet with his French"
                + " counterpart Emmanuel Bonne in March, including preparations for the Leaders'"
                + " Meeting in March.")).hasSize(2); // a meeting to prepare another
    }

    /** Clauses around an event that place it: of 2023-01-31. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks, which took place in Geneva, were constructive.|TALKS talks - HELD Geneva",
        "The visit by the Prime Minister to Kenya last week was a success.|VISIT visit by the Prime Minister to Kenya 2023-01 HELD Kenya",
        "The G7 Foreign Ministers' Meeting in Karuizawa from 16 to 18 April will address these issues.|MEETING G7 Foreign Ministers' Meeting 2023-04-16 PLANNED -",
        "The President highlighted the G7 Summit and looks forward to the G20 Summit in September.|SUMMIT G20 Summit 2023-09 PLANNED -",
        "The Summit, held on 14 January, adopted a declaration.|SUMMIT Summit 2023-01-14 HELD -",
        "On 20 January, the first meeting of the Joint Committee was held in Hanoi.|MEETING meeting of the Joint Committee 2023-01-20 HELD Hanoi",
        "The next meeting of the Joint Committee is expected to take place in Tokyo in the first half of 2023.|MEETING meeting of the Joint Committee 2023 PLANNED Tokyo",
        "The summit will be held between 3 and 5 March in Hanoi.|SUMMIT summit 2023-03-03 PLANNED Hanoi",
    })
    void placesAnEventByTheClausesAroundIt(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .contains(expected);
    }

    /** A bare weekday of an event to come is the next one; the parties' own dated one past. */
    @Test
    void datesAWeekdayAndAnOwnedDateByContext() {
        assertThat(find(Optional.empty(),
                "The leaders looked forward to the UK-France Summit in Paris on Friday."))
                .extracting(EventFinderTest::describe)
                .containsExactly("SUMMIT UK-France Summit 2023-02-03 PLANNED Paris");
        assertThat(find(Optional.empty(),
                "They discussed their January 22 conversation and the upcoming visit of the"
                        + " President to Washington."))
                .extracting(EventFinderTest::describe)
                .contains("MEETING conversation 2023-01-22 HELD -");
    }
    /** "The meeting" after the statement's own is that meeting again, not another. */
    @Test
    void skipsTheReportedMeetingNamedAgain() {
        assertThat(find(Optional.empty(),
                "The Minister held a bilateral meeting with Foreign Minister Penny Wong of"
                        + " Australia on January 30.",
                "He said he was pleased to hold the meeting.",
                "The Deputy Minister also joined the meeting."))
                .extracting(EventFinderTest::describe)
                .containsExactly("MEETING bilateral meeting with Foreign Minister Penny Wong of"
                        + " Australia 2023-01-30 HELD -");
    }
    /** The event a statement's title says it was made at, when the text reports no meeting. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Joint Statement of the Fifth Japan-Philippines Foreign and Defense Ministerial Meeting|The Ministers welcomed the progress made since the last meeting.|MEETING Fifth Japan-Philippines Foreign and Defense Ministerial Meeting 2023-01-31 HELD -",
        "Chair's Statement of the 56th ASEAN Foreign Ministers' Meeting|We, the Foreign Ministers of ASEAN, met in Jakarta, Indonesia, on 11 January 2023.|MEETING 56th ASEAN Foreign Ministers' Meeting 2023-01-11 HELD Jakarta",
        "Joint Statement: U.S.-Mexico High-Level Security Dialogue|The two nations face shared challenges.|TALKS U.S.-Mexico High-Level Security Dialogue 2023-01-31 HELD -",
    })
    void findsTheEventATitleSaysTheStatementWasMadeAt(String title, String sentence,
            String expected) {
        assertThat(find(Optional.of(title), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
    }

    @Test
    void readsNoOccasionFromATitleOnATopic() {
        assertThat(find(Optional.of("Statement from President Joe Biden On the Bipartisan Senate"
                + " Border Security Negotiations"), "The border has been broken.")).isEmpty();
        assertThat(find(Optional.of("Joint Statement of Canada, Mexico, and the United States"
                + " Following the Second Trilateral Fentanyl Committee Meeting"),
                "The partners agreed to act.")).isEmpty();
    }
    /** "Met in a place on a day for" a named gathering: that gathering is the one event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We, the Foreign Ministers of ASEAN, met in Jakarta, Indonesia, on 11 January 2023 for the 56th ASEAN Foreign Ministers' Meeting.|MEETING 56th ASEAN Foreign Ministers' Meeting 2023-01-11 HELD Jakarta",
        "We, the Leaders of the G7, met in Hiroshima on 19-21 May 2022 for the G7 Summit.|SUMMIT G7 Summit 2022-05-19 HELD Hiroshima",
    })
    void readsTheGatheringTheyMetFor(String sentence, String expected) {
        assertThat(find(Optional.empty(), sentence)).extracting(EventFinderTest::describe)
                .containsExactly(expected);
    }
}
