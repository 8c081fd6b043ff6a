package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scan by which UTF-8 bytes are read straight into a page's parser accepts exactly the
 * well-formed UTF-8 (RFC 3629) that holds no control character decoding would drop, wherever a
 * sequence stands against the words of eight and sixteen bytes that ASCII is read in; and the
 * zero bytes that tell UTF-16 without a byte-order mark are counted as one by one.
 */
class DecoderUtf8ScanTest {

    @ParameterizedTest(name = "[{0}] is UTF-8 to read directly: {1}")
    @CsvSource({
        "c280,        false",  // U+0080, a C1 control
        "c29f,        false",  // U+009F, the last C1 control
        "c2a0,        true",   // U+00A0
        "c1bf,        false",  // an overlong two-byte form
        "c0af,        false",  // an overlong slash
        "dfbf,        true",   // U+07FF, the last of two bytes
        "e080af,      false",  // an overlong three-byte form
        "e0a080,      true",   // U+0800, the first of three bytes
        "ed9fbf,      true",   // U+D7FF, the last before the surrogates
        "eda080,      false",  // U+D800, a surrogate
        "edbfbf,      false",  // U+DFFF, a surrogate
        "ee8080,      true",   // U+E000, the first after them
        "efbfbd,      true",   // U+FFFD
        "efbfbf,      true",   // U+FFFF
        "f08fbfbf,    false",  // an overlong four-byte form
        "f0908080,    true",   // U+10000
        "f48fbfbf,    true",   // U+10FFFF
        "f4908080,    false",  // past U+10FFFF
        "f5808080,    false",  // no such lead byte
        "ff,          false",
        "80,          false",  // a continuation byte alone
        "c3,          false",  // truncated at the end
        "e282,        false",
        "f09f98,      false",
        "c341,        false",  // a lead byte before ASCII
        "e241ac,      false",  // a second byte that is no continuation
        "e28241,      false",
    })
    void reads_the_edges_of_utf8_as_rfc_3629_draws_them(String sequence, boolean direct) {
        // at every distance from the end of a word of ASCII
        for (int prefix = 0; prefix < 20; prefix++) {
            byte[] bytes = HexFormat.of().parseHex("41".repeat(prefix) + sequence + "41".repeat(prefix % 3));
            assertThat(isDirectUtf8(bytes)).as("%d bytes before [%s]", prefix, sequence)
                    .isEqualTo(direct);
        }
    }

    @Test
    void accepts_exactly_clean_well_formed_utf8_on_random_bytes() {
        byte[][] pieces = {hex("41"), hex("20"), hex("0a"), hex("09"), hex("0d"), hex("0c"),
            hex("00"), hex("0b"), hex("7f"), hex("d0bf"), hex("d0a0"), hex("e4b8ad"),
            hex("e69687"), hex("ec9db8"), hex("d8b9"), hex("c2a0"), hex("c285"), hex("efbfbd"),
            hex("f09f9880"), hex("f48fbfbf"), hex("f4908080"), hex("f08fbfbf"), hex("e080af"),
            hex("eda080"), hex("c0af"), hex("c3"), hex("e282"), hex("f09f98"), hex("80"),
            hex("bf"), hex("ff")};
        // letters of one script in runs, with the lead bytes at the edges of the runs read a
        // word at a time among them
        byte[][] letters = {hex("d0bf"), hex("d0a0"), hex("d8b9"), hex("c380"), hex("dfbf"),
            hex("c2a0"), hex("e4b8ad"), hex("e69687"), hex("ec9db8"), hex("e18080"),
            hex("ecbfbf"), hex("ee8080"), hex("e0a080"), hex("ed9fbf"), hex("efbfbd"),
            hex("efbca1")};
        Random random = new Random(9);
        int direct = 0;
        for (int n = 0; n < 50_000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int count = random.nextInt(60);
            for (int i = 0; i < count; i++) {
                // runs of valid Cyrillic, Chinese, ASCII, with an odd sequence among them
                int pick = random.nextInt(10);
                byte[] piece = pick < 3 ? letters[random.nextInt(4) + (random.nextBoolean() ? 0 : 6)]
                        : pick < 5 ? letters[random.nextInt(letters.length)]
                        : pick < 9 ? pieces[random.nextInt(2)] : pieces[random.nextInt(pieces.length)];
                out.writeBytes(piece);
            }
            byte[] bytes = out.toByteArray();
            String hex = HexFormat.of().formatHex(bytes);
            Optional<String> strict = strict(bytes);
            boolean clean = strict.isPresent()
                    && Decoder.withoutControls(strict.get()).equals(strict.get());
            assertThat(isDirectUtf8(bytes)).as(hex).isEqualTo(clean);
            if (clean) {
                direct++;
                DirectText text = Decoder.direct(bytes, Optional.of(StandardCharsets.UTF_8))
                        .orElseThrow();
                Decoder.Text decoded = Decoder.decodeText(bytes, Optional.of(StandardCharsets.UTF_8));
                assertThat(text.text()).as(hex).isEqualTo(decoded.text());
                assertThat(text.controlShare()).as(hex).isEqualTo(decoded.controlShare());
            }
        }
        assertThat(direct).isGreaterThan(5_000);
    }

