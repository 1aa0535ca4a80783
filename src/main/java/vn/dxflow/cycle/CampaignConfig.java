package vn.dxflow.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.dxflow.org.UnitKind;

/**
 * How one province runs one year's cycle: calendar, stages, authorities and catalogs (the seeds differ on all
 * of these, see domain/process.md section 8). Loaded from {@code campaigns/*.yaml}.
 */
public record CampaignConfig(
        String id,
        String name,
        String source,
        String provinceCode,
        int year,
        Map<UnitKind.Tier, Track> tracks,
        Stages stages,
        Calendar calendar,
        List<Integer> reminderDays,
        boolean signedEvidence,
        IndeterminateSignatures indeterminateSignatures,
        Documents documents) {

    /** Vietnam has had no daylight saving since 1975; every deadline is a wall-clock date in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Most reminders a deadline can have: the models carry that many reminder timers per deadline. */
    public static final int MAX_REMINDERS = 3;

    /** Who handles the units of one tier, and which catalog assesses them. */
    public record Track(String catalogId, Authority receiving, Authority appraisal, Authority recognition) {
    }

    /** The level of government that carries out a step for a unit: the district above it, or the province. */
    public enum Authority { DISTRICT, PROVINCE }

    /**
     * What becomes of a signed report whose signature can be neither confirmed nor refuted (INDETERMINATE: a CRL or
     * OCSP responder out of reach, a chain not yet trusted): stored with its verdict and the reason shown to the
     * official, or refused with that reason until it verifies. Never accepted without the official seeing why.
     */
    public enum IndeterminateSignatures { ACCEPT, REFUSE }

    /** Optional stages: registration (Kon Tum), steering-committee opinions and verification (Thanh Hóa). */
    public record Stages(boolean registration, boolean opinions, boolean verification) {
    }

    /**
     * Deadline days of the stages. "Trước ngày 30/11" is read with {@code deadlineDayIncluded}: when true a
     * dossier received at any time on the 30th is on time (the deadline is the end of that day).
     */
    public record Calendar(Map<Stage, LocalDate> deadlines, boolean deadlineDayIncluded) {

        public LocalDate day(Stage stage) {
            return deadlines.get(stage);
        }

        /** The first instant that is too late for the stage. */
        public Instant cutOff(Stage stage) {
            LocalDate day = deadlineDayIncluded ? day(stage).plusDays(1) : day(stage);
            return day.atStartOfDay(ZONE).toInstant();
        }
    }

    /**
     * What the campaign's documents cite and name, which differ by province and year (the seeds cite different
     * decisions; offices were renamed and merged in 2025).
     *
     * @param basis          the legal basis (căn cứ) the documents cite, in order
     * @param department     the province's department that verifies dossiers (Mẫu 04) and writes the province's
     *                       report; null for the installation's default ({@code dxflow.report.department})
     * @param districtOffice the district's office that receives dossiers and proposes the recognition to the
     *                       district's committee (Kon Tum: "Phòng Văn hóa, Khoa học và Thông tin")
     * @param agencies       a steering-committee member's user id → the agency the member heads or belongs to, whose
     *                       letterhead his or her opinion (Mẫu 03) carries (seed 001: "UBND TỈNH … / (Đơn vị)")
     */
    public record Documents(List<Basis> basis, String department, String districtOffice, Map<String, String> agencies) {

        public Documents {
            basis = List.copyOf(basis);
            agencies = Map.copyOf(agencies);
        }

        /** The texts the given report cites (its slug: mau-01 … tong-hop), in order. */
        public List<String> basisOf(String report) {
            return basis.stream().filter(entry -> entry.reports().isEmpty() || entry.reports().contains(report))
                    .map(Basis::text).toList();
        }
    }

    /**
     * One document cited as legal basis, as the documents write it after "Căn cứ" or "Thực hiện".
     *
     * @param reports the reports that cite it (slugs); empty: every report
     */
    public record Basis(String text, List<String> reports) {

        public Basis {
            reports = List.copyOf(reports);
        }
    }

    public boolean assesses(UnitKind.Tier tier) {
        return tracks.containsKey(tier);
    }
}
