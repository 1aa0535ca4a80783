package vn.dxflow.evidence;

import java.util.Optional;
import java.util.Set;

/**
 * What a unit's campaign of a year allows as evidence, answered by the campaign configuration: the criteria of its
 * catalog, and whether documents must be digitally signed (Thanh Hóa: "Nộp bản điện tử, ký số (trừ các file video,
 * hình ảnh, âm thanh)"; video, images and audio never need it).
 */
public interface EvidencePolicy {

    /** The criterion codes of the unit's catalog that year; empty when no campaign assesses the unit that year. */
    Optional<Set<String>> criteria(String unitCode, int year);

    boolean signedDocumentsRequired(String unitCode, int year);
}
