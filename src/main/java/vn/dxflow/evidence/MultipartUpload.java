package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** A multipart part as upload content: Tomcat spools parts above the threshold to disk, so it can be re-read. */
record MultipartUpload(MultipartFile file) implements UploadContent {

    @Override
    public String fileName() {
        return file.getOriginalFilename();
    }

    @Override
    public long size() {
        return file.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return file.getInputStream();
    }
}
