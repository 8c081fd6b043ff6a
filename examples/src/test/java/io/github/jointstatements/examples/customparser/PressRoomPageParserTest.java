package io.github.jointstatements.examples.customparser;

import io.github.jointstatements.testkit.GoldenFiles;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden-file tests of the example parser: each folder under {@code src/test/golden/press-room}
 * holds a page ({@code source.html}, {@code url.txt}) beside its approved output
 * ({@code expected-page.json}, and {@code expected.json} when the page is a statement).
 * {@code mvn test -Dgolden.update=true} approves new output.
 */
class PressRoomPageParserTest {

    @TestFactory
    Stream<DynamicTest> goldenFiles() {
        return GoldenFiles.of(new PressRoomPageParser()).tests(Path.of("src/test/golden/press-room"));
    }
}
