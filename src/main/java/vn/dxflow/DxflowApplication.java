package vn.dxflow;

import java.util.Arrays;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.dxflow.signature.VerifyCommand;

/** DXFlow: the yearly digital-transformation assessment cycle on Camunda 7, deployed as a process application. */
@SpringBootApplication
@EnableProcessApplication("dxflow")
@ConfigurationPropertiesScan
public class DxflowApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyCommand.NAME.equals(args[0])) {
            // The command line verifier starts in a second, without the web server or the process engine.
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(DxflowApplication.class, args);
    }
}
