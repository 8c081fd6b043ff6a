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
}
