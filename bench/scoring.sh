#!/bin/sh
# Scoring benchmark: 10,000 units × 38 criteria (Kon Tum commune), then the other seed catalogs.
# Prints the mean and best time of five measured rounds (after five warm-up rounds) and units per second.
# Runs in a JVM of its own (exec:exec), not inside Maven's. Usage, from the project folder: bench/scoring.sh
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -P !admin-ui test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test \
  -Dexec.executable=java -Dexec.args="-Xms512m -Xmx512m -cp %classpath vn.dxflow.catalog.ScoringBenchmark"
