#!/bin/sh
# Campaign benchmark: 1,000 units (10 districts, 990 communes) through every stage of the cycle on H2,
# with the clock moved and tasks completed through the engine API. Prints wall time, unit instances
# started per second and tasks completed per second. Usage, from the project folder: bench/campaign.sh
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -P !admin-ui test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test \
  -Dexec.executable=java -Dexec.args="-Xms1g -Xmx2g -Duser.timezone=UTC -cp %classpath vn.dxflow.cycle.CampaignBenchmark"
