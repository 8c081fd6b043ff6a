package io.github.jointstatements.parsers.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns bytes into text: the charset comes from the byte-order mark, then the caller's declared
 * charset (an HTTP header's), then a {@code <meta charset>} or {@code http-equiv} declaration in
 * the first bytes, then the bytes themselves; a declaration the bytes contradict is overruled
 * (valid UTF-8 declared as Latin-1, Cyrillic windows-1251 declared as UTF-8), and bytes that
 * declare nothing are sniffed (valid UTF-8; else windows-1251 for Cyrillic words, windows-1252
 * as browsers assume). UTF-16 without a byte-order mark is told by its zero bytes. It also
 * tells binary data from text and drops the control characters text never means.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class Decoder {

    /** How far into the bytes a {@code <meta>} charset declaration is looked for. */
    private static final int META_SCAN_BYTES = 4096;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Decoder() {}

    /**
     * Returns the decoded text of {@code bytes}; never fails: undecodable bytes become U+FFFD.
     *
     * <p>A declaration is checked against the bytes: valid UTF-8 with multi-byte sequences is
     * UTF-8 whatever a single-byte declaration says; bytes that are not UTF-8 are not, whatever a
     * UTF-8 declaration says, unless their valid multi-byte sequences outnumber the invalid bytes
     * (a UTF-8 page with a stray byte or a truncated character, read with U+FFFD in their
     * place); ISO-8859-1 and US-ASCII mean windows-1252, as the WHATWG Encoding standard says.
     * Undeclared bytes with a zero in every other byte are UTF-16.
     */
    public static String decode(byte[] bytes, Optional<Charset> declared) {
        return decodeString(bytes, declared);
    }

    /**
     * Decoded text, ready for reading: its control characters dropped or made spaces as
     * {@link #withoutControls} does, and their share measured before, as {@link #controlShare}
     * measures it.
     *
     * @param text the text without its stray control characters
     * @param controlShare the share of stray control and undecodable characters in the decoded
     *     text's first 64 Ki characters
     */
    public record Text(String text, double controlShare) {}

    /**
     * Returns the decoded text of {@code bytes} as {@link #decode} decodes it, without its control
     * characters as {@link #withoutControls} leaves it, and the share of those as
     * {@link #controlShare} gives it: one pass over the characters for all three, and no copy of
     * the text but the string itself when it holds no control character.
     */
    public static Text decodeText(byte[] bytes, Optional<Charset> declared) {
        String text = decodeString(bytes, declared);
        int length = text.length();
        int sample = Math.min(length, SAMPLE_CHARS);
        int controls = 0;
        int firstStray = -1;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && (c <= 0x9F || c == '\uFFFD')) {
                if (isStray(c)) {
                    controls++;
                    if (firstStray < 0) {
                        firstStray = i;
                    }
                } else if (c == '\uFFFD') {
                    controls++;
                }
            }
        }
        for (int i = sample; firstStray < 0 && i < length; i++) {
            if (isStray(text.charAt(i))) {
                firstStray = i;
            }
        }
        double share = length == 0 ? 0 : (double) controls / sample;
        if (firstStray < 0) {
            return new Text(text, share);
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, firstStray);
        for (int i = firstStray; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                continue;
            }
            out.append(isStray(c) ? ' ' : c);
        }
        return new Text(out.toString(), share);
    }

    /**
     * Returns the text of {@code bytes} as {@link #decodeText} decodes it, to be read straight
     * from the bytes, when decoding would find no control character to drop: well-formed UTF-8
     * (most pages), or bytes in a single-byte charset such as windows-1251 or windows-1252. The
     * charset is chosen exactly as {@link #decode} chooses it; empty for any other bytes (UTF-16,
     * a multi-byte charset, UTF-8 with malformed bytes, text with control characters), which are
     * decoded into a string. Decides without decoding: one scan of the bytes, eight at a time
     * over printable ASCII.
     */
    public static Optional<DirectText> direct(byte[] bytes, Optional<Charset> declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.ofNullable(utf8(bytes, 3));
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.empty();
        }
        Charset stated = declared.or(() -> utf16WithoutBom(bytes))
                .or(() -> metaCharset(bytes)).orElse(null);
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            if (!isSingleByte(stated)) {
                return Optional.empty(); // a multi-byte charset (Shift_JIS, GBK): decoded
            }
            // a single-byte declaration: overruled by valid UTF-8 with multi-byte sequences
            // (the scan stops at the first byte that is not UTF-8: in windows-1251, a letter)
            DirectText utf8 = utf8(bytes, 0);
            if (firstHighByte(bytes) >= 0 && (utf8 != null || isUtf8(bytes, 0))) {
                return Optional.ofNullable(utf8); // UTF-8, with control characters when null
            }
            return singleByte(bytes, stated.equals(StandardCharsets.ISO_8859_1)
                    || stated.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : stated);
        }
        DirectText utf8 = utf8(bytes, 0);
        if (utf8 != null || isUtf8(bytes, 0)) {
            return Optional.ofNullable(utf8); // UTF-8, with control characters when null
        }
        // mostly UTF-8 is read with U+FFFD for its malformed bytes: decoded
        return mostlyUtf8(bytes) ? Optional.empty() : singleByte(bytes, sniffSingleByte(bytes));
    }

    /**
     * Returns the text of well-formed UTF-8 from {@code from}, or {@code null} when decoding
     * would drop or change a character of it: a C0 control but tab, line feed, form feed and
     * carriage return, DEL, a C1 control; or when the bytes are not UTF-8. U+FFFD is counted,
     * among the first 64 Ki characters, as {@link #controlShare} counts it.
     *
     * <p>Runs of ASCII are read eight and sixteen bytes at a time; a multi-byte sequence is
     * checked where it stands, by the ranges of RFC 3629's table (no overlong form, no surrogate,
     * nothing past U+10FFFF), and the one after it is read at once, so that text in another
     * script (Cyrillic, Chinese, Arabic) costs a few comparisons a character.
     */
    private static DirectText utf8(byte[] bytes, int from) {
        int i = from;
        int n = bytes.length;
        long chars = 0;
        int replacements = 0;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                int text = asciiTextEnd(bytes, i);
                if (text == i) {
                    // fewer than eight bytes left, or a word with a control or a high byte
                    if (!isAsciiText(b)) {
                        return null;
                    }
                    text = i + 1;
                }
                chars += text - i;
                i = text;
                continue;
            }
            // a run of letters of one script, eight bytes at a time while they keep the pattern
            int run = i < n - 8 ? twoByteRunEnd(bytes, i) : i;
            if (run == i && i < n - 8) {
                run = threeByteRunEnd(bytes, i);
                chars += (run - i) / 3;
            } else {
                chars += (run - i) / 2;
            }
            if (run > i) {
                i = run;
                continue;
            }
            int lead = b & 0xFF;
            if (lead < 0xE0) {
                // two bytes, U+0080 to U+07FF: C2 80 to C2 9F are the C1 controls
                if (lead < 0xC2 || i + 1 >= n || !isContinuation(bytes[i + 1])
                        || lead == 0xC2 && (bytes[i + 1] & 0xFF) < 0xA0) {
                    return null;
                }
                i += 2;
                chars++;
            } else if (lead < 0xF0) {
                // three bytes, U+0800 to U+FFFF: E0 needs A0 and above (else overlong), ED
                // needs 9F and below (else a surrogate)
                if (i + 2 >= n) {
                    return null;
                }
                int second = bytes[i + 1] & 0xFF;
                if (second < (lead == 0xE0 ? 0xA0 : 0x80) || second > (lead == 0xED ? 0x9F : 0xBF)
                        || !isContinuation(bytes[i + 2])) {
                    return null;
                }
                if (lead == 0xEF && second == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD
                        && chars < SAMPLE_CHARS) {
                    replacements++;
                }
                i += 3;
                chars++;
            } else {
                // four bytes, U+10000 to U+10FFFF, a surrogate pair in the text: F0 needs 90
                // and above (else overlong), F4 needs 8F and below (else past U+10FFFF)
                if (lead > 0xF4 || i + 3 >= n) {
                    return null;
                }
                int second = bytes[i + 1] & 0xFF;
                if (second < (lead == 0xF0 ? 0x90 : 0x80) || second > (lead == 0xF4 ? 0x8F : 0xBF)
                        || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
                    return null;
                }
                i += 4;
                chars += 2;
            }
        }
        return DirectText.utf8(bytes, from, share(replacements, chars));
    }

    /** The lead bytes of two-byte sequences in a word: 110xxxxx at bytes 0, 2, 4 and 6. */
    private static final long TWO_BYTE_MASK = 0xC0E0C0E0C0E0C0E0L;
    private static final long TWO_BYTE_PATTERN = 0x80C080C080C080C0L;

    /**
     * Returns where a run of two-byte sequences from {@code from} ends, read eight bytes (four
     * characters) at a time: at the first word that is not four sequences whose lead bytes are
     * C3 to DF, U+00C0 to U+07FF (Latin letters, Greek, Cyrillic, Hebrew, Arabic), none of
     * which is overlong or a C1 control. Leaves eight bytes or more to the caller's end.
     */
    private static int twoByteRunEnd(byte[] bytes, int from) {
        int i = from;
        int last = bytes.length - 8;
        while (i < last) {
            long w = (long) LONGS.get(bytes, i);
            // the lead bytes' low five bits are 3 and above when adding 0x7D sets their bit 7
            long leads = (w & 0x001F001F001F001FL) + 0x007D007D007D007DL;
            if ((w & TWO_BYTE_MASK) != TWO_BYTE_PATTERN
                    || (leads & 0x0080008000800080L) != 0x0080008000800080L) {
                break;
            }
            i += 8;
        }
        return i;
    }

    /** The bytes of two three-byte sequences in the low six bytes of a word: 1110xxxx 10xxxxxx 10xxxxxx. */
    private static final long THREE_BYTE_MASK = 0x0000C0C0F0C0C0F0L;
    private static final long THREE_BYTE_PATTERN = 0x00008080E08080E0L;

    /**
     * Returns where a run of three-byte sequences from {@code from} ends, read two characters
     * (six bytes) at a time: at the first pair that is not two sequences whose lead bytes are E1
     * to EC or EE, U+1000 to U+CFFF and U+E000 to U+EFFF (Chinese, Japanese, Korean, Indic
     * scripts), none of which is overlong, a surrogate or U+FFFD. Leaves eight bytes or more to
     * the caller's end.
     */
    private static int threeByteRunEnd(byte[] bytes, int from) {
        int i = from;
        int last = bytes.length - 8;
        while (i < last) {
            long w = (long) LONGS.get(bytes, i);
            if ((w & THREE_BYTE_MASK) != THREE_BYTE_PATTERN
                    || !isPlainThreeByteLead((int) w & 0xFF)
                    || !isPlainThreeByteLead((int) (w >>> 24) & 0xFF)) {
                break;
            }
            i += 6;
        }
        return i;
    }

    /** Whether a three-byte sequence's lead byte allows any continuation: E1 to EC, EE. */
    private static boolean isPlainThreeByteLead(int lead) {
        return lead >= 0xE1 && lead <= 0xEC || lead == 0xEE;
    }

    /** Returns whether a byte continues a UTF-8 sequence: 10xxxxxx. */
    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * Returns the text of bytes in a single-byte charset, or empty when the charset is not one
     * {@link DirectText.SingleByte} reads or a byte decodes to a control character that decoding
     * would drop or change; U+FFFD, where the charset maps no character, is counted.
     */
    private static Optional<DirectText> singleByte(byte[] bytes, Charset charset) {
        Optional<DirectText.SingleByte> table = DirectText.SingleByte.of(charset);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        char[] chars = table.get().chars;
        int n = bytes.length;
        int replacements = 0;
        int i = 0;
        while (i < n) {
            // the table maps ASCII text to itself: checked eight bytes and more at a time
            i = asciiTextEnd(bytes, i);
            if (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                return Optional.empty(); // eight ASCII bytes, a control character among them
            }
            if (i == n) {
                break;
            }
            char c = chars[bytes[i] & 0xFF];
            if (isStray(c)) {
                return Optional.empty();
            }
            if (c == '\uFFFD' && i < SAMPLE_CHARS) {
                replacements++;
            }
            i++;
        }
        return Optional.of(DirectText.singleByte(bytes, charset, share(replacements, n)));
    }

    /** The share of {@code counted} characters among the first 64 Ki of {@code length}. */
    private static double share(int counted, long length) {
        return length == 0 ? 0 : (double) counted / Math.min(length, SAMPLE_CHARS);
    }

    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Returns whether eight ASCII bytes ({@code w}, no high bit set) are all text: printable or
     * white space that decoding keeps (tab, line feed, form feed, carriage return). Each test
     * marks the high bit of the bytes it holds for, all eight at once: adding a constant to a
     * byte below 0x80 never carries into the next, so {@code b + (0x80 - k)} has its high bit
     * set exactly when {@code b >= k}. No loop over a line's ends and indents.
     */
    static boolean isAsciiText(long w) {
        if (((w + 0x0101010101010101L) & HIGH_BITS) != 0) {
            return false; // DEL, the one byte that adding one lifts to 0x80
        }
        long controls = ~(w + 0x6060606060606060L) & HIGH_BITS; // below 0x20
        if (controls == 0) {
            return true; // the common case: printable text
        }
        long fromTab = (w + 0x7777777777777777L) & HIGH_BITS; // 0x09 and above
        long fromShiftOut = (w + 0x7272727272727272L) & HIGH_BITS; // 0x0E and above
        long verticalTab = ~((w ^ 0x0B0B0B0B0B0B0B0BL) + 0x7F7F7F7F7F7F7F7FL) & HIGH_BITS;
        long kept = fromTab & ~fromShiftOut & ~verticalTab; // tab, line feed, form feed, return
        return (controls & ~kept) == 0;
    }

    /**
     * Returns where the ASCII text from {@code from} on ends, read in words of eight bytes that
     * {@link #isAsciiText(long)} accepts: at the first word with a byte outside ASCII or a
     * control character, or where fewer than eight bytes are left. Over printable text, the
     * most of a page, two words are tested at once.
     */
    static int asciiTextEnd(byte[] bytes, int from) {
        int i = from;
        int n = bytes.length;
        while (i + 16 <= n) {
            long a = (long) LONGS.get(bytes, i);
            long b = (long) LONGS.get(bytes, i + 8);
            long high = (a | b) & HIGH_BITS;
            long del = ((a + 0x0101010101010101L) | (b + 0x0101010101010101L)) & HIGH_BITS;
            long controls = (~(a + 0x6060606060606060L) | ~(b + 0x6060606060606060L)) & HIGH_BITS;
            if ((high | del | controls) == 0) {
                i += 16; // sixteen printable ASCII bytes
            } else if (high == 0 && isAsciiText(a) && isAsciiText(b)) {
                i += 16; // with line ends and indents
            } else {
                break;
            }
        }
        while (i + 8 <= n) {
            long w = (long) LONGS.get(bytes, i);
            if ((w & HIGH_BITS) != 0 || !isAsciiText(w)) {
                break;
            }
            i += 8;
        }
        return i;
    }

    /** Returns whether an ASCII byte is printable or white space that decoding keeps. */
    private static boolean isAsciiText(int b) {
        return b >= 0x20 && b < 0x7F || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    /** The bytes of an array read eight at a time, in the order the bit tests above assume. */
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static String decodeString(byte[] bytes, Optional<Charset> declared) {
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
        Charset stated = declared.or(() -> utf16WithoutBom(bytes))
                .or(() -> metaCharset(bytes)).orElse(null);
        if (stated != null && !stated.equals(StandardCharsets.UTF_8) && !isSingleByte(stated)) {
            // a multi-byte charset (Shift_JIS, GBK) is trusted
            return new String(bytes, stated);
        }
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            // a single-byte declaration: overruled by valid UTF-8 with multi-byte sequences,
            // checked on the bytes from the first high one, which stops at the first byte that
            // is not UTF-8 (in windows-1251 text, the first letter), decoding nothing before
            int high = firstHighByte(bytes);
            if (high >= 0 && isUtf8(bytes, high)) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return new String(bytes, stated.equals(StandardCharsets.ISO_8859_1)
                    || stated.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : stated);
        }
        // bytes said to be UTF-8 mostly are: decoded at once, checked after
        String utf8 = utf8String(bytes);
        if (utf8 != null) {
            return utf8;
        }
        if (mostlyUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, sniffSingleByte(bytes));
    }

    /**
     * Returns the text of valid UTF-8, or {@code null} for bytes that are not: the JDK's decoding
     * into a string (its fastest path), which marks every malformed sequence with U+FFFD; a text
     * without U+FFFD came from valid bytes, one with it is checked by the strict decoder (the
     * bytes may encode U+FFFD itself).
     */
    private static String utf8String(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strictUtf8String(bytes);
    }

    /**
     * Returns the text of valid UTF-8, or {@code null} for bytes that are not: the bytes are
     * checked first, without decoding or a buffer of characters, so that bytes that are not
     * UTF-8 cost a scan up to their first malformed byte.
     */
    static String strictUtf8String(byte[] bytes) {
        int high = firstHighByte(bytes);
        return high < 0 || isUtf8(bytes, high) ? new String(bytes, StandardCharsets.UTF_8) : null;
    }

    /**
     * Returns whether a charset writes one byte per character. A charset that only decodes
     * (x-JISAutoDetect) has no encoder to ask: it is taken as multi-byte, and trusted.
     */
    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    /** Returns the index of the first byte outside ASCII, or -1 when there is none. */
    private static int firstHighByte(byte[] bytes) {
        int i = 0;
        while (i + 8 <= bytes.length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            i += 8;
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text of valid UTF-8, read as text said to be UTF-8 is read; empty for other bytes. */
    static Optional<String> strictUtf8(byte[] bytes) {
        return Optional.ofNullable(utf8String(bytes));
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

    /**
     * Returns what kind of binary data {@code bytes} start with, if a known signature: compressed
     * archives, images, PDF, executables. Such input is not text whatever its name says.
     */
    public static Optional<String> binarySignature(byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                return Optional.of(signature.kind());
            }
        }
        return Optional.empty();
    }

    private record Signature(String kind, int... magic) {}

    /** Signatures of binary formats met where pages were expected (crawls, mis-served files). */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("gzip-compressed data", 0x1F, 0x8B),
            new Signature("a ZIP archive", 0x50, 0x4B, 0x03, 0x04),
            new Signature("bzip2-compressed data", 0x42, 0x5A, 0x68),
            new Signature("xz-compressed data", 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00),
            new Signature("zstd-compressed data", 0x28, 0xB5, 0x2F, 0xFD),
            new Signature("a 7-Zip archive", 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C),
            new Signature("a PDF document", 0x25, 0x50, 0x44, 0x46, 0x2D),
            new Signature("a PNG image", 0x89, 0x50, 0x4E, 0x47),
            new Signature("a JPEG image", 0xFF, 0xD8, 0xFF),
            new Signature("a GIF image", 0x47, 0x49, 0x46, 0x38),
            new Signature("a WebP or RIFF file", 0x52, 0x49, 0x46, 0x46),
            new Signature("an ELF executable", 0x7F, 0x45, 0x4C, 0x46),
            new Signature("a Windows executable", 0x4D, 0x5A, 0x90, 0x00));

    /** How many characters at the start of a text {@link #controlShare} looks at. */
    private static final int SAMPLE_CHARS = 65_536;

    /**
     * Returns the share, in [0, 1], of characters among the first 64 Ki of {@code text} that no
     * text holds: control characters other than tab, line feed, form feed and carriage return,
     * and U+FFFD, the mark of undecodable bytes. Text has next to none; random or binary data
     * decoded as text has about one in nine.
     */
    public static double controlShare(String text) {
        int length = Math.min(text.length(), SAMPLE_CHARS);
        if (length == 0) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isStray(c) || c == '\uFFFD') {
                controls++;
            }
        }
        return (double) controls / length;
    }

    /**
     * Returns {@code text} without the control characters that text never means: NUL is dropped
     * (it comes from UTF-16 read as bytes and from C strings), the other C0 and C1 controls and
     * DEL become spaces. Tab, line feed, form feed and carriage return are kept. Returns
     * {@code text} itself when it holds none.
     */
    public static String withoutControls(String text) {
        int first = 0;
        while (first < text.length() && !isStray(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                continue;
            }
            out.append(isStray(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean isStray(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Recognises UTF-16 without a byte-order mark by its zero bytes: text in the Latin script
     * written as UTF-16 has a zero in every other byte.
     */
    static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        int length = Math.min(bytes.length, 4096) & ~1;
        if (length < 8) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            // bit 7 of each zero byte: (b & 0x7F) + 0x7F, or b itself, sets it for any other
            long w = (long) LONGS.get(bytes, i);
            long zeros = ~(((w & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | w
                    | 0x7F7F7F7F7F7F7F7FL);
            evenZeros += Long.bitCount(zeros & 0x0080008000800080L); // bytes 0, 2, 4, 6
            oddZeros += Long.bitCount(zeros & 0x8000800080008000L);
        }
        for (; i < length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = length / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Returns whether the valid UTF-8 multi-byte sequences outnumber the invalid bytes. */
    static boolean mostlyUtf8(byte[] bytes) {
        long[] counts = utf8Counts(bytes);
        return counts[0] > counts[1];
    }

    /** Returns the counts of valid multi-byte sequences and of invalid bytes. */
    private static long[] utf8Counts(byte[] bytes) {
        long valid = 0;
        long invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = utf8SequenceLength(bytes, i);
            if (length > 0) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new long[] {valid, invalid};
    }

    /** Returns the length of the valid UTF-8 multi-byte sequence at {@code i}, or 0. */
    private static int utf8SequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int code = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            code = (code << 6) | (c & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return 0;
        }
        return length;
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
        return isUtf8(bytes, 0);
    }

    /** Returns whether the bytes from {@code from} on are well-formed UTF-8. */
    private static boolean isUtf8(byte[] bytes, int from) {
        int i = from;
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

    /**
     * Finds {@code charset=NAME} inside a {@code <meta} tag among the first bytes, in any case.
     * Read from the bytes themselves: a declaration is ASCII in every charset it names, and no
     * copy of the head is made.
     */
    static Optional<Charset> metaCharset(byte[] bytes) {
        int length = Math.min(bytes.length, META_SCAN_BYTES);
        int from = 0;
        while (true) {
            int meta = indexOfIgnoreCase(bytes, "<meta", from, length);
            if (meta < 0) {
                return Optional.empty(); // Markdown, plain text: no head to read
            }
            int close = indexOf(bytes, '>', meta, length);
            int end = close < 0 ? length : close;
            int at = indexOfIgnoreCase(bytes, "charset", meta, end);
            if (at >= 0) {
                Optional<Charset> charset = charsetNamed(bytes, at + "charset".length(), end);
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

    /**
     * Returns where {@code word} (lower-case ASCII) starts among the bytes from {@code from} to
     * {@code to}, compared without case as the lower-cased Latin-1 view of them would be (no
     * Latin-1 letter but A-Z lower-cases into a-z), or -1.
     */
    private static int indexOfIgnoreCase(byte[] bytes, String word, int from, int to) {
        int last = to - word.length();
        for (int i = from; i <= last; i++) {
            int k = 0;
            while (k < word.length() && lowerAscii(bytes[i + k]) == word.charAt(k)) {
                k++;
            }
            if (k == word.length()) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The byte as a character, A-Z lower-cased; a byte above 0x7F becomes no ASCII character. */
    private static char lowerAscii(byte b) {
        return b >= 'A' && b <= 'Z' ? (char) (b | 0x20) : (char) (b & 0xFF);
    }

    /** Reads the charset name after {@code charset} at {@code from}, up to the tag's end. */
    private static Optional<Charset> charsetNamed(byte[] bytes, int from, int end) {
        int i = from;
        while (i < end && (bytes[i] == ' ' || bytes[i] == '=')) {
            i++;
        }
        while (i < end && (bytes[i] == '"' || bytes[i] == '\'')) {
            i++;
        }
        int start = i;
        while (i < end && isCharsetNameChar(lowerAscii(bytes[i]))) {
            i++;
        }
        if (i == start) {
            return Optional.empty();
        }
        String name = new String(bytes, start, i - start, StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
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
