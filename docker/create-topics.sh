#!/bin/bash
# docker-compose's one-shot topic creation: creates every topic of kafka-topics.txt (generated from
# io.smsauto.events.Topics.ALL) that the broker does not have yet, with its partitions and cleanup
# policy. Usage: create-topics.sh <bootstrap servers> <topic list>
set -euo pipefail
bootstrap="$1"
list="$2"
kafka_topics="${KAFKA_TOPICS_COMMAND:-/opt/kafka/bin/kafka-topics.sh}"
# each call is a short-lived JVM: start it fast
export KAFKA_HEAP_OPTS="-Xmx128m"
export KAFKA_JVM_PERFORMANCE_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

existing="$("$kafka_topics" --bootstrap-server "$bootstrap" --list)"
while read -r topic partitions cleanup; do
  [[ -z "$topic" || "$topic" == \#* ]] && continue
  if grep -qxF "$topic" <<<"$existing"; then
    continue
  fi
  echo "creating $topic ($partitions partitions, cleanup.policy=$cleanup)"
  "$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor 1 --config "cleanup.policy=$cleanup"
done <"$list"
echo "every topic of $list exists"
