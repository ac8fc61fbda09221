#!/usr/bin/env bash
# API benchmark: wrk on loopback against the packaged jar, on H2 (file) and on PostgreSQL.
#   A: GET /api/v1/me with a valid key   B: GET /api/v1/ping (no key)   C: /api/v1/me with a bad-checksum key
# Prints requests/s, p50 and p99 of each, the ratio A/B, and the UPDATE statements written during A.
# Needs: wrk, python3, curl; for PostgreSQL the Debian server binaries (postgresql-15 or newer) and the
# `postgres` OS user (PostgreSQL refuses to run as root). Usage: scripts/benchmark-api.sh [h2|postgres|all]
# Settings: DURATION (30s), THREADS (2), CONNECTIONS (50), WARMUP (10s), PG_BIN (/usr/lib/postgresql/15/bin).
set -euo pipefail
cd "$(dirname "$0")/.."

WHICH=${1:-all}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
WARMUP=${WARMUP:-10s}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
JAR=target/keydesk.jar
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
    ./mvnw -q -DskipTests package
fi

WORK=$(mktemp -d /tmp/keydesk-bench.XXXXXX)
chmod 755 "$WORK"
APP_PID=""
PG_DATA=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "$PG_DATA" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A key in Keydesk's format (kd_ + 40 base62 + base62 CRC32 of those 40, as KeyFormat), its SHA-256, hint and id.
# The key row is api_key; its secret (the hash the lookup reads) a row of key_secret.
new_key() {
    python3 - <<'PY'
import hashlib, secrets, uuid, zlib
A = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
body = "".join(secrets.choice(A) for _ in range(40))
crc, digits = zlib.crc32(body.encode("ascii")), ""
for _ in range(6):
    digits, crc = A[crc % 62] + digits, crc // 62
key = "kd_" + body + digits
print(key, hashlib.sha256(key.encode()).hexdigest(), "kd_\u2026" + key[-4:], uuid.uuid4())
PY
}

