#!/bin/sh
# Start-up benchmark: the packaged jar to /actuator/health UP (default run warm; the national register of 3,355
# units cold and warm) against Spring Boot with the Camunda webapps alone from the same jar, in turns, with ratios.
# Usage, from the project folder: bench/startup.sh [rounds]   (default 3)
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -P !admin-ui package -DskipTests
./mvnw -q -B -P !admin-ui org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test \
  -Dexec.executable=java \
  -Dexec.args="-Ddxflow.jar=$(pwd)/target/dxflow.jar -cp %classpath vn.dxflow.production.StartupBenchmark ${1:-3}"
