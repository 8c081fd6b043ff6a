package io.github.jointstatements.parsers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches a URL's bytes with {@code java.net.http} within a parser's limits: a connect timeout,
 * one deadline for the whole response (headers and body, redirects included), a size cap that
 * stops the download as soon as it is passed, a redirect limit with loop detection, and a
 * content-type check made on the headers, before the body is read. The charset and format come
 * from the {@code Content-Type} header.
 *
 * <p>Thread-safe; the HTTP client is created on first use, so parsers that never fetch never
 * start its threads.
 */
final class Fetcher {

    /** What a fetch brings back: the final address, the body, and what the headers said. */
    record Response(URI url, byte[] body, Optional<Charset> charset, Optional<Format> format) {}

    /** Media types of pages: HTML, plain text, Markdown. */
    private static final Map<String, Optional<Format>> PAGE_TYPES = Map.of(
            "text/html", Optional.of(Format.HTML),
            "application/xhtml+xml", Optional.of(Format.HTML),
            "text/plain", Optional.empty(), // a mis-served page is often text/plain: sniff it
            "text/markdown", Optional.of(Format.MARKDOWN),
            "text/x-markdown", Optional.of(Format.MARKDOWN));

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final String userAgent;
    private final long maxBytes;
    private volatile HttpClient client;

