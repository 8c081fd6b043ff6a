package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoundEventsTest {

    private static final Sentence S = new Sentence(0, 0, 0, 1, ".");

    private static Optional<PartialDate> date(String d) {
        return d == null ? Optional.empty() : Optional.of(PartialDate.parse(d));
    }

    /** Whether a second mention merges into the first; both are meetings. */
    @ParameterizedTest(name = "{0} / {3}")
    @CsvSource(delimiter = '|', value = {
        "the U.S.-China Summit|2023-05|HELD|China-U.S. Summit||UNKNOWN|true",
        "call with Prime Minister Keir Starmer of the United Kingdom||HELD|call with Prime Minister Starmer|2023-01-31|HELD|true",
        "call with President Yoon and Prime Minister Kishida||HELD|call with Prime Minister Kishida||HELD|false",
        "Quad Summit|2023-05|HELD|Quad Summit|2024-05|PLANNED|false",
        "Quad Summit||HELD|Quad Summit||PLANNED|false",
        "Quad Summit||UNKNOWN|Quad Summit||PLANNED|true",
        "meeting with H.E. Jean-Claude Juncker, President of the European Commission||HELD|meeting with President Juncker||HELD|true",
        "meeting with H.E. Jean-Claude Juncker, President of the European Commission||HELD|meeting with President Michel||HELD|false",
    })
    void mergesMentionsOfOneEvent(String first, String firstDate, EventStatus firstStatus,
            String second, String secondDate, EventStatus secondStatus, boolean merged) {
        FoundEvents found = new FoundEvents();
        assertThat(found.add(first, null, EventKind.MEETING, date(firstDate), Optional.empty(),
                firstStatus, S, "first")).isTrue();
        assertThat(found.add(second, null, EventKind.MEETING, date(secondDate),
                Optional.empty(), secondStatus, S, "second")).isEqualTo(!merged);
        assertThat(found.size()).isEqualTo(merged ? 1 : 2);
    }

    /** A later mention that names an event by the place it is held in: "the Chicago Summit". */
    @Test
    void mergesAMentionNamedByTheEventsPlace() {
        FoundEvents found = new FoundEvents();
        found.add("Alliance summit", null, EventKind.SUMMIT, date("2012-05-20"),
                Optional.of("Chicago"), EventStatus.PLANNED, S, "first");
        assertThat(found.add("Chicago Summit", null, EventKind.SUMMIT, Optional.empty(),
                Optional.of("Chicago"), EventStatus.PLANNED, S, "second")).isFalse();
        assertThat(found.add("Riyadh Summit", null, EventKind.SUMMIT, Optional.empty(),
                Optional.of("Riyadh"), EventStatus.PLANNED, S, "third")).isTrue();
        assertThat(found.size()).isEqualTo(2);
    }

    /** Talks named only as a topic are no event; the parties' own dated or placed talks are. */
    @Test
    void dropsTalksNamedOnlyAsATopic() {
        FoundEvents found = new FoundEvents();
        found.add("direct talks between Russia and Ukraine", null, EventKind.TALKS,
                Optional.empty(), Optional.empty(), EventStatus.PLANNED, S, "topic");
        found.add("official talks between Thailand and India", null, EventKind.TALKS,
                date("2013-05-30"), Optional.empty(), EventStatus.HELD, S, "dated");
        found.add("talks between the delegations", null, EventKind.TALKS, Optional.empty(),
                Optional.of("Geneva"), EventStatus.HELD, S, "placed");
        found.dropTopicTalks();
        assertThat(found.size()).isEqualTo(2);
        assertThat(found.get(0).event().name()).startsWith("official talks");
    }

    @Test
    void fillsWhatAMergedMentionAdds() {
        FoundEvents found = new FoundEvents();
        found.add("Quad Summit", null, EventKind.SUMMIT, Optional.empty(), Optional.empty(),
                EventStatus.UNKNOWN, S, "first");
        found.add("the Quad Summit", "QS", EventKind.SUMMIT, date("2023-05"),
                Optional.of("Hiroshima"), EventStatus.HELD, S, "second");
        assertThat(found.get(0).event().date()).isEqualTo(date("2023-05"));
        assertThat(found.get(0).event().location()).contains("Hiroshima");
        assertThat(found.get(0).event().status()).isEqualTo(EventStatus.HELD);
        assertThat(found.get(0).event().acronym()).contains("QS");
    }

    /** A bare "meeting" beside a named meeting of the same day and status is the same one. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "meeting of the White House Competition Council|2024-03-05|meeting|2024-03-05|HELD|1",
        "roundtable discussion|2024-02-07|roundtable|2024-02-07|HELD|1",
        "meeting of the Council|2024-03-05|meeting|2024-03-06|HELD|2",
        "meeting of the Council|2024-03-05|meeting|2024-03-05|PLANNED|2",
        "meeting of the Council|2024-03-05|Summit|2024-03-05|HELD|2",
    })
    void mergesABareMeetingIntoTheNamedOne(String named, String namedDate, String bare,
            String bareDate, EventStatus bareStatus, int left) {
        FoundEvents found = new FoundEvents();
        found.add(bare, null, EventKind.MEETING, date(bareDate), Optional.empty(), bareStatus,
                S, "bare");
        found.markLastOccasion();
        found.add(named, null, EventKind.MEETING, date(namedDate), Optional.empty(),
                EventStatus.HELD, S, "named");
        found.mergeBareMentions();
        assertThat(found.size()).isEqualTo(left);
        if (left == 1) {
            assertThat(found.get(0).event().name()).isEqualTo(named);
            assertThat(found.get(0).occasion()).isTrue();
        }
    }

    @Test
    void dropsEventsNotPlacedInTimeButTheStatementsOwn() {
        FoundEvents found = new FoundEvents();
        found.add("Pacific Islands Forum", null, EventKind.CONFERENCE, Optional.empty(),
                Optional.empty(), EventStatus.UNKNOWN, S, "name only");
        found.add("meeting", null, EventKind.MEETING, Optional.empty(), Optional.empty(),
                EventStatus.UNKNOWN, S, "the statement's own");
        found.markLastOccasion();
        assertThat(found.placedInTime()).extracting(f -> f.event().name())
                .containsExactly("meeting");
    }
}
