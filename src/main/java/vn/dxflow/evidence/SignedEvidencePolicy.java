package vn.dxflow.evidence;

/**
 * Whether a unit's evidence of a year must be digitally signed (Thanh Hóa: "Nộp bản điện tử, ký số (trừ các file
 * video, hình ảnh, âm thanh)"); answered by the campaign configuration. Video, images and audio never need it.
 */
public interface SignedEvidencePolicy {

    boolean signedDocumentsRequired(String unitCode, int year);
}
