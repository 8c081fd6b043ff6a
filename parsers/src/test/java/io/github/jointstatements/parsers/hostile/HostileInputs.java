package io.github.jointstatements.parsers.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The hostile inputs of issue 5, generated (none is committed): empty and blank files, binary
 * data, pathological markup and text, broken encodings, broken front matter, a missing file.
 * Each case is a file name, whose extension declares the format as a crawl's file would, and a
 * generator of its bytes; a case without bytes is a path that does not exist.
 *
 * <p>Used by the API's tests here and by the command line's tests (through the test jar).
 */
public final class HostileInputs {

    /** One hostile input: the file it is written to, and its bytes (empty: no file at all). */
    public record Case(String fileName, Supplier<byte[]> bytes) {

        /** Returns whether the case is a path that does not exist. */
        public boolean missing() {
            return bytes == null;
        }

        @Override
        public String toString() {
            return fileName;
        }
    }

    /** A short statement, to wrap in hostile markup or encodings. */
    public static final String STATEMENT_TITLE = "Joint Statement on the Ministerial Meeting";

    /** The body of {@link #STATEMENT_TITLE}, with non-ASCII letters and punctuation. */
    public static final String STATEMENT_BODY = "The Minister of Foreign Affairs of the French"
            + " Republic and the Secretary of State of the United States met in Paris on"
            + " March 3, 2023. The two sides reaffirmed their commitment to the North Atlantic"
            + " Treaty Organization (NATO) and pledged to strengthen cooperation on energy"
            + " security. Both sides welcomed the “Élysée roadmap” and agreed to hold the next"
            + " meeting in Washington in 2024.";

    private static final int MIB = 1024 * 1024;

    private HostileInputs() {}

    /** Returns every case, in a fixed order. */
    public static List<Case> all() {
        return List.of(
                new Case("empty.txt", () -> new byte[0]),
                new Case("whitespace-only.html", () -> utf8(" \n\t\r\n \u00A0 \u2003\n")),
                new Case("random-binary.html", () -> randomBytes(MIB)),
                new Case("gzip-served-as.html", () -> gzip(utf8(statementHtml("utf-8")))),
                new Case("nested-200000-elements.html", () -> utf8(nested(200_000))),
                new Case("unclosed-20000-tags.html", () -> utf8(unclosed(20_000))),
                new Case("line-20mb-no-punctuation.txt", () -> longLine(20 * MIB)),
                new Case("parentheses-200000.txt", () -> utf8(parentheses(200_000))),
                new Case("abbreviations-200000.txt",
                        () -> utf8("U.S. J. U.N. ".repeat(200_000))),
                new Case("invalid-utf8.html", HostileInputs::invalidUtf8),
                new Case("nul-and-control-characters.txt", HostileInputs::controlCharacters),
                new Case("declared-utf8-is-windows-1252.html", () -> statementHtml("utf-8")
                        .getBytes(Charset.forName("windows-1252"))),
                new Case("declared-latin1-is-utf8.html",
                        () -> utf8(statementHtml("iso-8859-1"))),
                new Case("utf16-with-bom.html", () -> withBom(statementHtml("utf-16"))),
                new Case("all-script.html", () -> utf8(allScript(2 * MIB))),
                new Case("links-200000.html", () -> utf8(links(200_000))),
                new Case("table-50000-rows.html", () -> utf8(table(50_000))),
                new Case("broken-front-matter.md", () -> utf8("---\ntitle: [Joint Statement\n"
                        + "date: {2023-03-03\n---\n\n" + STATEMENT_BODY + "\n")),
                new Case("front-matter-without-body.md", () -> utf8("---\ntitle: "
                        + STATEMENT_TITLE + "\ndate: 2023-03-03\n---\n")),
                new Case("does-not-exist.html", null));
    }

    /** Writes every case into {@code folder} (but the missing one) and returns their paths. */
    public static List<Path> writeAll(Path folder) {
        return all().stream().map(c -> write(folder, c)).toList();
    }

