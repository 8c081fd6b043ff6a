package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonFinderTest {

    private static final PersonFinder FINDER = new PersonFinder(Gazetteer.get(), Offices.get());

    private static List<String> found(String text) {
        return FINDER.find(text).stream().filter(PersonMention::named)
                .map(m -> m.name() + " | " + m.role().orElse("-") + " | "
                        + m.country().orElse("-"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "ROK Minister of National Defense Lee Jong-Sup held a meeting.#Lee Jong-Sup | Minister of National Defense | KR",
        "U.S. Secretary of Defense Lloyd J. Austin III held a meeting.#Lloyd J. Austin III | Secretary of Defense | US",
        "German Minister of Defense Ursula von der Leyen spoke.#Ursula von der Leyen | Minister of Defense | DE",
        "the Prime Minister of the Kingdom of Thailand, H.E. Ms. Yingluck Shinawatra, paid a visit.#Yingluck Shinawatra | Prime Minister | TH",
        "The Prime Minister met the Prime Minister of Canada Mark Carney this morning.#Mark Carney | Prime Minister | CA",
        "President Emmanuel Macron of the French Republic spoke.#Emmanuel Macron | President | FR",
        "with H.E. Sheikh Nasser bin Hamad Al Khalifa of Bahrain joining#Nasser bin Hamad Al Khalifa | - | BH",
        "Vice President Kamala Harris met today with Indonesian President Joko Widodo.#Kamala Harris | Vice President | -",
        "Norwegian Minister of Trade and Industry Jan Christian Vestre signaled intent.#Jan Christian Vestre | Minister of Trade and Industry | NO",
        "Statement by Minister of Foreign Affairs of the Republic of Belarus, V.Makei, at the Summit#V.Makei | Minister of Foreign Affairs | BY",
        "Austin met with his UK counterpart, Secretary of State for Defence, John Healey, today.#John Healey | Secretary of State for Defence | GB",
        // an office in lower case after the name, as some ministries write it
        "They met Jan Doe, minister of Foreign Affairs of the ROK, in Seoul.#Jan Doe | Minister of Foreign Affairs | KR",
        "They met Dr. Jan Doe, minister of Foreign Affairs of the ROK, in Seoul.#Jan Doe | Minister of Foreign Affairs | KR",
        // the office's other name in parentheses before its country
        "He met Secretary of National Defence (Defence Minister) of the Philippines, Jan Doe, today.#Jan Doe | Secretary of National Defence | PH",
        // a name, then its office set off by commas
        "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk.#MOTEGI Toshimitsu | Minister for Foreign Affairs | JP",
        "H.E. Mr. Makhdoom Shah Mahmood Qureshi, Foreign Minister of the Islamic Republic of Pakistan.#Makhdoom Shah Mahmood Qureshi | Foreign Minister | PK",
        // British courtesy titles without a period, between an office and a name
        "The Minister of Foreign Affairs of the Republic of Cyprus, Mr Ioannis Kasoulides, met.#Ioannis Kasoulides | Minister of Foreign Affairs | CY",
        // a name, then its office set off by a comma, as ministries of many countries write it
        "The Honourable Jane Roe, Minister of International Trade, met exporters.#Jane Roe | Minister of International Trade | -",
        "Kim Ha-neul, Minister of Foreign Affairs, arrived.#Kim Ha-neul | Minister of Foreign Affairs | -",
        "Maria Rossi, the Republic of Korea’s Minister of Foreign Affairs, arrived.#Maria Rossi | Minister of Foreign Affairs | KR",
        "Sam Lee, Deputy Prime Minister and Minister for Trade of Australia, spoke.#Sam Lee | Deputy Prime Minister and Minister for Trade | AU",
        "Ana Silva, Deputy Prime Minister, Minister for Foreign Affairs of Portugal, chaired it.#Ana Silva | Deputy Prime Minister, Minister for Foreign Affairs | PT",
        "The Minister met John Brown, Director of Policy, on Monday.#John Brown | Director of Policy | -",
        // offices joined by "and" after a country's possessive; words in lower case after "the"
        "They met Jane Roe, Australia’s Minister for Trade and Minister for Tourism.#Jane Roe | Minister for Trade and Minister for Tourism | AU",
        "The Honourable Jane Roe, the recently appointed Minister of Foreign Affairs, spoke.#Jane Roe | Minister of Foreign Affairs | -",
        "They spoke with Paul Dupont, France’s Minister for Europe and Foreign Affairs (in Paris).#Paul Dupont | Minister for Europe and Foreign Affairs | FR",
        // "H.E" without its last period
        "The Minister of Foreign Affairs of Cyprus, H.E Jane Roe, met them.#Jane Roe | Minister of Foreign Affairs | CY",
        // letters after the name, before its office
        "the Hon John Stone MP, Deputy Prime Minister and Minister for Defence, met them.#John Stone | Deputy Prime Minister and Minister for Defence | -",
        // a style before the name gives way to the office after it
        "Senator the Hon Mary Smith, Minister for Foreign Affairs, met him.#Mary Smith | Minister for Foreign Affairs | -",
        // "Under" opens only "Under Secretary"
        "Under Secretary of State Ann Lee traveled.#Ann Lee | Under Secretary of State | -",
        "Under President Smith’s leadership, exports grew.#Smith | President | -",
        // a country written before the office, past the abbreviation the text defines for it
        "Republic of Korea (ROK) Vice Minister Han Min-ho chaired the talks.#Han Min-ho | Vice Minister | KR",
        "Federated States of Micronesia (FSM) Foreign Minister Ana Roe spoke.#Ana Roe | Foreign Minister | FM",
    })
    void findsTheFirstPersonWithOfficeAndCountry(String text, String expected) {
        assertThat(found(text)).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // honorifics between an office and its holder
        "The President of the United States of America, The Honorable Donald J. Trump hosted the Prime Minister of India, Shri Narendra Modi.#Donald J. Trump | President | US; Narendra Modi | Prime Minister | IN",
        // a family name in capitals before the given name
        "Prime Minister of Japan KISHIDA Fumio welcomed the President.#KISHIDA Fumio | Prime Minister | JP",
        "Japanese Minister of Defense KONO Taro, and U.S. Secretary of Defense Mark Esper convened.#KONO Taro | Minister of Defense | JP; Mark Esper | Secretary of Defense | US",
        // a possessive country before the office
        "Mexico’s Secretary of Security Rosa Icela Rodriguez hosted the meeting.#Rosa Icela Rodriguez | Secretary of Security | MX",
        // a country's name after an initial is a surname; particles of Portuguese names
        "Deputy Attorney General Lisa O. Monaco led it.#Lisa O. Monaco | Deputy Attorney General | -",
        "He met Prime Minister Ulisses Correia e Silva of the Republic of Cabo Verde in Sal.#Ulisses Correia e Silva | Prime Minister | CV",
        // an office that names its own holder or country does not join the next one
        "General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong and President of the United States Joseph R. Biden Jr. met.#Joseph R. Biden Jr. | President | US",
        "He met Jordanian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi.#Ayman Safadi | Deputy Prime Minister and Minister of Foreign Affairs and Expatriates | JO",
        // a plural office and the names of its holders
        "Presidents Biden and Lula launched the Partnership.#Biden | President | -; Lula | President | -",
        "National Security Advisors Sullivan, Shin, and Akiba met in Seoul.#Sullivan | National Security Advisor | -; Shin | National Security Advisor | -; Akiba | National Security Advisor | -",
        "The Presidents recognize the importance of collaboration.#",
        // a plural office listed by country, a name after each
        "The Presidents of the Federative Republic of Brazil, Ana Roe; of the Republic of Paraguay, Jan Doe; of the Oriental Republic of Uruguay, Luis Poe, gathered in Asunción.#Ana Roe | President | BR; Jan Doe | President | PY; Luis Poe | President | UY",
        // a name set off by honorifics and commas, its office ending the subject before the verb
        "At the invitation of His Excellency, Cde, Ana Roe, President of the Republic of South Africa, His Excellency, Cde, Jan Doe, President of the Republic of Zimbabwe paid a State Visit.#Ana Roe | President | ZA; Jan Doe | President | ZW",
        "The Prime Minister of the People's Republic of Bangladesh, Her Excellency Begum Ana Roe; the President of the Republic of Maldives, His Excellency Mr. Jan Doe, met in Kathmandu.#Ana Roe | Prime Minister | BD; Jan Doe | President | MV",
        // honorifics of the Westminster style before each name of a plural office
        "Joint Statement by Prime Ministers Hon Tony Abbott and Rt Hon John Key#Tony Abbott | Prime Minister | -; John Key | Prime Minister | -",
        // a name ends where a Title Case headline goes on: its verb, a number, a body
        "Statement by President Joe Biden Marking Four Years Since the Attack#Joe Biden | President | -",
        "General Secretary Nguyen Phu Trong Announce the Partnership#Nguyen Phu Trong | General Secretary | -",
        "First Lady Melania Trump Launches Nationwide Presidential AI Challenge#Melania Trump | First Lady | -",
        // the verb in the form that follows two subjects
        "President Biden and Prime Minister Modi Host Leaders on the Partnership#Biden | President | -; Modi | Prime Minister | -",
        "President Joseph R. Biden and President Prabowo Subianto Commemorate 75 Years#Joseph R. Biden | President | -; Prabowo Subianto | President | -",
        "Statement by Prime Minister Anthony Albanese and Prime Minister Narendra Modi Mourning Former Leaders#Anthony Albanese | Prime Minister | -; Narendra Modi | Prime Minister | -",
        "Statement by the President Three Years After the Shooting#",
        "He served as President of the Biden Foundation until 2019.#",
        // a royal style between an office and the name
        "Defense Minister Prince Khalid bin Salman Al Saud met him.#Khalid bin Salman Al Saud | Defense Minister | -",
        // two offices joined by \"and\" without a comma: the second is whole
        "Assistant to the President and National Security Advisor Jake Sullivan convened it.#Jake Sullivan | National Security Advisor | -",
        // a person named only as the one whose office follows is not named as a person
        "President Smith’s Special Advisor for Climate John Brown travelled.#John Brown | Special Advisor for Climate | -",
        // the institution an office serves, after its comma, is nobody's name
        "He met the Deputy Secretary, Department of Commerce; and the Administrator, National Aeronautics and Space Administration.#",
        // offices run on by commas; the last before the next name set off by a comma
        "Tom Perez, Assistant to the President, and Director of the Office of Intergovernmental Affairs, Jane Roe, Staff Secretary, met them.#Tom Perez | Assistant to the President, and Director of the Office of Intergovernmental Affairs | -; Jane Roe | Staff Secretary | -",
        // the persons listed after a country's counterparts are of that country
        "They met their Indonesian counterparts, Foreign Minister Siti Rahma and Defence Minister Budi Santoso, in Canberra.#Siti Rahma | Foreign Minister | ID; Budi Santoso | Defence Minister | ID",
        // a heading before a comma is no name; nor is a name whose office runs on
        "Joint Press Release, Minister of Foreign Affairs of Cyprus#",
        "Jane Roe, Minister of Foreign Affairs of Cyprus and John Doe met.#",
    })
    void findsEveryPersonNamed(String text, String expected) {
        assertThat(String.join("; ", found(text))).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void keepsOfficesOfAListApart() {
        List<String> offices = FINDER.find("We, the President of France, Chancellor of Germany,"
                + " Prime Minister of the United Kingdom, and President of the United States, met"
                + " in Rome.").stream().map(m -> m.role().orElse("-") + " | "
                + m.country().orElse("-")).toList();
        assertThat(offices).containsExactly("President | FR", "Chancellor | DE",
                "Prime Minister | GB", "President | US");
    }

    @Test
    void joinsOfficesJoinedByAndIntoOneRole() {
        assertThat(found("a Meeting with Chinese Communist Party Politburo Member, Director of the"
                + " Office of the Foreign Affairs Commission, and Foreign Minister Wang Yi"))
                .containsExactly("Wang Yi | Communist Party Politburo Member, Director of the"
                        + " Office of the Foreign Affairs Commission, and Foreign Minister | CN");
    }

    @Test
    void keepsPersonsOfAListApart() {
        assertThat(found("Australian Minister for Defense Marise Payne, French Minister of Defense"
                + " Jean-Yves Le Drian; and American Secretary of Defense Ash Carter led."))
                .containsExactly("Marise Payne | Minister for Defense | AU",
                        "Jean-Yves Le Drian | Minister of Defense | FR",
                        "Ash Carter | Secretary of Defense | US");
        assertThat(found("Mr. Sullivan and Director Wang Yi recognized progress."))
                .containsExactly("Wang Yi | Director | -");
    }

    @Test
    void namesAnOfficeAloneWithoutAPerson() {
        List<PersonMention> mentions = FINDER.find("The Prime Minister met the press.");
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).named()).isFalse();
        assertThat(mentions.get(0).role()).contains("Prime Minister");
    }

    @Test
    void findsNoPersonInOrdinaryText() {
        assertThat(found("The two leaders agreed to expand combined exercises this year.")).isEmpty();
        assertThat(found("")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // an office between two names set off by commas is the first name's, when the second
        // has honorifics of its own
        "At the invitation of H.E. Ama Owusu, President of the Republic of Ghana, H.E. Kofi Mensah, President of the Togolese Republic, paid a visit.#Ama Owusu | President | GH; Kofi Mensah | President | TG",
        // portfolios that name regions; an office of an organisation's own office holder
        "The meeting, chaired by Jane Roe, Special Presidential Coordinator for Global Infrastructure, and John Doe, Head of Cabinet of the European Commission President, reviewed progress.#Jane Roe | Special Presidential Coordinator for Global Infrastructure | -; John Doe | Head of Cabinet of the President | -",
        "U.S. Assistant Secretary of Defense for Indo-Pacific Security Affairs Ann Lee met them.#Ann Lee | Assistant Secretary of Defense for Indo-Pacific Security Affairs | US",
        "They met Acting Assistant Secretary of State for Near Eastern Affairs Tom Brown.#Tom Brown | Acting Assistant Secretary of State for Near Eastern Affairs | -",
        // a name whose first word is also a city
        "Japan Director General for Defense Policy Kano Koji convened the talks.#Kano Koji | Director General for Defense Policy | JP",
        "South African National Security Advisor Sydney Mufamadi spoke with him.#Sydney Mufamadi | National Security Advisor | ZA",
        // one name after honorifics introduces a person when their office is set off after it
        "H.E. Mr. Adeyemi, Minister of Foreign Affairs of Nigeria, received him.#Adeyemi | Minister of Foreign Affairs | NG",
        "The delegation included Secretary Jane Roe, Mr. Brown, Secretary John Doe and others.#Jane Roe | Secretary | -; John Doe | Secretary | -",
    })
    void findsEveryPersonOfAList(String text, String expected) {
        assertThat(String.join("; ", found(text))).isEqualTo(expected);
    }
}
