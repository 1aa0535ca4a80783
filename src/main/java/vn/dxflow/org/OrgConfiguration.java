package vn.dxflow.org;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the registers of units once at startup, keeping the configured provinces of each file (the national register
 * holds them all); an invalid file stops the application with every problem listed. The organisation chart that
 * identities, listings and access outside a campaign use is the installed union of the registers.
 */
@Configuration
class OrgConfiguration {

    @Bean
    OrgRegisters orgRegisters(OrgProperties properties, ResourceLoader resources) throws IOException {
        if (!properties.earlierRegisters().isEmpty() && properties.unitsFrom() == null) {
            throw new IllegalStateException("dxflow.org.earlier-registers needs dxflow.org.units-from "
                    + "(DXFLOW_UNITS_FROM): the day from which the units file replaces them");
        }
        List<OrgRegisters.Register> registers = new ArrayList<>();
        registers.add(new OrgRegisters.Register(properties.unitsFrom(),
                load(resources, properties.unitsFile(), properties.provinces())));
        for (OrgProperties.EarlierRegister earlier : properties.earlierRegisters()) {
            if (earlier.from() == null || !earlier.from().isBefore(properties.unitsFrom())) {
                throw new IllegalStateException("dxflow.org.earlier-registers: " + earlier.file() + " needs a day "
                        + "'from' before " + properties.unitsFrom() + ", when the units file takes over");
            }
            registers.add(new OrgRegisters.Register(earlier.from(),
                    load(resources, earlier.file(), earlier.provinces())));
        }
        return new OrgRegisters(registers);
    }

    @Bean
    OrgChart orgChart(OrgRegisters registers) {
        return registers.installed();
    }

    private static OrgChart load(ResourceLoader resources, String location, List<String> provinces) throws IOException {
        Resource file = resources.getResource(location);
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return OrgChart.parse(location, reader).onlyProvinces(provinces);
        }
    }
}
