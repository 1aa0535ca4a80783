package vn.dxflow.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders Mẫu 01 with its 38-criterion Phụ lục 01 (Kon Tum commune catalog): the first report of a fresh JVM
 * (cold), then the mean of warm renders and reports per second on one thread; then the warm time and size of
 * every other report. Not a test: run it with bench/reports.sh (see bench/README.md).
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 30;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("JVM %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        long coldStart = System.nanoTime();
        ReportService service = new ReportService(new ReportProperties(Path.of("target/no-template-overrides"),
                "Sở Khoa học và Công nghệ"));
        SelfAssessmentReport selfAssessment = SampleReports.selfAssessment();
        service.render(selfAssessment);
        System.out.printf("cold: first Mẫu 01 of the JVM (classes, fonts, catalog, templates) %.0f ms%n",
                (System.nanoTime() - coldStart) / 1e6);
        for (int i = 0; i < WARM_UP; i++) {
            service.write(selfAssessment, OutputStream.nullOutputStream());
        }
        for (Report report : List.of(selfAssessment, SampleReports.review(ReportKind.MAU_02),
                SampleReports.review(ReportKind.MAU_03), SampleReports.review(ReportKind.MAU_04),
                SampleReports.decision(), SampleReports.synthesis())) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < MEASURED; i++) {
                service.write(report, OutputStream.nullOutputStream());
            }
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / MEASURED;
            double warm = (System.nanoTime() - start) / 1e6 / MEASURED;
            System.out.printf("warm %-10s %6.1f ms (%5.1f ms CPU of the rendering thread) mean of %d = %4.1f reports/s"
                    + " on one thread; %,7d bytes%n", report.kind().slug(), warm, cpu, MEASURED, 1000 / warm,
                    service.render(report).length);
        }
    }
}
