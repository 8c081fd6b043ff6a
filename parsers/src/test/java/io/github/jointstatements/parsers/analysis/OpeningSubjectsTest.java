package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issuers an opening sentence names as the subject of its main verb, and the counterpart. */
class OpeningSubjectsTest {

    private static final OpeningSubjects SUBJECTS = new OpeningSubjects(
            new PersonFinder(Gazetteer.get(), Offices.get()), Gazetteer.get());

    private static String read(String text) {
        List<String> persons = SUBJECTS.read(List.of(new Sentence(0, 0, 0, text.length(), text)))
                .map(r -> r.persons().stream().map(m -> m.name() + " | " + m.role().orElse("-")
                        + " | " + m.country().orElse("-")).toList())
                .orElse(List.of());
        return String.join(" ; ", persons);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a call with a counterpart, past a dateline and a time
        "New Delhi, Aug 5 (IANS) Prime Minister Jan Doe on Saturday had a telephone conversation"
                + " with his Nepal counterpart Ana Roe.#Jan Doe | Prime Minister | - ; Ana Roe"
                + " | Prime Minister | NP",
        // the principal receives the call; a wire's dateline before
        "RIYADH, (WAM - 02nd Apr, 2020) Prince Jan Doe, Minister of Foreign Affairs of Saudi"
                + " Arabia, received a phone call today from US Secretary of State Ana Roe.#Jan"
                + " Doe | Minister of Foreign Affairs | SA ; Ana Roe | Secretary of State | US",
        // a bare name at the clause's start, after a leading time
        "On Friday Jan Doe had a telephone conversation with President of the United States of"
                + " America Ana Roe.#Jan Doe | - | - ; Ana Roe | President | US",
        "On June 10, Jan Doe held a meeting with Foreign Minister of the Federative Republic of"
                + " Brazil Ana Roe on the sidelines of the summit.#Jan Doe | - | - ; Ana Roe |"
                + " Foreign Minister | BR",
        // two persons joined by "and" who act together
        "President of Kazakhstan Jan Doe and Chinese President Ana Roe held talks, according to"
                + " the press service.#Jan Doe | President | KZ ; Ana Roe | President | CN",
        // a meeting held between two persons, after a long leading clause
        "Emanating from the firm ties that bind the two countries, and at the invitation of King"
                + " Jan Doe, a virtual meeting was held between King Jan Doe and His Excellency"
                + " Ana Roe, the Prime Minister of the Republic of Iraq.#Jan Doe | King | - ; Ana"
                + " Roe | Prime Minister | IQ",
        // a line that relays the statement the persons after "by" issued
        "The following statement was issued by US Secretary of State Jan Doe and EU High"
                + " Representative for Foreign Affairs and Security Policy Ana Roe:#Jan Doe |"
                + " Secretary of State | US ; Ana Roe | High Representative for Foreign Affairs and"
                + " Security Policy | -",
        // two ministers who host two others: four parties
        "Foreign Minister Jan Doe and Defence Minister Ana Roe of India hosted Foreign Minister"
                + " Bo Lee and Defence Minister Kim Poe of Australia for the inaugural 2+2"
                + " Ministerial Dialogue.#Jan Doe | Foreign Minister | - ; Ana Roe | Defence"
                + " Minister | IN ; Bo Lee | Foreign Minister | - ; Kim Poe | Defence Minister | AU",
        // a host and the list of those hosted
        "President Jan Doe hosted Prime Minister Ana Roe of Australia, Prime Minister Bo Lee of"
                + " India, and Prime Minister Kim Poe of Japan at the White House.#Jan Doe |"
                + " President | - ; Ana Roe | Prime Minister | AU ; Bo Lee | Prime Minister | IN"
                + " ; Kim Poe | Prime Minister | JP",
    })
    void readsTheSubjectAndItsCounterpart(String text, String expected) {
        assertThat(read(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // one person and no counterpart: a press statement's speaker, not two issuers
        "Foreign Minister Jan Doe reaffirmed the commitment of his country to the treaty.",
        // a verb whose subject is no person
        "The two sides held talks in a friendly atmosphere.",
        // the person after the verb is far from it, in another clause
        "President Jan Doe met with the members of the commission that was set up last year to"
                + " review the budget, chaired by Minister Ana Roe.",
        // persons only mentioned, no verb of the table between them
        "The statement recalled that President Jan Doe and Prime Minister Ana Roe.",
    })
    void readsNoIssuers(String text) {
        assertThat(read(text)).isEmpty();
    }
}
