package vn.dxflow;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code dxflow.data-dir} absolute before anything uses it: H2 refuses database paths that are implicitly
 * relative, and every feature (database, documents, logs) must agree on one folder.
 */
class DataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("dxflow.data-dir", "./data");
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("dxflowDataDirectory",
                Map.of("dxflow.data-dir", absolute)));
    }
}
