package vn.dxflow.evidence;

/**
 * Who may change a unit's evidence of a year, and when: answered where the process steps are known (the cycle).
 * Separate from the read rule: a supervisor who may read the dossier may not change what he is about to judge.
 */
public interface EvidenceWriteRule {

    /**
     * Refuses ({@link vn.dxflow.security.RequestRefusedException}, 403 or 409) unless the current user may
     * change the unit's evidence of that year now.
     */
    void requireWriter(String unitCode, int year);
}
