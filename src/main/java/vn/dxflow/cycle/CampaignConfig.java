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
        IndeterminateSignatures indeterminateSignatures) {

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

    public boolean assesses(UnitKind.Tier tier) {
        return tracks.containsKey(tier);
    }
}
