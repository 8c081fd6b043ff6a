package io.github.jointstatements.parsers.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.ParseException.Reason;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.hostile.HostileInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reading URLs, against a local HTTP server on 127.0.0.1: the page and its charset and format
 * from the headers, redirects, and a clear {@link ParseException} for every way a server fails:
 * error statuses, slowness, huge or endless bodies, redirect loops, types that are not pages.
 *
 * <p>Every request goes to the loopback address, every server loop is bounded in count and time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UrlInputTest {

    private static final int CAP = 1024 * 1024;

    private static HttpServer server;
    private static ExecutorService executor;
    private static StatementParser parser;
    private static StatementParser impatient;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        String page = HostileInputs.statementHtml("utf-8");
        server.createContext("/statement.html", ok("text/html; charset=utf-8",
                page.getBytes(StandardCharsets.UTF_8)));
        // no <meta charset>: only the header says windows-1252
        server.createContext("/legacy", ok("text/html; charset=windows-1252", page
                .replace("<meta charset=\"utf-8\">", "").getBytes(Charset.forName("windows-1252"))));
        server.createContext("/statement.md", ok("text/plain", ("---\ntitle: "
                + HostileInputs.STATEMENT_TITLE + "\n---\n\n" + HostileInputs.STATEMENT_BODY)
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, gzip(page.getBytes(StandardCharsets.UTF_8)));
        });
        byte[] bomb = gzip(new byte[64 * CAP]); // 64 MiB of zeros in ~64 KiB, made once
        server.createContext("/gzip-bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, bomb);
        });
        server.createContext("/moved", redirect(301, "/statement.html"));
        server.createContext("/loop-a", redirect(302, "/loop-b"));
        server.createContext("/loop-b", redirect(307, "/loop-a"));
        server.createContext("/chain", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            redirect(302, n >= 20 ? "/statement.html" : "/chain?" + (n + 1)).handle(exchange);
        });
        server.createContext("/to-file", redirect(302, "file:///etc/passwd"));
        server.createContext("/pdf", ok("application/pdf", "%PDF-1.7".getBytes(
                StandardCharsets.US_ASCII)));
        server.createContext("/missing", status(404));
        server.createContext("/broken", status(500));
        server.createContext("/slow", exchange -> {
            pause(5_000); // longer than the read timeout, before any header
            send(exchange, 200, page.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) { // 100 bytes in 10 seconds at most
                    out.write('x');
                    out.flush();
                    pause(100);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
            byte[] chunk = "<p>word word word word</p>\n".repeat(2_000)
                    .getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < 64L * CAP; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up past its cap, as it should
            }
            exchange.close();
        });
        server.createContext("/huge-declared", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 64L * CAP);
            exchange.close(); // the client must not wait for a body it refuses anyway
        });
        server.start();
        // a read timeout that a loaded build machine cannot hit by accident, and a short one
        // for the tests of slow servers
        parser = StatementParser.builder().maxInputBytes(CAP)
                .readTimeout(Duration.ofSeconds(20)).connectTimeout(Duration.ofSeconds(5))
                .maxRedirects(5).build();
        impatient = StatementParser.builder().maxInputBytes(CAP)
                .readTimeout(Duration.ofMillis(1_500)).build();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void readsAPageWithTheCharsetOfTheHeaderAndResolvesAgainstTheAddress() throws Exception {
        Statement statement = parser.parse(url("/statement.html"));
        Statement legacy = parser.parse(url("/legacy"));

        assertThat(statement.title()).contains(HostileInputs.STATEMENT_TITLE);
        assertThat(statement.source().url()).contains(url("/statement.html"));
        assertThat(legacy.paragraphs()).anyMatch(p -> p.contains("“Élysée roadmap”"));
    }

    @Test
    void followsARedirectAndKeepsTheAddressReached() throws Exception {
        Statement statement = parser.parse(url("/moved"));

        assertThat(statement.title()).contains(HostileInputs.STATEMENT_TITLE);
        assertThat(statement.source().url()).contains(url("/statement.html"));
    }

    @Test
    void takesTheFormatFromTheAddressWhenTheTypeIsPlainText() throws Exception {
        Statement statement = parser.parse(url("/statement.md"));

        assertThat(statement.title()).contains(HostileInputs.STATEMENT_TITLE);
        assertThat(statement.source().parser()).isEqualTo("markdown");
    }

    @Test
    void undoesGzipWithinTheSizeCap() throws Exception {
        assertThat(parser.parse(url("/gzip")).title()).contains(HostileInputs.STATEMENT_TITLE);

        ParseException bomb = failure("/gzip-bomb");
        assertThat(bomb.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(bomb.limit()).contains("maxInputBytes");
    }

    @Test
    void errorStatusesAreUnreadable() {
        ParseException missing = failure("/missing");
        ParseException broken = failure("/broken");

        assertThat(missing.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(missing.getMessage()).contains("HTTP status 404 (not found)")
                .contains(url("/missing").toString());
        assertThat(broken.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(broken.getMessage()).contains("HTTP status 500");
    }

    @Test
    void aServerThatStallsOrTricklesHitsTheReadTimeout() {
        for (String path : new String[] {"/slow", "/trickle"}) {
            long start = System.nanoTime();
            ParseException e = failure(impatient, path);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(e.reason()).as(path).isEqualTo(Reason.UNREADABLE);
            assertThat(e.limit()).as(path).contains("readTimeout");
            assertThat(e.getMessage()).as(path).contains("readTimeout=PT1.5S");
            assertThat(millis).as(path).isLessThan(10_000); // not the 5 or 10 s the server takes
        }
    }

    @Test
    void aHugeBodyIsCutAtTheCapAndADeclaredOneIsNotRead() {
        for (String path : new String[] {"/huge", "/huge-declared"}) {
            ParseException e = failure(path);

            assertThat(e.reason()).as(path).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.limit()).as(path).contains("maxInputBytes");
            assertThat(e.getMessage()).as(path).contains("maxInputBytes=" + CAP);
        }
    }

    @Test
    void aRedirectLoopAndTooManyRedirectsAreUnreadable() {
        ParseException loop = failure("/loop-a");
        ParseException chain = failure("/chain?0");

        assertThat(loop.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(loop.getMessage()).contains("redirect loop");
        assertThat(chain.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(chain.limit()).contains("maxRedirects");
    }

    @Test
    void aRedirectOutOfHttpIsRefused() {
        ParseException e = failure("/to-file");

        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(e.getMessage()).contains("not an http or https URL");
    }

    @Test
    void aTypeThatIsNotAPageIsNotText() {
        ParseException e = failure("/pdf");

        assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(e.getMessage()).contains("application/pdf");
    }

    @Test
    void aClosedPortAndAnotherSchemeAreUnreadable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ParseException refused = catchThrowableOfType(ParseException.class,
                () -> parser.parse(URI.create("http://127.0.0.1:" + port + "/x.html")));
        ParseException ftp = catchThrowableOfType(ParseException.class,
                () -> parser.parse(Input.of(URI.create("ftp://127.0.0.1/x.html"))));

        assertThat(refused.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(refused.getMessage()).contains("connection refused");
        assertThat(ftp.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(ftp.getMessage()).contains("not an http or https URL");
    }

    private static ParseException failure(String path) {
        return failure(parser, path);
    }

    private static ParseException failure(StatementParser parser, String path) {
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> parser.parse(url(path)));
        assertThat(e).as(path + " must fail").isNotNull();
        assertThat(e.input()).isEqualTo(url(path).toString());
        return e;
    }

    private static HttpHandler ok(String type, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", type);
            send(exchange, 200, body);
        };
    }

    private static HttpHandler status(int status) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            send(exchange, status, "<html><body><p>Error page</p></body></html>"
                    .getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        };
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, body.length);
            out.write(body);
        } catch (IOException e) {
            // the client hung up early (a refused type, a cap): nothing more to send
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
