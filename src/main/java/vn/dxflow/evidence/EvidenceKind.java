package vn.dxflow.evidence;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of evidence a commune may upload, each with the media types (as sniffed from the content) it
 * accepts and its Vietnamese name for messages. Anything else (executables, archives, scripts) is refused.
 */
enum EvidenceKind {
    DOCUMENT("tài liệu", Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "text/plain", "text/csv")),
    IMAGE("hình ảnh", Set.of("image/jpeg", "image/png", "image/gif", "image/tiff", "image/webp", "image/heic")),
    AUDIO("âm thanh", Set.of("audio/mpeg", "audio/mp4", "audio/x-wav", "audio/vnd.wave", "audio/wav",
            "audio/ogg", "audio/aac")),
    VIDEO("video", Set.of("video/mp4", "video/quicktime", "video/x-msvideo", "video/webm", "video/x-matroska",
            "video/mpeg", "video/3gpp", "application/mp4"));

    private final String vietnameseName;
    private final Set<String> mediaTypes;

    EvidenceKind(String vietnameseName, Set<String> mediaTypes) {
        this.vietnameseName = vietnameseName;
        this.mediaTypes = mediaTypes;
    }

    String vietnameseName() {
        return vietnameseName;
    }

    static Optional<EvidenceKind> of(String mediaType) {
        return Arrays.stream(values()).filter(kind -> kind.mediaTypes.contains(mediaType)).findFirst();
    }
}
