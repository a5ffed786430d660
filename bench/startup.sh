#!/usr/bin/env bash
# Measures bin/run from start to "smsauto is ready" (all six services answer /q/health/ready), then
# stops it with SIGTERM and measures the stop. Usage: bench/startup.sh [fresh|warm]
#   fresh: an empty data folder (Kafka storage formatted, PostgreSQL initialised, migrations run)
#   warm:  the data folder of the previous run
# The project must be built already (bin/run builds otherwise, and that time would be counted).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-warm}
export SMSAUTO_DATA_DIR=${SMSAUTO_DATA_DIR:-/tmp/smsauto-startup-bench}
[[ $mode == fresh ]] && rm -rf "$SMSAUTO_DATA_DIR"
log=$(mktemp)
start=$(date +%s.%N)
setsid bin/run >"$log" 2>&1 &
pid=$!
until grep -q "smsauto is ready" "$log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "bin/run exited before it was ready" >&2; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
kill -TERM -- "-$pid"
wait "$pid" || true
stopped=$(date +%s.%N)
printf '%s start: ready after %.1f s, stopped %.1f s after SIGTERM (load average: %s)\n' "$mode" \
  "$(echo "$ready - $start" | bc)" "$(echo "$stopped - $ready" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$log"
