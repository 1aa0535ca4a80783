package vn.dxflow.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A group of criteria (nhóm tiêu chí), e.g. "I. Chính quyền số".
 *
 * @param reviewName the name the review reports (Mẫu 02–04, section II) give the group where their source words it
 *                   differently from the appendix: Thanh Hóa's "4. Hạ tầng và nền tảng số" for the tables' "Hạ tầng
 *                   số"; null when the same
 */
public record CriterionGroup(String code, String name, List<Criterion> criteria,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reviewName) {

    public CriterionGroup {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public CriterionGroup(String code, String name, List<Criterion> criteria) {
        this(code, name, criteria, null);
    }

    /** The name of section II of Mẫu 02–04. */
    public String nameInReviews() {
        return reviewName == null ? name : reviewName;
    }
}
