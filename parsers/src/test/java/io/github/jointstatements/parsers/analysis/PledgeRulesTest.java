package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.PartyKind;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules the pledge finder runs, each on its own: pledge verbs and their conditions
 * ({@link PledgeTriggers}), nouns of standing commitment ({@link StanceCommitments}), subjects
 * ({@link PledgeSubjects}, {@link SubjectLists}), list items ({@link PledgeItems}), the future
 * passive ({@link FuturePassive}) and the small words ({@link PledgeWords}).
 */
class PledgeRulesTest {

    private static final References REFS = new References(List.of(
            new PartyEntry("Joseph R. Biden", List.of("Joseph", "R", "Biden"), "President", "US",
                    PartyKind.PERSON, "test"),
            new PartyEntry("Yoon Suk Yeol", List.of("Yoon", "Suk", "Yeol"), "President", "KR",
                    PartyKind.PERSON, "test")), Gazetteer.get(), Offices.get(), false);

    /** Returns the index of the first token of {@code text} that is {@code word}. */
    private static int indexOf(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).lower().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static String actors(BitSet actors) {
        if (actors == null) {
            return "none";
        }
        return String.join(" + ", actors.stream().mapToObj(i -> REFS.parties().get(i).name)
                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The leaders pledged to expand exercises.|pledged|true",
        "The leaders will, among other commitments, adopt a plan.|will|true",
        "The leaders will discuss expanding cooperation.|will|false",
        "We will discuss how to deepen cooperation.|will|true",
        "The two leaders signaled their intent to move forward.|intent|true",
        "They agreed on strengthening joint cooperation.|agreed|true",
        "They agreed with the assessment.|agreed|false",
        "They decided that the alliance will grow.|decided|true",
        "The leaders reaffirmed their gratitude to the troops.|reaffirmed|false",
        "They are committed, where applicable and consistent with law, to implementing it.|committed|true",
    })
    void meetsTheConditionOfItsVerb(String sentence, String verb, boolean meets) {
        List<Token> t = Token.tokenize(sentence);
        int i = indexOf(t, verb);
        assertThat(PledgeTriggers.meets(PledgeTriggers.TRIGGERS.get(verb), t, i))
                .isEqualTo(meets);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Agree to the full implementation of the plan.|agree|true",
        "Hereby decide to:|decide|true",
        "Leaders agreed to meet again.|agreed|false",
    })
    void readsAPledgeVerbThatOpensItsSentence(String sentence, String verb, boolean opens) {
        List<Token> t = Token.tokenize(sentence);
        assertThat(PledgeTriggers.opensSubjectless(t, indexOf(t, verb))).isEqualTo(opens);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They underscored their continued commitment to peace.|underscored",
        "They expressed commitment to the alliance.|expressed",
        "We are united in our resolve to defend freedom.|united",
        "The commitment to peace is strong.|-",
        "They welcomed the commitment to peace.|-",
    })
    void findsTheVerbOfAStandingCommitment(String sentence, String verb) {
        List<Token> t = Token.tokenize(sentence);
        int noun = -1;
        for (int i = 0; i < t.size() && noun < 0; i++) {
            noun = StanceCommitments.STANCE_NOUNS.contains(t.get(i).lower()) ? i : -1;
        }
        int found = StanceCommitments.stanceVerb(t, noun);
        assertThat(found < 0 ? "-" : t.get(found).lower()).isEqualTo(verb);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The two leaders pledged to act.|pledged|Joseph R. Biden + Yoon Suk Yeol",
        "President Yoon therefore pledged to act.|pledged|Yoon Suk Yeol",
        "We have convened to reaffirm our alliance.|reaffirm|Joseph R. Biden + Yoon Suk Yeol",
        "The United States, in line with its procedures, will act.|will|Joseph R. Biden",
        "The United States and the ROK will act.|will|Joseph R. Biden + Yoon Suk Yeol",
        "The experts will meet in Seoul.|will|none",
        "If the crisis deepens, the leaders will act.|will|Joseph R. Biden + Yoon Suk Yeol",
    })
    void readsTheSubjectOfAPledgeVerb(String sentence, String verb, String expected) {
        References.Words w = REFS.words(sentence);
        assertThat(actors(PledgeSubjects.subject(w, REFS, indexOf(w.tokens, verb))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a) strengthen deterrence;|true",
        "• expand exercises|true",
        "3. Deepen cooperation on space.|true",
        "b.|false",
        "The leaders met.|false",
    })
    void readsAListItem(String text, boolean item) {
        assertThat(PledgeItems.isListItem(text)).isEqualTo(item);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "taken|true",
        "held|true",
        "made|true",
        "take|false",
    })
    void readsAParticiple(String word, boolean participle) {
        assertThat(FuturePassive.isParticiple(word)).isEqualTo(participle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "expand exercises.;|expand exercises",
        "  the plan: |the plan",
    })
    void trimsTheEndOfAnAction(String text, String expected) {
        assertThat(PledgeWords.trimEnd(text)).isEqualTo(expected);
    }
}
