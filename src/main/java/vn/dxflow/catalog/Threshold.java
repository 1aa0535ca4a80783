package vn.dxflow.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a criterion must reach at one level (or as its single target). {@code text} is the cell of the
 * source table, verbatim; the other fields are DXFlow's machine reading of it. Comparisons are "at least"
 * (the tables give bare values).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Threshold.PercentMin.class, name = "percentMin"),
    @JsonSubTypes.Type(value = Threshold.YesNo.class, name = "yesNo"),
    @JsonSubTypes.Type(value = Threshold.CountMin.class, name = "countMin"),
    @JsonSubTypes.Type(value = Threshold.CountOrPercent.class, name = "countOrPercent"),
    @JsonSubTypes.Type(value = Threshold.NotApplicable.class, name = "notApplicable"),
    @JsonSubTypes.Type(value = Threshold.CommuneDistribution.class, name = "communeDistribution")
})
public sealed interface Threshold {

    BigDecimal HUNDRED = BigDecimal.valueOf(100);

    String text();

    Outcome evaluate(CriterionValue value);

    /** True when this threshold, at a higher level, asks for less than {@code lower} does at a lower one. */
    boolean weakerThan(Threshold lower);

    /** "70%": the value in percent must be at least {@code min}; a null min is a target not yet set. */
    record PercentMin(String text, BigDecimal min) implements Threshold {
        public PercentMin {
            requirePercent(min, "min");
        }

        @Override
        public Outcome evaluate(CriterionValue value) {
            if (min == null) {
                return Outcome.TARGET_NOT_SET;
            }
            if (value == null || value.percent() == null) {
                return Outcome.MISSING;
            }
            return Outcome.of(value.percent().compareTo(min) >= 0);
        }

        @Override
        public boolean weakerThan(Threshold lower) {
            return lower instanceof PercentMin other && min != null && other.min != null
                    && min.compareTo(other.min) < 0;
        }
    }

    /** "Có hệ thống", "Có kế hoạch": the thing named must exist or be in use. */
    record YesNo(String text) implements Threshold {
        @Override
        public Outcome evaluate(CriterionValue value) {
            if (value == null || value.yes() == null) {
                return Outcome.MISSING;
            }
            return Outcome.of(value.yes());
        }

        @Override
        public boolean weakerThan(Threshold lower) {
            return false;
        }
    }

    /** "Tối thiểu 01 nhân sự": at least {@code min} of the thing counted. */
    record CountMin(String text, int min) implements Threshold {
        public CountMin {
            requireNotNegative(min, "min");
        }

        @Override
        public Outcome evaluate(CriterionValue value) {
            if (value == null || value.count() == null) {
                return Outcome.MISSING;
            }
            return Outcome.of(value.count() >= min);
        }

        @Override
        public boolean weakerThan(Threshold lower) {
            return minCountOf(lower) > min;
        }
    }

    /**
     * "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn": at least
     * {@code minCount}, or at least {@code minPercent} of all there are.
     */
    record CountOrPercent(String text, int minCount, BigDecimal minPercent) implements Threshold {
        public CountOrPercent {
            requireNotNegative(minCount, "minCount");
            requirePercent(minPercent, "minPercent");
            if (minPercent == null) {
                throw new InvalidValueException("minPercent is required", "thiếu minPercent");
            }
        }

        @Override
        public Outcome evaluate(CriterionValue value) {
            if (value == null || (value.count() == null && value.percent() == null)) {
                return Outcome.MISSING;
            }
            boolean byCount = value.count() != null && value.count() >= minCount;
            boolean byPercent = value.percent() != null && value.percent().compareTo(minPercent) >= 0;
            return Outcome.of(byCount || byPercent);
        }

        @Override
        public boolean weakerThan(Threshold lower) {
            return minCountOf(lower) > minCount;
        }
    }

    /** "Không áp dụng": the criterion is not assessed at this level. */
    record NotApplicable(String text) implements Threshold {
        @Override
        public Outcome evaluate(CriterionValue value) {
            return Outcome.NOT_APPLICABLE;
        }

        /** A criterion assessed at a lower level cannot drop out at a higher one. */
        @Override
        public boolean weakerThan(Threshold lower) {
            return !(lower instanceof NotApplicable);
        }
    }

    /**
     * Kon Tum district CTC-1: every commune of the district has reached at least {@code allAtLeast}, and
     * (when {@code share} is given) at least {@code share.minPercent} of them have reached
     * {@code share.level} (or higher, when {@code share.orHigher}).
     */
    record CommuneDistribution(String text, int allAtLeast, Share share) implements Threshold {

        public record Share(int level, BigDecimal minPercent, boolean orHigher) {
            public Share {
                requirePercent(minPercent, "share.minPercent");
            }
        }

        @Override
        public Outcome evaluate(CriterionValue value) {
            List<Integer> levels = value == null ? null : value.communeLevels();
            if (levels == null || levels.isEmpty()) {
                return Outcome.MISSING;
            }
            boolean all = levels.stream().allMatch(level -> level >= allAtLeast);
            return Outcome.of(all && (share == null || shareMet(levels)));
        }

        private boolean shareMet(List<Integer> levels) {
            long atShareLevel = levels.stream()
                    .filter(level -> share.orHigher() ? level >= share.level() : level == share.level())
                    .count();
            // count / n >= minPercent / 100, without rounding
            return BigDecimal.valueOf(atShareLevel).multiply(HUNDRED)
                    .compareTo(share.minPercent().multiply(BigDecimal.valueOf(levels.size()))) >= 0;
        }

        @Override
        public boolean weakerThan(Threshold lower) {
            return lower instanceof CommuneDistribution other
                    && (allAtLeast < other.allAtLeast
                    || (share != null && other.share != null && share.level() < other.share.level()));
        }
    }

    private static int minCountOf(Threshold threshold) {
        if (threshold instanceof CountMin count) {
            return count.min();
        }
        if (threshold instanceof CountOrPercent compound) {
            return compound.minCount();
        }
        return Integer.MIN_VALUE;
    }

    private static void requirePercent(BigDecimal percent, String field) {
        if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
            throw new InvalidValueException(field + " must be between 0 and 100, not " + percent,
                    field + " phải nằm trong khoảng 0 đến 100, không phải " + percent.toPlainString());
        }
    }

    private static void requireNotNegative(int count, String field) {
        if (count < 0) {
            throw new InvalidValueException(field + " must not be negative, not " + count,
                    field + " không được là số âm (" + count + ")");
        }
    }
}
