#!/usr/bin/env bash
# Load benchmark of inbound-gateway (README.md, "Benchmarks"), on loopback:
#  - starts the kit's Kafka broker as a process of its own (BenchBroker, a test-scope main) and the
#    gateway's prod jar (target/quarkus-app) with a Vonage signature secret;
#  - warms both up, then alternates wrk runs against the same gateway: GET /ping, the HTTP baseline
#    (RESTEasy, as the service serves it), GET /bench/plain-ping (a bare Vert.x route, shown for
#    comparison; skipped by a gateway without it) and signed Vonage form webhooks (bench/vonage-signed.lua);
#  - prints throughput, latency percentiles and CPU time per request of the gateway and the broker,
#    and compares the records that reached sms.inbound with the 2xx answers.
# Settings (environment): DURATION ROUNDS CONNECTIONS THREADS WARMUP HTTP_PORT KAFKA_PORT
# GATEWAY_JAVA_OPTS BROKER_JAVA_OPTS WEBHOOK_POOL GATEWAY_APP (a quarkus-app directory to run instead of
# this build's, e.g. a copy of an older build to compare with). Needs wrk (apt-get install -y wrk) and curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$here")
root=$(dirname "$module")
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-3}
# a webhook waits for the broker's acknowledgement (~2.5 ms): with 64 connections wrk's closed loop is
# bound by that latency (64 / 2.5 ms), not by the gateway's CPU; 256 saturates it, 512 only queues
CONNECTIONS=${CONNECTIONS:-256}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-60}
HTTP_PORT=${HTTP_PORT:-18081}
KAFKA_PORT=${KAFKA_PORT:-19092}
# what bin/run gives every service
GATEWAY_JAVA_OPTS=${GATEWAY_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
BROKER_JAVA_OPTS=${BROKER_JAVA_OPTS:--Xmx512m}
GATEWAY_APP=${GATEWAY_APP:-$module/target/quarkus-app}
export VONAGE_SIGNATURE_SECRET=bench-signature-secret GATEWAY_BENCH_PLAIN_PING=true
gateway_url=http://127.0.0.1:$HTTP_PORT

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d /tmp/gateway-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building the gateway and the bench classpath ..."
(cd "$root" && ./mvnw -q -B -pl inbound-gateway -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
classpath="$module/target/test-classes:$(cat "$module/target/bench-classpath.txt")"

await() { # what, command...: polls for up to 120 s
  local what=$1; shift
  for _ in $(seq 1 240); do "$@" > /dev/null 2>&1 && return 0; sleep 0.5; done
  echo "$what did not come up; logs in $work" >&2; trap - EXIT; exit 1
}

java $BROKER_JAVA_OPTS -cp "$classpath" io.smsauto.gateway.bench.BenchBroker "$work/kafka" "$KAFKA_PORT" \
  > "$work/broker.log" 2>&1 &
broker=$!; pids+=("$broker")
await "the broker" grep -q '^ready' "$work/broker.log"

KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT QUARKUS_HTTP_PORT=$HTTP_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  java $GATEWAY_JAVA_OPTS -jar "$GATEWAY_APP/quarkus-run.jar" > "$work/gateway.log" 2>&1 &
gateway=$!; pids+=("$gateway")
await "the gateway" curl -sf "$gateway_url/q/health/ready"

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system CPU, in clock ticks
tick_ns=$((1000000000 / $(getconf CLK_TCK)))
records() { java -cp "$classpath" io.smsauto.gateway.bench.TopicRecordCount "127.0.0.1:$KAFKA_PORT" sms.inbound 2> /dev/null; }
vonage_count() { # outcome: the gateway's own count of Vonage webhooks that ended so
  curl -s "$gateway_url/q/metrics" | awk -v o="$1" '
    $0 ~ "^smsauto_gateway_webhook_requests_seconds_count\\{carrier=\"vonage\",outcome=\"" o "\"" { n += $2 } END { print n + 0 }'
}

run_webhooks() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --latency -s "$here/vonage-signed.lua" "$gateway_url/webhooks/vonage/inbound"; }
run_pings() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --latency "$gateway_url/ping"; }
run_plain_pings() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --latency "$gateway_url/bench/plain-ping"; }
plain_route=$(curl -s -o /dev/null -w '%{http_code}' "$gateway_url/bench/plain-ping")

