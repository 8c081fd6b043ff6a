package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.PartyFinderTest.parties;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language of statements at large, as the party rules read it: made-up sentences in the
 * shapes statements of many issuers take (foreign ministries, regional bodies, news agencies'
 * reposts), one table per reading. Each row is a title, the paragraphs ("¶" between them), the
 * publisher ("-" for none) and the parties expected, as in {@link PartyFinderTest}.
 */
class PartyLanguageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a release whose title names no kind calls itself joint in its first line
        "Australia, U.S., Japan Defence Ministers Meeting#Joint Statement of the Defence Ministers’ Meeting. Australian Minister for Defence Jane Morrow, Japanese Minister of Defense Taro Yamada, and U.S. Secretary of Defense John Carver held trilateral talks in Singapore on Saturday.#-#Jane Morrow | Minister for Defence | AU | PERSON; Taro Yamada | Minister of Defense | JP | PERSON; John Carver | Secretary of Defense | US | PERSON",
        // a news title reports the joint statement the ministers adopted
        "Three foreign ministers adopt joint statement after trilateral meeting#Kenyan Foreign Minister Amina Odhiambo and Ugandan Foreign Minister Peter Mukasa met in Kampala on Friday to review their cooperation.#-#Amina Odhiambo | Foreign Minister | KE | PERSON; Peter Mukasa | Foreign Minister | UG | PERSON",
        // a release that holds others' joint statements and names no one stays the publisher's
        "Statements on Cleaner Trucks#Joint Statement of Acme Motors and Zenith Cars: ¶ We support the new standards for cleaner trucks.#The White House#The White House | - | US | ORGANIZATION",
        // a joint declaration the text only cites does not make it joint
        "Statement on the Anniversary of the Handover#Twenty-five years ago the Joint Declaration promised a high degree of autonomy. ¶ We stand with the people of the city.#The White House#The White House | - | US | ORGANIZATION",
    })
    void readsATextThatCallsItselfJointAsJoint(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a site's search prompt above the headline is no opening sentence
        "Joint Communique#Hi, what are you looking for? ¶ Uncategorized ¶ At the invitation of H.E. Amara Kone, President of the Republic of Mali, H.E. Idrissa Traore, President of Burkina Faso paid an official visit to Mali.#-#Amara Kone | President | ML | PERSON; Idrissa Traore | President | BF | PERSON",
    })
    void skipsQuestionsBeforeTheOpening(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // an office no comma closes before the verb, and post-nominal letters after a name
        "Joint Communique#At the invitation of H.E. Daniel Mwangi, C.G.H, President of the Republic of Kenya, H.E. Abdi Warsame, President of the Federal Republic of Somalia paid an official visit to Kenya.#-#Daniel Mwangi | President | KE | PERSON; Abdi Warsame | President | SO | PERSON",
        // a style inside a name is a word of the name
        "Joint Communique#At the invitation of H.E. Daniel Mwangi, President of the Republic of Kenya, H.E. Abdi Sheikh Warsame, President of the Federal Republic of Somalia, paid an official visit to Kenya.#-#Daniel Mwangi | President | KE | PERSON; Abdi Sheikh Warsame | President | SO | PERSON",
        // but opens a name as ever
        "Joint Statement#Sheikh Khalid Al Thani, Prime Minister of Qatar, and Prime Minister Ana Ruiz of Spain met in Doha today.#-#Khalid Al Thani | Prime Minister | QA | PERSON; Ana Ruiz | Prime Minister | ES | PERSON",
    })
    void readsNamesAndOfficesOfVisitsOpenings(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a dateline before the states that open the text
        "-#Muscat: The Sultanate of Oman and the State of Kuwait confirmed their commitment to strengthening relations.#-#Oman | - | OM | STATE; Kuwait | - | KW | STATE",
        "-#Doha, March 3 (QNA) - The State of Qatar and the State of Kuwait issued today a joint statement on the visit.#-#Qatar | - | QA | STATE; Kuwait | - | KW | STATE",
        // a place that opens the text is no dateline's state
        "-#Abu Dhabi: Officials of the two countries met to review the trade figures of the year.#-#-",
    })
    void readsTheStatesAfterADateline(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title.equals("-") ? "" : title, text, publisher))
                .isEqualTo(expected.equals("-") ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the entourage of the visit the sentence reports is not its parties
        "Joint Declaration on the State Visit of President Ana Ruiz to Peru#Responding to an invitation from the President of the Republic of Peru, Mario Quispe, the President of the Republic of Chile, Ana Ruiz Tagle, made a State Visit to Peru on May 2, accompanied by her husband, Mr. Luis Vera, and the Minister of Foreign Affairs, Pedro Soto.#-#Ana Ruiz | President | CL | PERSON; Mario Quispe | President | PE | PERSON",
        // one accompanied before the verb: the one met is a party
        "Joint Readout#President Tom Ward, accompanied by Secretary Ann Lee, met today with President Kofi Boateng of Ghana.#-#Tom Ward | President | - | PERSON; Ann Lee | Secretary | - | PERSON; Kofi Boateng | President | GH | PERSON",
    })
    void leavesOutTheEntourageOfAVisit(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a group whose member states the opening lists in parentheses speaks as those states
        "Joint Statement of the Heads of Government of the Visegrád Group#The Prime Ministers of the Visegrád Group countries (Poland, Slovakia, Hungary and Czechia) convening in Brussels adopted a Joint Statement on migration.#-#Poland | - | PL | STATE; Slovakia | - | SK | STATE; Hungary | - | HU | STATE; Czechia | - | CZ | STATE",
        // an abbreviation in parentheses is no list of members
        "Joint Statement of the Heads of Government of the Visegrád Group#The Prime Ministers of the Visegrád Group (V4) met in Prague and adopted a Joint Statement on migration.#-#Visegrád Group | - | - | ORGANIZATION",
    })
    void readsTheMembersAGroupListsInParentheses(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // ministers of several countries who sign at the end, under a line of the page's own
        "-#The undersigned foreign ministers reiterate their call for dialogue. ¶ We hope the parties will find the way to understanding. ¶ Laura Pérez ¶ Foreign Minister of Argentina ¶ João Lima ¶ Foreign Minister of Brazil ¶ Marta Díaz ¶ Foreign Minister of Chile ¶ End of page content#-#Laura Pérez | Foreign Minister | AR | PERSON; João Lima | Foreign Minister | BR | PERSON; Marta Díaz | Foreign Minister | CL | PERSON",
        // signatories of one country are not read so
        "-#The undersigned reiterate their call for dialogue. ¶ We hope the parties will find the way to understanding. ¶ Laura Pérez ¶ Minister of Health of Argentina ¶ Juan Gómez ¶ Minister of Labour of Argentina#-#-",
    })
    void readsASignatureBlockOfSeveralCountries(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title.equals("-") ? "" : title, text, publisher))
                .isEqualTo(expected.equals("-") ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // honorifics that end in an apostrophe before the name after an office
        "Joint Statement#The Prime Minister of Malaysia, Dato’ Sri Aziz Rahman, and the President of the Republic of Indonesia, His Excellency Budi Santoso, met in Kuching.#-#Aziz Rahman | Prime Minister | MY | PERSON; Budi Santoso | President | ID | PERSON",
        // a press release whose opening reports the meeting between persons of two countries
        "Press Statement#The 9th Annual Consultation between the Prime Minister of Malaysia, the Honourable Dato’ Sri Aziz Rahman and the President of the Republic of Indonesia, His Excellency Budi Santoso, was held in Kuching on 2 May.#-#Aziz Rahman | Prime Minister | MY | PERSON; Budi Santoso | President | ID | PERSON",
    })
    void readsTheMeetingAnOpeningReportsBetweenPersons(String title, String text,
            String publisher, String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the meeting the opening reports, held with the participation of those it names
        "Ministers adopt joint statement after trilateral meeting#The third trilateral meeting of foreign ministers was held in Tbilisi on May 4, with the participation of Armenian Foreign Minister Aram Petrosyan and Greek Foreign Minister Nikos Pappas at the invitation of Georgian Foreign Minister Levan Beridze.#-#Aram Petrosyan | Foreign Minister | AM | PERSON; Nikos Pappas | Foreign Minister | GR | PERSON; Levan Beridze | Foreign Minister | GE | PERSON",
        // a counterpart named by their country's adjective takes its country, and the office
        // of the one whose counterpart they are when they hold only a style
        "Joint Statement#Minister of Foreign Affairs Omar Hassan of Egypt met today in Riyadh with his Saudi counterpart Prince Fahd Al Saud.#-#Omar Hassan | Minister of Foreign Affairs | EG | PERSON; Fahd Al Saud | Minister of Foreign Affairs | SA | PERSON",
        "Joint Statement#Foreign Minister Anna Berg of Finland met her Estonian counterpart, Kaja Tamm, in Tallinn on Monday.#-#Anna Berg | Foreign Minister | FI | PERSON; Kaja Tamm | Foreign Minister | EE | PERSON",
    })
    void readsThoseAMeetingIsHeldWith(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a plural office, each name followed by its country in parentheses
        "Leaders sign declaration#Presidents Ana Quispe (Peru) and Mario Rojas (Colombia) signed a declaration on the border.#-#Ana Quispe | President | PE | PERSON; Mario Rojas | President | CO | PERSON",
        // a region in parentheses is no country
        "Leaders sign declaration#Governors Ana Quispe (Loreto) and Mario Rojas (Amazonas) signed a declaration on the border.#-#-",
    })
    void readsTheCountryInParenthesesAfterAName(String title, String text, String publisher,
            String expected) {
        String found = parties(title, text, publisher);
        if (expected.equals("-")) {
            assertThat(found).doesNotContain("PE").doesNotContain("CO");
        } else {
            assertThat(found).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the heads of the states a sentence opens on, the first state kept
        "Joint Statement of the Nordic Prime Ministers#The Prime Ministers of Denmark, Finland, Iceland, Norway and Sweden met in Oslo today and adopted the following statement. ¶ We will deepen our cooperation.#-#Denmark | - | DK | STATE; Finland | - | FI | STATE; Iceland | - | IS | STATE; Norway | - | NO | STATE; Sweden | - | SE | STATE",
        // heads of two offices listed one after the other
        "Readout of the Leaders’ Summit#On 13 July, the Presidents of Finland and the United States and the Prime Ministers of Denmark, Iceland, Norway, and Sweden met in Helsinki for their third summit.#-#Finland | - | FI | STATE; United States | - | US | STATE; Denmark | - | DK | STATE; Iceland | - | IS | STATE; Norway | - | NO | STATE; Sweden | - | SE | STATE",
    })
    void readsTheStatesWhoseHeadsOpenASentence(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a person joined by "and" to one whose country opens their office is of that country
        "Joint Press Statement of the Foreign and Defence Ministers Meeting#Australian Minister for Foreign Affairs Jane Morrow and Minister for Defence Tom Burke hosted Republic of Korea Minister of Foreign Affairs Kim Min-jun and Minister of National Defense Lee Sang-ho in Melbourne on 1 May.#-#Jane Morrow | Minister for Foreign Affairs | AU | PERSON; Tom Burke | Minister for Defence | AU | PERSON; Kim Min-jun | Minister of Foreign Affairs | KR | PERSON; Lee Sang-ho | Minister of National Defense | KR | PERSON",
        // not two who co-host: each speaks for a side
        "Joint Readout of the Taskforce Meeting#Today, Australian Special Envoy Jane Morrow and Deputy Prime Minister Kim Min-jun co-hosted the first meeting of the taskforce.#-#Jane Morrow | Special Envoy | AU | PERSON; Kim Min-jun | Deputy Prime Minister | - | PERSON",
    })
    void placesAPersonJoinedToOneWhoseCountryOpensTheirOffice(String title, String text,
            String publisher, String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }
}
