/**
 * The domain of joint-statements: immutable {@link io.github.jointstatements.core.Statement}
 * values and their one JSON form, {@link io.github.jointstatements.core.json.StatementJson}.
 *
 * <p>Jackson is read transitively because {@code StatementJson.newMapper()} returns its
 * {@code ObjectMapper} and the value types carry its annotations.
 */
@SuppressWarnings("requires-automatic") // Immutables names its module in its manifest
module io.github.jointstatements.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    // Immutables' annotations (class retention) are needed to compile only; not transitive,
    // or every module that reads this one would need them to compile
    requires static org.immutables.value.annotations;

    exports io.github.jointstatements.core;
    exports io.github.jointstatements.core.json;

    // the generated ImmutableX.Json delegates that Jackson reads into are package-private
    opens io.github.jointstatements.core to com.fasterxml.jackson.databind;
}
