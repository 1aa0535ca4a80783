package vn.dxflow.org;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the organisation chart once at startup, keeping the configured provinces of the file (the national register
 * holds them all); an invalid file stops the application with every problem listed.
 */
@Configuration
class OrgConfiguration {

    @Bean
    OrgChart orgChart(OrgProperties properties, ResourceLoader resources) throws IOException {
        Resource file = resources.getResource(properties.unitsFile());
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return OrgChart.parse(properties.unitsFile(), reader).onlyProvinces(properties.provinces());
        }
    }
}
