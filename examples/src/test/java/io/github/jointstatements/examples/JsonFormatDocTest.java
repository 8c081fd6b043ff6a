package io.github.jointstatements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.Party;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.Source;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.StatementParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/json-format.md says what the library writes: a table per type naming every field, in
 * the order they are written, and an example that is the library's current output.
 */
class JsonFormatDocTest {

    private static final Path DOC = Path.of("../docs/json-format.md");
    private static final Path SAMPLE = Path.of("samples/rok-us-defense-ministerial-2023.txt");
    private static final ObjectMapper MAPPER = StatementJson.newMapper();
    private static final Pattern EXAMPLE =
            Pattern.compile("(## An example\\n[\\s\\S]*?```json\\n)([\\s\\S]*?)(\\n```)");

    /** The fields a "## heading" table lists, in order. */
    private static List<String> documentedFields(String doc, String heading) {
        int start = doc.indexOf("\n## " + heading + "\n");
        assertThat(start).as("a section \"## %s\" in %s", heading, DOC).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        String section = end < 0 ? doc.substring(start) : doc.substring(start, end);
        List<String> fields = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|").matcher(section);
        while (row.find()) {
            fields.add(row.group(1));
        }
        return fields;
    }

    /** The fields the library's mapper writes for the type, in order. */
    private static List<String> writtenFields(Class<?> type) {
        // the value types are written as their generated Immutable class (@JsonSerialize(as=))
        JsonSerialize as = type.getAnnotation(JsonSerialize.class);
        JavaType written = MAPPER.constructType(as == null ? type : as.as());
        List<String> names = new ArrayList<>();
        for (BeanPropertyDefinition property :
                MAPPER.getSerializationConfig().introspect(written).findProperties()) {
            if (property.couldSerialize()) {
                names.add(property.getName());
            }
        }
        return names;
    }

    @ParameterizedTest
    @CsvSource({"Statement", "Source", "Party", "Pledge", "Event", "Evidence", "Page"})
    void everyFieldIsDocumentedInTheOrderItIsWritten(String heading) throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Class<?> type = switch (heading) {
            case "Statement" -> Statement.class;
            case "Source" -> Source.class;
            case "Party" -> Party.class;
            case "Pledge" -> Pledge.class;
            case "Event" -> Event.class;
            case "Evidence" -> Evidence.class;
            case "Page" -> Page.class;
            default -> throw new IllegalArgumentException(heading);
        };

        assertThat(documentedFields(doc, heading))
                .as("the fields of %s in %s", heading, DOC)
                .containsExactlyElementsOf(writtenFields(type));
    }

    @Test
    void theExampleIsWhatTheLibraryPrintsForTheSample() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher example = EXAMPLE.matcher(doc);
        assertThat(example.find()).as("a ```json block under \"## An example\"").isTrue();
        String actual = StatementJson.writePretty(StatementParser.create().parse(SAMPLE));

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(DOC, doc.substring(0, example.start(2)) + actual
                    + doc.substring(example.end(2)), StandardCharsets.UTF_8);
            return;
        }
        assertThat(StatementJson.read(example.group(2))).isNotNull(); // the contract reads it
        assertThat(example.group(2))
                .as("the example in %s; if the change is right, rerun with -Dgolden.update=true"
                        + " and read the diff", DOC)
                .isEqualTo(actual);
    }
}
