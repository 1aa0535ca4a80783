package vn.dxflow.signature;

import java.util.Map;

/**
 * The signer each unit has configured (dxflow.signature.unit-signers), turned into the rule a process step imposes:
 * e.g. the Mẫu 02 of a commune must be signed by its appraising unit's signer.
 */
public final class UnitSigners {

    private final Map<String, String> expectedByUnit;

    UnitSigners(Map<String, String> expectedByUnit) {
        this.expectedByUnit = Map.copyOf(expectedByUnit);
    }

    public boolean isConfigured(String unitCode) {
        String expected = expectedByUnit.get(unitCode);
        return expected != null && !expected.isBlank();
    }

    /**
     * @throws IllegalStateException when no signer is configured for the unit: the step cannot be processed
     */
    public SignerRule ruleFor(String unitCode, String unitName) {
        String expected = expectedByUnit.get(unitCode);
        if (expected == null || expected.isBlank()) {
            throw new IllegalStateException("no signer configured for unit " + unitCode
                    + " (dxflow.signature.unit-signers." + unitCode + ")");
        }
        return new SignerRule(expected, "người ký được cấu hình của " + unitName);
    }
}
