package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bytes read without a string in between are exactly those that decoding leaves as they
 * are, in the charset decoding chooses, and the reader of them hands out what a reader of the
 * decoded string would.
 */
class DecoderDirectTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @ParameterizedTest(name = "[{0}] read from {1} as {2}")
    @CsvSource({
        "3c703e41,                   0, UTF-8",         // <p>A
        "efbbbf3c703e,               3, UTF-8",         // a byte-order mark
        "3c703ec3a9e282ac,           0, UTF-8",         // é €
        "3c703ef09f9880,             0, UTF-8",         // an emoji: a surrogate pair
        "0a093c703e0d0c20,           0, UTF-8",         // tab, line feed, carriage return, form feed
        "3c703e00,                  -1, ''",            // NUL
        "3c703e0b41,                -1, ''",            // a vertical tab
        "3c703e7f,                  -1, ''",            // DEL
        "3c703ec285,                -1, ''",            // U+0085, a C1 control
        "3c703ec2a0,                 0, UTF-8",         // a non-breaking space is text
        "3c703eefbfbd,               0, UTF-8",         // U+FFFD: text, counted
        "3c703ec3,                   0, windows-1252",  // a truncated sequence alone: not UTF-8
        "3c703ec3a9c3a9c3,          -1, ''",            // mostly UTF-8: U+FFFD for the rest
        "3c703ee9,                   0, windows-1252",  // Latin-1 é
        "3c703ee9e0eee2,             0, windows-1252",  // a Latin-1 word
        "3c703ee9e0eee2e9e0eee2e9e0eee2, 0, windows-1251", // a Cyrillic word
        "3c703ee981,                 0, windows-1252",  // 0x81, undefined: U+FFFD, counted
        "3c703ee98d,                 0, windows-1252",  // 0x8D, undefined: U+FFFD, counted
        "3c703ee901,                -1, ''",            // a C0 control in single-byte text
        "fffe3c00,                  -1, ''",            // UTF-16
    })
    void finds_the_bytes_decoding_leaves_as_they_are(String hex, int start, String charset) {
        Optional<DirectText> direct = Decoder.direct(hex(hex), Optional.empty());
        assertThat(direct.map(DirectText::start).orElse(-1)).isEqualTo(start);
        assertThat(direct.map(d -> d.charset().name()).orElse("")).isEqualTo(charset);
    }

    @Test
    void a_single_byte_declaration_is_overruled_only_by_multi_byte_utf8() {
        byte[] ascii = "<meta charset=windows-1252><p>A".getBytes(StandardCharsets.US_ASCII);
        byte[] utf8 = "<meta charset=windows-1252><p>é".getBytes(StandardCharsets.UTF_8);
        assertThat(Decoder.direct(ascii, Optional.empty()).orElseThrow().charset().name())
                .isEqualTo("windows-1252");
        assertThat(Decoder.direct(utf8, Optional.empty()).orElseThrow().charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(Decoder.direct(utf8, Optional.of(StandardCharsets.UTF_16BE))).isEmpty();
    }

    @Test
    void a_charset_that_only_decodes_is_trusted_not_an_error() {
        byte[] page = "<meta charset=x-JISAutoDetect><p>A".getBytes(StandardCharsets.US_ASCII);
        assertThat(Decoder.direct(page, Optional.empty())).isEmpty();
        assertThat(Decoder.decodeText(page, Optional.empty()).text())
                .isEqualTo("<meta charset=x-JISAutoDetect><p>A");
    }

    @Test
    void a_charset_that_does_not_keep_ascii_is_decoded() {
        // EBCDIC: printable ASCII bytes are other characters
        byte[] page = "<p>A</p>".getBytes(Charset.forName("IBM037"));
        assertThat(Decoder.direct(page, Optional.of(Charset.forName("IBM037")))).isEmpty();
    }

    @Test
    void direct_text_is_what_decoding_returns_on_random_bytes() throws IOException {
        // lengths past 8 and 16 take the eight-byte path, with the odd byte in every position
        byte[][] pieces = {hex("41"), hex("3c"), hex("20"), hex("0a"), hex("09"), hex("0d"),
            hex("0c"), hex("00"), hex("01"), hex("1f"), hex("7f"), hex("7e"), hex("c3a9"),
            hex("c2a0"), hex("c285"), hex("c29f"), hex("efbfbd"), hex("e282ac"),
            hex("f09f9880"), hex("c3"), hex("80"), hex("81"), hex("98"), hex("ff"), hex("e0e0"),
            hex("eda080"), hex("c0af"), hex("3c6d65746120636861727365743d77696e646f77732d31323531")};
        java.util.List<Optional<Charset>> declarations = java.util.Arrays.asList(Optional.empty(),
                Optional.of(StandardCharsets.UTF_8), Optional.of(StandardCharsets.ISO_8859_1),
                Optional.of(WINDOWS_1251));
        Random random = new Random(6);
        int direct = 0;
        for (int n = 0; n < 30_000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                // mostly printable ASCII, as in pages
                byte[] piece = random.nextInt(4) > 0 ? pieces[random.nextInt(2)]
                        : pieces[random.nextInt(pieces.length)];
                out.writeBytes(piece);
            }
            byte[] bytes = out.toByteArray();
            Optional<Charset> declared = declarations.get(random.nextInt(declarations.size()));
            Decoder.Text decoded = Decoder.decodeText(bytes, declared);
            String bytesHex = HexFormat.of().formatHex(bytes) + " " + declared;
            Optional<DirectText> read = Decoder.direct(bytes, declared);
            if (read.isPresent()) {
                direct++;
                assertThat(read.get().text()).as(bytesHex).isEqualTo(decoded.text());
                assertThat(read.get().controlShare()).as(bytesHex)
                        .isEqualTo(decoded.controlShare());
                assertThat(readAll(read.get().reader(), 7)).as(bytesHex).isEqualTo(decoded.text());
            } else {
                // only text decoding changes, or a charset read otherwise, is left to decoding
                String plain = new String(bytes, StandardCharsets.UTF_8);
                boolean cleanUtf8 = Decoder.strictUtf8(bytes).isPresent()
                        && Decoder.withoutControls(plain).equals(plain)
                        && (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8));
                assertThat(cleanUtf8).as(bytesHex).isFalse();
            }
        }
        assertThat(direct).isGreaterThan(10_000);
    }

    @Test
    void reads_what_a_reader_of_the_decoded_string_reads_call_by_call() throws IOException {
        String text = "<p>Seoul \u2014 \uD83D\uDE00\uD83D\uDE00 caf\u00E9 \uD83D\uDE00 end</p>";
        assertReadsLikeAStringReader(text, text.getBytes(StandardCharsets.UTF_8));
        String russian = "<p>\u041C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043E"
                + " \u0438\u043D\u043E\u0441\u0442\u0440\u0430\u043D\u043D\u044B\u0445 \u0434\u0435\u043B</p>";
        assertReadsLikeAStringReader(russian, russian.getBytes(WINDOWS_1251));
    }

    private static void assertReadsLikeAStringReader(String text, byte[] bytes)
            throws IOException {
        DirectText direct = Decoder.direct(bytes, Optional.empty()).orElseThrow();
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            Reader ours = direct.reader();
            Reader strings = new StringReader(text);
            while (true) {
                int length = random.nextInt(6);
                char[] a = new char[8];
                char[] b = new char[8];
                int readA = ours.read(a, 1, length);
                int readB = strings.read(b, 1, length);
                assertThat(readA).isEqualTo(readB);
                assertThat(a).isEqualTo(b);
                if (readB < 0) {
                    break;
                }
            }
        }
    }

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        int n;
        while ((n = reader.read(buffer, 0, chunk)) >= 0) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
