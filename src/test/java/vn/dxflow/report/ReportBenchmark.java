package vn.dxflow.report;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Renders Mẫu 01 with its 38-criterion Phụ lục 01 (Kon Tum commune catalog): the first report of a fresh JVM
 * (cold), then the mean of warm renders and reports per second on one thread, then the PDF's size. Not a test:
 * run it with bench/reports.sh (see bench/README.md).
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("JVM %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        long coldStart = System.nanoTime();
        ReportService service = new ReportService(new ReportProperties(Path.of("target/no-template-overrides"),
                "Sở Khoa học và Công nghệ"));
        SelfAssessmentReport report = SampleReports.selfAssessment();
        byte[] first = service.render(report);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            service.write(report, OutputStream.nullOutputStream());
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            service.write(report, OutputStream.nullOutputStream());
        }
        double warm = (System.nanoTime() - start) / 1e6 / MEASURED;
        System.out.printf("Mẫu 01 + Phụ lục 01, 38 criteria: cold %.0f ms (first report, fonts and templates loaded),"
                + " warm %.1f ms mean of %d = %.1f reports/s on one thread; %,d bytes%n",
                cold, warm, MEASURED, 1000 / warm, first.length);
    }
}
