#!/usr/bin/env bash
# Runs the matching benchmark (src/test/java/io/smsauto/matching/bench) with JMH.
# Arguments go to JMH, e.g. `matching/bench.sh -p automations=100000` or `-prof gc`.
set -euo pipefail
module="$(cd "$(dirname "$0")" && pwd)"
cd "$module/.."
./mvnw -q -B -pl matching -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$module/target/bench.classpath"
exec java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" \
    org.openjdk.jmh.Main AutomationIndexBenchmark "$@"
