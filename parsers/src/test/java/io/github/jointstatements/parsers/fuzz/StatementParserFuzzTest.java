package io.github.jointstatements.parsers.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.net.URI;

/**
 * A coverage-guided fuzz test of the whole parse (decoding, page parser choice, page parsing,
 * text analysis) with Jazzer: whatever the bytes, {@link StatementParser#parse(Input)} returns a
 * statement or throws a {@link ParseException} that is not the library's own failure
 * ({@link ParseException.Reason#INTERNAL}). Anything else (another exception, a stack overflow,
 * a hang past Jazzer's per-input timeout, running out of memory) is a finding.
 *
 * <p>In a normal build the test runs in regression mode: once on each input saved in
 * {@code src/test/resources/io/github/jointstatements/parsers/fuzz/StatementParserFuzzTestInputs/parse/}
 * (seeds, and the crashes found so far, kept so they stay fixed). With {@code JAZZER_FUZZ=1}
 * it fuzzes; see the README for a long session.
 */
class StatementParserFuzzTest {

    private static final StatementParser PARSER = StatementParser.builder()
            .maxInputBytes(1 << 20).build();

    private static final String[] NAMES = {"fuzz.html", "fuzz.txt", "fuzz.md", "fuzz"};

    private static final URI[] URLS = {URI.create("https://www.state.gov/joint-statement/"),
        URI.create("https://example.blogspot.com/2023/02/post.html"),
        URI.create("https://www.whitehouse.gov/briefing-room/statements-releases/x/")};

    @FuzzTest(maxDuration = "5m")
    void parse(FuzzedDataProvider data) {
        // the choices come from the end of the input, the document is the rest: a seed file is
        // mostly the document as it is
        String name = data.pickValue(NAMES);
        boolean declared = data.consumeBoolean();
        Format format = data.pickValue(Format.values());
        int url = data.consumeInt(-1, URLS.length - 1);
        byte[] bytes = data.consumeRemainingAsBytes();
        Input input = Input.of(bytes, name);
        if (declared) {
            input = input.withFormat(format);
        }
        if (url >= 0) {
            input = input.withBaseUrl(URLS[url]);
        }
        try {
            PARSER.parse(input);
        } catch (ParseException e) {
            if (e.reason() == ParseException.Reason.INTERNAL) {
                throw new AssertionError("the library failed on its own: " + e.getMessage(), e);
            }
        }
        try {
            PARSER.page(input);
        } catch (ParseException e) {
            if (e.reason() == ParseException.Reason.INTERNAL) {
                throw new AssertionError("the library failed on its own: " + e.getMessage(), e);
            }
        }
    }
}
