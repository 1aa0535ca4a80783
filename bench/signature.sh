#!/usr/bin/env bash
# Signature verification: DXFlow's verifier against a baseline timed in the same run (the plain PDFBox + Bouncy
# Castle digest-and-signature check for small documents and the 25-signature sheet, SHA-256 alone for 1-100 MB).
# Usage: bench/signature.sh [small] [many] [sizes in MB]   (none: everything). See bench/signature/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -P '!admin-ui' test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
java -Xmx4g -Dlogback.configurationFile=bench/signature/logback-bench.xml \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.dxflow.signature.SignatureBenchmark "$@"
