package io.github.jointstatements.examples;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Example: reads a statement from a URL and prints it as JSON. The page is fetched with the
 * JDK's {@link HttpClient}; the bytes go to the parser with what the response says of them:
 * the final address (after redirects), the charset of {@code Content-Type} and the format.
 *
 * <pre>java -cp joint-statements.jar io.github.jointstatements.examples.ReadFromUrl URL</pre>
 */
public final class ReadFromUrl {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ReadFromUrl() {}

    /**
     * Reads the statement at the URL given as the first argument and prints it as indented JSON.
     *
     * @param args the URL
     * @throws IOException if the page cannot be fetched
     * @throws InterruptedException if interrupted while fetching
     * @throws ParseException if the page holds no statement
     */
    public static void main(String[] args)
            throws IOException, InterruptedException, ParseException {
        if (args.length != 1) {
            System.err.println("usage: ReadFromUrl URL");
            System.exit(2);
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT)
                .build();
        Statement statement = read(client, URI.create(args[0]), StatementParser.create());
        System.out.println(StatementJson.writePretty(statement));
    }

    /**
     * Fetches a page and reads the statement on it.
     *
     * @throws IOException if the page cannot be fetched or the server answers with an error
     */
    static Statement read(HttpClient client, URI url, StatementParser parser)
            throws IOException, InterruptedException, ParseException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url)
                        .timeout(TIMEOUT)
                        .header("Accept", "text/html, text/plain;q=0.9, */*;q=0.5")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + url);
        }
        Input input = Input.of(response.body(), url.toString()).withBaseUrl(response.uri());
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        Optional<Charset> charset = contentType.flatMap(ReadFromUrl::charset);
        if (charset.isPresent()) {
            input = input.withCharset(charset.get());
        }
        Optional<Format> format = contentType.flatMap(ReadFromUrl::format);
        if (format.isPresent()) {
            input = input.withFormat(format.get());
        }
        return parser.parse(input);
    }

    /** The charset of a {@code Content-Type} header, if it names one the JDK knows. */
    static Optional<Charset> charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Optional.of(Charset.forName(pair[1].strip().replace("\"", "")));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty(); // let the parser find the charset in the bytes
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Format> format(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> Optional.of(Format.HTML);
            case "text/plain" -> Optional.of(Format.TEXT);
            case "text/markdown" -> Optional.of(Format.MARKDOWN);
            default -> Optional.empty();
        };
    }
}
