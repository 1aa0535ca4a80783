package vn.dxflow.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;

/** An upload sent as the request body: the name from a parameter, the size from Content-Length, read once. */
record RequestBodyUpload(String fileName, HttpServletRequest request) implements UploadContent {

    @Override
    public long size() {
        return request.getContentLengthLong();
    }

    @Override
    public InputStream open() throws IOException {
        String type = request.getContentType();
        if (type != null && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"))) {
            // A form body is parsed (and spooled) by the servlet container: the file must be the body itself.
            throw new EvidenceRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Tệp phải được gửi nguyên vẹn làm "
                    + "nội dung yêu cầu, không qua biểu mẫu (multipart).", "Evidence upload sent as a form: " + type);
        }
        return request.getInputStream();
    }
}
