package vn.dxflow.catalog;

import java.util.List;

/**
 * The self-assessed and the appraised values scored side by side (Mẫu 02 shows both). The appraised
 * assessment decides the level or verdict; a criterion the council left without a value is
 * {@link Outcome#MISSING}, not silently taken from the self-assessment.
 *
 * @param differing codes of the criteria whose results differ between the two
 */
public record Appraisal(Assessment selfAssessed, Assessment appraised, List<String> differing) {

    public Appraisal {
        differing = List.copyOf(differing);
    }
}
