package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.TokenLists.indexOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An event's status; the statement is of 2023-01-31. */
class EventStatusesTest {

    private static final LocalDate ANCHOR = LocalDate.of(2023, 1, 31);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2023-01-30|HELD",
        "2023-01-31|HELD",
        "2022-12|HELD",
        "2023-02|PLANNED",
        "2023-02-01|PLANNED",
        "2023-01|-",
        "2023|-",
    })
    void statesAnEventByItsDate(String date, String expected) {
        Sentence s = new Sentence(0, 0, 0, 1, ".");
        EventStatuses statuses = new EventStatuses(new TimeIndex(List.of(s),
                Optional.of(ANCHOR)), Map.of());
        assertThat(statuses.statusFromDate(Optional.of(PartialDate.parse(date)))
                .map(Enum::name).orElse("-")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PAST|HELD",
        "FUTURE|PLANNED",
        "PRESENT|UNKNOWN",
        "UNKNOWN|UNKNOWN",
    })
    void statesAnEventByTheDirectionOfItsDate(TimeExpression.Direction direction,
            EventStatus expected) {
        assertThat(EventStatuses.byDirection(direction)).isEqualTo(expected);
    }

    /** The nearest cue in the clause of the event "summit". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They prepared for the upcoming summit.|PLANNED",
        "They recalled the recent summit.|HELD",
        "The summit was held in Seoul.|HELD",
        "The summit, to be held in Seoul, matters.|PLANNED",
        "The summit, which will be held in London, matters.|PLANNED",
        "They look forward to a successful summit.|PLANNED",
        "They congratulated Japan on a successful summit.|HELD",
        "They discussed the summit.|-",
        "They attended the summit hosted by Japan.|HELD",
        "They prepared the summit hosted by Japan.|-",
        "They agreed to restart the summit.|PLANNED",
        "They welcomed the summit, which resumed after a pause.|HELD",
        "The upcoming talks; the summit matters.|-",
    })
    void statesAnEventByTheNearestCue(String text, String expected) {
        List<Token> t = Token.tokenize(text);
        int k = indexOf(t, "summit");
        EventStatus cue = EventStatuses.cueNear(t, k, k + 1);
        assertThat(cue == null ? "-" : cue.name()).isEqualTo(expected);
    }

    /** Without a date: a cue ("will"), a pledge that brings an unnamed event, else the tense. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They discussed it at a meeting.|false|HELD",
        "They will discuss it at a meeting.|false|PLANNED",
        "It is a question for a meeting.|false|UNKNOWN",
        "They committed to discuss it at a meeting.|true|PLANNED",
    })
    void statesAnEventByPledgeOrTense(String text, boolean pledge, String expected) {
        Sentence s = new Sentence(0, 0, 0, text.length(), text);
        EventStatuses statuses = new EventStatuses(new TimeIndex(List.of(s),
                Optional.of(ANCHOR)), pledge ? Map.of(0, 5) : Map.of());
        List<Token> t = Token.tokenize(text);
        int k = indexOf(t, "meeting");
        assertThat(statuses.status(s, t, k, k + 1, Optional.empty()).name())
                .isEqualTo(expected);
    }
}
