package baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up benchmark's baseline: Spring Boot with Camunda's engine, REST API and webapps alone, run from the
 * same packaged jar (same libraries and configuration) without any of DXFlow's own code. Outside {@code vn.dxflow}
 * so that no DXFlow test context scans it.
 */
@SpringBootApplication
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
