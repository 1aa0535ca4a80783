package vn.dxflow.report;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.demo-signing.*}.
 *
 * @param enabled whether demo users can sign generated reports with demo certificates (never in production)
 * @param pkiDir  where the demo CA and the users' PKCS#12 files are kept between restarts
 */
@ConfigurationProperties("dxflow.demo-signing")
record DemoSigningProperties(boolean enabled, Path pkiDir) {
}
