package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bytes read without a string in between are exactly those that decoding leaves as they
 * are, and the reader of them hands out what a reader of the decoded string would.
 */
class DecoderCleanUtf8Test {

    @ParameterizedTest(name = "[{0}] starts at {1}")
    @CsvSource({
        "3c703e41,                   0",  // <p>A
        "efbbbf3c703e,               3",  // a byte-order mark
        "3c703ec3a9e282ac,           0",  // é €
        "3c703ef09f9880,             0",  // an emoji: a surrogate pair
        "0a093c703e0d0c20,           0",  // tab, line feed, carriage return, form feed
        "3c703e00,                  -1",  // NUL
        "3c703e0b41,                -1",  // a vertical tab
        "3c703e7f,                  -1",  // DEL
        "3c703ec285,                -1",  // U+0085, a C1 control
        "3c703ec2a0,                 0",  // a non-breaking space is text
        "3c703eefbfbd,              -1",  // U+FFFD
        "3c703ec3,                  -1",  // a truncated sequence
        "3c703ee9,                  -1",  // Latin-1 é
        "fffe3c00,                  -1",  // UTF-16
    })
    void finds_the_bytes_decoding_leaves_as_they_are(String hex, int start) {
        assertThat(Decoder.cleanUtf8Start(HexFormat.of().parseHex(hex), Optional.empty()))
                .isEqualTo(start);
    }

    @Test
    void a_single_byte_declaration_is_overruled_only_by_multi_byte_utf8() {
        byte[] ascii = "<meta charset=windows-1252><p>A".getBytes(StandardCharsets.US_ASCII);
        byte[] utf8 = "<meta charset=windows-1252><p>é".getBytes(StandardCharsets.UTF_8);
        assertThat(Decoder.cleanUtf8Start(ascii, Optional.empty())).isEqualTo(-1);
        assertThat(Decoder.cleanUtf8Start(utf8, Optional.empty())).isZero();
        assertThat(Decoder.cleanUtf8Start(utf8, Optional.of(StandardCharsets.UTF_16BE)))
                .isEqualTo(-1);
    }

    @Test
    void a_charset_that_only_decodes_is_trusted_not_an_error() {
        byte[] page = "<meta charset=x-JISAutoDetect><p>A".getBytes(StandardCharsets.US_ASCII);
        assertThat(Decoder.cleanUtf8Start(page, Optional.empty())).isEqualTo(-1);
        assertThat(Decoder.decodeText(page, Optional.empty()).text())
                .isEqualTo("<meta charset=x-JISAutoDetect><p>A");
    }

    @Test
    void clean_bytes_are_what_decoding_returns_unchanged_on_random_bytes() {
        // lengths past 8 and 16 take the eight-byte path, with the odd byte in every position
        byte[][] pieces = {hex("41"), hex("3c"), hex("20"), hex("0a"), hex("09"), hex("0d"),
            hex("0c"), hex("00"), hex("01"), hex("1f"), hex("7f"), hex("7e"), hex("c3a9"),
            hex("c2a0"), hex("c285"), hex("c29f"), hex("efbfbd"), hex("e282ac"),
            hex("f09f9880"), hex("c3"), hex("80"), hex("ff"), hex("eda080"), hex("c0af")};
        Random random = new Random(6);
        for (int n = 0; n < 30_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                // mostly printable ASCII, as in pages
                byte[] piece = random.nextInt(4) > 0 ? pieces[random.nextInt(2)]
                        : pieces[random.nextInt(pieces.length)];
                out.writeBytes(piece);
            }
            byte[] bytes = out.toByteArray();
            Decoder.Text decoded = Decoder.decodeText(bytes, Optional.of(StandardCharsets.UTF_8));
            boolean unchanged = Decoder.strictUtf8(bytes).isPresent()
                    && decoded.controlShare() == 0
                    && decoded.text().equals(new String(bytes, StandardCharsets.UTF_8));
            assertThat(Decoder.isCleanUtf8(bytes, 0)).as(HexFormat.of().formatHex(bytes))
                    .isEqualTo(unchanged);
        }
    }

    @Test
    void reads_what_a_reader_of_the_decoded_string_reads_call_by_call() throws IOException {
        String text = "<p>Seoul \u2014 \uD83D\uDE00\uD83D\uDE00 caf\u00E9 \uD83D\uDE00 end</p>";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            Reader ours = Decoder.utf8Reader(bytes, 0);
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

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
