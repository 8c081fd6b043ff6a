package io.github.jointstatements.core;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class InvariantsTest {

    private static ImmutableStatement.Builder statement(String paragraph) {
        return Statement.builder().id("x").kind(StatementKind.JOINT_STATEMENT)
                .source(Source.builder().parser("text").build()).addParagraph(paragraph);
    }

    @Test
    void countryMustBeAnIsoCode() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Party.builder().name("Japan").kind(PartyKind.STATE)
                        .country("JPN").build())
                .withMessageContaining("\"JPN\"");
    }

    @Test
    void evidenceMustLieInsideItsParagraph() {
        Pledge pledge = Pledge.builder().kind(PledgeKind.PLEDGE).verb("will")
                .text("We will.").evidence(Evidence.of(0, 0, 40)).build();
        assertThatIllegalStateException()
                .isThrownBy(() -> statement("We will.").addPledge(pledge).build())
                .withMessageContaining("[0, 40)").withMessageContaining("length 8");
    }

    @Test
    void evidenceMustPointAtAParagraph() {
        Event event = Event.builder().name("summit").kind(EventKind.SUMMIT)
                .status(EventStatus.HELD).text("x").evidence(Evidence.of(3, 0, 1)).build();
        assertThatIllegalStateException()
                .isThrownBy(() -> statement("x").addEvent(event).build())
                .withMessageContaining("paragraph 3");
    }

    @Test
    void evidenceSpanMustBeOrdered() {
        assertThatIllegalStateException().isThrownBy(() -> Evidence.of(0, 5, 2))
                .withMessageContaining("0:[5, 2)");
    }

    @Test
    void actorsMustNameParties() {
        Pledge pledge = Pledge.builder().kind(PledgeKind.PLEDGE).verb("will").addActor("Japan")
                .text("Japan will.").evidence(Evidence.of(0, 0, 11)).build();
        assertThatIllegalStateException()
                .isThrownBy(() -> statement("Japan will.").addPledge(pledge).build())
                .withMessageContaining("\"Japan\"");
    }
}
