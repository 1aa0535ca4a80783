package vn.dxflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with a private in-memory H2 database and a data folder under
 * target/. Every test class using exactly this annotation shares one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = DxflowApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dxflow.data-dir=target/test-data",
            "spring.datasource.url=jdbc:h2:mem:dxflow-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "camunda.bpm.job-execution.enabled=false"
        })
public @interface DxflowSpringTest {
}
