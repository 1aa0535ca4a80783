package vn.dxflow.evidence;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;

/**
 * An upload as it arrives, read once: its first bytes (already read, to sniff the type) and the rest still in the
 * request. Whoever reads {@link #content()} gets the whole file while it is counted and hashed on the way; reading
 * past the kind's limit, or fewer bytes than the client announced, fails the read (an {@link IOException}, so that
 * the repository's client aborts its transfer), and {@link #refusal()} then says why in the user's words.
 */
final class Incoming {

    private final String fileName;
    private final String mediaType;
    private final EvidenceKind kind;
    private final long declaredSize;
    private final long limit;
    private final InputStream content;
    private final MessageDigest sha256 = Sha256.newDigest();
    private long size;
    private boolean complete;
    private EvidenceRejectedException refusal;

    Incoming(String fileName, String mediaType, EvidenceKind kind, long declaredSize, long limit, byte[] head,
             InputStream rest) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.kind = kind;
        this.declaredSize = declaredSize;
        this.limit = limit;
        this.content = new Counting(new SequenceInputStream(new ByteArrayInputStream(head), rest));
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    EvidenceKind kind() {
        return kind;
    }

    /** The size the client announced (HTTP Content-Length), or -1. */
    long declaredSize() {
        return declaredSize;
    }

    /** The whole file, read once. */
    InputStream content() {
        return content;
    }

    /** Why reading the content failed, when the upload itself was at fault (too large, cut off). */
    EvidenceRejectedException refusal() {
        return refusal;
    }

    /** What was read, once the content was read to its end. */
    CheckedFile checked() {
        if (!complete) {
            throw new IllegalStateException("The upload of " + fileName + " was not read to its end");
        }
        return new CheckedFile(fileName, mediaType, kind, size, Sha256.hex(sha256));
    }

    private final class Counting extends FilterInputStream {

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read;
            try {
                read = super.read(buffer, offset, length);
            } catch (IOException e) {
                throw refuse(interrupted(e.getMessage()));
            }
            if (read < 0) {
                if (declaredSize >= 0 && size != declaredSize) {
                    throw refuse(interrupted("ended after " + size + " of " + declaredSize + " announced bytes"));
                }
                complete = true;
                return read;
            }
            size += read;
            if (size > limit) {
                throw refuse(UploadValidator.tooLarge(size, limit, fileName, kind));
            }
            sha256.update(buffer, offset, read);
            return read;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("An upload is read whole: it is hashed");
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    private EvidenceRejectedException interrupted(String reason) {
        return new EvidenceRejectedException(HttpStatus.BAD_REQUEST, "Tải lên tệp \"" + fileName + "\" bị gián đoạn; "
                + "tài liệu chưa được lưu, hãy tải lên lại.", "Upload of " + fileName + " interrupted: " + reason);
    }

    private IOException refuse(EvidenceRejectedException reason) {
        refusal = reason;
        return new IOException(reason.getMessage(), reason);
    }
}
