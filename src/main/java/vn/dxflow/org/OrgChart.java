package vn.dxflow.org;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated tree of organisation units; immutable once loaded. */
public final class OrgChart {

    private final Map<String, OrgUnit> units;

    OrgChart(List<OrgUnit> units) {
        Map<String, OrgUnit> byCode = new LinkedHashMap<>();
        units.forEach(unit -> byCode.put(unit.code(), unit));
        this.units = Collections.unmodifiableMap(byCode);
    }

    /** Parses and validates a units file; throws {@link UnitFileException} listing every problem. */
    public static OrgChart parse(String source, Reader reader) throws IOException {
        return new UnitFileParser().parse(source, reader);
    }

    /**
     * The given provinces with every unit below them, or this chart when none are given. A code that is not a
     * province of the file stops the start: a typo must not silently install an empty organisation.
     */
    OrgChart onlyProvinces(Collection<String> provinceCodes) {
        if (provinceCodes.isEmpty()) {
            return this;
        }
        List<String> unknown = provinceCodes.stream()
                .filter(code -> find(code).map(unit -> unit.parentCode() != null).orElse(true)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("dxflow.org.provinces (DXFLOW_PROVINCES) names " + unknown + ", which "
                    + "the units file does not have as provinces; leave it empty to install the whole file");
        }
        return new OrgChart(units.values().stream()
                .filter(unit -> provinceCodes.contains(provinceOf(unit.code()).code())).toList());
    }

    public Optional<OrgUnit> find(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    public OrgUnit get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown unit code: " + code));
    }

    public List<OrgUnit> all() {
        return List.copyOf(units.values());
    }

    public List<OrgUnit> children(String code) {
        return units.values().stream().filter(unit -> code.equals(unit.parentCode())).toList();
    }

    /** The unit itself, then its parent, up to the province. */
    public List<OrgUnit> selfAndAncestors(String code) {
        List<OrgUnit> chain = new ArrayList<>();
        for (OrgUnit unit = units.get(code); unit != null; unit = units.get(unit.parentCode())) {
            chain.add(unit);
        }
        return chain;
    }

    /** True when {@code unitCode} is {@code ancestorCode} or lies below it. */
    public boolean isWithin(String unitCode, String ancestorCode) {
        return selfAndAncestors(unitCode).stream().anyMatch(unit -> unit.code().equals(ancestorCode));
    }

    public OrgUnit provinceOf(String code) {
        List<OrgUnit> chain = selfAndAncestors(code);
        return chain.get(chain.size() - 1);
    }
}
