package vn.dxflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port with a private in-memory H2 database and a data folder under
 * target/, with the models' coverage recorded (target/process-test-coverage). Every Spring test uses exactly
 * this annotation: one JVM can hold only one engine named "default", so there must be one context only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = DxflowApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dxflow.data-dir=target/test-data",
            "spring.datasource.url=jdbc:h2:mem:dxflow-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "camunda.bpm.job-execution.enabled=false",
            "dxflow.demo.campaigns=",
            // The tests' organisation: the historical three-tier example and its campaigns of 2024-2025.
            "dxflow.org.units-file=classpath:org/example-before-reform.csv",
            "dxflow.org.provinces=",
            // E-mail is sent by the tests that ask for it (NotificationsTest), to the SMTP server they start.
            "dxflow.notifications.sending=false",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=1"
        })
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface DxflowSpringTest {
}