measure() { # name, wrk command: one run, reported as a line; sets rps
  local name=$1; shift
  local gw0 br0 out requests non2xx
  gw0=$(ticks "$gateway"); br0=$(ticks "$broker")
  out=$("$@")
  local gw_ns=$(( ($(ticks "$gateway") - gw0) * tick_ns )) br_ns=$(( ($(ticks "$broker") - br0) * tick_ns ))
  requests=$(awk '/requests in/ { print $1 }' <<< "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' <<< "$out")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
  printf '%-8s %10s req/s  p50 %9s  p90 %9s  p99 %9s  non-2xx %6s  CPU/request: gateway %6d ns, broker %6d ns\n' \
    "$name" "$rps" "$(awk '$1 == "50%" { print $2 }' <<< "$out")" "$(awk '$1 == "90%" { print $2 }' <<< "$out")" \
    "$(awk '$1 == "99%" { print $2 }' <<< "$out")" "${non2xx:-0}" $((gw_ns / requests)) $((br_ns / requests))
}

echo "warming up: ${WARMUP}s of webhooks, 10s of pings (JIT, broker, producer)"
run_webhooks "$WARMUP" > /dev/null
run_pings 10 > /dev/null
[ "$plain_route" = 200 ] && run_plain_pings 10 > /dev/null

echo "measuring $GATEWAY_APP: $ROUNDS rounds of ${DURATION}s each, wrk -t$THREADS -c$CONNECTIONS, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
ratios=(); plain_ratios=()
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
for round in $(seq 1 "$ROUNDS"); do
  measure ping run_pings "$DURATION"; ping_rps=$rps
  if [ "$plain_route" = 200 ]; then measure plain run_plain_pings "$DURATION"; plain_rps=$rps; fi
  measure webhook run_webhooks "$DURATION"
  ratios+=("$(percent "$rps" "$ping_rps")")
  [ "$plain_route" = 200 ] && plain_ratios+=("$(percent "$rps" "$plain_rps")")
done
echo "webhook throughput / ping throughput, per round: ${ratios[*]}"
[ "$plain_route" = 200 ] && echo "webhook throughput / plain Vert.x route throughput, per round: ${plain_ratios[*]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The count check: webhooks for COUNT_SECONDS, then only pings until wrk stops, so that no webhook
# is cut off in flight; every 2xx must be one record on sms.inbound, and nothing else must be.
COUNT_SECONDS=${COUNT_SECONDS:-10}
records_before=$(records); accepted_before=$(vonage_count accepted); abandoned_before=$(vonage_count abandoned)
counted=$(WEBHOOK_SECONDS=$COUNT_SECONDS wrk -t"$THREADS" -c"$CONNECTIONS" -d$((COUNT_SECONDS + 4))s \
  -s "$here/vonage-signed.lua" "$gateway_url/webhooks/vonage/inbound" | awk '/webhooks answered 2xx/ { print $4 + 0 }')
sleep 2
echo "count check: ${COUNT_SECONDS}s of webhooks, then pings until wrk stops"
echo "  webhooks answered 2xx, as wrk read them:     $counted"
echo "  records added to sms.inbound:                $(( $(records) - records_before ))"
echo "  2xx answers the gateway counted:             $(awk -v a="$(vonage_count accepted)" -v b="$accepted_before" 'BEGIN { print a - b }')"
echo "  webhooks whose client left before the answer: $(awk -v a="$(vonage_count abandoned)" -v b="$abandoned_before" 'BEGIN { print a - b }')"
