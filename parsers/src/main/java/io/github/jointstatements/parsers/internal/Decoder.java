package io.github.jointstatements.parsers.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns bytes into text: the charset comes from the byte-order mark, then the caller's declared
 * charset (an HTTP header's), then a {@code <meta charset>} or {@code http-equiv} declaration in
 * the first bytes, then the bytes themselves; a declaration the bytes contradict is overruled
 * (valid UTF-8 declared as Latin-1, Cyrillic windows-1251 declared as UTF-8), and bytes that
 * declare nothing are sniffed (valid UTF-8; else windows-1251 for Cyrillic words, windows-1252
 * as browsers assume).
 *
 * <p>Thread-safe: it holds no state.
 */
public final class Decoder {

    /** How far into the bytes a {@code <meta>} charset declaration is looked for. */
    private static final int META_SCAN_BYTES = 4096;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Decoder() {}

    /** Returns the decoded text of {@code bytes}; never fails: undecodable bytes become U+FFFD. */
    public static String decode(byte[] bytes, Optional<Charset> declared) {
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset != null) {
            return new String(bytes, bomLength, bytes.length - bomLength, charset);
        }
        Charset stated = declared.or(() -> metaCharset(bytes)).orElse(null);
        // a declaration can be wrong: the bytes are checked against it. Valid UTF-8 with
        // multi-byte sequences is UTF-8 whatever a single-byte declaration says (read as
        // Latin-1 it would be mojibake); bytes that are not UTF-8 are not, whatever a UTF-8
        // declaration says.
        if (stated != null && !stated.equals(StandardCharsets.UTF_8) && !isSingleByte(stated)) {
            return new String(bytes, stated); // a multi-byte charset (Shift_JIS, GBK) is trusted
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent() && (stated == null || stated.equals(StandardCharsets.UTF_8)
                || hasMultiByte(bytes))) {
            return utf8.get();
        }
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, stated);
        }
        return new String(bytes, sniffSingleByte(bytes));
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        // validate in one pass, then let the JDK's intrinsic decode make the string
        return isUtf8(bytes) ? Optional.of(new String(bytes, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /**
     * Returns the single-byte charset that bytes that are not UTF-8 are most likely in:
     * windows-1251 when the high bytes read as Cyrillic words (lower-case letters, after
     * upper-case or lower-case ones), else windows-1252 as browsers assume.
     */
    static Charset sniffSingleByte(byte[] bytes) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 1; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int prev = bytes[i - 1] & 0xFF;
            if (b >= 0xE0 && prev >= 0xC0) {
                cyrillic++; // in windows-1251, а-я after А-я: a Cyrillic word
            } else if (b >= 0xC0 && (prev >= 'a' && prev <= 'z' || prev >= 'A' && prev <= 'Z')) {
                latin++; // an accented letter inside a Latin word
            }
        }
        return cyrillic > latin * 2 && cyrillic >= 8 ? WINDOWS_1251 : WINDOWS_1252;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether the bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates). */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int length;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int code = lead & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                code = (code << 6) | (c & 0x3F);
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /** Finds {@code charset=NAME} inside a {@code <meta} tag among the first bytes. */
    static Optional<Charset> metaCharset(byte[] bytes) {
        int length = Math.min(bytes.length, META_SCAN_BYTES);
        // ASCII-compatible view of the head: a declaration is ASCII in every charset it names
        String head = StandardCharsets.ISO_8859_1.decode(ByteBuffer.wrap(bytes, 0, length))
                .toString().toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int meta = head.indexOf("<meta", from);
            if (meta < 0) {
                return Optional.empty();
            }
            int close = head.indexOf('>', meta);
            String tag = head.substring(meta, close < 0 ? head.length() : close);
            int at = tag.indexOf("charset");
            if (at >= 0) {
                Optional<Charset> charset = charsetNamed(tag, at + "charset".length());
                if (charset.isPresent()) {
                    return charset;
                }
            }
            if (close < 0) {
                return Optional.empty();
            }
            from = close;
        }
    }

    private static Optional<Charset> charsetNamed(String tag, int from) {
        int i = from;
        while (i < tag.length() && (tag.charAt(i) == ' ' || tag.charAt(i) == '=')) {
            i++;
        }
        while (i < tag.length() && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
            i++;
        }
        int start = i;
        while (i < tag.length() && isCharsetNameChar(tag.charAt(i))) {
            i++;
        }
        if (i == start) {
            return Optional.empty();
        }
        String name = tag.substring(start, i);
        try {
            Charset charset = Charset.forName(name);
            // a page served as bytes cannot be UTF-16 without a byte-order mark; HTML5 says a
            // meta declaration of UTF-16 means UTF-8
            if (charset.name().startsWith("UTF-16")) {
                return Optional.of(StandardCharsets.UTF_8);
            }
            return Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty(); // an unknown name declares nothing we can use
        }
    }

    private static boolean isCharsetNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == ':';
    }

}
