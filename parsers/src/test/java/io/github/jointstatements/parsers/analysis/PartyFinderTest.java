package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.StatementKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who issues a statement, from its title, its paragraphs and its publisher. Each row is a title,
 * the paragraphs ("¶" between them), the publisher ("-" for none) and the parties expected, as
 * "name | role | country | kind" joined by "; ".
 */
class PartyFinderTest {

    private static final PartyFinder FINDER = new PartyFinder(Gazetteer.get(), Offices.get());

    static String parties(String title, String text, String publisher) {
        List<String> paragraphs = List.of(text.split(" ¶ "));
        List<Sentence> sentences = SentenceSplitter.split(paragraphs, Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        List<String> opening = sentences.stream().limit(3).map(Sentence::text).toList();
        StatementKind kind = StatementKinds.classify(title, opening).kind();
        List<PartyEntry> found = FINDER.find(Optional.of(title), sentences,
                publisher.equals("-") ? Optional.empty() : Optional.of(publisher), kind);
        return String.join("; ", found.stream().map(p -> p.name + " | "
                + (p.role == null ? "-" : p.role) + " | " + (p.country == null ? "-" : p.country)
                + " | " + p.kind).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a short name in the title, completed from the text: a given name after a family name
        "Readout of President Biden’s Call with Prime Minister Ishiba of Japan#President Joseph R. Biden, Jr. called Ishiba Shigeru today to congratulate him. The leaders affirmed the alliance.#The White House#Joseph R. Biden | President | US | PERSON; Ishiba Shigeru | Prime Minister | JP | PERSON",
        // a country named as the title's topic does not place the issuer
        "Statement from President Joe Biden on Nigeria’s Upcoming Election#The people of Nigeria will go to the polls on Saturday to elect their next president.#The White House#Joe Biden | President | US | PERSON",
        // two persons unplaced: the one holding the publisher's leaders' office, then the other
        "United States – Italy Joint Leaders’ Statement#President Donald J. Trump and Prime Minister Giorgia Meloni held their first official meeting yesterday in Washington, D.C., where they confirmed their resolve. ¶ Invitation to Visit Italy President Trump accepted Prime Minister Meloni’s invitation.#The White House#Donald J. Trump | President | US | PERSON; Giorgia Meloni | Prime Minister | IT | PERSON",
        // each government names its own leader first in its title
        "Joint Statement by President Biden and President von der Leyen on Energy Security#We are jointly committed to Europe’s energy security and sustainability.#The White House#Biden | President | US | PERSON; von der Leyen | President | - | PERSON",
        // a person of an organisation has no country
        "Readout of President Biden’s Call with European Commission President Ursula von der Leyen#President Biden spoke today with European Commission President Ursula von der Leyen.#The White House#Biden | President | US | PERSON; Ursula von der Leyen | European Commission President | - | PERSON",
        // the counterparts of a meeting share the country named after them
        "Readout of President Biden’s Meeting with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland#President Joseph R. Biden, Jr. met today with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland. President Biden thanked President Parmelin for hosting the U.S.-Russia Summit in Geneva.#The White House#Joseph R. Biden | President | US | PERSON; Guy Parmelin | President | CH | PERSON; Ignazio Cassis | Foreign Minister | CH | PERSON",
        // the states that open the statement are its issuers: the one left over places the other
        "President Biden and President Lopez Obrador Joint Statement#The United States and Mexico affirm our broad and deep cooperation.#The White House#Biden | President | US | PERSON; Lopez Obrador | President | MX | PERSON",
        // the other half of a pair naming their relations; no publisher
        "PM call with President Trump: 21 April 2020#Prime Minister Boris Johnson spoke with US President Donald Trump. ¶ They also discussed continued UK-US cooperation in the fight against the pandemic.#-#Donald Trump | President | US | PERSON; Boris Johnson | Prime Minister | GB | PERSON",
        // a statement about the publisher's own affairs: its persons are the publisher's
        // ministers who speak as a group of their states
        "Joint Statement of the Ministers of Foreign Affairs#We the Ministers of Cyprus, Egypt and Greece met in Athens on February 11, 2021, to continue dialogue.#-#Cyprus | - | CY | STATE; Egypt | - | EG | STATE; Greece | - | GR | STATE",
        // a joint press release opened by persons of several countries is theirs
        "Joint Press Release after the Trilateral Meeting#The Minister of Foreign Affairs of the Republic of Cyprus, Mr Ioannis Kasoulides, and the Minister of Foreign Affairs of the Hellenic Republic, Mr Nikos Kotzias, held a trilateral meeting yesterday in New York.#-#Ioannis Kasoulides | Minister of Foreign Affairs | CY | PERSON; Nikos Kotzias | Minister of Foreign Affairs | GR | PERSON",
        // a chair speaks for the grouping the title names, not for the bodies the text cites
        "APEC Chair’s Statement on Ukraine#The APEC Chair notes that most members strongly condemned the war in Ukraine, as expressed in the resolutions of the United Nations Security Council and the United Nations General Assembly.#-#APEC | - | - | ORGANIZATION",
        "Chair’s Statement on the APEC Economic Leaders’ Meeting#With regard to the war, we reiterated our positions expressed in other fora, including the UN Security Council and the UN General Assembly.#-#APEC | - | - | ORGANIZATION",
        // a chair not named is the publisher's; the states the chair reports met are not issuers
        "Chair’s Statement on Principles for Supply Chain Resilience#Today the United States, the European Union, Australia, Canada and Japan met to discuss supply chain disruptions.#The White House#The White House | - | US | ORGANIZATION",
        // a grouping's members the opening lists are states, not the bodies it cites
        "Quad Leaders’ Statement on the Region#We recalled the resolutions of the UN Security Council and the UN General Assembly on the conflict.#-#Quad | - | - | ORGANIZATION",
        // a press statement signed at its end
        "Statement from the Press Secretary on the Situation in Haiti#The United States is deeply concerned by the situation in Haiti. ¶ We will continue to support the people of Haiti. ¶ – Karine Jean-Pierre#The White House#Karine Jean-Pierre | Press Secretary | US | PERSON",
        // a head of government named by office and name alone
        "Readout of Secretary Blinken’s Meeting with Chancellor Scholz#Secretary of State Antony J. Blinken met with Chancellor Scholz in Berlin today.#U.S. Department of State#Antony J. Blinken | Secretary of State | US | PERSON; Scholz | Chancellor | DE | PERSON",
        // states that relay their own joint statement
        "Joint Statement of the P3#The United States, France and the United Kingdom released the following joint statement today. The U.S. delegation was led by Homeland Security Advisor Liz Sherwood-Randall. ¶ The three countries held nuclear threat reduction consultations.#The White House#United States | - | US | STATE; France | - | FR | STATE; United Kingdom | - | GB | STATE",
        // a head of government named in full, without an office, after a call with them
        "PM phone call with Barack Obama#The Prime Minister spoke to President Obama this afternoon about the situation in Ukraine.#-#Barack Obama | President | US | PERSON",
        // the signatories at the end of a joint statement that names no one before
        "Joint Statement#The President and the Prime Minister reaffirmed their commitment to the alliance. ¶ President Joseph R. Biden, Jr. ¶ Prime Minister Kishida Fumio#-#Joseph R. Biden | President | US | PERSON; Kishida Fumio | Prime Minister | JP | PERSON",
        // the subject after a leading adverbial and phrases in lower case that go on with it
        "Japan-Pakistan Foreign Ministers’ Telephone Talk#On May 15, commencing at around 5:00 p.m. for approximately 20 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Makhdoom Shah Mahmood Qureshi, Foreign Minister of the Islamic Republic of Pakistan.#-#MOTEGI Toshimitsu | Minister for Foreign Affairs | JP | PERSON; Makhdoom Shah Mahmood Qureshi | Foreign Minister | PK | PERSON",
        // an organisation the title names, by the short form it writes
        "30th ASEAN Summit Chairman’s Statement#The 30th Summit was held in Manila on 29 April 2017 under the theme of partnering for change.#-#ASEAN | - | - | ORGANIZATION",
        "Readout of the President’s Calls with Senator Murray and Senator Kaine#This afternoon, the President had phone calls with Senator Patty Murray, and then with Senator Tim Kaine.#The White House#Patty Murray | Senator | US | PERSON; Tim Kaine | Senator | US | PERSON",
    })
    void findsAndPlacesTheIssuers(String title, String text, String publisher, String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the group speaks, named as the text writes it; the persons it goes on to name are mentioned
        "G7 Leaders’ Statement on the Middle East#We, the Leaders of the G7, endorse the joint call from President Biden, President Sisi of Egypt, and Amir Tamim of Qatar.#The White House#G7 | - | - | ORGANIZATION",
        // the short form the text gives in parentheses, not the long one
        "G7 Leaders’ Statement#We, the leaders of the Group of Seven (G7), reaffirm our commitment to the people of Syria.#The White House#G7 | - | - | ORGANIZATION",
        // a long form where no short one is written
        "Leaders’ Communiqué#We, the leaders of the Group of Seven, met in Cornwall on 11-13 June 2021 determined to beat COVID-19.#The White House#Group of Seven | - | - | ORGANIZATION",
        // states listed after an opening phrase, a parenthesised abbreviation skipped
        "Joint Statement on Ocean Security#We, the leaders of Japan, the Republic of Korea (ROK), and the United States, convened at Camp David to inaugurate a new era.#The White House#Japan | - | JP | STATE; South Korea | - | KR | STATE; United States | - | US | STATE",
        "Joint Statement on Icebreaker Collaboration#Today, the leaders of the United States, Canada, and Finland announced the Icebreaker Collaboration Effort.#The White House#United States | - | US | STATE; Canada | - | CA | STATE; Finland | - | FI | STATE",
        // the persons who speak for the states follow them: the persons are the parties
        "Joint Statement on Cooperation#The leaders of the United States and Israel, President Joseph R. Biden and Prime Minister Yair Lapid, met today in Jerusalem.#The White House#Joseph R. Biden | President | US | PERSON; Yair Lapid | Prime Minister | IL | PERSON",
        // a line that relays the statement is not its opening: the persons of the next one speak
        "Joint Statement on Support#Today, the leaders of France and the United States of America released the following joint statement following their call: ¶ Today, we — President Macron of France and President Biden of the United States — express our steadfast and united support.#The White House#Macron | President | FR | PERSON; Biden | President | US | PERSON",
        // a line that relays the statement names the group when no one speaks by name after it
        "Joint Statement of NATO and G7 Leaders on the Margins of the Summit#Today, the Leaders of Canada, the European Commission, France, and the United States met on the margins of the G20 Summit in Bali and released the following statement: ¶ We condemn the barbaric missile attacks.#The White House#Canada | - | CA | STATE; European Commission | - | - | ORGANIZATION; France | - | FR | STATE; United States | - | US | STATE",
        // \"As leaders of\", in a statement whose title says only that leaders issue it
        "Joint Leaders Statement on AUKUS#As leaders of Australia, the United Kingdom, and the United States, guided by our enduring ideals, we resolve to deepen cooperation.#The White House#Australia | - | AU | STATE; United Kingdom | - | GB | STATE; United States | - | US | STATE",
        // two leading phrases before the group; a person of the next paragraph is mentioned
        "G7 Leaders’ Statement#Today, on 8 May, we, the Leaders of the Group of Seven (G7), commemorate the end of the Second World War in Europe. ¶ Seventy-seven years later, President Putin and his regime now chose to invade Ukraine.#The White House#G7 | - | - | ORGANIZATION",
        // the principals of the states, who speak for a group of theirs
        "Quad Senior Cyber Group Joint Cybersecurity Statement#We, the Principals of Australia, India, Japan and the United States of the Quad Senior Cyber Group (the Group) met in New Delhi, India on January 30-31, 2023.#The White House#Australia | - | AU | STATE; India | - | IN | STATE; Japan | - | JP | STATE; United States | - | US | STATE",
    })
    void aGroupThatSpeaksInTheOpeningIsTheParty(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a dashed pair of states and what they hold or share
        "Joint Statement on U.S.-China Economic and Trade Meeting in Geneva#Recognizing the importance of their bilateral economic and trade relationship to both countries.#The White House#United States | - | US | STATE; China | - | CN | STATE",
        "Joint Statement on a Framework for a United States – Switzerland – Liechtenstein Agreement on Fair Trade#The two sides intend to finalize the agreement in the coming weeks.#The White House#United States | - | US | STATE; Switzerland | - | CH | STATE; Liechtenstein | - | LI | STATE",
        "Joint Statement on U.S.-EU Task Force on Energy Security#The Task Force reviewed the progress made in the last year.#The White House#United States | - | US | STATE; European Union | - | - | ORGANIZATION",
        // not a war between them
        "Joint Statement on the Russia-Ukraine War#The undersigned condemn the aggression in the strongest terms.#The White House#",
        // their governments, each named again in parentheses
        "Joint Statement on Trade#The Government of the United States of America (the “United States”) and the Government of the People’s Republic of China (“China”), recognizing the importance of their relationship, agree as follows.#The White House#United States | - | US | STATE; China | - | CN | STATE",
    })
    void statesTheTitleOrOpeningPairs(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a press secretary's statement on a meeting between others is the press secretary's
        "Statement by White House Press Secretary Karine Jean-Pierre on the Bilateral Meeting Between President Joe Biden and President Alberto Fernández of Argentina#Today, President Biden met with President Fernández of Argentina at the White House.#The White House#Karine Jean-Pierre | White House Press Secretary | US | PERSON",
        // two persons of one family named as issuers are two, both the publisher's own
        "Statement by President Joe Biden and First Lady Jill Biden on the Passing of Prince Philip of the United Kingdom#Jill and I are saddened to hear of the passing of Prince Philip.#The White House#Joe Biden | President | US | PERSON; Jill Biden | First Lady | US | PERSON",
        // a leader of another government named beside the publisher's is not placed with it
        "Statement from President Biden and President von der Leyen on the Global Summit#Together with the European Union, we are proud to co-host the second Global Summit today.#The White House#Biden | President | US | PERSON; von der Leyen | President | - | PERSON",
        // a bare name in the byline speaks for the publisher; a name and then its office
        "Statement from Jen Psaki on Awarding First Barrels from the Reserve#Today, the Department of Energy awarded the first barrels.#The White House#Jen Psaki | - | US | PERSON",
        "Statement by Karine Jean-Pierre on Senate Republicans Blocking Efforts#Today, Senate Republicans blocked the bill.#The White House#Karine Jean-Pierre | - | US | PERSON",
        "Statement from Jeff Zients, White House COVID-19 Response Coordinator on the Vaccine#Today the FDA authorized the vaccine.#The White House#Jeff Zients | Coordinator | US | PERSON",
        // not a name: a topic after \"from\", a misplaced office, the office alone
        "Statement from Joe President Biden on 10 Years Since the Shooting#Ten years ago, twelve people were killed.#The White House#Biden | President | US | PERSON",
        "Statement from the Press Secretary#The President will travel to Ohio.#The White House#The White House | - | US | ORGANIZATION",
        // a byline's issuers end at its verb; a spokesperson is the publisher's, not the topic's
        "Statement by President Joe Biden, Prime Minister Anthony Albanese, and Prime Minister Narendra Modi Mourning Former Prime Minister Shinzo Abe#We are shocked by the assassination.#The White House#Joe Biden | President | US | PERSON; Anthony Albanese | Prime Minister | AU | PERSON; Narendra Modi | Prime Minister | IN | PERSON",
        "Statement by NSC Spokesperson Adam Hodge Welcoming the Visit of Amir Sheikh Tamim Bin Hamad al-Thani of Qatar#The President looks forward to the visit.#The White House#Adam Hodge | Spokesperson | US | PERSON",
        "Statement from NSC Spokesperson Adrienne Watson Condemning Terrorist Attacks Against Israel#The United States condemns the attacks.#The White House#Adrienne Watson | Spokesperson | US | PERSON",
        // states as the subject of the opening sentence, past a leading phrase; not a topic list
        "Trilateral National Security Advisors Statement on the Missile Launches#The United States, Japan, and the Republic of Korea condemn today’s missile launches.#The White House#United States | - | US | STATE; Japan | - | JP | STATE; South Korea | - | KR | STATE",
        "Joint Leaders Statement on AUKUS#In September 2021, Australia, the United Kingdom and the United States announced AUKUS, a new security partnership.#The White House#Australia | - | AU | STATE; United Kingdom | - | GB | STATE; United States | - | US | STATE",
        "Statement on the Summit#The President welcomed leaders of Japan and Australia to the summit.#The White House#The White House | - | US | ORGANIZATION",
        // a statement by the states its title lists
        "Statement by Australia, Japan, New Zealand, the United Kingdom, and the United States on the Establishment of the Partnership#Today we launch the partnership.#The White House#Australia | - | AU | STATE; Japan | - | JP | STATE; New Zealand | - | NZ | STATE; United Kingdom | - | GB | STATE; United States | - | US | STATE",
        // an organisation whose members the title names as the authors, as it writes it
        "Statement by NATO Defence Ministers#NATO Defence Ministers met today in Brussels. Allies agreed to strengthen air defence.#-#NATO | - | - | ORGANIZATION",
        // an organisation, or its members, as the opening sentence's subject
        "Statement by the Spokesperson on the latest attacks#The European Union condemns the latest attacks against civilians. The EU will continue to support the investigation.#-#European Union | - | - | ORGANIZATION",
        // an office holder who speaks on behalf of an organisation: the organisation
        "Statement by the High Representative on behalf of the EU on the elections#The European Union takes note of the results. The EU will follow developments closely.#-#European Union | - | - | ORGANIZATION",
    })
    void aPressStatementIsItsIssuers(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void findsTheRelationThatADashedPairNames() {
        assertThat(TitleIssuers.relationPair("Joint Statement on the Second Round of U.S.-Germany"
                + " Economic Dialogue")).contains("U.S.-Germany Economic Dialogue");
        assertThat(TitleIssuers.relationPair("Statement on the Russia-Ukraine War")).isEmpty();
        assertThat(TitleIssuers.relationPair("Joint Statement on Framework for United"
                + " States-El Salvador Agreement on Reciprocal Trade"))
                .contains("United States-El Salvador Agreement");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a counterpart named by office and country alone stands for its state
        "Readout of President Biden’s Call with the Prime Minister of Japan#President Biden spoke today with the Prime Minister of Japan to discuss the alliance.#The White House#Biden | President | US | PERSON; Japan | - | JP | STATE",
        // not when a name the finder cannot read follows the office
        "Readout of the Meeting#National Security Advisor Jake Sullivan met today with Qatari Deputy Prime Minister & Foreign Minister Mohammed Bin Abdulrahman Al Thani in Washington.#The White House#Jake Sullivan | National Security Advisor | - | PERSON; Mohammed Bin Abdulrahman Al Thani | Foreign Minister | - | PERSON",
        // nor when a party already holds the office (whose countries this text does not tell)
        "Leaders’ Joint Statement#President Yoon Suk Yeol welcomes President Joseph R. Biden to the Republic of Korea, marking the earliest meeting in a President’s term with the President of the United States.#The White House#Yoon Suk Yeol | President | KR | PERSON; Joseph R. Biden | President | US | PERSON",
        // an instrument between states is theirs, though not a joint statement
        "Agreement Between the United States of America and Malaysia on Reciprocal Trade#The United States of America and Malaysia, hereinafter referred to as the Parties, have agreed as follows.#The White House#United States | - | US | STATE; Malaysia | - | MY | STATE",
        "United States-Australia Framework For Securing of Supply in the Mining and Processing of Critical Minerals#The United States and Australia intend to take measures.#The White House#United States | - | US | STATE; Australia | - | AU | STATE",
        // the other of two leaders takes the state the opening pairs with the publisher's own
        "Joint Statement from President Biden and Prime Minister Meloni#Today, President Biden of the United States and Prime Minister Meloni met at the White House. They reaffirmed the alliance between the United States and Italy.#The White House#Biden | President | US | PERSON; Meloni | Prime Minister | IT | PERSON",
        // not where the placed one is the foreign leader: the publisher's own is not yet placed
        "Readout of President Joe Biden’s Call with Prime Minister Yair Lapid of Israel#President Biden spoke with Prime Minister Lapid. They discussed the talks between Israel and Lebanon.#The White House#Joe Biden | President | US | PERSON; Yair Lapid | Prime Minister | IL | PERSON",
    })
    void counterpartsAndInstruments(String title, String text, String publisher, String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the words of a leading phrase of time or occasion do not push the subject deep
        "Readout of the Meeting#On the margins of the G20 Foreign Ministers’ Meeting in New Delhi today, Secretary of State Antony J. Blinken met with Indian External Affairs Minister Dr. S. Jaishankar.#U.S. Department of State#Antony J. Blinken | Secretary of State | US | PERSON; S. Jaishankar | External Affairs Minister | IN | PERSON",
        // a release on a call with someone reads like a readout; the publisher's unnamed principal
        "PM call with Chancellor Scholz#The Prime Minister spoke to Chancellor Olaf Scholz of Germany today. The leaders discussed Ukraine.#Prime Minister's Office, 10 Downing Street#Olaf Scholz | Chancellor | DE | PERSON; United Kingdom | - | GB | STATE",
        "PM call with President Macron#Prime Minister Boris Johnson spoke to President Emmanuel Macron of France this afternoon. They discussed the pandemic.#Prime Minister's Office, 10 Downing Street#Emmanuel Macron | President | FR | PERSON; Boris Johnson | Prime Minister | GB | PERSON",
        "Joint media release: Australia-Japan-US Defence Ministers’ Meeting#The Minister for Defence Richard Marles, Japanese Minister of Defense Minoru Kihara and United States Secretary of Defense Lloyd Austin met in Darwin today.#Minister for Defence#Richard Marles | Minister for Defence | AU | PERSON; Minoru Kihara | Minister of Defense | JP | PERSON; Lloyd Austin | Secretary of Defense | US | PERSON",
        // but a spokesperson's statement on such a call is the spokesperson's
        "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Call with Foreign Minister Retno Marsudi of Indonesia#National Security Advisor Jake Sullivan spoke today with Foreign Minister Retno Marsudi of Indonesia.#The White House#Emily Horne | Spokesperson | US | PERSON",
        // a text that names no other country places the publisher's own first, not another
        // country's leaders
        "Joint Statement on the Meeting of the Leaders#Today, President Biden, Prime Minister Kishida, and President Yoon met at Camp David.#The White House#Biden | President | US | PERSON; Kishida | Prime Minister | JP | PERSON; Yoon | President | KR | PERSON",
        // the unnamed principal at the seat of their government, without a publisher
        "PM meeting with the Prime Minister of Norway#The Prime Minister hosted Prime Minister Kari Nordmann of Norway in Downing Street this afternoon. ¶ They agreed to deepen cooperation on energy.#-#United Kingdom | - | GB | STATE; Kari Nordmann | Prime Minister | NO | PERSON",
        // the unnamed principal as the other country of a pair with the counterpart's
        "PM meeting with the Taoiseach of Ireland#The Prime Minister spoke to the Irish Taoiseach Seán Murphy this afternoon. ¶ Turning to the challenges faced by the UK and Ireland, the leaders agreed to work together.#-#United Kingdom | - | GB | STATE; Seán Murphy | Taoiseach | IE | PERSON",
        // names before their offices, the publisher's own named first
        "Minister Roe speaks with the Secretary of State for the United Kingdom#The Honourable Jane Roe, Minister of Foreign Affairs, today spoke with John Brown, the United Kingdom’s Secretary of State for Foreign, Commonwealth and Development Affairs. ¶ They discussed the situation in the region.#Global Affairs Canada#Jane Roe | Minister of Foreign Affairs | CA | PERSON; John Brown | Secretary of State for Foreign, Commonwealth and Development Affairs | GB | PERSON",
        // the title's person is the unnamed principal of the opening, past its leading "Today,":
        // the fuller office, and the counterpart they meet
        "Minister Roe meets with the Foreign Minister of Ghana#Today, the Minister of Foreign Affairs met with Kwame Mensah, Minister for Foreign Affairs and Regional Integration of Ghana. ¶ The ministers discussed trade.#Global Affairs Canada#Roe | Minister of Foreign Affairs | CA | PERSON; Kwame Mensah | Minister for Foreign Affairs and Regional Integration | GH | PERSON",
        // an unnamed principal the opening goes on to name is that person, not a state
        "Readout of the Communities Forum#Today, the President spoke with fifty community leaders at the White House. ¶ President Jane Smith thanked them for their work.#The White House#Jane Smith | President | US | PERSON",
        // Germany's style for its foreign minister places her
        "Foreign Minister Baum meets her French counterpart#Federal Foreign Minister Anna Baum today welcomed the Minister for Europe and Foreign Affairs of France, Pierre Martin, to Berlin.#-#Anna Baum | Federal Foreign Minister | DE | PERSON; Pierre Martin | Minister for Europe and Foreign Affairs | FR | PERSON",
    })
    void readsTheOpeningOfAReadout(String title, String text, String publisher, String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the persons left take the one issuing country no placed party stands for
        "Joint Statement on Australia-U.S. Ministerial Consultations (AUSMIN) 2021#Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin hosted Minister for Foreign Affairs Marise Payne and Minister for Defence Peter Dutton in Washington on September 16 for the Australia-U.S. Ministerial Consultations.#-#Antony Blinken | Secretary of State | US | PERSON; Lloyd Austin | Secretary of Defense | US | PERSON; Marise Payne | Minister for Foreign Affairs | AU | PERSON; Peter Dutton | Minister for Defence | AU | PERSON",
        // a release on the negotiations of states is theirs
        "Joint Press Release of DPRK-Russia-China Negotiations Made Public#The vice foreign ministers held negotiations in Beijing on October 9 on the situation of the Korean peninsula.#Naenara News#North Korea | - | KP | STATE; Russia | - | RU | STATE; China | - | CN | STATE",
        // the fuller office the opening writes for the title's short one
        "Secretary Blinken’s Meeting with Slovak Foreign Minister Káčer#Secretary of State Antony J. Blinken met with Slovak Minister of Foreign and European Affairs Rastislav Káčer in Washington today.#U.S. Department of State#Antony J. Blinken | Secretary of State | US | PERSON; Rastislav Káčer | Minister of Foreign and European Affairs | SK | PERSON",
        // a fuller mention completes an office, but another person's office joined on does not
        "Readout of President Biden’s Call with President López Obrador of Mexico#President Joe Biden and President Andrés Manuel López Obrador of Mexico spoke this morning. The President and President López Obrador agreed to meet.#The White House#Joe Biden | President | US | PERSON; Andrés Manuel López Obrador | President | MX | PERSON",
    })
    void placesAndNamesWhatTheTextSupports(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a body of an organisation that a press statement's byline names alone
        "Statement by the North Atlantic Council on the Situation in the Balkans#At its meeting today, the Council decided to issue the following statement.#North Atlantic Treaty Organization#North Atlantic Council | - | - | ORGANIZATION",
        // the one body the title and the opening name; the chair under whom it meets is none
        "Final Communiqué of the 50th Session of the GCC Ministerial Council under the chairmanship of Sheikh Ali bin Hamad Al Thani#The GCC Ministerial Council held its 50th session in Doha on 3 May 2024. ¶ The Council affirmed its support for the Palestinian people.#-#GCC Ministerial Council | - | - | ORGANIZATION",
        // the person the opening names in the office the title names, of the organisation it says
        "Statement of the Chairperson of the African Union Commission on the situation in Chad#The Chairperson of the African Union Commission, H.E. Amina Diallo, is following with deep concern the events in Chad.#-#Amina Diallo | Chairperson of the African Union Commission | - | PERSON",
        "Press statement by the NATO Secretary General following the meeting of Defence Ministers#NATO Secretary General Ola Berg chaired the meeting of Defence Ministers today in Brussels.#North Atlantic Treaty Organization#Ola Berg | Secretary General | - | PERSON",
        // an office that does not say whose it is: the publisher's, not a counterpart's
        "Statement of the Chairperson on the situation in Chad#The Chairperson of the African Union Commission, H.E. Amina Diallo, is following with concern the events in Chad.#African Union Commission#Amina Diallo | Chairperson of the African Union Commission | - | PERSON",
        "Statement from the President on Air Defense for Ukraine#President Petro Ivanenko asked for more air defense systems last week, and we are sending them.#The White House#The White House | - | US | ORGANIZATION",
        // a readout-like release of a ministry: the ministers who stand for the states it names
        "Japan-Viet Nam Foreign Ministers’ Meeting#On 12 March, commencing at 6:00 p.m. for approximately 60 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Bui Thanh Son, Minister of Foreign Affairs of the Socialist Republic of Viet Nam.#Ministry of Foreign Affairs of Japan#KAMIKAWA Yoko | Minister for Foreign Affairs | JP | PERSON; Bui Thanh Son | Minister of Foreign Affairs | VN | PERSON",
        // a news headline's subject states, and the leaders the opening names for them (heads
        // of state or government the text does not place)
        "Indonesia, Singapore sign agreements at Leaders' Retreat#President Joko Widodo and Prime Minister Lee Hsien Loong on Monday held the annual Leaders' Retreat in Singapore.#-#Joko Widodo | President | ID | PERSON; Lee Hsien Loong | Prime Minister | SG | PERSON",
        "Ghana, Togo sign border agreement#The two governments signed the agreement in Lomé on Monday after two years of talks.#-#Ghana | - | GH | STATE; Togo | - | TG | STATE",
        // a ministry's headline verb ends the name
        "Foreign Minister Ana Roe Holds Talks with Foreign Minister of Poland#Minister of Foreign Affairs Ana Roe held talks with Minister of Foreign Affairs of the Republic of Poland Jan Nowak on 20 May in Seoul.#-#Ana Roe | Minister of Foreign Affairs | - | PERSON; Jan Nowak | Minister of Foreign Affairs | PL | PERSON",
        // the title's issuers, three or more, outweigh a person found for one of them
        "Joint Statement by the Foreign Ministers of Ghana, Togo, Benin, and Niger#Secretary Jane Roe meets the ministers in Accra. The Foreign Ministers of Ghana, Togo, Benin, and Niger met today in Accra.#U.S. Department of State#Ghana | - | GH | STATE; Togo | - | TG | STATE; Benin | - | BJ | STATE; Niger | - | NE | STATE",
        // 'Republic of Egypt' places the third minister
        "Joint Press Release after the trilateral meeting of the Ministers of Foreign Affairs of Cyprus, Egypt and Greece#The Minister of Foreign Affairs of the Republic of Cyprus, Mr Andreas Demetriou, the Minister of Foreign Affairs of the Hellenic Republic, Mr Petros Nikolaou and the Minister of Foreign Affairs of the Republic of Egypt, Mr Ahmed Hassan, held a trilateral meeting yesterday in New York.#-#Andreas Demetriou | Minister of Foreign Affairs | CY | PERSON; Petros Nikolaou | Minister of Foreign Affairs | GR | PERSON; Ahmed Hassan | Minister of Foreign Affairs | EG | PERSON",
        // ministers who speak as the member states of an organisation: the organisation
        "Joint Communiqué of the 9th Mekong Foreign Ministers' Meeting#1. We, the Foreign Ministers of the Member States of the Association of Southeast Asian Nations (ASEAN), met on 25 July 2024 in Vientiane. The Meeting was chaired by H.E. Ana Roe, Minister of Foreign Affairs of the Lao PDR.#-#ASEAN | - | - | ORGANIZATION",
        // whatever the kind, the states whose governments or ministries open the text
        "Tenth round of political consultations#The Ministry of Foreign Affairs of Viet Nam and the Ministry of Foreign Affairs of the Lao People's Democratic Republic held the 10th round of political consultations in Hanoi on 8 May 2024.#-#Vietnam | - | VN | STATE; Laos | - | LA | STATE",
        // the governments a passive relaying line names (not ministers the next line names)
        "Joint Statement on the Fourth Ministerial#The text of the following statement was released by the Governments of Ghana, Togo and Benin on the occasion of the Fourth Ministerial. ¶ Begin Text: ¶ The Minister of Foreign Affairs of Ghana and the Ministers of Togo and Benin met on 22 September 2019 in New York.#-#Ghana | - | GH | STATE; Togo | - | TG | STATE; Benin | - | BJ | STATE",
        // the organisations a title's byline lists outweigh the one the opening speaks as
        "Joint Statement by the Principals of FAO, WHO, UNICEF and WFP#As principals of the United Nations humanitarian system, we have all seen the cost of hunger.#-#FAO | - | - | ORGANIZATION; WHO | - | - | ORGANIZATION; UNICEF | - | - | ORGANIZATION; WFP | - | - | ORGANIZATION",
        // a communiqué of an organisation's own summit is the organisation's, not its attendees'
        "Communiqué of the Summit#The Extraordinary Summit of the SADC Heads of State and Government was held in Maputo on 15 June 2013. ¶ Summit was attended by H.E. Ana Roe, President of the Republic of Botswana, and H.E. Jan Doe, President of the Republic of Namibia.#-#SADC | - | - | ORGANIZATION",
        // an organisation by the name the statement writes: the opening's shorter form, the
        // end of the publisher's name that the title opens with
        "Communiqué of the 1055th meeting#Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1055th meeting held on 14 December 2021.#-#Peace and Security Council | - | - | ORGANIZATION",
        "SECURITY COUNCIL PRESS STATEMENT ON TERRORIST ATTACK IN CAIRO#The members of the Security Council condemned in the strongest terms the terrorist attack in Cairo.#United Nations Security Council#Security Council | - | - | ORGANIZATION",
        "Statement from the Press Secretary on the Attack in Cairo#The United States condemns in the strongest terms the terrorist attack in Cairo.#The White House#The White House | - | US | ORGANIZATION",
    })
    void readsTheIssuersOfOtherIssuersPages(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @Test
    void theHostAndTheVisitorOfAVisitIssueWhereNoTitleNamesTheIssuers() {
        assertThat(parties("", "At the invitation of President Ana Roe, President Jan Doe of the"
                + " Republic of Ghana paid a state visit to Togo, 26 - 27 November 1990. During"
                + " this visit the two Presidents exchanged views.", "-"))
                .isEqualTo("Ana Roe | President | TG | PERSON; Jan Doe | President | GH | PERSON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a body whose meeting, or whose unnamed chair, the title says issues the text
        "Communiqué of the 44th Ordinary Summit of SADC Heads of State and Government#The Summit was attended by Heads of State and Government or their representatives.#-#SADC | - | - | ORGANIZATION",
        "Press Statement by the Chairman of the ASEAN Foreign Ministers’ Retreat#1. I chaired the ASEAN Foreign Ministers’ Retreat on 17-18 January 2019 in Chiang Mai.#-#ASEAN | - | - | ORGANIZATION",
        // a body that holds its meeting, not a minister its communiqué goes on to cite
        "Final Communiqué of the Extraordinary#The Council of Foreign Ministers of the Organization of Islamic Cooperation (OIC) held an Extraordinary Meeting in Jeddah on 21 January 2016. ¶ Having considered the letter of the Minister of Foreign Affairs of the Kingdom of Saudi Arabia Mr. Adel bin Ahmad Al-Jubeir, the Council condemns the attacks.#-#OIC | - | - | ORGANIZATION",
        // a body named before its members by those who speak as it
        "Leaders’ Declaration#1. We, the G20 Leaders, meeting for the second time under the Saudi Presidency, stand united.#-#G20 | - | - | ORGANIZATION",
        // a body the title's "of" names as author
        "Statement of the Arab League on the situation in Sudan#The Council of the League of Arab States at the ministerial level called for an immediate ceasefire.#-#Arab League | - | - | ORGANIZATION",
        // the states whose ministers a title or a relaying line lists
        "Joint Statement of the Foreign Ministers of Brazil, Russia, India, China and South Africa#The Foreign Ministers met in New York on 22 September 2022.#-#Brazil | - | BR | STATE; Russia | - | RU | STATE; India | - | IN | STATE; China | - | CN | STATE; South Africa | - | ZA | STATE",
        "Joint Statement of Nordic-Baltic Foreign Ministers#Today, March 2nd 2022, the foreign ministers of Denmark, Estonia and Finland have agreed on the following statement. ¶ We condemn the invasion of Ukraine.#-#Denmark | - | DK | STATE; Estonia | - | EE | STATE; Finland | - | FI | STATE",
        // the persons of two countries an untitled report has meet or call each other
        "Japanese foreign minister urges China to address security concerns#Beijing [China], December 26 : Japanese Foreign Minister Iwaya Takeshi on Wednesday held a meeting and working lunch with his Chinese counterpart Wang Yi in Beijing.#-#Iwaya Takeshi | Foreign Minister | JP | PERSON; Wang Yi | Foreign Minister | CN | PERSON",
        "Saudi FM receives phone call from Iranian counterpart#RIYADH: Saudi Foreign Minister Prince Faisal bin Farhan received a phone call from his Iranian counterpart Hossein Amir-Abdollahian on Sunday.#-#Faisal bin Farhan | Foreign Minister | SA | PERSON; Hossein Amir-Abdollahian | Foreign Minister | IR | PERSON",
        // a call "between" two persons, where that is the title's only byline
        "Press Release on the phone call between the HR/VP Federica Mogherini and the Foreign Minister of Indonesia, Retno Marsudi#The High Representative Federica Mogherini spoke this morning with the Foreign Minister of Indonesia, Retno Marsudi.#-#Retno Marsudi | Foreign Minister | ID | PERSON; Federica Mogherini | High Representative | - | PERSON",
        // but a press secretary's statement on a meeting between others is the press secretary's
        "Statement by White House Press Secretary Jen Psaki on the Meeting between President Joe Biden and President Vladimir Putin of Russia#President Biden will meet President Putin in Geneva on June 16.#The White House#Jen Psaki | White House Press Secretary | US | PERSON",
    })
    void findsBodiesMemberStatesAndOtherMinistriesPersons(String title, String text,
            String publisher, String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // a body's name a heading writes in capitals, as the opening writes it
        "PEACE AND SECURITY COUNCIL#Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its 978th meeting held on 9 February 2021.#-#Peace and Security Council | - | - | ORGANIZATION",
        // a chair's statement is the body's the title names, not the chair's the opening names
        "Chairman's Statement of the 27th ASEAN Regional Forum#1. The Twenty-Seventh Meeting of the ASEAN Regional Forum (ARF) was held via video conference on 12 September 2020. The Meeting was chaired by H.E. Mr Ana Roe, Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam.#Ministry of Foreign Affairs of Japan#ASEAN Regional Forum | - | - | ORGANIZATION",
        // a text without a title: the body whose heads or ministers meet as its members
        "''#The heads of state of the member states of the Shanghai Cooperation Organization participated in the Meeting of the Council of the Heads of State in Beijing from 6 to 7 June 2012. The heads of state noted the changes in the international system.#-#Shanghai Cooperation Organization | - | - | ORGANIZATION",
        "''#The Foreign Ministers of the Member States of the Organization of Islamic Cooperation held their Annual Coordination Meeting in New York on 22 September 2017 under the chairmanship of H.E. Mr Ana Roe, Minister of Foreign Affairs of Ghana. The Meeting reaffirmed the commitment of the Member States.#-#Organization of Islamic Cooperation | - | - | ORGANIZATION",
        // the body whose meeting a place hosted, not the heads who attended it
        "''#On 9-10 June 2018, Qingdao hosted a meeting of the Council of Heads of State of the Shanghai Cooperation Organisation. ¶ The meeting was attended by President of the Republic of Kazakhstan Ana Roe, President of the Russian Federation Jan Doe and President of Mongolia Joe Bloggs.#-#Shanghai Cooperation Organisation | - | - | ORGANIZATION",
        // a press release named by the body's meeting it reports, not its publisher
        "PRESS RELEASE Meeting of the Council of Heads of Member States of the Shanghai Cooperation Organization#A meeting of the Council of Heads of member states of the Shanghai Cooperation Organization was held on September 11 and 12, 2014 in Dushanbe. The meeting was attended by President Ana Roe of the Republic of Kazakhstan and President Jan Doe of the Russian Federation.#Shanghai Cooperation Organization Secretariat#Shanghai Cooperation Organization | - | - | ORGANIZATION",
        // a news agency's report of two ministers of two countries who talk together
        "Pak FM, Russian Counterpart Discuss Matters of 'Mutual Interest'#Benaulim: Pakistan Foreign Minister Ana Roe and his Russian counterpart Jan Doe on Thursday held bilateral talks, which included matters of mutual interest.#-#Ana Roe | Foreign Minister | PK | PERSON; Jan Doe | Foreign Minister | RU | PERSON",
        "Ministers discuss results of Istanbul talks in phone conversation#Russian Foreign Minister Jan Doe and US Secretary of State Ana Roe have discussed the results of the Istanbul talks in a phone conversation, the Russian Foreign Ministry said.#-#Jan Doe | Foreign Minister | RU | PERSON; Ana Roe | Secretary of State | US | PERSON",
        // a plural office of a group, each name followed by its country
        "Joint communiqué by the Presidents of MERCOSUR member states and Bolivia#The Presidents of MERCOSUR Member States, Ana Roe, of the Argentine Republic; Jan Doe, of the Federative Republic of Brazil; and Joe Bloggs, of the Oriental Republic of Uruguay, gathered in Brasilia on 21 December 2017.#-#Ana Roe | President | AR | PERSON; Jan Doe | President | BR | PERSON; Joe Bloggs | President | UY | PERSON",
        // ASEAN Plus Three is a grouping of its own, not ASEAN
        "CHAIRMAN'S STATEMENT OF THE 26TH ASEAN PLUS THREE FOREIGN MINISTERS' MEETING#1. The 26th ASEAN Plus Three Foreign Ministers' Meeting was chaired by The Honourable Ana Roe, Minister of Foreign Affairs of Malaysia.#-#ASEAN Plus Three | - | - | ORGANIZATION",
        // a leading adverbial's times of day in capitals, and its parenthesis, do not push the
        // subject deep
        "Japan-Romania Foreign Ministers' Meeting#On February 26, commencing from 7:40 P.M. until 9:50 P.M., Mr. Ana Roe, Minister for Foreign Affairs of Japan, held a foreign ministers' meeting and dinner with Mr. Jan Doe, Minister of Foreign Affairs of Romania.#-#Ana Roe | Minister for Foreign Affairs | JP | PERSON; Jan Doe | Minister of Foreign Affairs | RO | PERSON",
        "Japan-New Zealand Foreign Ministers' Meeting#On July 10, commencing at 10:30 a.m. local time (11:30 a.m. on July 10, JST) for approximately 30 minutes, Mr. Ana Roe, Minister for Foreign Affairs of Japan, held a Japan-New Zealand Foreign Ministers' Meeting with Mr. Jan Doe, Minister of Foreign Affairs of New Zealand.#-#Ana Roe | Minister for Foreign Affairs | JP | PERSON; Jan Doe | Minister of Foreign Affairs | NZ | PERSON",
    })
    void findsBodiesWhoseTextHasNoUsableTitle(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // persons that are the subject of a call's verb, with their counterpart, on a wire
        "PM dials up his counterpart, discusses cooperation#New Delhi, Aug 5 (IANS) Prime Minister Ana Roe on Saturday had a telephone conversation with his Nepal counterpart Jan Doe.#-#Ana Roe | Prime Minister | - | PERSON; Jan Doe | Prime Minister | NP | PERSON",
        "''#Ana Roe, the Minister of Foreign Affairs of Turkey made a phone call to Jan Doe, the new foreign minister, to congratulate him.#-#Ana Roe | Minister of Foreign Affairs | TR | PERSON; Jan Doe | - | - | PERSON",
        // the counterpart a title leaves out, a bare name at the clause's start
        "Telephone conversation with US President Jan Doe#On Friday Ana Roe had a telephone conversation with President of the United States of America Jan Doe on the American side's initiative.#-#Jan Doe | President | US | PERSON; Ana Roe | - | - | PERSON",
        // a meeting held between two persons, the statement's text past a lead
        "''#King Ana Roe met virtually on Thursday with the Prime Minister of the Republic of Iraq Jan Doe. Following is the text of the joint statement issued by the meeting: Emanating from the firm ties that bind the two countries, a virtual meeting was held between King Ana Roe and His Excellency Jan Doe, the Prime Minister of the Republic of Iraq.#-#Ana Roe | King | - | PERSON; Jan Doe | Prime Minister | IQ | PERSON",
        // states and bodies that are the subject past leading clauses, in untitled texts
        "''#On the occasion of the 30th anniversary of diplomatic relations, at a time when we face common challenges, the Republic of Azerbaijan and the Portuguese Republic reaffirm their commitment to deepen cooperation.#-#Azerbaijan | - | AZ | STATE; Portugal | - | PT | STATE",
        "''#The Commission of the African Union and the European Commission met in Brussels on 28 November for their annual meeting.#-#African Union Commission | - | - | ORGANIZATION; European Commission | - | - | ORGANIZATION",
        "''#The Council of Ministers of the Economic Community of West African States (ECOWAS), meeting in its 52nd ordinary session in Abuja, adopted the following decisions.#-#Economic Community of West African States | - | - | ORGANIZATION",
    })
    void readsTheIssuersFromTheSubjectOfTheOpening(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a fact sheet, or a known publisher's press statement, is the publisher's, whoever met
        "FACT SHEET: Partnership with Ruritania#President Jan Doe hosted Prime Minister Ana Roe of Australia today at the White House.#The White House#",
        "Statement by NSC Spokesperson on National Security Advisor Jan Doe’s Meeting with Foreign Minister Ana Roe of Senegal#National Security Advisor Jan Doe met yesterday with Foreign Minister Ana Roe of Senegal at the White House.#The White House#The White House | - | US | ORGANIZATION",
    })
    void leavesThePublishersTextsToThePublisher(String title, String text, String publisher,
            String expected) {
        assertThat(parties(title, text, publisher)).isEqualTo(expected == null ? "" : expected);
    }
}