    Fetcher(Duration connectTimeout, Duration readTimeout, int maxRedirects, String userAgent,
            long maxBytes) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.userAgent = userAgent;
        this.maxBytes = maxBytes;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** Fetches {@code url}, following redirects; every failure is a {@link ParseException}. */
    Response fetch(String name, URI url) throws ParseException {
        checkScheme(name, url, "");
        long deadline = System.nanoTime() + readTimeout.toNanos();
        Set<URI> seen = new LinkedHashSet<>();
        seen.add(url);
        URI current = url;
        while (true) {
            HttpResponse<byte[]> response = exchange(name, current, deadline);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                URI next = location(name, current, response);
                if (!seen.add(next)) {
                    List<URI> loop = new ArrayList<>(seen);
                    throw failure(name, "a redirect loop: " + join(loop.subList(
                            loop.indexOf(next), loop.size())) + " -> " + next, null);
                }
                if (seen.size() - 1 > maxRedirects) {
                    throw ParseException.unreadableWithin(name, ParseException.Stage.READ,
                            "maxRedirects", maxRedirects, "more than " + maxRedirects
                                    + " redirects (" + join(new ArrayList<>(seen)) + ")", null);
                }
                current = next;
                continue;
            }
            if (status < 200 || status > 299) {
                throw failure(name, "HTTP status " + status + describe(status)
                        + (current.equals(url) ? "" : " from " + current), null);
            }
            HttpHeaders headers = response.headers();
            byte[] body = decompress(name, headers, response.body());
            return new Response(current, body, charset(headers), format(headers));
        }
    }

    private static void checkScheme(String name, URI url, String what) throws ParseException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw failure(name, what + "not an http or https URL", null);
        }
    }

    private HttpResponse<byte[]> exchange(String name, URI url, long deadline)
            throws ParseException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(name, null);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url).GET()
                    .timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,"
                            + "text/markdown;q=0.9,*/*;q=0.1")
                    .header("Accept-Encoding", "gzip, deflate")
                    .build();
        } catch (IllegalArgumentException e) {
            throw failure(name, "not a URL that can be requested: " + e.getMessage(), e);
        }
        Body[] body = new Body[1];
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> {
            boolean read = info.statusCode() >= 200 && info.statusCode() <= 299
                    && acceptable(info.headers())
                    && info.headers().firstValueAsLong("Content-Length").orElse(-1) <= maxBytes;
            body[0] = new Body(read ? maxBytes : -1);
            return body[0];
        });
        try {
            HttpResponse<byte[]> response = future.get(remaining, TimeUnit.NANOSECONDS);
            checkType(name, response.headers(), response.statusCode());
            return response;
        } catch (TimeoutException e) {
            future.cancel(true);
            if (body[0] != null) {
                body[0].abort(); // stop the download: the connection is not held open
            }
            throw timeout(name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw failure(name, "interrupted while fetching", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge tooLarge) {
                throw tooLarge(name, tooLarge.size);
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw ParseException.unreadableWithin(name, ParseException.Stage.READ,
                        "connectTimeout", connectTimeout, "no connection to " + url.getHost(),
                        cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw timeout(name, cause);
            }
            if (cause instanceof ConnectException) {
                throw failure(name, "cannot connect to " + hostAndPort(url)
                        + ": connection refused", cause);
            }
            throw failure(name, "cannot fetch: " + cause, cause);
        }
    }

    private void checkType(String name, HttpHeaders headers, int status) throws ParseException {
        if (status < 200 || status > 299) {
            return;
        }
        if (!acceptable(headers)) {
            throw new ParseException(name, ParseException.Stage.READ,
                    ParseException.Reason.NOT_TEXT, null, "content type "
                            + mediaType(headers).orElse("") + ", not HTML, text or Markdown",
                    null);
        }
        long length = headers.firstValueAsLong("Content-Length").orElse(-1);
        if (length > maxBytes) {
            throw tooLarge(name, length);
        }
    }

    private ParseException tooLarge(String name, long size) {
        return ParseException.limitExceeded(name, ParseException.Stage.READ, null,
                "maxInputBytes", maxBytes, size > maxBytes + 1 ? size + " bytes"
                        : "more than " + maxBytes + " bytes");
    }

    private ParseException timeout(String name, Throwable cause) {
        return ParseException.unreadableWithin(name, ParseException.Stage.READ, "readTimeout",
                readTimeout, "no complete response", cause);
    }

    private static ParseException failure(String name, String detail, Throwable cause) {
        return new ParseException(name, ParseException.Stage.READ,
                ParseException.Reason.UNREADABLE, null, detail, cause);
    }

    private static URI location(String name, URI current, HttpResponse<byte[]> response)
            throws ParseException {
        String location = response.headers().firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw failure(name, "HTTP status " + response.statusCode()
                    + " without a Location to follow", null);
        }
        URI next;
        try {
            next = current.resolve(new URI(location)).normalize();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw failure(name, "a redirect to an invalid address: " + location, e);
        }
        checkScheme(name, next, "a redirect to " + next + ", ");
        return next;
    }

    private static String join(List<URI> urls) {
        StringBuilder out = new StringBuilder();
        for (URI url : urls) {
            out.append(out.length() == 0 ? "" : " -> ").append(url);
        }
        return out.toString();
    }

    private static String hostAndPort(URI url) {
        return url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> " (bad request)";
            case 401 -> " (unauthorized)";
            case 403 -> " (forbidden)";
            case 404 -> " (not found)";
            case 410 -> " (gone)";
            case 429 -> " (too many requests)";
            case 500 -> " (internal server error)";
            case 502 -> " (bad gateway)";
            case 503 -> " (service unavailable)";
            case 504 -> " (gateway timeout)";
            default -> "";
        };
    }

    /** Returns whether the response is a page: HTML, text, Markdown, or of no declared type. */
    private static boolean acceptable(HttpHeaders headers) {
        return mediaType(headers).map(PAGE_TYPES::containsKey).orElse(true);
    }

    private static Optional<String> mediaType(HttpHeaders headers) {
        return headers.firstValue("Content-Type").map(v -> {
            int semicolon = v.indexOf(';');
            return (semicolon < 0 ? v : v.substring(0, semicolon)).strip()
                    .toLowerCase(Locale.ROOT);
        }).filter(t -> !t.isEmpty());
    }

    private static Optional<Format> format(HttpHeaders headers) {
        return mediaType(headers).flatMap(t -> PAGE_TYPES.getOrDefault(t, Optional.empty()));
    }

    /** Returns the charset the {@code Content-Type} header names, if a known one. */
    static Optional<Charset> charset(HttpHeaders headers) {
        String value = headers.firstValue("Content-Type").orElse("");
        for (String parameter : value.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip().replace("\"", "").replace("'", "");
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty(); // an unknown charset declares nothing we can use
                }
            }
        }
        return Optional.empty();
    }

    /** Undoes a gzip or deflate content encoding, within the size cap (no zip bomb). */
    private byte[] decompress(String name, HttpHeaders headers, byte[] body)
            throws ParseException {
        String encoding = headers.firstValue("Content-Encoding").orElse("identity").strip()
                .toLowerCase(Locale.ROOT);
        if (encoding.equals("identity") || encoding.isEmpty()) {
            return body;
        }
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
            default -> null;
        }) {
            if (in == null) {
                throw failure(name, "content encoding " + encoding + " is not supported", null);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(name, bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new ParseException(name, ParseException.Stage.DECODE,
                    ParseException.Reason.MALFORMED, null,
                    "content encoding " + encoding + " cannot be undone: " + e.getMessage(), e);
        }
    }

    /** The body was larger than the cap: the download was stopped. */
    private static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        private final long size;

        TooLarge(long size) {
            super("more than the size cap: " + size + " bytes");
            this.size = size;
        }
    }

    /**
     * Collects a body up to a size cap, cancelling the download when it is passed; with a cap of
     * -1 it discards the body at once (an error page, a redirect, a type that is not read).
     */
    private static final class Body implements HttpResponse.BodySubscriber<byte[]> {

        private final long cap;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        Body(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (cap < 0) {
                subscription.cancel();
                result.complete(new byte[0]);
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(bytes.size()
                            + (long) buffer.remaining()));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        void abort() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new HttpTimeoutException("aborted"));
        }
    }
}
