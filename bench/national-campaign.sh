#!/bin/sh
# National campaign benchmark: every province of the bundled register (34 campaigns, 3,321 units) through every
# stage, the job executor on, tasks completed by their users with authorization, Mẫu 01, Mẫu 02 and the decisions
# rendered and stored in the embedded CMIS repository; then a bare Camunda 7 engine on the same kind of database.
# Usage, from the project folder:
#   bench/national-campaign.sh full h2|postgres reports|no-reports [province codes, comma-separated]
#   bench/national-campaign.sh start h2|postgres N      # one campaign of N generated communes: cost of each start
# PostgreSQL: DXFLOW_BENCH_PG_URL (a database on a server where the user may create databases), DXFLOW_BENCH_PG_USER,
# DXFLOW_BENCH_PG_PASSWORD. See bench/README.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -P !admin-ui test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test \
  -Dexec.executable=java -Dexec.args="-Xmx4g -Duser.timezone=UTC -cp %classpath vn.dxflow.cycle.NationalCampaignBenchmark $*"
