#!/usr/bin/env bash
# Start-up time of target/keydesk.jar with and without a JDK 25 AOT cache (JEP 483/514): the time from
# launching the JVM to the first HTTP 200 on /login, median of N runs each (default 5), in three forms:
#   jar        java -jar target/keydesk.jar (the fat jar, as before)
#   extracted  the jar extracted by Spring Boot's jarmode tools (plain jars on the class path)
#   aot        the extracted jar with -XX:AOTCache, trained as docker/Dockerfile does it
# The default profile runs on a fresh embedded H2 each time, so no PostgreSQL is needed.
# Usage: scripts/measure-startup.sh [runs]    (build the jar first: ./mvnw -B -ntp package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=target/keydesk.jar
work=$PWD/target/startup
[ -f "$jar" ] || { echo "No $jar: build it first (./mvnw -B -ntp package -DskipTests)" >&2; exit 1; }
"$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput \
    || { echo "$java has no -XX:AOTCacheOutput: a JDK 25 or newer is needed" >&2; exit 1; }
export VAADIN_USAGE_STATS_ENABLED=false

pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# Below the kernel's ephemeral range, so no other program's outgoing connection takes it while the JVM starts.
ephemeral_low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
[ "$ephemeral_low" -gt 11000 ] || ephemeral_low=32768
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((10000 + RANDOM % (ephemeral_low - 10000)))
        if [ -z "$(ss -Htln "sport = :$port")" ]; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    exit 1
}

now_ms() { date +%s%3N; }

rm -rf "$work"
mkdir -p "$work"
echo "Extracting $jar"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
echo "Training run (default profile, fresh H2, spring.context.exit=onRefresh)"
training_started=$(now_ms)
KEYDESK_DATA_DIR="$work/training-data" SERVER_PORT=0 MANAGEMENT_SERVER_PORT=0 \
    "$java" -XX:AOTCacheOutput="$work/keydesk.aot" -Dspring.context.exit=onRefresh \
    -jar "$work/app/keydesk.jar" >"$work/training.log" 2>&1
echo "  training and cache creation took $(( $(now_ms) - training_started )) ms;" \
    "cache size $(du -m "$work/keydesk.aot" | cut -f1) MB"

# Sets $result to the milliseconds from launch to the first 200 on /login, then stops the node.
measure() {
    local variant=$1 run=$2 port mport started status
    port=$(free_port)
    mport=$(free_port)
    local data="$work/data-$variant-$run"
    local -a command
    case $variant in
        jar) command=("$java" -jar "$jar") ;;
        extracted) command=("$java" -jar "$work/app/keydesk.jar") ;;
        aot) command=("$java" -XX:AOTCache="$work/keydesk.aot" -XX:AOTMode=on -jar "$work/app/keydesk.jar") ;;
    esac
    started=$(now_ms)
    KEYDESK_DATA_DIR="$data" SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$mport \
        "${command[@]}" >"$work/$variant-$run.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/login" || true)
        if [ "$status" = 200 ]; then
            result=$(( $(now_ms) - started ))
            kill "$pid"
            wait "$pid" 2>/dev/null || true
            pid=""
            rm -rf "$data"
            return
        fi
        kill -0 "$pid" 2>/dev/null || { echo "the $variant node died; see $work/$variant-$run.log" >&2; exit 1; }
        sleep 0.05
    done
    echo "the $variant node gave no 200 on /login within 60 s" >&2
    exit 1
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A times
# Interleaved, so a change in the machine's load hits every variant alike.
for run in $(seq 1 "$runs"); do
    for variant in jar extracted aot; do
        measure "$variant" "$run"
        times[$variant]+="$result "
        echo "  run $run $variant: $result ms"
    done
done

echo
echo "Time to the first 200 on /login, median of $runs:"
for variant in jar extracted aot; do
    printf '  %-10s %6s ms   (%s)\n' "$variant" "$(tr ' ' '\n' <<<"${times[$variant]}" | grep . | median)" \
        "${times[$variant]% }"
done
