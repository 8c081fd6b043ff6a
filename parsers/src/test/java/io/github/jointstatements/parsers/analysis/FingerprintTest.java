package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void ignores_case_white_space_and_punctuation() {
        assertThat(StatementAnalyzer.fingerprint(List.of("The Ministers met in Seoul.",
                "They pledged -- again -- to act.")))
                .isEqualTo(StatementAnalyzer.fingerprint(List.of(
                        "the  ministers MET in seoul, they pledged again to act")))
                .startsWith("js-").hasSize(19);
    }

    @Test
    void tells_other_words_apart() {
        assertThat(StatementAnalyzer.fingerprint(List.of("a b")))
                .isNotEqualTo(StatementAnalyzer.fingerprint(List.of("ab")));
    }

    @Test
    void is_the_sha_256_of_the_lower_cased_words_separated_by_spaces() {
        // the definition, written the plain way, against the streaming implementation, on
        // text of every script and on bodies longer than its buffer
        String alphabet = "aZ9 .,;—\u00A0\tÉßİıΣσςДжд中文한국語\uD83D\uDE00\u0301ǅⅫ٣";
        Random random = new Random(6);
        for (int n = 0; n < 2_000; n++) {
            List<String> paragraphs = new ArrayList<>();
            int count = random.nextInt(4);
            for (int p = 0; p < count; p++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(n % 100 == 0 ? 20_000 : 60);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                paragraphs.add(text.toString());
            }
            assertThat(StatementAnalyzer.fingerprint(paragraphs)).as("%s", paragraphs)
                    .isEqualTo(definition(paragraphs));
        }
    }

    private static String definition(List<String> paragraphs) {
        StringBuilder words = new StringBuilder();
        for (String paragraph : paragraphs) {
            boolean inWord = false;
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    if (!inWord && words.length() > 0) {
                        words.append(' ');
                    }
                    words.append(Character.toLowerCase(c));
                    inWord = true;
                } else {
                    inWord = false;
                }
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(words.toString().getBytes(StandardCharsets.UTF_8));
            return "js-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