start_app() { # env for the app comes from the caller
    PORT=$(free_port); MGMT_PORT=$(free_port)
    SERVER_PORT=$PORT MANAGEMENT_SERVER_PORT=$MGMT_PORT "$JAVA" -Xmx512m -jar "$JAR" \
        --keydesk.api.failed-attempts-per-minute=1000000000 >"$WORK/app-$1.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 180); do
        # Ready (not just listening): runners such as the demo data have finished.
        curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-$1.log"; exit 1; }
        sleep 1
    done
    echo "The app did not answer within 180 s" >&2; exit 1
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

metric() { # sum of a Prometheus series on the management port
    curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" | awk -v m="$1" 'index($0, m) == 1 {s+=$NF} END {printf "%d", s}'
}

run_wrk() { # id label url [header]
    local out="$WORK/wrk-$1.txt"
    if [ -n "${4:-}" ]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$4" "$3" >"$out"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$3" >"$out"
    fi
    local rps p50 p99 non2xx
    rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")
    printf '  %-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$2" "$rps" "$p50" "$p99" "${non2xx:-0}"
    echo "$rps" >"$WORK/rps-$1"
}

scenarios() { # database label
    local base="http://127.0.0.1:$PORT" key=$KEY bad
    bad="${KEY:0:48}$([ "${KEY:48:1}" = "A" ] && echo B || echo A)"
    curl -fs -H "Authorization: Bearer $key" "$base/api/v1/me" >/dev/null || { echo "The key is not accepted" >&2; cat "$WORK"/*.log >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $key" "$base/api/v1/me" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base/api/v1/ping" >/dev/null
    echo "== $1 ($(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    run_wrk B "B: GET /api/v1/ping" "$base/api/v1/ping"
    local writes_before db_before
    writes_before=$(metric 'keydesk_last_used_writes_total ')
    db_before=$(db_updates)
    run_wrk A "A: GET /api/v1/me (valid key)" "$base/api/v1/me" "Authorization: Bearer $key"
    local verified
    verified=$(metric 'keydesk_key_verifications_total{channel="api_request",outcome="VALID"}')
    sleep 2 # PostgreSQL publishes table statistics with a short delay
    echo "     UPDATE statements during A: $(( $(metric 'keydesk_last_used_writes_total ') - writes_before )) (app's last-used writes); database: $(db_updates_since "$db_before"); valid verifications so far: $verified"
    # B again after A: other load on the machine drifts, so A is compared with the mean of the B before and after.
    run_wrk B2 "B: GET /api/v1/ping (again)" "$base/api/v1/ping"
    run_wrk C "C: GET /api/v1/me, bad checksum" "$base/api/v1/me" "Authorization: Bearer $bad"
    python3 -c "
r = {x: float(open('$WORK/rps-' + x).read()) for x in ('A', 'B', 'B2', 'C')}
b = (r['B'] + r['B2']) / 2
print(f'  ratio A/B = {r[\"A\"] / b:.2f}   ratio C/B = {r[\"C\"] / b:.2f}   (B = mean of both ping runs, {b:.0f} req/s)')"
    echo "     load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

db_updates() { echo "n/a"; }
db_updates_since() { echo "n/a (H2: no per-table counter; see the app's figure)"; }

bench_h2() {
    export KEYDESK_DATA_DIR="$WORK/h2"
    start_app h2-init   # creates the schema and the demo data
    stop_app
    read -r KEY HASH HINT KEY_ID < <(new_key)
    local h2jar; h2jar="$WORK/$(unzip -Z1 "$JAR" | grep -o 'h2-[0-9.]*\.jar' | head -1)"
    unzip -p "$JAR" "BOOT-INF/lib/$(basename "$h2jar")" >"$h2jar"
    "$JAVA" -cp "$h2jar" org.h2.tools.Shell \
        -url "jdbc:h2:file:$KEYDESK_DATA_DIR/keydesk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password "" \
        -sql "insert into api_key (id, account_id, name, name_key, hint, status, created_at)
              select '$KEY_ID', id, 'Benchmark', 'benchmark', '$HINT', 'ACTIVE', current_timestamp
              from account where name = 'Acme Corp';
              insert into key_secret (secret_hash, key_id, hint, created_at)
              values ('$HASH', '$KEY_ID', '$HINT', current_timestamp)" >"$WORK/h2-insert.log" 2>&1
    start_app h2
    scenarios "H2"
    stop_app
    unset KEYDESK_DATA_DIR
}

bench_postgres() {
    [ -x "$PG_BIN/initdb" ] || { echo "No PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 1; }
    PG_DATA="$WORK/pg"; mkdir -p "$PG_DATA"; chown postgres "$PG_DATA"
    local pg_port; pg_port=$(free_port)
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust >/dev/null
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/log" -w \
        -o "-p $pg_port -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
    PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d keydesk -qtAX)
    "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database keydesk"
    SPRING_PROFILES_ACTIVE=prod KEYDESK_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/keydesk" \
        KEYDESK_DB_USER=postgres KEYDESK_DB_PASSWORD=unused KEYDESK_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
        start_app postgres
    read -r KEY HASH HINT KEY_ID < <(new_key)
    "${PSQL[@]}" -c "insert into account (id, name, status, key_limit, created_at)
                     values (gen_random_uuid(), 'Acme Corp', 'ACTIVE', 10, now())"
    "${PSQL[@]}" -c "insert into api_key (id, account_id, name, name_key, hint, status, created_at)
                     select '$KEY_ID', id, 'Benchmark', 'benchmark', '$HINT', 'ACTIVE', now()
                     from account where name = 'Acme Corp'"
    "${PSQL[@]}" -c "insert into key_secret (secret_hash, key_id, hint, created_at)
                     values ('$HASH', '$KEY_ID', '$HINT', now())"
    db_updates() { "${PSQL[@]}" -c "select pg_stat_force_next_flush()" >/dev/null 2>&1 || true
                   "${PSQL[@]}" -c "select n_tup_upd from pg_stat_user_tables where relname = 'api_key'"; }
    db_updates_since() { echo "$(( $(db_updates) - $1 )) rows updated in api_key (pg_stat_user_tables.n_tup_upd)"; }
    scenarios "PostgreSQL $("${PSQL[@]}" -c 'show server_version' | cut -d' ' -f1)"
    stop_app
}

echo "Keydesk API benchmark: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, loopback; $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2}')"
case "$WHICH" in
    h2) bench_h2 ;;
    postgres) bench_postgres ;;
    all) bench_h2; bench_postgres ;;
    *) echo "usage: $0 [h2|postgres|all]" >&2; exit 2 ;;
esac
