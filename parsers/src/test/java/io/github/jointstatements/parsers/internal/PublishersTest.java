package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The institutions pages name or imply in their header lines and openings. */
class PublishersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3 June 2022, Nairobi: The Chairperson of the African Union Commission Moussa Faki Mahamat expresses concern.|African Union Commission",
        "The President of the Security Council made the following statement on behalf of the Council:|United Nations Security Council"})
    void the_office_of_the_opening_sentences_subject(String paragraph, String publisher) {
        org.assertj.core.api.Assertions.assertThat(Publishers.bySubject(java.util.List.of(paragraph)))
                .hasValue(publisher);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "The Prime Minister met the President of the European Council Charles Michel today.",
        "Secretary Blinken’s Call with NATO Secretary General Stoltenberg"})
    void a_counterparts_office_names_no_publisher(String text) {
        org.assertj.core.api.Assertions.assertThat(Publishers.bySubject(java.util.List.of(text))).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Publishers.byOffice(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Office of the Spokesperson | U.S. Department of State",
        "Morgan Ortagus, Department Spokesperson | U.S. Department of State",
        "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada | Global Affairs Canada",
        "Prime Minister's Office, 10 Downing Street | Prime Minister's Office, 10 Downing Street",
        "Auswärtiges Amt | Federal Foreign Office",
        "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Keir Starmer KCB KC MP | Prime Minister's Office, 10 Downing Street",
        "From: Global Affairs Canada | Global Affairs Canada",
        "U.S Department of State | U.S. Department of State",
        "European Council | European Council",
        "Statement by the President of the Security Council | United Nations Security Council",
        "Office of the Press Secretary | The White House"})
    void headerLinesNameTheirIssuer(String line, String institution) {
        assertThat(Publishers.inLine(line)).contains(institution);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Press Releases", "Office of the Press Secretary of the Ministry",
        "Statement by the Spokesperson", "Washington, DC", "Department Press Briefing"})
    void otherLinesNameNone(String line) {
        assertThat(Publishers.inLine(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WASHINGTON, Jan. 9 -- The U.S. Department of Defense issued the following news: | U.S. Department of Defense",
        "PENTAGON PRESS SECRETARY PAT RYDER: Good afternoon, everyone. | U.S. Department of Defense",
        "Global Affairs Canada today issued the following statement: | Global Affairs Canada",
        "Pentagon Spokesman Capt. Jeff Davis provided the following readout: | U.S. Department of Defense"})
    void openingsNameTheirIssuer(String opening, String institution) {
        assertThat(Publishers.inOpening(List.of(opening, "They met."))).contains(institution);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the following statement:",
        "SECRETARY BLINKEN: Good afternoon.",
        "The ministers met the Department Spokesperson's team in Paris."})
    void openingsThatNameNone(String opening) {
        assertThat(Publishers.inOpening(List.of(opening))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On May 15, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with the Foreign Minister of Pakistan.|Ministry of Foreign Affairs of Japan",
        "Ms. Maria Silva, Foreign Minister of Portugal, met her counterpart in Lisbon.|Ministry of Foreign Affairs of Portugal",
        "On September 1, commencing at 1:55 p.m., Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan held a telephone talk with the Secretary of Micronesia.|Ministry of Foreign Affairs of Japan"})
    void a_readouts_subject_minister_gives_the_ministry(String opening, String ministry) {
        assertThat(Publishers.foreignMinistry(List.of(opening))).contains(ministry);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ISLAMABAD: Foreign Minister Qureshi on Friday met the Foreign Minister of Japan, Motegi Toshimitsu.",
        "The ministers of foreign affairs met in Paris."})
    void an_opening_without_its_own_foreign_minister_gives_none(String opening) {
        assertThat(Publishers.foreignMinistry(List.of(opening))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a standfirst without a verb, then the readout's opening sentence
        "Statement on the Defence Secretary's call with the Ruritanian Defence Minister.|At the request of the Ruritanian Ministry of Defence, the Secretary of State for Defence spoke with his counterpart this afternoon.",
        "Defence Secretary in Lima|The Defence Secretary Jane Doe met the Minister of Defence of Peru today."})
    void a_defence_secretary_opening_a_readout_gives_the_ministry_of_defence(String standfirst,
            String opening) {
        assertThat(Publishers.foreignMinistry(List.of(standfirst, opening)))
                .hasValue("Ministry of Defence");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the defence secretary as a counterpart, or with other words in the subject
        "Secretary of Defense Jane Doe met with the United Kingdom Secretary of State for Defence.",
        "The Defence Secretary's adviser met the delegation in London."})
    void a_defence_secretary_as_no_subject_gives_none(String opening) {
        assertThat(Publishers.foreignMinistry(List.of(opening))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "News provided by Prime Minister's Office|Prime Minister's Office",
        "NEWS PROVIDED BY Global Affairs Canada|Global Affairs Canada",
        "Distributed by APO Group on behalf of Ministry of Foreign Affairs of Japan.|Ministry of Foreign Affairs of Japan",
        "  Distributed by Example Wire on behalf of the Department of State.|U.S. Department of State"})
    void a_press_wire_credit_names_the_issuer(String line, String publisher) {
        assertThat(Publishers.wireCredit(line)).hasValue(publisher);
    }

    @ParameterizedTest
    @ValueSource(strings = {"News provided by our readers and correspondents in the field",
        "Distributed by APO Group.", "The news provided by Prime Minister's Office was welcome.",
        "Distributed by the ministry to all embassies"})
    void other_lines_are_no_wire_credit(String line) {
        assertThat(Publishers.wireCredit(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ministry of Defence and The Rt Hon Jane Doe MP|Ministry of Defence",
        "Prime Minister's Office, 10 Downing Street and The Rt Hon Jane Doe MP|Prime Minister's Office, 10 Downing Street",
        "Department of State|U.S. Department of State"})
    void a_from_field_names_its_first_institution(String value, String publisher) {
        assertThat(Publishers.fromField(value)).hasValue(publisher);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Rt Hon Jane Doe MP", "our correspondents in the region"})
    void a_from_field_of_persons_names_no_institution(String value) {
        assertThat(Publishers.fromField(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Ministry of Foreign Affairs of the Republic of Ruritania|Ministry of Foreign Affairs of the Republic of Ruritania",
        "By Embassy of Ruritania, Lima|Embassy of Ruritania",
        "By Office of the Spokesperson|U.S. Department of State"})
    void a_byline_names_an_institution(String line, String publisher) {
        assertThat(Publishers.inLine(line)).hasValue(publisher);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Defense.gov|U.S. Department of Defense",
        "www.state.gov|U.S. Department of State"})
    void a_site_name_line_that_is_a_host_names_its_institution(String line, String publisher) {
        assertThat(Publishers.inLine(line)).hasValue(publisher);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "Ruritania.", "U.S."})
    void other_hosts_and_short_words_name_none(String line) {
        assertThat(Publishers.inLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "By our correspondent in Lima"})
    void a_byline_of_a_person_names_none(String line) {
        assertThat(Publishers.inLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PM call with President Doe: 21 April 2020",
        "PM meeting with Chancellor Doe: 3 May 2019"})
    void downing_street_titles_its_readouts(String headline) {
        assertThat(Publishers.byOffice(headline)).hasValue("Prime Minister's Office, 10 Downing Street");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1097th meeting held on 4 August 2022.|African Union Peace and Security Council",
        "Adopted by the Council of Ministers of the Arab League at its session in Cairo.|Council of Ministers of the Arab League",
        "Issued by the Ministry of Foreign Affairs, Hanoi.|Ministry of Foreign Affairs",
        "The Council of Australian Governments (COAG) held its 24th meeting today in Canberra.|Council of Australian Governments",
        "The Joint Ministerial Committee held its fifth session in Lusaka.|Joint Ministerial Committee",
        // a body the organisation table names in another form: the table's own name
        "Adopted by the Peace and Security Council at its 918th meeting held on 14 April 2020,|African Union Peace and Security Council",
        // a spokesperson's "said:" before the quoted release; a press secretary's readout
        "A Downing Street spokesperson said:|Prime Minister's Office, 10 Downing Street",
        "Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:|U.S. Department of Defense"})
    void the_body_an_opening_says_adopted_the_text(String opening, String publisher) {
        assertThat(Publishers.inOpening(List.of(opening))).hasValue(publisher);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Adopted by consensus at the meeting, the text calls for calm.",
        "The ministers held its first meeting in Paris.", "The Council held their talks in Paris.",
        "The resolution was adopted by the Council at its meeting."})
    void no_adopting_body_in_other_openings(String opening) {
        assertThat(Publishers.inOpening(List.of(opening))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Permanent Council of the Organization of American States (OAS) adopted today a declaration.|Organization of American States",
        "The member countries of the Organization of American States (OAS), meeting in Lima, today called for calm.|Organization of American States",
        "The Caribbean Community (CARICOM) welcomes the election of the new Secretary-General.|Caribbean Community"})
    void the_organisation_whose_own_press_release_the_opening_is(String opening, String publisher) {
        assertThat(Publishers.releasingOrganisation(List.of(opening))).hasValue(publisher);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Secretary General of the Organization of American States (OAS) visited Lima.",
        "The United States and the Organization of American States signed an agreement.",
        "President Biden welcomed the Organization of American States' declaration."})
    void no_releasing_organisation_when_the_subject_is_another(String opening) {
        assertThat(Publishers.releasingOrganisation(List.of(opening))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ministry of Foreign Affairs of the Republic of Korea|Ministry of Foreign Affairs of the Republic of Korea",
        "Ministry of Foreign Affairs - Republic of Türkiye|Ministry of Foreign Affairs of Republic of Türkiye",
        "© 2023 Ministry of Foreign Affairs of Japan. All rights reserved.|Ministry of Foreign Affairs of Japan",
        "Embassy of India, Washington D.C.|Embassy of India",
        "Permanent Mission of Ireland to the United Nations|Permanent Mission of Ireland to the United Nations"})
    void a_line_that_is_an_institutions_name(String line, String publisher) {
        assertThat(Publishers.institutionNamed(line)).hasValue(publisher);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ministry of Foreign Affairs welcomes the agreement.",
        "The ministry of foreign affairs said on Monday that talks would resume",
        "Department of State officials met the delegation", "Ministry of Foreign Affairs Statement on the Elections in Andoria and the Region today in full"})
    void a_line_that_is_more_or_less_than_an_institutions_name(String line) {
        assertThat(Publishers.institutionNamed(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "No:097/22, Information of the Press Service Department of the Ministry of Foreign Affairs of the Republic of Azerbaijan on the meeting of Minister Bayramov with Minister Lavrov | Ministry of Foreign Affairs of Azerbaijan",
        "Press release of the Press Office of the Ministry of Defence of Ruritania on the talks | Ministry of Defence of Ruritania"})
    void a_ministrys_press_service_named_in_the_headline(String headline, String ministry) {
        assertThat(Publishers.pressServiceOf(headline)).contains(ministry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Press Service of the President of Andoria on the meeting",
        "Minister of Foreign Affairs of Andoria meets the press service of the ministry"})
    void a_headline_naming_no_ministrys_press_service_gives_none(String headline) {
        assertThat(Publishers.pressServiceOf(headline)).isEmpty();
    }
}
