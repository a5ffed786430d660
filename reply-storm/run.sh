#!/usr/bin/env bash
# Reply storm (README.md): the whole system as bin/run starts it, MESSAGES Vonage webhooks (default
# 100,000) at the highest rate the gateway accepts, an optional fault mid-storm, the exactly-once
# accounting and the Kafka producer baseline on the same broker.
#   reply-storm/run.sh [--fault kill-matcher|kill-notifier|kill-contacts|kill-dispatcher|broker-stop|
#                               postgres-restart|url-timeout] [--replicas 2]
# Settings (environment): MESSAGES (100000), CONCURRENCY (64 webhooks in flight), VONAGE_LATENCY_MS (0: how
# long the Vonage stand-in takes to answer an SMS), SKIP_BUILD=1 (use
# what is built), STORM_JAVA_OPTS (the runner JVM: the broker, the load tool and the stand-ins).
set -euo pipefail
module=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$module")
cd "$root"

if [[ ${SKIP_BUILD:-} != 1 ]]; then
  echo "building the services and the storm (./mvnw package -DskipTests) ..."
  ./mvnw -q -B package -DskipTests \
    -pl reply-storm,inbound-gateway,keyword-matcher,automation-admin,contact-service,notifier-service,action-dispatcher \
    -am dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi

# exec: a Ctrl-C or SIGTERM reaches the JVM, whose shutdown hook stops every process it started
exec java ${STORM_JAVA_OPTS:--Xms256m -Xmx1g} -Dsmsauto.project.root="$root" \
  -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" io.smsauto.storm.StormMain "$@"
