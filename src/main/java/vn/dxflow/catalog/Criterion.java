package vn.dxflow.catalog;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One criterion (tiêu chí / chỉ tiêu). Texts are verbatim from the province's document.
 *
 * @param code     unique within the catalog (derived where the document only numbers criteria inside groups)
 * @param stt      the number the document prints (STT)
 * @param unit     unit of measure (Đơn vị tính)
 * @param method   how the value is computed or collected (Phương pháp tính / nguồn thu thập số liệu)
 * @param basis    the legal basis (Căn cứ)
 * @param guidance how to carry it out (Hướng dẫn thực hiện)
 * @param evidence the evidence documents it asks for (Thành phần hồ sơ chứng minh)
 * @param levels   graded catalogs: the threshold at each level
 * @param target   pass/fail catalogs: the single target (Mục tiêu)
 */
public record Criterion(
        String code,
        String stt,
        String name,
        String unit,
        String method,
        String basis,
        List<String> guidance,
        List<String> evidence,
        List<String> notes,
        SortedMap<Integer, Threshold> levels,
        Threshold target) {

    public Criterion {
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        notes = notes == null ? List.of() : List.copyOf(notes);
        levels = Collections.unmodifiableSortedMap(levels == null ? new TreeMap<>() : new TreeMap<>(levels));
    }
}
