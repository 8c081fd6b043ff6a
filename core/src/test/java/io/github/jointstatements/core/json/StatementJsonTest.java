package io.github.jointstatements.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.EventKind;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.PartialDate;
import io.github.jointstatements.core.Party;
import io.github.jointstatements.core.PartyKind;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.PledgeKind;
import io.github.jointstatements.core.Source;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.StatementKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementJsonTest {

    static Statement sample() {
        String first = "Minister Kim and Secretary Smith held a meeting on March 3, 2024 in Canberra.";
        String second = "The two leaders pledged to hold the Joint Training Exercise (JTX) in May.";
        return Statement.builder()
                .id("js-0123456789abcdef")
                .kind(StatementKind.JOINT_STATEMENT)
                .title("Joint Statement of Minister Kim and Secretary Smith")
                .date(LocalDate.of(2024, 3, 3))
                .location("Canberra")
                .publisher("Example Ministry")
                .language("en")
                .source(Source.builder()
                        .url(URI.create("https://example.org/2024/03/statement.html"))
                        .publishedOn(LocalDate.of(2024, 3, 4))
                        .parser("blogger")
                        .build())
                .addParty(Party.builder().name("Kim Min-jun").role("Minister of Defence")
                        .country("AU").kind(PartyKind.PERSON).addAlias("Minister Kim").build())
                .addParty(Party.builder().name("Jane Smith").role("Secretary of Defense")
                        .country("US").kind(PartyKind.PERSON).build())
                .addParagraph(first)
                .addParagraph(second)
                .addPledge(Pledge.builder().kind(PledgeKind.PLEDGE).verb("pledged")
                        .addActor("Kim Min-jun").addActor("Jane Smith")
                        .action("to hold the Joint Training Exercise (JTX) in May")
                        .timeframe(PartialDate.ofMonth(2024, 5))
                        .text(second).evidence(Evidence.of(1, 0, second.length())).build())
                .addEvent(Event.builder().name("meeting").kind(EventKind.MEETING)
                        .date(PartialDate.of(LocalDate.of(2024, 3, 3))).location("Canberra")
                        .status(EventStatus.HELD).text(first)
                        .evidence(Evidence.of(0, 0, first.length())).build())
                .putAcronym("JTX", "Joint Training Exercise")
                .build();
    }

    @Test
    void writesTheContractShape() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/json/statement.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertThat(StatementJson.writePretty(sample()).replace("\r\n", "\n")).isEqualTo(expected);
    }

    @Test
    void readsWhatItWrites() throws IOException {
        Statement statement = sample();
        assertThat(StatementJson.read(StatementJson.write(statement))).isEqualTo(statement);
        assertThat(StatementJson.read(StatementJson.writePretty(statement))).isEqualTo(statement);
    }

    @Test
    void omitsAbsentValues() {
        Statement bare = Statement.builder().id("x").kind(StatementKind.OTHER)
                .source(Source.builder().parser("text").build()).build();
        assertThat(StatementJson.write(bare)).isEqualTo("{\"id\":\"x\",\"kind\":\"OTHER\","
                + "\"source\":{\"parser\":\"text\"},\"parties\":[],\"paragraphs\":[],"
                + "\"pledges\":[],\"events\":[],\"acronyms\":{}}");
    }

    @Test
    void roundTripsJsonLines() throws IOException {
        StringWriter out = new StringWriter();
        StatementJson.writeLines(List.of(sample(), sample()), out);
        assertThat(out.toString()).hasLineCount(2).doesNotContain("\n ");
        assertThat(StatementJson.readLines(new StringReader(out + "\n\n")))
                .containsExactly(sample(), sample());
    }

    @Test
    void namesTheLineOfABadRecord() {
        String lines = StatementJson.write(sample()) + "\n{\"id\": 3\n";
        assertThatThrownBy(() -> StatementJson.readLines(new StringReader(lines)))
                .isInstanceOf(IOException.class).hasMessageStartingWith("line 2: ");
    }

    @Test
    void rejectsJsonThatBreaksAnInvariant() {
        String json = StatementJson.write(sample()).replace("\"AU\"", "\"Australia\"");
        assertThatThrownBy(() -> StatementJson.read(json))
                .isInstanceOf(IOException.class).hasMessageContaining("\"Australia\"");
    }
}
