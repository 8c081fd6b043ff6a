package io.github.jointstatements.benchmarks;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.internal.Decoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real documents the benchmarks read: the corpus pages and the pages in other scripts bundled
 * in the benchmarks jar, and the White House briefings archive when its folder is at hand.
 */
public final class Documents {

    /** The archive's folder relative to a checkout's root, as the shared workspace lays it out. */
    public static final String DEFAULT_ARCHIVE = "../shared/archive/whitehouse-briefings";

    private Documents() {}

    /** A document as read from disk: its name, its format and its raw bytes. */
    public record Document(String name, Format format, byte[] bytes) {

        /** Returns the bytes decoded as the library decodes them. */
        public String text() {
            return Decoder.decode(bytes, Optional.empty());
        }

        /** Returns the document as an input of decoded text, named and with its format. */
        public Input input() {
            return Input.of(text()).withName(name).withFormat(format);
        }
    }

    /** Returns every corpus source (HTML, text and Markdown), in sorted order. */
    public static List<Document> corpus() {
        return bundled("corpus");
    }

    /**
     * Returns the statement pages in other languages and scripts bundled in the benchmarks jar
     * (Russian, Chinese, Japanese, Korean, Arabic, Greek, French, Vietnamese), in sorted order:
     * real statements' text in markup of ours, each with its {@code provenance.json}.
     */
    public static List<Document> intl() {
        return bundled("intl");
    }

    /**
     * Returns a named set of pages: {@code corpus} (the English corpus, {@link #corpus}) or
     * {@code intl} (pages in other scripts, {@link #intl}); what the benchmarks' {@code pages}
     * parameter names.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static List<Document> pages(String set) {
        return switch (set) {
            case "corpus" -> corpus();
            case "intl" -> intl();
            default -> throw new IllegalArgumentException("no page set named " + set
                    + ": corpus or intl");
        };
    }

    private static List<Document> bundled(String folder) {
        URL url = Documents.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + " in the benchmarks jar: build it with"
                    + " mvn -B -q -pl benchmarks -am package -DskipTests");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/" + folder));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the corpus's HTML pages. */
    public static List<Document> corpusHtml() {
        return corpus().stream().filter(d -> d.format() == Format.HTML).toList();
    }

    /**
     * Returns the documents of a statements archive folder, read recursively, in sorted order.
     *
     * @throws IllegalStateException if the folder does not exist, with a message that says how
     *     to name it
     */
    public static List<Document> archive(String folder) {
        Path root = Path.of(folder);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no archive folder at " + root.toAbsolutePath()
                    + ": give it with -p archive=DIR (the White House briefings archive,"
                    + " whitehouse-briefings)");
        }
        try {
            return read(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Document> read(Path root) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Optional<Format> format = Format.ofFileName(file.getFileName().toString());
                if (format.isPresent()) {
                    documents.add(new Document(root.relativize(file).toString(), format.get(),
                            Files.readAllBytes(file)));
                }
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no .html, .txt or .md documents under " + root);
        }
        return documents;
    }
}
