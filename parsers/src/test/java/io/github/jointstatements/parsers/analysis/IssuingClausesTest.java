package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuingClausesTest {

    private static final IssuingClauses CLAUSES = new IssuingClauses(Gazetteer.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a body's session speaks as that body of its organisation, when the tables know it
        "The 12th session of the Ministerial Council of the Gulf Cooperation Council, held in"
                + " Muscat on Monday, issued its final communique.#GCC Ministerial Council",
        "The 12th session of the Joint Council of the Gulf Cooperation Council, held in"
                + " Muscat on Monday, issued its final communique.#Gulf Cooperation Council",
        "The following statement was issued by the Council of the European Union: the Council"
                + " condemns the attack.#Council of the European Union",
        "The Peace and Security Council of the African Union adopted the following"
                + " communiqué.#African Union Peace and Security Council",
        // no issuing clause, or one that names no organisation
        "The ministers of the Gulf Cooperation Council met in Muscat.#-",
        "The two leaders issued the following joint statement.#-",
        "The African Union welcomed the statement issued by the parties.#-",
    })
    void readsTheOrganisationThatIssuedTheStatement(String text, String expected) {
        List<Sentence> sentences = SentenceSplitter.split(List.of(text), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertThat(CLAUSES.issuer(sentences).map(Entity::name).orElse("-")).isEqualTo(expected);
    }
}
