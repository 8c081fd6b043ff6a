package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bytes to text: byte-order mark, declared charset, meta declaration, sniffing. */
class DecoderTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String RUSSIAN = "<p>Министерство иностранных дел Республики Беларусь"
            + " заявляет о мерах</p>";

    @Test
    void a_byte_order_mark_wins() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(Decoder.decode(bom, Optional.of(WINDOWS_1251))).isEqualTo("hi");
    }

    @Test
    void the_declared_charset_comes_next_then_the_meta_declaration() {
        byte[] bytes = ("<meta charset=\"windows-1251\">" + RUSSIAN).getBytes(WINDOWS_1251);
        assertThat(Decoder.decode(bytes, Optional.empty())).endsWith(RUSSIAN);
        byte[] equiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + RUSSIAN).getBytes(WINDOWS_1251);
        assertThat(Decoder.decode(equiv, Optional.empty())).endsWith(RUSSIAN);
    }

    @Test
    void undeclared_cyrillic_bytes_are_sniffed_as_windows_1251() {
        assertThat(Decoder.decode(RUSSIAN.getBytes(WINDOWS_1251), Optional.empty()))
                .isEqualTo(RUSSIAN);
    }

    @Test
    void undeclared_latin_bytes_that_are_not_utf8_are_windows_1252() {
        String french = "<p>La délégation a réaffirmé son engagement envers la sécurité.</p>";
        assertThat(Decoder.decode(french.getBytes(StandardCharsets.ISO_8859_1), Optional.empty()))
                .isEqualTo(french);
    }

    @Test
    void a_wrong_utf8_declaration_is_overruled_by_the_bytes() {
        byte[] bytes = ("<meta charset=\"utf-8\">" + RUSSIAN).getBytes(WINDOWS_1251);
        assertThat(Decoder.decode(bytes, Optional.empty())).endsWith(RUSSIAN);
    }

    @Test
    void valid_utf8_declared_as_a_single_byte_charset_is_read_as_utf8() {
        byte[] bytes = ("<meta charset=\"iso-8859-1\">" + RUSSIAN).getBytes(StandardCharsets.UTF_8);
        assertThat(Decoder.decode(bytes, Optional.empty())).endsWith(RUSSIAN);
    }
}
