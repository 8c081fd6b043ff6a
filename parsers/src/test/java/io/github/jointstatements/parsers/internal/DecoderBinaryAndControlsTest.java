package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the decoder tells about bytes that are not plain text, and how it cleans text. */
class DecoderBinaryAndControlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1f8b0800, gzip-compressed data",
        "504b0304, a ZIP archive",
        "255044462d312e37, a PDF document",
        "89504e470d0a1a0a, a PNG image",
        "ffd8ffe0, a JPEG image",
        "7f454c46, an ELF executable"})
    void knowsBinarySignatures(String hex, String kind) {
        assertThat(Decoder.binarySignature(HexFormat.of().parseHex(hex))).contains(kind);
    }

    @Test
    void textHasNoBinarySignature() {
        assertThat(Decoder.binarySignature("<html>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(Decoder.binarySignature(new byte[0])).isEmpty();
    }

    static Stream<Arguments> shares() {
        return Stream.of(
                Arguments.of("plain text.", 0.0),
                Arguments.of("a\u0000b\u0001c\u0002d", 3.0 / 7),
                Arguments.of("tab\tline\nfeed\f\r", 0.0),
                Arguments.of("\uFFFD\uFFFDab", 0.5));
    }

    @ParameterizedTest
    @MethodSource("shares")
    void measuresTheShareOfControlCharacters(String text, double share) {
        assertThat(Decoder.controlShare(text)).isEqualTo(share);
    }

    static Stream<Arguments> cleanings() {
        return Stream.of(
                Arguments.of("wo\u0000rd", "word"),
                Arguments.of("a\u0007b\u001Fc\u007Fd\u0085e", "a b c d e"),
                Arguments.of("keeps\ttab\nand\r\nbreaks", "keeps\ttab\nand\r\nbreaks"));
    }

    @ParameterizedTest
    @MethodSource("cleanings")
    void dropsNulAndTurnsOtherControlsIntoSpaces(String text, String cleaned) {
        assertThat(Decoder.withoutControls(text)).isEqualTo(cleaned);
    }

    @Test
    void returnsTextWithoutControlsAsItIs() {
        String text = "nothing to clean";
        assertThat(Decoder.withoutControls(text)).isSameAs(text);
    }

    @Test
    void tellsUtf16WithoutAByteOrderMarkByItsZeros() {
        String text = "<html><body><p>Joint Statement</p></body></html>";
        assertThat(Decoder.decode(text.getBytes(StandardCharsets.UTF_16LE), Optional.empty()))
                .isEqualTo(text);
        assertThat(Decoder.decode(text.getBytes(StandardCharsets.UTF_16BE), Optional.empty()))
                .isEqualTo(text);
    }

    @Test
    void readsMostlyValidUtf8AsUtf8WithReplacementCharacters() {
        byte[] good = "“Élysée” and “Genève” ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        assertThat(Decoder.decode(bytes, Optional.empty())).startsWith("“Élysée”")
                .endsWith("\uFFFD");
    }

    @Test
    void readsLatin1DeclarationsAsWindows1252() {
        byte[] bytes = "“quoted”".getBytes(Charset.forName("windows-1252"));
        assertThat(Decoder.decode(bytes, Optional.of(StandardCharsets.ISO_8859_1)))
                .isEqualTo("“quoted”");
    }
}
