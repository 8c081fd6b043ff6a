package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The test of eight ASCII bytes at once answers as the test of each byte would: printable ASCII,
 * tab, line feed, form feed and carriage return are text; every other control and DEL is not.
 */
class DecoderAsciiWordsTest {

    private static boolean isText(int b) {
        return b >= 0x20 && b < 0x7F || b == '\t' || b == '\n' || b == '\f' || b == '\r';
    }

    private static boolean allText(long w) {
        for (int k = 0; k < 8; k++) {
            if (!isText((int) (w >>> (8 * k)) & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static long fill(int b) {
        return 0x0101010101010101L * b;
    }

    @Test
    void every_byte_in_every_place_among_every_other_byte() {
        for (int filler = 0; filler < 0x80; filler++) {
            for (int b = 0; b < 0x80; b++) {
                for (int k = 0; k < 8; k++) {
                    long w = fill(filler) & ~(0xFFL << (8 * k)) | (long) b << (8 * k);
                    assertThat(Decoder.isAsciiText(w))
                            .as("byte %02x at %d among %02x", b, k, filler)
                            .isEqualTo(allText(w));
                }
            }
        }
    }

    @Test
    void random_words_of_ascii_bytes() {
        Random random = new Random(6);
        for (int i = 0; i < 1_000_000; i++) {
            long w = random.nextLong() & 0x7F7F7F7F7F7F7F7FL;
            if (random.nextBoolean()) {
                // mostly text with a few controls, as pages are
                w = w | 0x2020202020202020L;
                w &= ~(0x20L << (8 * random.nextInt(8)));
            }
            assertThat(Decoder.isAsciiText(w)).isEqualTo(allText(w));
        }
    }

    @Test
    void a_run_of_ascii_text_ends_at_the_first_word_that_is_not_all_text() {
        byte[] alphabet = {'a', ' ', '<', '\n', '\t', '\r', '\f', 0x0B, 0x00, 0x7F, (byte) 0xC3,
            (byte) 0xA9};
        Random random = new Random(10);
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly printable, as pages are
                bytes[i] = random.nextInt(8) > 0 ? (byte) ('a' + random.nextInt(26))
                        : alphabet[random.nextInt(alphabet.length)];
            }
            int from = random.nextInt(bytes.length + 1);
            int expected = from;
            while (expected + 8 <= bytes.length && allText(bytes, expected)) {
                expected += 8;
            }
            assertThat(Decoder.asciiTextEnd(bytes, from)).isEqualTo(expected);
        }
    }

    private static boolean allText(byte[] bytes, int from) {
        for (int i = from; i < from + 8; i++) {
            if (!isText(bytes[i])) {
                return false; // a byte outside ASCII is negative: not text either
            }
        }
        return true;
    }
}
