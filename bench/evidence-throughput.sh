#!/usr/bin/env bash
# Evidence upload/download throughput: DXFlow's API versus a direct OpenCMIS client to the same embedded CMIS
# server, with the heap limited to 256 MB so a 1 GB video also proves streaming with bounded memory.
# Usage: bench/evidence-throughput.sh [sizes in MB, default: 1 50 1024]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
rm -rf target/bench-data
trap 'rm -rf target/bench-data' EXIT
java -Xmx256m -Dfile.encoding=UTF-8 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.dxflow.evidence.EvidenceBenchmark "$@"
