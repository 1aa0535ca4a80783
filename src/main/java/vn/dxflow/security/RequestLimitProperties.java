package vn.dxflow.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code dxflow.security.body-limits}: the largest request body per address pattern of DXFlow's API (the most
 * specific pattern wins; see {@link RequestBodyLimits}).
 */
@ConfigurationProperties("dxflow.security")
record RequestLimitProperties(Map<String, DataSize> bodyLimits) {

    RequestLimitProperties {
        bodyLimits = bodyLimits == null ? Map.of() : Map.copyOf(bodyLimits);
    }
}
