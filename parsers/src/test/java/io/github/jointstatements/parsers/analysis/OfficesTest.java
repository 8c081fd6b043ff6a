package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficesTest {

    private final Offices offices = Offices.get();

    /** Rows: text starting with an office, the office phrase read, its head. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Secretary of Defense Lloyd J. Austin III           | Secretary of Defense          | Secretary
            Minister of National Defense Lee Jong-Sup          | Minister of National Defense  | Minister
            Prime Minister Kishida of Japan                    | Prime Minister                | Prime Minister
            Secretary of State for Defence, John Healey        | Secretary of State for Defence | Secretary
            Minister for Foreign Affairs Penny Wong            | Minister for Foreign Affairs  | Minister
            Vice President Kamala Harris                       | Vice President                | Vice President
            Vice-President of the European Commission          | Vice-President                | Vice-President
            National Security Advisor Jake Sullivan            | National Security Advisor     | National Security Advisor
            Foreign Minister Wang Yi                           | Foreign Minister              | Minister
            Deputy National Security Advisor for International Economics Daleep Singh | Deputy National Security Advisor for International Economics | Deputy National Security Advisor
            High Representative Josep Borrell                  | High Representative           | High Representative
            Secretary General Jens Stoltenberg                 | Secretary General             | Secretary General
            Secretary-General of NATO                          | Secretary-General             | Secretary-General
            King Abdullah II of Jordan                         | King                          | King
            Crown Prince and Prime Minister Mohammed bin Salman | Crown Prince                 | Crown Prince
            Assistant to the President for National Security Affairs Jake Sullivan | Assistant to the President for National Security Affairs | Assistant
            Minister of Trade and Industry Jan Christian Vestre | Minister of Trade and Industry | Minister
            Secretary of State for Foreign, Commonwealth and Development Affairs David Lammy | Secretary of State for Foreign, Commonwealth and Development Affairs | Secretary
            Minister of Foreign Affairs of the Republic of Belarus | Minister of Foreign Affairs | Minister
            President of the United States                     | President                     | President
            Secretary of Homeland Security Alejandro Mayorkas  | Secretary of Homeland Security | Secretary
            Secretary of Health and Human Services Xavier Becerra | Secretary of Health and Human Services | Secretary
            Secretary of the Air Force Frank Kendall           | Secretary of the Air Force    | Secretary
            Director of the Office of Management and Budget    | Director of the Office of Management and Budget | Director
            Secretary of Defense and Secretary of State        | Secretary of Defense          | Secretary
            Deputy Secretary of State Wendy Sherman            | Deputy Secretary of State     | Deputy Secretary
            Chief Cabinet Secretary Hayashi                    | Chief Cabinet Secretary       | Chief Cabinet Secretary
            Chairman of the Joint Chiefs of Staff General Milley | Chairman of the Joint Chiefs of Staff | Chairman
            Minister for Europe and Foreign Affairs Catherine Colonna | Minister for Europe and Foreign Affairs | Minister
            Acting Director Smith                              | Acting Director               | Acting Director
            Emir Tamim bin Hamad Al Thani                      | Emir                          | Emir
            Director-General Tedros                            | Director-General              | Director-General
            Deputy Chief of Mission Jane Doe                   | Deputy Chief of Mission       | Deputy Chief of Mission
            Chargé d’Affaires a.i. John Doe                    | Chargé d’Affaires             | Chargé d’Affaires
            Commander-in-Chief of the Armed Forces             | Commander-in-Chief of the Armed Forces | Commander-in-Chief
            Secretary-General’s Special Envoy                  | Secretary-General             | Secretary-General
            Minister of Foreign Affairs and International Cooperation Sheikh Abdullah | Minister of Foreign Affairs and International Cooperation | Minister
            Minister of Science and ICT Lee Jong-ho            | Minister of Science and ICT   | Minister
            Deputy Prime Minister for European and Euro-Atlantic Integration Olha Stefanishyna | Deputy Prime Minister for European and Euro-Atlantic Integration | Deputy Prime Minister
            President of the European Commission Ursula von der Leyen | President              | President
            Secretary General of the North Atlantic Treaty Organization | Secretary General   | Secretary General
            Director of the Office of the Prime Minister       | Director of the Office of the Prime Minister | Director
            Minister of Patriots and Veterans Affairs Park Min-shik | Minister of Patriots and Veterans Affairs | Minister
            Vice Minister of Defense Khalid bin Salman         | Vice Minister of Defense      | Vice Minister
            Minister of External Affairs Subrahmanyam Jaishankar | Minister of External Affairs | Minister
            Minister for Maritime Affairs and Investment Luhut Pandjaitan | Minister for Maritime Affairs and Investment | Minister
            Minister of State for Trade & Investment           | Minister of State for Trade & Investment | Minister
            Minister of Defense Diego Molano and Chief of Staff | Minister of Defense          | Minister
            Assistant Secretary of Defense for Indo-Pacific Security Affairs Ely Ratner | Assistant Secretary of Defense for Indo-Pacific Security Affairs | Assistant Secretary
            Assistant Secretary of State for East Asian and Pacific Affairs | Assistant Secretary of State for East Asian and Pacific Affairs | Assistant Secretary
            """)
    void readsOfficePhrases(String text, String office, String head) {
        OptionalInt end = offices.officeEnd(text, 0);

        assertThat(end).isPresent();
        assertThat(text.substring(0, end.getAsInt())).isEqualTo(office);
        assertThat(offices.head(office)).isEqualTo(head);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lee Jong-Sup
            the two leaders
            minister of defense
            Japanese Prime Minister
            Foreign Affairs
            Head Start programs
            Asian Development Bank
            Pacific Islands Forum
            """)
    void readsNoOfficeWhereNoneStarts(String text) {
        assertThat(offices.officeEnd(text, 0)).isEmpty();
    }

    /** Rows: text, the start of a region's word that ends a place's adjective before an office. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            will welcome South African President Cyril Ramaphosa | 19
            met the South African Minister of Defence | 14
            the Southeast Asian Foreign Ministers | 14
            """)
    void startsNoOfficeInsideAPlacesAdjective(String text, int start) {
        assertThat(offices.officeEnd(text, start)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ROK Minister of National Defense Lee  | 4  | Minister of National Defense
            U.S. Secretary of Defense Austin      | 5  | Secretary of Defense
            the Prime Minister of Canada          | 4  | Prime Minister
            """)
    void readsOfficesInsideText(String text, int start, String office) {
        OptionalInt end = offices.officeEnd(text, start);

        assertThat(end).isPresent();
        assertThat(text.substring(start, end.getAsInt())).isEqualTo(office);
    }

    @Test
    void readsABoundedWindowOfHostileInput() {
        String text = "Minister of Foreign Affairs and ".repeat(100_000);

        OptionalInt end = offices.officeEnd(text, 0);

        assertThat(end).isPresent();
        assertThat(end.getAsInt()).isLessThan(400);
    }
}
