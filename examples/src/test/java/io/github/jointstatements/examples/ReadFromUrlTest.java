package io.github.jointstatements.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.jointstatements.parsers.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ReadFromUrl against a server on 127.0.0.1 that serves the bundled samples: no network. */
class ReadFromUrlTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void serveTheSamples() throws IOException {
        byte[] page = Files.readAllBytes(
                Path.of("samples/press-room/us-uk-consultations-indo-pacific.html"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/releases/us-uk.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/releases/us-uk.html");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void printsTheStatementAtTheAddressAsJsonFollowingRedirects() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ReadFromUrl.main(new String[] {base + "/moved"});
        } finally {
            System.setOut(stdout);
        }

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"title\" : \"Joint Statement on U.S.-UK Consultations on the Indo-Pacific\"")
                // the final address, after the redirect, is the page's url
                .contains("\"url\" : \"" + base + "/releases/us-uk.html\"");
    }

    @Test
    void anHttpErrorIsAParseExceptionNamingTheStatusAndTheAddress() {
        assertThatThrownBy(() -> ReadFromUrl.main(new String[] {base + "/missing"}))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ParseException.Reason.UNREADABLE);
                    assertThat(e.input()).isEqualTo(base + "/missing");
                    assertThat(e.getMessage()).contains("404");
                });
    }
}
