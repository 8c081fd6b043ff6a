/**
 * Golden-file tests for page parsers of one's own:
 * {@link io.github.jointstatements.testkit.GoldenFiles}.
 */
module io.github.jointstatements.testkit {
    // tests() hands out JUnit's DynamicTest; check() takes a PageParser
    requires transitive io.github.jointstatements.parsers;
    requires transitive org.junit.jupiter.api;

    exports io.github.jointstatements.testkit;
}