    @Test
    void reads_long_runs_of_one_script_with_odd_sequences_among_them() {
        // runs long enough to be read a word at a time, broken by a space, a character at the
        // edge of what the words take, or a malformed sequence, at any offset
        byte[][] twoBytes = {hex("d0bf"), hex("d0a0"), hex("d18f"), hex("c380"), hex("dfbf")};
        byte[][] threeBytes = {hex("e4b8ad"), hex("e69687"), hex("ec9db8"), hex("e18080"),
            hex("ecbfbf"), hex("ee8080")};
        byte[][] odd = {hex("20"), hex("41"), hex("c2a0"), hex("c285"), hex("c1bf"),
            hex("e0a080"), hex("e080af"), hex("ed9fbf"), hex("eda080"), hex("efbfbd"),
            hex("f09f9880"), hex("c3"), hex("e282"), hex("80"), hex("d0"), hex("e4b8"),
            hex("0b")};
        Random random = new Random(11);
        for (int n = 0; n < 30_000; n++) {
            byte[][] script = random.nextBoolean() ? twoBytes : threeBytes;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(hex("41".repeat(random.nextInt(9))));
            int count = random.nextInt(50);
            for (int i = 0; i < count; i++) {
                out.writeBytes(random.nextInt(40) > 0 ? script[random.nextInt(script.length)]
                        : odd[random.nextInt(odd.length)]);
            }
            byte[] bytes = out.toByteArray();
            Optional<String> strict = strict(bytes);
            boolean clean = strict.isPresent()
                    && Decoder.withoutControls(strict.get()).equals(strict.get());
            assertThat(isDirectUtf8(bytes)).as(HexFormat.of().formatHex(bytes)).isEqualTo(clean);
            if (clean) {
                assertThat(Decoder.direct(bytes, Optional.of(StandardCharsets.UTF_8)).orElseThrow()
                        .controlShare()).isEqualTo(
                        Decoder.decodeText(bytes, Optional.of(StandardCharsets.UTF_8)).controlShare());
            }
        }
    }

    @Test
    void tells_utf16_without_a_byte_order_mark_by_the_zero_bytes_it_counts() {
        // what it counts a word at a time: the zeros at even and at odd places among the first
        // 4096 bytes, an even number of them
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(n % 10 == 0 ? 5000 : 64)];
            int evenDensity = random.nextInt(101);
            int oddDensity = random.nextInt(101);
            for (int i = 0; i < bytes.length; i++) {
                int density = i % 2 == 0 ? evenDensity : oddDensity;
                bytes[i] = random.nextInt(100) < density ? 0 : (byte) (1 + random.nextInt(255));
            }
            int length = Math.min(bytes.length, 4096) & ~1;
            int even = 0;
            int odd = 0;
            for (int i = 0; i < length; i++) {
                if (bytes[i] == 0 && i % 2 == 0) {
                    even++;
                } else if (bytes[i] == 0) {
                    odd++;
                }
            }
            int pairs = length / 2;
            Optional<Charset> expected = length < 8 ? Optional.empty()
                    : odd > pairs * 0.6 && even < pairs * 0.05 ? Optional.of(StandardCharsets.UTF_16LE)
                    : even > pairs * 0.6 && odd < pairs * 0.05 ? Optional.of(StandardCharsets.UTF_16BE)
                    : Optional.empty();
            assertThat(Decoder.utf16WithoutBom(bytes)).as("%d bytes, %d and %d zeros",
                    bytes.length, even, odd).isEqualTo(expected);
        }
    }

    /** Whether bytes declared UTF-8 are read straight from the bytes as UTF-8. */
    private static boolean isDirectUtf8(byte[] bytes) {
        return Decoder.direct(bytes, Optional.of(StandardCharsets.UTF_8))
                .filter(d -> d.charset().equals(StandardCharsets.UTF_8)).isPresent();
    }

    private static Optional<String> strict(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
