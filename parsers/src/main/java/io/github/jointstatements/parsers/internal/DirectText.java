package io.github.jointstatements.parsers.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of bytes that decoding leaves as it is (no control character to drop), read straight
 * from the bytes: a page's parser reads it through {@link #reader()} and no string of the whole
 * page is made unless {@link #text()} is asked for. {@link Decoder#direct} finds such bytes.
 *
 * <p>Immutable as long as the bytes are not changed; each reader belongs to one thread.
 */
public final class DirectText {

    private final byte[] bytes;
    private final int start;
    private final Charset charset;
    private final double controlShare;

    private DirectText(byte[] bytes, int start, Charset charset, double controlShare) {
        this.bytes = bytes;
        this.start = start;
        this.charset = charset;
        this.controlShare = controlShare;
    }

    /** Well-formed UTF-8 from {@code start}. */
    static DirectText utf8(byte[] bytes, int start, double controlShare) {
        return new DirectText(bytes, start, StandardCharsets.UTF_8, controlShare);
    }

    /** Bytes in a single-byte charset that {@link SingleByte#of} reads. */
    static DirectText singleByte(byte[] bytes, Charset charset, double controlShare) {
        return new DirectText(bytes, 0, charset, controlShare);
    }

    /** {@return the bytes, shared, not copied} */
    public byte[] bytes() {
        return bytes;
    }

    /** {@return where the text starts in the bytes: after a byte-order mark, else 0} */
    public int start() {
        return start;
    }

    /** {@return the charset the bytes are read in} */
    public Charset charset() {
        return charset;
    }

    /**
     * {@return the share of undecodable characters (U+FFFD) among the text's first 64 Ki
     * characters, as {@link Decoder#controlShare} measures it; the text holds no control
     * character it would count}
     */
    public double controlShare() {
        return controlShare;
    }

    /** {@return the decoded text, a new string on every call: what {@link Decoder#decodeText} returns} */
    public String text() {
        return new String(bytes, start, bytes.length - start, charset);
    }

    /**
     * Returns a new reader of the text. Like a {@link java.io.StringReader} of {@link #text()},
     * it fills every buffer it is handed until the text ends, so that a parser reading it sees
     * the characters in the same chunks.
     */
    public Reader reader() {
        return new DecodingReader(bytes, start, charset);
    }

    /**
     * A single-byte charset's character for each byte, read once per charset: decoding in such a
     * charset is a table lookup, so bytes can be checked and read without a decoder.
     */
    static final class SingleByte {
        /** The tables of the charsets met so far; empty for those that do not qualify. */
        private static final ConcurrentHashMap<Charset, Optional<SingleByte>> TABLES =
                new ConcurrentHashMap<>();

        /** The character each byte decodes to (U+FFFD where the charset maps none). */
        final char[] chars;

        private SingleByte(char[] chars) {
            this.chars = chars;
        }

        /**
         * Returns the table of a charset that decodes every byte to one character, and ASCII
         * white space and printable ASCII to themselves (the bytes are scanned and a page's
         * start tested for blankness on that assumption); empty for any other charset (EBCDIC,
         * multi-byte charsets).
         */
        static Optional<SingleByte> of(Charset charset) {
            return TABLES.computeIfAbsent(charset, SingleByte::read);
        }

        private static Optional<SingleByte> read(Charset charset) {
            if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() > 1.0f) {
                return Optional.empty();
            }
            byte[] all = new byte[256];
            for (int b = 0; b < 256; b++) {
                all[b] = (byte) b;
            }
            String decoded = new String(all, charset);
            if (decoded.length() != 256) {
                return Optional.empty();
            }
            for (int b = 0x20; b < 0x7F; b++) {
                if (decoded.charAt(b) != b) {
                    return Optional.empty();
                }
            }
            for (char c : new char[] {'\t', '\n', '\f', '\r'}) {
                if (decoded.charAt(c) != c) {
                    return Optional.empty();
                }
            }
            return Optional.of(new SingleByte(decoded.toCharArray()));
        }
    }

    /**
     * Reads the bytes as characters with the JDK's decoder of their charset (its loops over
     * ASCII are the fastest there are); bytes a single-byte charset maps to no character
     * become U+FFFD, as in a string decoded from them. Not thread-safe.
     */
    private static final class DecodingReader extends Reader {
        private final ByteBuffer in;
        private final CharsetDecoder decoder;
        /** The low surrogate of a pair whose high one ended the last buffer, or -1. */
        private int pending = -1;

        DecodingReader(byte[] bytes, int start, Charset charset) {
            this.in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            int n = 0;
            if (pending >= 0) {
                buffer[offset] = (char) pending;
                pending = -1;
                n = 1;
            }
            while (n < length && in.hasRemaining()) {
                CharBuffer out = CharBuffer.wrap(buffer, offset + n, length - n);
                CoderResult result = decoder.decode(in, out, true); // errors are replaced
                int decoded = out.position() - offset;
                if (decoded == n && result.isOverflow()) {
                    // one place left and a surrogate pair next: its high half fills the place
                    char[] pair = new char[2];
                    CharBuffer two = CharBuffer.wrap(pair);
                    if (decoder.decode(in, two, true).isError() || two.position() != 2) {
                        throw new CharacterCodingException();
                    }
                    buffer[offset + n] = pair[0];
                    pending = pair[1];
                    decoded = n + 1;
                }
                n = decoded;
            }
            return n == 0 ? -1 : n;
        }

        @Override
        public void close() {
            // nothing to release: the bytes belong to the caller
        }
    }
}
