package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            U.S.                                   | COUNTRY      | United States  | US
            US                                     | COUNTRY      | United States  | US
            USA                                    | COUNTRY      | United States  | US
            the United States of America           | COUNTRY      | United States  | US
            the United States’                     | COUNTRY      | United States  | US
            American                               | COUNTRY      | United States  | US
            Americans                              | COUNTRY      | United States  | US
            ROK                                    | COUNTRY      | South Korea    | KR
            the Republic of Korea                  | COUNTRY      | South Korea    | KR
            Korea's                                | COUNTRY      | South Korea    | KR
            Korean                                 | COUNTRY      | South Korea    | KR
            DPRK                                   | COUNTRY      | North Korea    | KP
            the Democratic People’s Republic of Korea | COUNTRY   | North Korea    | KP
            North Korea                            | COUNTRY      | North Korea    | KP
            PRC                                    | COUNTRY      | China          | CN
            the People's Republic of China         | COUNTRY      | China          | CN
            Chinese                                | COUNTRY      | China          | CN
            Taiwan                                 | COUNTRY      | Taiwan         | TW
            UK                                     | COUNTRY      | United Kingdom | GB
            U.K.                                   | COUNTRY      | United Kingdom | GB
            British                                | COUNTRY      | United Kingdom | GB
            Great Britain                          | COUNTRY      | United Kingdom | GB
            UAE                                    | COUNTRY      | United Arab Emirates | AE
            Emirati                                | COUNTRY      | United Arab Emirates | AE
            Japanese                               | COUNTRY      | Japan          | JP
            Dutch                                  | COUNTRY      | Netherlands    | NL
            the Kingdom of Thailand                | COUNTRY      | Thailand       | TH
            Turkey                                 | COUNTRY      | Türkiye        | TR
            Türkiye                                | COUNTRY      | Türkiye        | TR
            Congo                                  | COUNTRY      | Democratic Republic of the Congo | CD
            Republic of the Congo                  | COUNTRY      | Republic of the Congo | CG
            Côte d’Ivoire                          | COUNTRY      | Côte d'Ivoire  | CI
            Kosovo                                 | COUNTRY      | Kosovo         | XK
            Costa Rica                             | COUNTRY      | Costa Rica     | CR
            New Zealand                            | COUNTRY      | New Zealand    | NZ
            Seoul                                  | PLACE        | Seoul          | KR
            Camp David                             | PLACE        | Camp David     | US
            Washington, D.C.                       | PLACE        | Washington     | US
            Phnom Penh                             | PLACE        | Phnom Penh     | KH
            Korean Peninsula                       | PLACE        | Korean Peninsula |
            Indo-Pacific                           | PLACE        | Indo-Pacific   |
            NATO                                   | ORGANIZATION | North Atlantic Treaty Organization |
            EU                                     | ORGANIZATION | European Union |
            the European Commission                | ORGANIZATION | European Commission |
            Council of the EU                      | ORGANIZATION | Council of the European Union |
            European Council                       | ORGANIZATION | European Council |
            UN Security Council                    | ORGANIZATION | United Nations Security Council |
            the Quad                               | ORGANIZATION | Quadrilateral Security Dialogue |
            CEI                                    | ORGANIZATION | Central European Initiative |
            """)
    void looksUpWholeMentions(String mention, EntityType type, String name, String code) {
        Optional<Entity> entity = gazetteer.lookup(mention);

        assertThat(entity).isPresent();
        assertThat(entity.get().type()).isEqualTo(type);
        assertThat(entity.get().name()).isEqualTo(name);
        assertThat(entity.get().countryCode()).isEqualTo(Optional.ofNullable(code));
    }

    @Test
    void looksUpNothingForOrdinaryWordsAndNonMentions() {
        assertThat(gazetteer.lookup("the")).isEmpty();
        assertThat(gazetteer.lookup("Latin American")).isEmpty();
        assertThat(gazetteer.lookup("Ministry")).isEmpty();
        assertThat(gazetteer.lookup("")).isEmpty();
    }

    @Test
    void findsJoinedNamesPossessivesAndNoBreakSpaces() {
        String text = "The U.S.-ROK Alliance and ROK-U.S.-Japan trilateral cooperation, the "
                + "U.S.–Indonesia partnership, Korea's role, the United States’ commitment and "
                + "the Republic\u00A0of\u00A0Korea.";

        List<Mention> mentions = gazetteer.find(text);

        assertThat(mentions).extracting(m -> m.text(text)).containsExactly("U.S.", "ROK", "ROK",
                "U.S.", "Japan", "U.S.", "Indonesia", "Korea", "United States",
                "Republic\u00A0of\u00A0Korea");
        assertThat(mentions).extracting(m -> m.entity().countryCode().orElse(""))
                .containsExactly("US", "KR", "KR", "US", "JP", "US", "ID", "KR", "US", "KR");
        assertThat(mentions).extracting(Mention::form).startsWith(MentionForm.ABBREVIATION);
    }

    @Test
    void prefersTheLongestName() {
        String text = "Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea; the "
                + "Democratic People's Republic of Korea and the Republic of Korea; the Korean "
                + "Peninsula; the South China Sea; New Mexico.";

        assertThat(gazetteer.find(text)).extracting(m -> m.entity().name()).containsExactly(
                "Papua New Guinea", "Guinea-Bissau", "Equatorial Guinea", "Guinea",
                "North Korea", "South Korea", "Korean Peninsula", "South China Sea",
                "New Mexico");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Please polish the text and let us know.
            The Thanksgiving turkey was pardoned.
            Chad F. Wolf and Chad Maisel attended.
            Vernon Jordan spoke.
            The Washington Post reported it.
            Latin American and North American leaders met.
            Funding for Indian Country and American Indian tribes.
            The National Security Council met.
            He studied at Georgia Tech.
            He speaks French and Spanish and is fluent in Korean.
            She speaks Mandarin Chinese, Kurdish, Farsi, Greek, and Portuguese.
            a degree in Classics (Ancient Greek and Latin)
            Federal funding for Houston County and Washington Parish.
            assistance in the counties of Adair, Howard, Lincoln, Montgomery, Washington, and Polk.
            Read it at https://www.example.gov/2023/Japan-Korea-fact-sheet.pdf today.
            Visit Dignity.US or the file Maine.pdf for details.
            Phillip A. Washington was named.
            """)
    void findsNoFalseMentionsInOrdinaryText(String text) {
        assertThat(gazetteer.find(text)).isEmpty();
    }

    @Test
    void leavesOutAbbreviationsTheTextDefinesOtherwise() {
        String redefined = "The working group on Marine Spatial Planning (MSP) met; the MSP will"
                + " report. The WHO (World Health Organization) and the Minerals Security "
                + "Partnership (MSP) were there.";
        String kept = "The Republic of Korea (ROK) and the ROK; the EU (Council Decision 2022/1)"
                + " and the EU.";

        assertThat(gazetteer.find(redefined)).extracting(m -> m.text(redefined))
                .containsExactly("WHO", "World Health Organization",
                        "Minerals Security Partnership");
        assertThat(gazetteer.find(kept)).extracting(m -> m.text(kept))
                .containsExactly("Republic of Korea", "ROK", "ROK", "EU", "EU");
    }

    @Test
    void readsGeorgiaAsTheStateBesideOtherStates() {
        String domestic = "Hurricane relief for Florida, Georgia, and South Carolina.";
        String foreign = "The United States supports Ukraine, Georgia, and Moldova.";

        assertThat(gazetteer.find(domestic)).extracting(m -> m.entity().type())
                .containsOnly(EntityType.PLACE);
        assertThat(gazetteer.find(foreign)).extracting(m -> m.entity().type())
                .containsOnly(EntityType.COUNTRY);
    }

    @Test
    void knowsEveryIsoCountry() {
        Set<String> codes = gazetteer.entities().stream()
                .filter(e -> e.type() == EntityType.COUNTRY)
                .map(e -> e.countryCode().orElseThrow())
                .collect(Collectors.toSet());

        assertThat(codes).containsAll(Set.of(Locale.getISOCountries()));
        assertThat(codes).contains("XK");
        for (String code : Locale.getISOCountries()) {
            String cldr = new Locale("", code).getDisplayCountry(Locale.ENGLISH)
                    .replace(" & ", " and ");
            if (!cldr.contains("SAR") && !cldr.startsWith("St.") && !cldr.contains(" - ")) {
                assertThat(gazetteer.lookup(cldr)).as(cldr)
                        .map(e -> e.countryCode().orElse("")).contains(code);
            }
        }
    }

    @Test
    void givesEveryPlaceAKnownCountryCode() {
        Set<String> codes = Set.of(Locale.getISOCountries());

        assertThat(gazetteer.entities()).allSatisfy(e -> e.countryCode()
                .ifPresent(code -> assertThat(codes.contains(code) || code.equals("XK"))
                        .as(e.name() + " " + code).isTrue()));
    }

    @Test
    void looksUpEveryEntityByItsOwnName() {
        // only Georgia names two entities: the country (found first) and the U.S. state
        assertThat(gazetteer.entities()).allSatisfy(entity -> assertThat(
                gazetteer.lookup(entity.name())).as(entity.name())
                .map(Entity::name).contains(entity.name()));
        assertThat(gazetteer.entities()).filteredOn(e -> !gazetteer.lookup(e.name())
                .orElseThrow().equals(e)).extracting(Entity::name)
                .containsExactly("Georgia");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GUAM                                   | GUAM Organization for Democracy and Economic Development
            the Organization for Democracy and Economic Development | GUAM Organization for Democracy and Economic Development
            the Non-Aligned Movement               | Non-Aligned Movement
            NAM                                    | Non-Aligned Movement
            the Nonaligned Movement                | Non-Aligned Movement
            the African Union Commission           | African Union Commission
            the Commission of the African Union    | African Union Commission
            AU Commission                          | African Union Commission
            AUC                                    | African Union Commission
            the African Union                      | African Union
            AU                                     | African Union
            the ECOWAS Commission                  | ECOWAS Commission
            ECOWAS                                 | Economic Community of West African States
            the Group of 77 and China              | Group of 77
            G77                                    | Group of 77
            the Nordic Council of Ministers        | Nordic Council of Ministers
            the Nordic Council                     | Nordic Council
            the Eurasian Economic Union            | Eurasian Economic Union
            EAEU                                   | Eurasian Economic Union
            the Economic Cooperation Organisation  | Economic Cooperation Organization
            ECOSOC                                 | United Nations Economic and Social Council
            the Pan American Health Organisation   | Pan American Health Organization
            MERCOSUR                               | Mercosur
            IsDB                                   | Islamic Development Bank
            the Parliamentary Assembly of the Council of Europe | Parliamentary Assembly of the Council of Europe
            the Council of Europe                  | Council of Europe
            ODIHR                                  | Office for Democratic Institutions and Human Rights
            the International Labour Organisation  | International Labour Organization
            the European Defense Agency            | European Defence Agency
            """)
    void tellsOrgansFromTheirParentsAndReadsEverySpelling(String mention, String name) {
        Optional<Entity> entity = gazetteer.lookup(mention);

        assertThat(entity).map(Entity::type).contains(EntityType.ORGANIZATION);
        assertThat(entity).map(Entity::name).contains(name);
    }

    @Test
    void readsAnAllCapitalsAbbreviationAsTheOrganisationOnlyInItsExactCase() {
        String text = "The GUAM Council of Ministers met in Kyiv. Marines trained on Guam.";

        assertThat(gazetteer.find(text)).extracting(m -> m.text(text), m -> m.entity().type())
                .containsExactly(
                        Tuple.tuple("GUAM", EntityType.ORGANIZATION),
                        Tuple.tuple("Kyiv", EntityType.PLACE),
                        Tuple.tuple("Guam", EntityType.COUNTRY));
        String shouted = "GUAM BEHAVIORAL HEALTH AND WELLNESS CENTER";
        assertThat(gazetteer.find(shouted)).extracting(m -> m.entity().type())
                .containsExactly(EntityType.COUNTRY);
        assertThat(gazetteer.lookup("Guam")).map(Entity::type).contains(EntityType.COUNTRY);
        assertThat(gazetteer.lookup("GUAM")).map(Entity::type)
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void findsInLinearTime() {
        String text = "U.S.-ROK-Japan ".repeat(100_000) + "United States of ".repeat(50_000);

        assertThat(gazetteer.find(text)).hasSize(300_000 + 50_000);
    }
}