    /** Writes one case into {@code folder}, unless it is the missing file, and returns its path. */
    public static Path write(Path folder, Case c) {
        Path path = folder.resolve(c.fileName());
        if (!c.missing()) {
            try {
                Files.write(path, c.bytes().get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    /** Returns a small well-formed statement page declaring {@code charset}. */
    public static String statementHtml(String charset) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"" + charset + "\">"
                + "<title>" + STATEMENT_TITLE + "</title></head><body><article><h1>"
                + STATEMENT_TITLE + "</h1><p>" + STATEMENT_BODY + "</p></article></body></html>";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(20230303L).nextBytes(bytes);
        return bytes;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String nested(int depth) {
        StringBuilder html = new StringBuilder(depth * 12 + 1000);
        html.append("<!DOCTYPE html><html><head><title>").append(STATEMENT_TITLE)
                .append("</title></head><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>").append(STATEMENT_BODY).append("</p>");
        html.append("</div>".repeat(depth));
        return html.append("</body></html>").toString();
    }

    private static String unclosed(int count) {
        StringBuilder html = new StringBuilder(count * 40);
        html.append("<html><body><h1>").append(STATEMENT_TITLE).append("</h1>");
        String[] tags = {"<b>", "<i>", "<span>", "<font>", "<em>", "<a href=x>", "<div>", "<p>"};
        for (int i = 0; i < count; i++) {
            html.append(tags[i % tags.length]).append("word").append(i).append(' ');
        }
        return html.toString();
    }

    private static byte[] longLine(int length) {
        byte[] line = new byte[length];
        byte[] word = "statement ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < length; i++) {
            line[i] = word[i % word.length];
        }
        return line;
    }

    private static String parentheses(int count) {
        return STATEMENT_BODY + " " + "(".repeat(count) + "NATO" + ")".repeat(count) + " "
                + "(a) ".repeat(count / 4) + "\n";
    }

    /**
     * A UTF-8 page with invalid bytes among its valid text: a lone continuation byte, an
     * impossible byte, an overlong and a surrogate encoding, sequences cut short, and a
     * character truncated at the very end.
     */
    private static byte[] invalidUtf8() {
        String body = ("<p>" + STATEMENT_BODY + "</p>").repeat(4);
        byte[] page = utf8(statementHtml("utf-8").replace("<p>" + STATEMENT_BODY + "</p>", body));
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        String text = new String(page, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        int at = text.indexOf("<p>");
        for (byte[] b : bad) {
            int cut = utf8(text.substring(0, at)).length;
            out.write(page, from, cut - from);
            out.writeBytes(b);
            from = cut;
            at = text.indexOf(". ", at + 1) + 1;
        }
        out.write(page, from, page.length - from);
        out.writeBytes(new byte[] {(byte) 0xF0, (byte) 0x9F}); // truncated at the very end
        return out.toByteArray();
    }

    private static byte[] controlCharacters() {
        StringBuilder text = new StringBuilder(STATEMENT_TITLE).append("\n\n");
        String body = STATEMENT_BODY;
        for (int i = 0; i < body.length(); i++) {
            text.append(body.charAt(i));
            if (i % 37 == 0) {
                text.append('\u0000');
            } else if (i % 53 == 0) {
                text.append((char) (1 + i % 31));
            }
        }
        return utf8(text.append('\u007F').append('\u0000').append('\n').toString());
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    private static String allScript(int length) {
        String line = "var statement = document.getElementById('x') || {}; // Joint Statement\n";
        String script = line.repeat(length / 2 / line.length());
        return "<html><head><title></title><script>" + script + "</script></head><body>"
                + "<script>" + script + "</script><noscript></noscript></body></html>";
    }

    private static String links(int count) {
        StringBuilder html = new StringBuilder(count * 50);
        html.append("<html><head><title>Links</title></head><body><h1>")
                .append(STATEMENT_TITLE).append("</h1><p>").append(STATEMENT_BODY)
                .append("</p><ul>");
        for (int i = 0; i < count; i++) {
            html.append("<li><a href=\"/statement/").append(i).append("\">Statement ").append(i)
                    .append("</a>");
        }
        return html.append("</ul></body></html>").toString();
    }

    private static String table(int rows) {
        StringBuilder html = new StringBuilder(rows * 60);
        html.append("<html><head><title>").append(STATEMENT_TITLE).append("</title></head><body>")
                .append("<p>").append(STATEMENT_BODY).append("</p><table>");
        for (int i = 0; i < rows; i++) {
            html.append("<tr><td>").append(i).append("</td><td>NATO</td><td>2023-03-")
                    .append(1 + i % 28).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }
}
