package vn.dxflow.catalog;

import java.util.List;

/** A group of criteria (nhóm tiêu chí), e.g. "I. Chính quyền số". */
public record CriterionGroup(String code, String name, List<Criterion> criteria) {

    public CriterionGroup {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
