package vn.dxflow.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.bouncycastle.cms.CMSProcessable;

/**
 * The two byte ranges a signature covers, read straight from the file without copying: a 100 MB PDF is hashed in
 * place.
 */
record SignedRanges(byte[] pdf, int firstLength, int secondOffset, int secondLength) implements CMSProcessable {

    /** Where the signed revision ends: everything after it was appended by incremental updates. */
    int signedEnd() {
        return secondOffset + secondLength;
    }

    byte[] digest(MessageDigest digest) {
        digest.update(pdf, 0, firstLength);
        digest.update(pdf, secondOffset, secondLength);
        return digest.digest();
    }

    @Override
    public void write(OutputStream out) throws IOException {
        out.write(pdf, 0, firstLength);
        out.write(pdf, secondOffset, secondLength);
    }

    @Override
    public Object getContent() {
        throw new UnsupportedOperationException("signed ranges are streamed, never materialised");
    }
}
