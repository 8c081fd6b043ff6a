package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementKindsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Joint Statement: Minister Lee and Secretary Austin|JOINT_STATEMENT",
        "United States–European Commission Joint Statement|JOINT_STATEMENT",
        "Quad Leaders’ Joint Statement|JOINT_STATEMENT",
        "Joint Leaders Statement to Mark One Year of the Partnership|JOINT_STATEMENT",
        "U.S.-Pacific Islands Forum Leaders Statement on Reaffirming the Partnership|JOINT_STATEMENT",
        "Joint Vision Statement from the Leaders of Japan, the Philippines, and the United States|JOINT_STATEMENT",
        "Quad Leaders’ Vision Statement – Enduring Partners|JOINT_STATEMENT",
        "Vision Statement for the U.S.-Africa Partnership|PRESS_STATEMENT",
        "Washington Declaration|JOINT_DECLARATION",
        "Joint Declaration of the Leaders of the United States and Japan|JOINT_DECLARATION",
        "G7 Hiroshima Leaders’ Communiqué|COMMUNIQUE",
        "Readout of President Biden’s Call with Prime Minister Kishida|READOUT",
        "FACT SHEET: President Biden Announces New Actions|FACT_SHEET",
        "Statement from President Biden on the Anniversary of the Attack|PRESS_STATEMENT",
        "Statement by the Foreign Ministry on countermeasures|PRESS_STATEMENT",
        "Statement by Minister of Foreign Affairs V.Makei at the Extraordinary Virtual Summit|OTHER",
        "Remarks by President Biden at a Press Conference|OTHER",
        "Statement by NSC Spokesperson Adrienne Watson on Anne Neuberger’s Travel to the Middle East at the Request of Partners|PRESS_STATEMENT",
        "WEEKLY ADDRESS: Merry Christmas from the President and the First Lady|OTHER",
        "A Proclamation on National Day of Remembrance|OTHER",
        "UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA|PRESS_STATEMENT",
        "President Joseph R. Biden, Jr. Approves West Virginia Disaster Declaration|OTHER",
        "Presidential Message on the Anniversary of the Declaration of Independence|OTHER",
        "The Jeddah Communique: A Joint Statement Between the United States and Saudi Arabia|COMMUNIQUE",
        "Statement from Jake Sullivan Welcoming the Aqaba Meeting and Communique|PRESS_STATEMENT",
        "Chairman’s Statement of the 32nd ASEAN Summit|JOINT_STATEMENT",
        "Joint Press Release after the trilateral meeting of the Ministers of Foreign Affairs|JOINT_STATEMENT",
        "Gemeinsame Presseerklärung des deutschen und des französischen Außenministers|JOINT_STATEMENT",
        "Japan-Pakistan Foreign Ministers’ Telephone Talk|READOUT",
        "Minister Joly met with Secretary of State Blinken|READOUT",
        "Prime Minister met President Zelenskyy of Ukraine|READOUT",
        "Secretary of Defense Austin Holds Press Conference Following the Contact Group Meeting|OTHER",
        "Media Availability With Secretary Mattis at the Pentagon|OTHER",
        "Australia-Japan-United States Defense Ministers’ Meeting Joint Statement|JOINT_STATEMENT",
        "Statement by the President of the Security Council|PRESS_STATEMENT",
        "G7 Foreign Ministers' Statement on the Situation in the Region|JOINT_STATEMENT",
        "Joint Media Statement of the Foreign Ministers|JOINT_STATEMENT",
        "Co-Chairs' Statement of the Ministerial Meeting|JOINT_STATEMENT",
        "Foreign Minister receives the Ambassador of Chile|READOUT",
        // a press release reporting a declaration or communiqué adopted
        "Permanent Council Adopts Declaration on the Situation in the Region|PRESS_STATEMENT",
        "General Assembly Concludes with Adoption of the Declaration of Lima|PRESS_STATEMENT",
        // a news site's headline over the document it reposts
        "China, Iran Sign Joint Communique|COMMUNIQUE",
        "Vietnam, India issue joint communique|COMMUNIQUE",
        // headings in the English forms other languages' foreign ministries use
        "Joint Press Communiqué of the Republic of Ruritania and the Kingdom of Arcadia|COMMUNIQUE",
        "Joint Press Statement on the Official Visit of the Prime Minister|JOINT_STATEMENT",
        "Chairman's Statement of the Tenth Ministerial Meeting|JOINT_STATEMENT",
        "Chair’s Summary of the Ministerial Conference on Oceans|PRESS_STATEMENT",
        "Outcome Document of the Ministerial Meeting of the Coordinating Bureau|COMMUNIQUE",
        "Joint Readout of the Second Strategic Dialogue|READOUT",
        // a council's statement at its session is its communiqué; "hold talks" is a meeting's
        "Statement Issued by the 155th Session of the Ministerial Council|COMMUNIQUE",
        "Final Statement of the Forty-Fourth Session of the Supreme Council|COMMUNIQUE",
        "Statement by the Minister at the 40th Session of the Council|OTHER",
        "PM and President hold talks at G8|READOUT",
    })
    void classifiesByTitle(String title, String kind) {
        assertThat(StatementKinds.classify(title, java.util.List.of()).kind().name()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The Prime Minister met the Prime Minister of Canada Mark Carney this morning in London.|READOUT",
        "Merry Christmas everybody!|OTHER",
        "Today, the Prime Minister spoke with the President of Arcadia.|READOUT",
        "OTTAWA, March 8 - The Prime Minister and the President held a conversation this afternoon.|READOUT",
        "The Minister had a telephone call with her counterpart this morning.|READOUT",
        "On 5 May, the Trilateral Ministerial Consultations were held in Lima. The overview is as follows:|READOUT",
        "An overview of the meeting is as follows.|READOUT",
        "The Government will fund a new hospital ward.|OTHER",
        "The Minister of Foreign Affairs, H.E. Dr. Juan Perez, met the Minister of Foreign Affairs of Andoria on the sidelines of the session.|READOUT",
        "We, the delegates to the Executive Board meeting of the Organization, which was held for two days, declare as follows.|JOINT_DECLARATION",
        "We, the Representatives of the Member States, reaffirm our commitment to the Charter.|JOINT_STATEMENT",
        // agencies' and ministries' accounts of meetings and calls
        "NEW DELHI, Nov 21 : Defence Minister Singh on Thursday held meetings with the Minister of National Defence of Andoria.|READOUT",
        "ASTANA. KAZINFORM The Minister of Foreign Affairs has received Acting Assistant Secretary of State David Satterfield.|READOUT",
        "BEIJING, May 13 -- The Foreign Minister on Tuesday held phone talks with the Secretary of State.|READOUT",
        "The Government received the Nobel Prize for its work.|OTHER",
        "ISTANBUL: Foreign Minister Qureshi on Monday met his Turkish counterpart on the sidelines of the meeting.|READOUT",
        "The Ministers met on 27 September 2024 in New York and adopted the present ministerial declaration.|JOINT_DECLARATION",
        "The Ministers reviewed the world economic situation and adopted the following Declaration:|JOINT_DECLARATION",
        // what an untitled text's own words say it is
        "Following is the statement issued at the end of the 40th session of the Ministerial Council.|COMMUNIQUE",
        "The following is the full text of the communiqu? issued at the end of the meeting held in Abuja.|COMMUNIQUE",
        "Arcadia and Ruritania, determined to deepen their friendship, adopt this declaration.|JOINT_DECLARATION",
        "Today, in Paris, we declare our resolve to act together.|JOINT_DECLARATION",
        "The European Union and the United States conducted a joint naval exercise in the Arabian Sea.|JOINT_STATEMENT",
        "Foreign Minister Perez, Defence Minister Lopez, Secretary Smith and Secretary Jones held the inaugural 2+2 Ministerial Dialogue in Lima.|JOINT_STATEMENT",
        "The President and the Prime Minister held talks in Lima.|READOUT",
        "Minister Perez received a phone call from his counterpart Minister Smith.|READOUT",
        "President Perez held a summit with Prime Minister Smith on the sidelines of the G20.|READOUT",
        "During talks with visiting Andorian Prime Minister Smith this afternoon, Perez said cooperation matters.|READOUT",
        "The Minister of Foreign Affairs and the Ambassador attended the ceremony.|OTHER",
    })
    void classifiesByOpeningWithoutATitle(String opening, String kind) {
        assertThat(StatementKinds.classify("", java.util.List.of("PM call with the President: 21 April", opening)).kind().name()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Trilateral Ministerial|The following joint statement was issued by the ministers:|JOINT_STATEMENT",
        "Situation in the Sahel|The Council, at its 469th meeting held on 25 November 2014, adopted the following decision:|COMMUNIQUE",
        "|Adopted by the Peace and Security Council of the African Union at its 1055th meeting held on 14 December 2021:|COMMUNIQUE",
        "Secretary Austin and Minister Marles|Pentagon Press Secretary Pat Ryder provided the following readout:|READOUT",
        "Japan-China Foreign Ministers’ Meeting|Foreign Minister Iwaya held a meeting with Foreign Minister Wang Yi.|READOUT",
        "Relief on the way for Cairns Hospital|The Government will fund a new ward.|PRESS_STATEMENT",
        "|The following is the joint statement issued by the Secretary and the Foreign Ministers.|JOINT_STATEMENT",
        "|The following Security Council press statement was issued today by Council President X:|PRESS_STATEMENT",
        "|Following is the full text of the Chairman's Statement of the Summit.|JOINT_STATEMENT",
        "G20 Foreign Ministers' Meeting (Summary)|The G20 Foreign Ministers' Meeting was held in Rio on 21 February.|READOUT",
        "|Following their meeting, the ministers issued a statement.|OTHER",
        "|Joint communiqué issued at the end of the visit of the President to India.|COMMUNIQUE",
        "|Joint Communiqué between Arcadia and Ruritania issued at the Conclusion of the State Visit.|COMMUNIQUE",
        "Cohesive and Responsive|1. We, the Heads of State/Government of the Member States, gathered for the Summit.|JOINT_STATEMENT",
        "Statement by the Foreign Ministers of Chile and Peru|The ministers met in Lima.|JOINT_STATEMENT",
        "Chariman's Statement of the Summit|1. We, the Heads of State/Government, gathered in Lima.|JOINT_STATEMENT",
        "Arcadia-Ruritania Foreign Office Consultations|The Deputy Ministers held virtual Foreign Office Consultations on 7 July.|READOUT",
        "Arcadia-Ruritania Strategic Dialogue|The two delegations held the third round of consultations in Lima.|READOUT",
        "Arcadia-Ruritania Strategic Dialogue|The Government will fund a new hospital ward.|PRESS_STATEMENT",
        // a title naming no kind over an account of a meeting or a call
        "Information of the Press Service on the meeting of Minister Lee with Minister Park|On March 10, 2022, a meeting was held between the Minister of Foreign Affairs Lee and the Minister of Foreign Affairs Park.|READOUT",
        "New ward for Cairns Hospital|The Minister received the Ambassador of Andoria at the hospital.|PRESS_STATEMENT",
        "First Lady Honors a Former First Lady|Today, the First Lady hosted a special ceremony at the White House.|PRESS_STATEMENT",
        // a news site's headline over its copy of a readout
        "Arcadian, Ruritanian foreign ministries intensify cooperation|Deputy Minister Perez held talks with Assistant Foreign Minister Smith in Lima on September 27.|READOUT",
        "Arcadia, Ruritania treasure and promote partnership|Foreign Minister Perez and his Ruritanian counterpart Smith have agreed to boost relations.|READOUT",
        "Leaders Advance the Alliance|The President of Arcadia and the Prime Minister of Ruritania met in Lima on October 28.|PRESS_STATEMENT",
        "A Medal for the Pope|Today, the President spoke with His Holiness and named him a recipient of the Medal.|READOUT",
        "24th Arcadia-Ruritania Summit: engaging together|The Union and Ruritania held their 24th Summit in Lima on 7 December.|PRESS_STATEMENT",
    })
    void openingWordsDecideWhenTheTitleNamesNoKind(String title, String opening, String kind) {
        assertThat(StatementKinds.classify(title == null ? "" : title, java.util.List.of(opening)).kind().name()).isEqualTo(kind);
    }


    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "COUNCIL OF THE UNION Luxembourg, 24 April 2007 8825/07 11th Andoria-Union Ministerial Troika Meeting FINAL COMMUNIQUE 1.|COMMUNIQUE",
        "DECLARATION of the Tenth Meeting of the Council of Heads of Member States of the Organization (June 10-11, 2010, Tashkent) The tenth meeting was held on June 10 and 11, 2010 in Tashkent.|JOINT_DECLARATION",
        "The NATO Allies met in Brussels on Monday and discussed the situation.|READOUT",
    })
    void aKindInCapitalsRunIntoAnUntitledOpening(String opening, String kind) {
        assertThat(StatementKinds.classify("", java.util.List.of(opening)).kind().name())
                .isEqualTo(kind);
    }
}
