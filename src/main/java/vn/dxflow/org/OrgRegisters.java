package vn.dxflow.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registers of units installed, each in force from its day until the next one's: a campaign uses the register in
 * force on the day it opened, so a campaign of 2024 keeps its districts and the names its units had then. Codes
 * outlive registers and may name a different unit after a reform (02947: Thị trấn Phố Ràng under Huyện Bảo Yên
 * before 1 July 2025, Xã Bảo Yên under Tỉnh Lào Cai after it); {@link #installed()} holds each code's latest line.
 */
public final class OrgRegisters {

    /** One register and the first day it is in force; {@code from} is null for a register with no known start. */
    public record Register(LocalDate from, OrgChart chart) {
    }

    private final List<Register> registers;
    private final OrgChart installed;

    /** Registers in any order; at most one without a start day, which is then in force before all others. */
    public OrgRegisters(List<Register> registers) {
        if (registers.isEmpty()) {
            throw new IllegalArgumentException("At least one register of units is needed");
        }
        List<Register> sorted = new ArrayList<>(registers);
        sorted.sort(Comparator.comparing(Register::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from() == null || sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new IllegalArgumentException("Two registers of units are in force from the same day: "
                        + sorted.get(i).from() + "; give each its own day (dxflow.org.units-from, earlier-registers)");
            }
        }
        this.registers = List.copyOf(sorted);
        this.installed = union(sorted);
    }

    /** The register in force on the day; before the first register's day, the first register (nothing older is known). */
    public OrgChart inForce(LocalDate day) {
        Register found = registers.get(0);
        for (Register register : registers) {
            if (register.from() == null || !register.from().isAfter(day)) {
                found = register;
            }
        }
        return found.chart();
    }

    /**
     * Every unit of every register, each code with the line of the latest register that has it. A valid tree: a
     * unit's parent comes from the same register as the unit, and that register is the parent's latest or an older
     * one, so a chain of parents never returns to an older register and cannot close a cycle.
     */
    public OrgChart installed() {
        return installed;
    }

    public List<Register> all() {
        return registers;
    }

    private static OrgChart union(List<Register> oldestFirst) {
        Map<String, OrgUnit> byCode = new LinkedHashMap<>();
        for (Register register : oldestFirst) {
            register.chart().all().forEach(unit -> byCode.put(unit.code(), unit));
        }
        return new OrgChart(List.copyOf(byCode.values()));
    }
}
