package vn.dxflow;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import vn.dxflow.evidence.CmisServerCommand;
import vn.dxflow.signature.VerifyCommand;

/**
 * DXFlow: the yearly digital-transformation assessment cycle on Camunda 7, deployed as a process application.
 * The same jar runs two commands besides the application: {@code verify FILE...} and {@code cmis-server}.
 */
@SpringBootApplication
@Import(DxflowProcessApplication.class)
@ConfigurationPropertiesScan
public class DxflowApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case VerifyCommand.NAME -> System.exit(verify(rest));
            case CmisServerCommand.NAME -> CmisServerCommand.run(rest);
            default -> SpringApplication.run(DxflowApplication.class, args);
        }
    }

    /**
     * The command line verifier starts in a second, without the web server or the process engine. Its standard
     * output carries the JSON lines alone, so that scripts can read it: whatever a library prints or logs goes to
     * standard error.
     */
    private static int verify(String[] args) {
        PrintStream results = System.out;
        System.setOut(System.err);
        System.setProperty("logback.configurationFile", "logback-command-line.xml");
        return VerifyCommand.run(args, results, System.err);
    }
}
