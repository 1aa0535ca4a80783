package vn.dxflow.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value a unit enters (or the council appraises) for one criterion. Each threshold kind reads the
 * fields it needs: {@code percent} for percentages, {@code yes} for "Có …", {@code count} for minimum
 * counts, {@code count} and {@code percent} for the compound kind, {@code communeLevels} (the reached
 * level of each of the district's communes, 0 = none) for the distribution of commune levels. {@code note} is
 * free text that never counts for the score: the unit's explanation (giải trình) of its value, or the council's
 * remark on it.
 */
public record CriterionValue(BigDecimal percent, Boolean yes, Integer count, List<Integer> communeLevels, String note) {

    /** Longest note kept: a few paragraphs, enough for an explanation and small enough for the report's cell. */
    public static final int MAX_NOTE_LENGTH = 2000;

    public CriterionValue {
        communeLevels = communeLevels == null ? null : List.copyOf(communeLevels);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public CriterionValue(BigDecimal percent, Boolean yes, Integer count, List<Integer> communeLevels) {
        this(percent, yes, count, communeLevels, null);
    }

    /** The same measured value, whatever the notes say. */
    public boolean sameMeasure(CriterionValue other) {
        return other != null && Objects.equals(percent, other.percent) && Objects.equals(yes, other.yes)
                && Objects.equals(count, other.count) && Objects.equals(communeLevels, other.communeLevels);
    }

    public static CriterionValue ofPercent(String percent) {
        return new CriterionValue(new BigDecimal(percent), null, null, null);
    }

    public static CriterionValue ofYes(boolean yes) {
        return new CriterionValue(null, yes, null, null);
    }

    public static CriterionValue ofCount(int count) {
        return new CriterionValue(null, null, count, null);
    }

    public static CriterionValue ofCommuneLevels(List<Integer> levels) {
        return new CriterionValue(null, null, null, levels);
    }
}
