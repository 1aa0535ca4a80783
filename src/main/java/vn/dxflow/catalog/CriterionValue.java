package vn.dxflow.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import vn.dxflow.security.RequestRefusedException;

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

    /** Decimals a percentage may have; its whole part has at most three digits (100 is the most a share can be). */
    static final int MAX_PERCENT_SCALE = 6;

    /** More communes than any district has: a larger list is not a district's distribution but a load. */
    static final int MAX_COMMUNES = 500;

    /**
     * Bounded on arrival: a 35-byte {@code 1e100000000} is one digit for the parser but a hundred million for
     * every message or report that prints it, and {@code 1e-4000000} makes each comparison slow.
     */
    public CriterionValue {
        if (percent != null) {
            percent = percent.stripTrailingZeros();
            if (percent.scale() > MAX_PERCENT_SCALE || percent.precision() - percent.scale() > 3) {
                throw new RequestRefusedException(HttpStatus.BAD_REQUEST, "Tỷ lệ phần trăm không hợp lệ: nhập một số từ 0 "
                        + "đến 100, tối đa " + MAX_PERCENT_SCALE + " chữ số thập phân.",
                        "Percent out of bounds (precision " + percent.precision() + ", scale " + percent.scale() + ")");
            }
        }
        if (communeLevels != null && communeLevels.size() > MAX_COMMUNES) {
            throw new RequestRefusedException(HttpStatus.BAD_REQUEST, "Danh sách mức độ của các xã quá dài (tối đa "
                    + MAX_COMMUNES + " xã).", "Commune level list of " + communeLevels.size() + " entries");
        }
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
