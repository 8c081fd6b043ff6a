package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.PartyKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules the party finder runs, each on its own: the opening sentences
 * ({@link OpeningSentences}), the title's issuers ({@link TitleIssuers}), a group that speaks
 * ({@link GroupOpening}), the opening's persons ({@link OpeningPersons}), states and
 * organisations as issuers ({@link StateIssuers}), a readout's counterpart named by office
 * ({@link ReadoutParties}) and the collective office ({@link CollectiveRoles}). Paragraphs are
 * joined by " ¶ ".
 */
class PartyRulesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.get();
    private static final Offices OFFICES = Offices.get();
    private static final PersonFinder PERSONS = new PersonFinder(GAZETTEER, OFFICES);
    private static final StateIssuers STATES = new StateIssuers(GAZETTEER);

    private static List<Sentence> sentences(String text) {
        return SentenceSplitter.split(List.of(text.split(" ¶ ")), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
    }

    private static String names(List<Entity> entities) {
        return String.join("; ", entities.stream().map(Entity::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The following is attributable to the Spokesperson. ¶ The Secretary met the Foreign Minister of Japan today in Tokyo.#The Secretary met the Foreign Minister of Japan today in Tokyo.",
        "Home ¶ Share ¶ President Biden spoke today with Prime Minister Kishida of Japan.#President Biden spoke today with Prime Minister Kishida of Japan.",
        "We, the Leaders of the G7, met today in Hiroshima. ¶ We reaffirm our commitment to a free and open Indo-Pacific.#We, the Leaders of the G7, met today in Hiroshima.|We reaffirm our commitment to a free and open Indo-Pacific.",
    })
    void choosesTheOpeningSentences(String text, String expected) {
        assertThat(String.join("|", OpeningSentences.opening(sentences(text)).stream()
                .map(Sentence::text).toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Joint Statement by President Biden and Prime Minister Kishida on the Alliance#Biden; Kishida",
        "Statement from Jen Psaki on the Meeting#Jen Psaki",
        "Readout of President Biden’s Meeting with President Ghani and Chairman Abdullah of Afghanistan#Biden; Ghani; Abdullah",
        "Statement by President Joe Biden and Prime Minister Narendra Modi Mourning Former Prime Minister Shinzo Abe#Joe Biden; Narendra Modi",
        "Statement on the Russia-Ukraine War#",
        // a "to" inside an office does not end the byline
        "Statement by Assistant to the President for National Security Affairs Jake Sullivan#Jake Sullivan",
        "Statement from the Vice President on the Second Anniversary of January 6, 2021#",
        // a spokesperson met or called is a counterpart, not one who relays the statement
        "Readout of Secretary Jane Roe’s Call with John Brown, Spokesperson and Chief Advisor to the President of Portugal#Jane Roe; John Brown",
        "Readout from NSC Spokesperson John Brown of the Secretary’s Travel#",
    })
    void readsTheTitlesIssuers(String title, String expected) {
        assertThat(String.join("; ", new TitleIssuers(PERSONS).titleIssuers(title, true).stream()
                .map(PersonMention::name).toList())).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "United States–European Commission Joint Statement#United States–European Commission ",
        "Joint Statement from the United States and Norway on Energy#the United States and Norway",
        "Joint Statement on United States-Ukraine Meeting#United States-Ukraine Meeting",
    })
    void findsThePartsOfATitleThatNameIssuers(String title, String expected) {
        assertThat(TitleIssuers.issuerParts(title)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "We, the Leaders of the Group of Seven (G7), met today.#G7",
        "We, the governments of Australia, Canada, and Japan, condemn the attack.#Australia; Canada; Japan",
        "The leaders of the United States and Israel, President Biden and Prime Minister Lapid, met today.#",
        "President Biden met Prime Minister Kishida of Japan today in Washington.#",
        // a chairman's statement: the heads of state or government speak as their grouping
        "1. We, the Heads of State/Government of ASEAN Member States, gathered in Bangkok.#ASEAN",
        // ministers named by their grouping and portfolio, or by their ministry
        "We, the G7 Foreign Ministers of Canada, France and Japan, condemn the attack.#Canada; France; Japan",
        "We, the Ministers of Foreign Affairs of Cyprus, Egypt and Greece, met in Athens.#Cyprus; Egypt; Greece",
        "The Ministers of External Relations of India, Brazil and South Africa, gathered in New Delhi, stressed their hope.#India; Brazil; South Africa",
        // unless they go on to be named
        "The Ministers of Foreign Affairs of Cyprus and Greece, Mr Ioannis Kasoulides and Mr Nikos Kotzias, met.#",
    })
    void readsTheGroupAnOpeningSpeaksAs(String text, String expected) {
        GroupOpening groups = new GroupOpening(GAZETTEER, PERSONS);
        List<GroupOpening.Named> found = groups.collectiveIssuers(sentences(text));
        assertThat(String.join("; ", found.stream().map(n -> groups.entityName(n, "")).toList()))
                .isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "On the margins of the G20 Meeting in New Delhi today, Secretary Antony Blinken met Foreign Minister Wang Yi.#Antony Blinken; Wang Yi#-",
        "The Prime Minister met Prime Minister Mark Carney of Canada this morning.#Mark Carney#Prime Minister",
        "The talks covered many topics, and at their end the visitors thanked President Biden.##-",
        // the person whose leadership a sentence is under is not its subject
        "Under President Jane Smith’s leadership, exports grew. ¶ Senior Advisor Tom Brown met business leaders today.#Tom Brown#-",
    })
    void readsThePersonsTheOpeningHasAsSubjects(String text, String named, String principal) {
        OpeningPersons found = OpeningPersons.read(new TextReadings(GAZETTEER, PERSONS),
                sentences(text));
        assertThat(String.join("; ", found.firstNamed().stream().map(PersonMention::name)
                .toList())).isEqualTo(named == null ? "" : named);
        if (principal != null) {
            assertThat(found.unnamedPrincipal() == null ? "-"
                    : found.unnamedPrincipal().role().orElse("")).isEqualTo(principal);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "the United States, Japan, and the Republic of Korea#true#United States; Japan; South Korea",
        "India, Israel, the UAE and the United States (I2U2)#true#India; Israel; United Arab Emirates; United States",
        "the people of Nigeria and the election in Kenya#true#Nigeria",
        "U.S.-Mexico Joint Declaration#false#United States; Mexico",
        "the Foreign Ministers of the Republic of Chad, the United Republic of the Comoros and the State of Qatar hereby affirm#true#Chad; Comoros; Qatar",
    })
    void readsTheStatesAndOrganisationsATextNamesTogether(String text, boolean runOnly,
            String expected) {
        assertThat(names(STATES.issuingEntities(text, runOnly))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The United States, Japan, and the Republic of Korea condemn the launch.#United States; Japan; South Korea",
        "In September 2021, Australia, the United Kingdom and the United States announced AUKUS.#Australia; United Kingdom; United States",
        "The United States welcomes the agreement.#",
        "The United States and Japan Defense Ministers met.#",
    })
    void readsTheStatesThatOpenASentenceAsItsSubject(String text, String expected) {
        assertThat(names(STATES.subjectEntities(text))).isEqualTo(expected == null ? ""
                : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1055th meeting held on 14 December 2021:#African Union Peace and Security Council",
        "The Peace and Security Council of the African Union, at its 1100th meeting, adopted the following decision:#African Union Peace and Security Council",
        "The North Atlantic Council, at its meeting in Brussels, issued the following statement.#North Atlantic Council",
        // a body the sentence cites, not its subject; no meeting of its own
        "Recalling the resolutions of the Peace and Security Council at its 975th meeting.#",
        "The African Union welcomes the agreement reached by the parties.#",
        "Japan, at its meeting with ASEAN, agreed to the plan.#",
    })
    void readsTheBodyThatAdoptsAStatementAtItsMeeting(String text, String expected) {
        assertThat(STATES.agentBody(text).map(Entity::name).orElse(""))
                .isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        " and #true",
        ", and the #true",
        " (the “United States”) and the Government of the #true",
        " met with #false",
        // a form of state the table does not hold in full: "the United Republic of the Comoros"
        ", the United Republic of the #true",
        ", the Hashemite Kingdom of #true",
        " and the Sultanate of #true",
        " and the Republic #false",
        // the heads of the states listed, named again
        " and the Prime Ministers of #true",
        " and the Presidents of the #true",
        // an organisation's leaders are not a state's; a comma alone opens a new subject
        ", the leaders of the #false",
        ", the Foreign Ministers of the #false",
    })
    void joinsTheNamesOfAList(String between, boolean joins) {
        assertThat(StateIssuers.joins(between)).isEqualTo(joins);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "President Biden spoke today with the Prime Minister of Japan.#Biden; Japan",
        "President Biden spoke today with the Prime Minister of Japan, Fumio Kishida.#Biden",
        "President Biden spoke today with the President of the United States.#Biden",
    })
    void addsACounterpartNamedByOfficeAndCountry(String text, String expected) {
        List<PartyEntry> parties = new ArrayList<>(List.of(new PartyEntry("Biden", List.of("Biden"),
                "President", "US", PartyKind.PERSON, "test")));
        new ReadoutParties(GAZETTEER, OFFICES, new PartyCountries(GAZETTEER, OFFICES, PERSONS))
                .addUnnamedCounterparts(parties, text, new TextReadings(GAZETTEER, PERSONS));
        assertThat(String.join("; ", parties.stream().map(p -> p.name).toList()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Turning to the challenges faced by the UK and Ireland, they agreed to work together.#IE#false#GB",
        "They praised the relationship between Canada and France.#FR#true#CA",
        // without "between", a pair says nothing of relations; nor does a pair of others
        "Canada and France met with Chile.#FR#true#-",
        "They discussed Russia and Ukraine.#FR#false#-",
    })
    void placesTheOtherCountryOfAPairJoinedByAnd(String text, String known, boolean between,
            String expected) {
        String found = new PartyCountries(GAZETTEER, OFFICES, PERSONS).joinedCountry(
                sentences(text).get(0), java.util.Set.of(known), between);
        assertThat(found == null ? "-" : found).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The European Union condemns the latest attacks.#European Union",
        "The members of the UN Security Council condemned the attack.#UN Security Council",
        "The BRICS Ministers of Foreign Affairs held their regular meeting.#BRICS",
        // the grouping's members, an organisation that is not the subject, a possessive
        "The Quad countries (Australia, India, Japan) affirm these principles.#-",
        "Ministers welcomed the European Union’s support.#-",
        "The European Union’s mission will continue.#-",
    })
    void readsTheOrganisationThatOpensASentenceAsItsSubject(String text, String expected) {
        assertThat(STATES.subjectOrganization(text).map(GroupOpening.Named::surface)
                .orElse("-")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "NATO Defence Ministers#NATO",
        "G7 Foreign Ministers’ Statement on the Attack#G7",
        "ASEAN Leaders’ Statement on the Situation#ASEAN",
        // an organisation as a topic, or without its members
        "UN Vote Suspending Russia from the Human Rights Council#-",
        "NATO Summit in Vilnius#-",
    })
    void readsTheOrganisationWhoseMembersATitleNames(String title, String expected) {
        assertThat(STATES.membersOrganization(title).map(GroupOpening.Named::surface)
                .orElse("-")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Secretary of State#US",
        "Deputy Secretary of State#US",
        "Acting Deputy Secretary of Homeland Security#US",
        "Under Secretary of State for Arms Control and International Security#US",
        "Assistant Secretary of State for East Asian and Pacific Affairs#US",
        // another country's office of the same words, and offices the table does not hold
        "Secretary of State for Defence#-",
        "Secretary of State for Foreign, Commonwealth and Development Affairs#-",
        "Deputy Prime Minister#-",
    })
    void placesAnUnqualifiedOfficeAndTheRanksBelowIt(String role, String country) {
        assertThat(PartyCountries.officeCountry(role).orElse("-")).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Prime Minister hosted the Prime Minister of Norway in Downing Street this afternoon.#Prime Minister#GB",
        // a seat whose leaders do not hold the office places nobody
        "The Prime Minister met the President at the White House this afternoon.#Prime Minister#-",
        "The Prime Minister spoke with the President by phone.#Prime Minister#-",
    })
    void placesAnUnnamedPrincipalAtTheSeatOfTheirGovernment(String text, String office,
            String country) {
        assertThat(new PartyCountries(GAZETTEER, OFFICES, PERSONS).seatCountry(sentences(text),
                office).orElse("-")).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Joint Statement of the Defense Ministers of Australia, Japan, and the United States#Defense Minister",
        "Joint Statement of the National Security Advisors of the United States, Japan and Korea#National Security Advisor",
        "Joint Statement by the Foreign Secretaries of India and the UK#Foreign Secretary",
        "Joint Statement on the Alliance#-",
    })
    void givesPersonsWithoutAnOfficeTheCollectiveOne(String title, String role) {
        List<PartyEntry> parties = List.of(new PartyEntry("Marles", List.of("Marles"), null, "AU",
                PartyKind.PERSON, "test"));
        CollectiveRoles.fillRoles(parties, title, List.of());
        assertThat(parties.get(0).role == null ? "-" : parties.get(0).role).isEqualTo(role);
    }

    private static List<PartyEntry> states(String codes) {
        List<PartyEntry> parties = new ArrayList<>();
        for (String code : codes.split(",")) {
            StateIssuers.addEntity(parties, GAZETTEER.country(code).orElseThrow(), "test");
        }
        return parties;
    }

    private static String partyNames(List<PartyEntry> parties) {
        return String.join("; ", parties.stream()
                .map(p -> p.name + (p.country == null ? "" : " (" + p.country + ")")).toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the visitor and the host of a visit, past a line that reports the communiqué
        "LK,NP#Sri Lanka and Nepal issued a joint communique today. ¶ At the invitation of President Anura Perera of Sri Lanka, Prime Minister Ram Thapa of Nepal paid an official visit to Colombo from 3 to 5 May.#Anura Perera (LK); Ram Thapa (NP)",
        "LK,NP#The President of Sri Lanka, H.E. Mr. Anura Perera, is on a State visit to Nepal at the invitation of H.E. Mr. Ram Thapa, Prime Minister of Nepal.#Anura Perera (LK); Ram Thapa (NP)",
        // ministers who open their sentence, the country of one written before its abbreviation
        "LK,NP#Sri Lankan Foreign Minister Anura Perera and Nepal (NPL) Foreign Minister Ram Thapa met today in Geneva.#Anura Perera (LK); Ram Thapa (NP)",
        // persons named in passing stand for nothing: the states stay
        "LK,NP#As a follow-up to the call between President Anura Perera of Sri Lanka and Prime Minister Ram Thapa of Nepal last month, officials of both governments met in Colombo.#Sri Lanka (LK); Nepal (NP)",
        // a person for one state only: the states stay
        "LK,NP#Prime Minister Ram Thapa of Nepal welcomed the delegation of Sri Lanka to Kathmandu today.#Sri Lanka (LK); Nepal (NP)",
        // one who accompanies another is not the other state's party
        "LK,NP#President Anura Perera of Sri Lanka, accompanied by Foreign Minister Ram Thapa of Nepal, visited the site today.#Sri Lanka (LK); Nepal (NP)",
    })
    void personsStandForTheStatesNamedAsIssuers(String codes, String text, String expected) {
        List<PartyEntry> parties = states(codes);
        new IssuerPersons(PERSONS, OFFICES).replaceStates(parties, sentences(text));
        assertThat(partyNames(parties)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the second leader, named in the next paragraph as the subject of their sentence
        "Joint Statement from the United States and Honduras#Vice President Kamala Harris welcomed a delegation to Washington today. ¶ President Ana Lopez of Honduras, who led it, thanked her hosts.#Kamala Harris (US); Ana Lopez (HN)",
        // a counterpart named in passing is not added
        "Joint Statement from the United States and Honduras#Vice President Kamala Harris welcomed a delegation to Washington today, recalling the visit she paid to President Ana Lopez of Honduras last year.#Kamala Harris (US)",
    })
    void addsTheCounterpartOfAStateTheTitleNames(String title, String text, String expected) {
        List<PartyEntry> parties = new ArrayList<>();
        parties.add(new PartyEntry("Kamala Harris", List.of("Kamala", "Harris"), "Vice President",
                "US", PartyKind.PERSON, "test"));
        new IssuerPersons(PERSONS, OFFICES).addCounterparts(parties,
                IssuerPersons.titleStates(STATES, title), sentences(text));
        assertThat(partyNames(parties)).isEqualTo(expected);
    }
}
