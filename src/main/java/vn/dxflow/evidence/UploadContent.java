package vn.dxflow.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file to upload, read once as it arrives (checked, hashed and sent on the way): the body of an upload request,
 * a generated report, or a file in a test or benchmark.
 */
public interface UploadContent {

    /** The name as the user's browser sent it; sanitized before use. */
    String fileName();

    /** The size the client declared, -1 when unknown; the bytes are counted too. */
    long size();

    InputStream open() throws IOException;

    /** Bytes already in memory (a generated report, a test's file). */
    static UploadContent of(String fileName, byte[] bytes) {
        return new UploadContent() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }
}
