#!/usr/bin/env bash
# Throughput of the running keyword-matcher (its prod jar, as a process) from sms.inbound to the
# action topics, against a plain copying consumer on the same broker in the same run
# (src/test/java/io/smsauto/matcher/bench/ThroughputBenchmark.java).
# Arguments: [messages (100000)] [automations (1000)].
set -euo pipefail
module="$(cd "$(dirname "$0")" && pwd)"
cd "$module/.."
./mvnw -q -B -pl keyword-matcher -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$module/target/bench.classpath"
exec java -Xmx1g -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" \
    io.smsauto.matcher.bench.ThroughputBenchmark "${1:-100000}" "${2:-1000}" "$module/target/quarkus-app/quarkus-run.jar"
