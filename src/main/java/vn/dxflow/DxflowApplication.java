package vn.dxflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** DXFlow: the yearly digital-transformation assessment cycle on Camunda 7, deployed as a process application. */
@SpringBootApplication
@EnableProcessApplication("dxflow")
@ConfigurationPropertiesScan
public class DxflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(DxflowApplication.class, args);
    }
}
