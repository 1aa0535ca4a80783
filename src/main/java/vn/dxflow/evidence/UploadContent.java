package vn.dxflow.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file to upload, readable more than once (it is checked and hashed before it is sent to the repository):
 * a multipart part that Tomcat has spooled to disk, or a file in a test or benchmark.
 */
public interface UploadContent {

    /** The name as the user's browser sent it; sanitized before use. */
    String fileName();

    /** The size the client declared; the validator counts the bytes too. */
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
