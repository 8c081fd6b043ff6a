package io.github.jointstatements.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.jointstatements.core.Statement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one JSON form of a {@link Statement}: the shape of the library's JSON contract (camelCase,
 * absent values omitted, ISO 8601 dates, fields in contract order), for single documents and for
 * JSON Lines.
 *
 * <p>All methods are thread-safe. Reading accepts exactly what writing produces, and ignores
 * fields it does not know so that newer output can be read by older code.
 */
public final class StatementJson {

    private StatementJson() {}

    /**
     * The writers, built on first use: a caller who only wants {@link #newMapper()} (the command
     * line) does not pay for introspecting the statement types at start-up.
     */
    private static final class Writers {
        static final ObjectWriter COMPACT = newMapper().writerFor(Statement.class);
        static final ObjectWriter PRETTY = COMPACT.withDefaultPrettyPrinter();
    }

    /** The reader, built on first use: its deserializers cost more than all the writing. */
    private static final class Readers {
        static final ObjectReader READER = newMapper().readerFor(Statement.class);
    }

    /**
     * Returns a new Jackson mapper configured for the contract's shape, for callers who embed
     * statements in JSON of their own (the command line's envelope, say).
     *
     * @return a new mapper on each call, which the caller may configure further
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
    }

    /**
     * Writes a statement as one line of compact JSON.
     *
     * @param statement the statement
     * @return its JSON, without line breaks
     */
    public static String write(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        try {
            return Writers.COMPACT.writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            // every attribute of a Statement is serialisable: this is a bug, not bad input
            throw new IllegalStateException("cannot write statement " + statement.id(), e);
        }
    }

    /**
     * Writes a statement as indented JSON.
     *
     * @param statement the statement
     * @return its JSON, on several lines
     */
    public static String writePretty(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        try {
            return Writers.PRETTY.writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write statement " + statement.id(), e);
        }
    }

    /**
     * Reads a statement from its JSON form.
     *
     * @param json the JSON of one statement
     * @return the statement, its invariants checked
     * @throws IOException if the text is not JSON of the contract's shape, or breaks one of the
     *     statement's invariants; the message says where
     */
    public static Statement read(String json) throws IOException {
        Objects.requireNonNull(json, "json");
        try {
            return Readers.READER.readValue(json);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // invariant checks of the value types surface here when the JSON is well formed
            throw new IOException("invalid statement: " + e.getMessage(), e);
        }
    }

    /**
     * Writes statements as JSON Lines: one compact statement per line, each line ended by
     * {@code \n}. The writer is not closed.
     *
     * @param statements the statements, written in iteration order
     * @param out where to write them
     * @throws UncheckedIOException if the writer fails
     */
    public static void writeLines(Iterable<Statement> statements, Writer out) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(out, "out");
        try {
            for (Statement statement : statements) {
                out.write(write(statement));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads JSON Lines of statements; blank lines are skipped. The reader is not closed.
     *
     * @param in the JSON Lines
     * @return the statements, in line order
     * @throws IOException if reading fails or a line is not a statement; the message names the
     *     line number
     */
    public static List<Statement> readLines(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Statement> statements = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                statements.add(read(line));
            } catch (IOException e) {
                throw new IOException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return statements;
    }
}
