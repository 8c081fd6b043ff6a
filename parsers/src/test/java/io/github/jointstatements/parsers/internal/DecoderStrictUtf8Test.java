package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UTF-8 check's shortcut gives what a strict decoder gives, on valid and broken bytes. */
class DecoderStrictUtf8Test {

    @ParameterizedTest(name = "bytes [{0}]")
    @ValueSource(strings = {"", "41", "c3a9", "efbfbd", "41efbfbd42", "f09f9880", "c3", "c328",
        "e282", "eda080", "edbfbf", "c0af", "e08080", "f4908080", "f8888080", "80", "ff",
        "efbbbf41", "41c3a9efbfbd80"})
    void agrees_with_the_strict_decoder(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(Decoder.strictUtf8(bytes)).isEqualTo(strict(bytes));
        assertThat(Optional.ofNullable(Decoder.strictUtf8String(bytes))).isEqualTo(strict(bytes));
    }

    @Test
    void agrees_with_the_strict_decoder_on_random_bytes() {
        Random random = new Random(6);
        byte[] alphabet = HexFormat.of().parseHex("41207ac3a9e282acf09f9880efbfbd80bfc0c1e0edf4f5ff");
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(16)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256)
                        : alphabet[random.nextInt(alphabet.length)];
            }
            assertThat(Decoder.strictUtf8(bytes)).as(HexFormat.of().formatHex(bytes))
                    .isEqualTo(strict(bytes));
            assertThat(Optional.ofNullable(Decoder.strictUtf8String(bytes)))
                    .as(HexFormat.of().formatHex(bytes)).isEqualTo(strict(bytes));
        }
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
}
