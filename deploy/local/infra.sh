#!/usr/bin/env bash
# Local real infrastructure without Docker: Apache Kafka (KRaft) and the local MongoDB-wire server
# (deploy/local/mongo: mongo-java-server over an H2 store file, durable per acknowledged write),
# both from Maven Central.
#
#   infra.sh fetch        download/build into the cache (idempotent)
#   infra.sh up           fetch, start whatever is not running, wait until both answer
#   infra.sh down         stop what this data directory started
#   infra.sh status
#   infra.sh start-mongo  start only the MongoDB-wire server and wait for it (pid in <data>/mongo/pid)
#   infra.sh stop-mongo
#
# Environment: TRIBUTARY_DATA_DIR (default <repo>/.local/infra), TRIBUTARY_CACHE_DIR
# (default ~/.cache/tributary), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), MONGO_PORT (27017),
# KAFKA_HEAP_OPTS (-Xms256m -Xmx512m), MONGO_HEAP_OPTS (-Xms64m -Xmx1g).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data_dir="${TRIBUTARY_DATA_DIR:-$repo/.local/infra}"
cache_dir="${TRIBUTARY_CACHE_DIR:-$HOME/.cache/tributary}"
kafka_port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
mongo_port="${MONGO_PORT:-27017}"
kafka_version=3.9.1

kafka_libs="$cache_dir/kafka-$kafka_version/libs"
mongo_hash="$(cd "$here/mongo" && find pom.xml src -type f | sort | xargs cat | sha256sum | cut -c1-12)"
mongo_build="$cache_dir/local-mongo-$mongo_hash"

log() { printf '[infra] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

fetch() {
  mkdir -p "$cache_dir"
  if [ ! -f "$kafka_libs/.complete" ]; then
    log "fetching Apache Kafka $kafka_version from Maven Central"
    rm -rf "$kafka_libs"
    mvn -q -B -f "$here/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$kafka_libs" >&2
    touch "$kafka_libs/.complete"
  fi
  if [ ! -f "$mongo_build/.complete" ]; then
    log "building the local MongoDB-wire server (mongo-java-server, H2) from Maven Central"
    rm -rf "$mongo_build"
    mvn -q -B -f "$here/mongo/pom.xml" package -Dbuild.dir="$mongo_build" >&2
    touch "$mongo_build/.complete"
  fi
}

start_mongo() {
  if port_open "$mongo_port"; then log "MongoDB-wire server already answers on $mongo_port"; return; fi
  local dir="$data_dir/mongo"
  mkdir -p "$dir/data"
  log "starting the local MongoDB-wire server on 127.0.0.1:$mongo_port"
  # shellcheck disable=SC2086
  nohup java ${MONGO_HEAP_OPTS:--Xms64m -Xmx1g} -XX:+UseSerialGC \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -Dorg.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire.MongoExceptionHandler=off \
    -cp "$mongo_build/local-mongo-1.0.0.jar:$mongo_build/lib/*" org.tributary.localmongo.LocalMongoServer \
    --listen "127.0.0.1:$mongo_port" --data "$dir/data" >"$dir/server.log" 2>&1 &
  echo $! >"$dir/pid"
}

start_kafka() {
  if port_open "$kafka_port"; then log "Kafka already answers on $kafka_port"; return; fi
  local dir="$data_dir/kafka"
  mkdir -p "$dir/logs"
  sed -e "s#@KAFKA_PORT@#$kafka_port#g" -e "s#@CONTROLLER_PORT@#$controller_port#g" \
      -e "s#@DATA_DIR@#$dir/data#g" "$here/kafka/server.properties.template" >"$dir/server.properties"
  local java_opts=(-cp "$kafka_libs/*" "-Dlog4j.configuration=file:$here/kafka/log4j.properties" "-Dkafka.logs.dir=$dir/logs")
  if [ ! -f "$dir/data/meta.properties" ]; then
    log "formatting Kafka storage in $dir/data"
    local cluster_id
    cluster_id="$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)"
    java "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >"$dir/logs/format.log" 2>&1
  fi
  log "starting Kafka on 127.0.0.1:$kafka_port"
  # shellcheck disable=SC2086
  nohup java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} -XX:+UseSerialGC -Djava.awt.headless=true \
    "${java_opts[@]}" kafka.Kafka "$dir/server.properties" >"$dir/logs/stdout.log" 2>&1 &
  echo $! >"$dir/pid"
}

# wait_ready [kafka]: both servers, or with "-" for Kafka only the MongoDB-wire server.
wait_ready() {
  node "$here/wait-ready.js" "${1:-127.0.0.1:$kafka_port}" "mongodb://127.0.0.1:$mongo_port" || {
    log "not ready; last lines of the logs:"
    tail -n 20 "$data_dir/kafka/logs/server.log" "$data_dir/mongo/server.log" 2>/dev/null >&2 || true
    exit 1
  }
}

stop_one() {
  local pidfile="$1" name="$2"
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

case "${1:-up}" in
  fetch) fetch ;;
  up) fetch; start_mongo; start_kafka; wait_ready
      log "ready: KAFKA_BROKERS=127.0.0.1:$kafka_port MONGO_URL=mongodb://127.0.0.1:$mongo_port" ;;
  # Also the FerretDB an older checkout started: left running, it would answer in the new one's place.
  down) stop_one "$data_dir/kafka/pid" Kafka; stop_one "$data_dir/mongo/pid" "MongoDB-wire server"
        stop_one "$data_dir/ferretdb/pid" FerretDB ;;
  # For fault tests: take only the broker away and bring it back on the same data.
  stop-kafka) stop_one "$data_dir/kafka/pid" Kafka ;;
  start-kafka) start_kafka; wait_ready ;;
  # For fault tests and the store conformance suite: the store alone, on its own port and data.
  start-mongo) fetch; start_mongo; wait_ready - ;;
  stop-mongo) stop_one "$data_dir/mongo/pid" "MongoDB-wire server" ;;
  status) for p in "$kafka_port" "$mongo_port"; do port_open "$p" && echo "$p up" || echo "$p down"; done ;;
  *) echo "usage: $0 fetch|up|down|status|stop-kafka|start-kafka|start-mongo|stop-mongo" >&2; exit 2 ;;
esac
