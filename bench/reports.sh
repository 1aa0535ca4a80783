#!/bin/sh
# Report benchmark: Mẫu 01 with the 38 criteria of the Kon Tum commune catalog as PDF/A-2b, cold (first report
# of the JVM) and warm (mean of 30 after 20 warm-up renders), reports per second on one thread; then the warm
# time and the size of every other report.
# Runs in a JVM of its own (exec:exec), not inside Maven's. Usage, from the project folder: bench/reports.sh
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -P !admin-ui test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test \
  -Dexec.executable=java -Dexec.args="-Xms512m -Xmx512m -cp %classpath vn.dxflow.report.ReportBenchmark"
