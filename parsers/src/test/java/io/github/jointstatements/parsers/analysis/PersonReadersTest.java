package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers the person finder runs, each on its own: an office and a name
 * ({@link OfficeHolders}), a plural office and names ({@link PluralOffices}), honorifics and a
 * name ({@link HonorificNames}), and where a name ends ({@link NameReader}). Each reads at the
 * text's first token.
 */
class PersonReadersTest {

    private static final Offices OFFICES = Offices.get();
    private static final NameReader NAMES = new NameReader(OFFICES);
    private static final OfficeHolders HOLDERS = new OfficeHolders(OFFICES, NAMES,
            new OfficeRoles(OFFICES));

    private static String shown(PersonMention m) {
        return m == null ? "none" : (m.named() ? m.name() : "-") + " | " + m.role().orElse("-")
                + " | " + m.country().or(m::organization).orElse("-");
    }

    private static Places places(String text) {
        return new Places(Gazetteer.get().find(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Minister of Defense KONO Taro spoke#KONO Taro | Minister of Defense | -",
        "Prime Minister of Japan Ishiba Shigeru#Ishiba Shigeru | Prime Minister | JP",
        "Prime Minister of the Kingdom of Thailand, H.E. Ms. Yingluck Shinawatra, said#Yingluck Shinawatra | Prime Minister | TH",
        "President of the European Commission Ursula von der Leyen#Ursula von der Leyen | President of the European Commission | European Commission",
        "Defense Minister Prince Khalid bin Salman#Khalid bin Salman | Defense Minister | -",
        "President Joko Widodo of Indonesia met#Joko Widodo | President | ID",
        "Prime Minister met the President#- | Prime Minister | -",
    })
    void readsAnOfficeHolder(String text, String expected) {
        List<Token> tokens = Token.tokenize(text);
        int officeEnd = OFFICES.officeEnd(text, 0).orElseThrow();
        assertThat(shown(HOLDERS.read(text, tokens, places(text), 0, officeEnd, 0)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Presidents Biden and Lula met#Biden | President | -; Lula | President | -",
        "National Security Advisors Sullivan, Shin, and Akiba met#Sullivan | National Security Advisor | -; Shin | National Security Advisor | -; Akiba | National Security Advisor | -",
        "Presidents of the two countries met#",
    })
    void readsAPluralOffice(String text, String expected) {
        List<PersonMention> found = new PluralOffices(OFFICES, NAMES).plural(text,
                Token.tokenize(text), places(text), 0);
        assertThat(String.join("; ", found.stream().map(PersonReadersTest::shown).toList()))
                .isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "H.E. Sheikh Tahnoun bin Zayed Al Nahyan of the UAE joined#Tahnoun bin Zayed Al Nahyan | - | AE",
        "Dr. Jill Biden spoke#Jill Biden | - | -",
        "Mr. Sullivan said#none",
    })
    void readsANameAfterHonorifics(String text, String expected) {
        assertThat(shown(new HonorificNames(NAMES, OFFICES).honorificOnly(text, Token.tokenize(text),
                places(text), 0))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Lloyd J. Austin III held a meeting#4",
        "Ursula von der Leyen and others#4",
        "Abdel Fattah el-Sisi of Egypt#3",
        "Joe Biden Marking the Day#2",
        "J. and others#0",
    })
    void endsANameAtTheFirstWordThatIsNoPartOfIt(String text, int words) {
        assertThat(NAMES.nameEnd(text, Token.tokenize(text), places(text), 0)).isEqualTo(words);
    }
}
