#!/usr/bin/env bash
# API benchmark: wrk on loopback against the packaged jar, each figure against /api/v1/ping of the same server.
#   B: GET /api/v1/ping (no key: the baseline)   A: GET /api/v1/me with a valid key
#   V: POST /api/v1/keys/verify (service token, a valid key)   C: /api/v1/me with a bad-checksum key (first round)
# Per scenario: requests/s, p50, p99, and CPU microseconds per request of the app (of it: kernel, JIT compiler and GC
# threads; JIT above a few µs means the app is still warming up), PostgreSQL and wrk (from /proc,
# so a busy machine inflates them far less than it lowers requests/s); per round the ratios A/B and V/B (B = mean
# of the ping runs before and after), and at the end their medians over the rounds. Also the UPDATE statements
# written during A, and on PostgreSQL the lookup's pg_stat_statements figures.
#
# Usage: scripts/benchmark-api.sh [h2|postgres|replica|all]
#   postgres   (a) the primary only
#   replica    (b) the primary plus one streaming replica (pg_basebackup -R), the app with KEYDESK_DB_REPLICA_URL;
#              the figures say how many lookups the replica served
#   all        h2, postgres, replica
# Settings: DURATION (10s), ROUNDS (3), THREADS (2), CONNECTIONS (50), WARMUP (10s), PG_BIN (newest
#   /usr/lib/postgresql/*/bin), PIN (1: PostgreSQL on the last core, the app and wrk on the others, as with a
#   database on its own machine; 0: everything shares every core), PGSS (1: load pg_stat_statements),
#   PROFILE (1: a JFR recording with CPU-time sampling per scenario, printed as microseconds per request by
#   layer with scripts/jfr-layers.py; it costs CPU itself, so take ratios from runs without it),
#   WARMUP_MAX (300: seconds of warm-up at most, see scenarios),
#   JAVA_OPTS (extra JVM options, e.g. -XX:StartFlightRecording=...), APP_ARGS (extra --property=value).
# Needs: wrk, python3, curl, taskset; for PostgreSQL the Debian server binaries (postgresql-15 or newer) and the
# `postgres` OS user (PostgreSQL refuses to run as root).
set -euo pipefail
cd "$(dirname "$0")/.."

WHICH=${1:-all}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
WARMUP=${WARMUP:-10s}
PIN=${PIN:-1}
PGSS=${PGSS:-1}
PROFILE=${PROFILE:-0}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
JAR=target/keydesk.jar
SERVICE_TOKEN=benchmark-service-token-$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
    ./mvnw -q -DskipTests package
fi

CORES=$(nproc)
APP_CPUS=""; PG_CPUS=""; ON_APP_CPUS=(); ON_PG_CPUS=()
if [ "$PIN" = 1 ] && [ "$CORES" -ge 2 ]; then
    PG_CPUS=$((CORES - 1)); APP_CPUS="0-$((CORES - 2))"
    ON_APP_CPUS=(taskset -c "$APP_CPUS"); ON_PG_CPUS=(taskset -c "$PG_CPUS")
fi

WORK=$(mktemp -d /tmp/keydesk-bench.XXXXXX)
chmod 755 "$WORK"
mkdir "$WORK/sockets"; chown postgres "$WORK/sockets" 2>/dev/null || true
APP_PID=""
PG_DIRS=()
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    local d
    for d in "${PG_DIRS[@]}"; do
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$d" -m fast stop >/dev/null 2>&1 || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

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

# One wrk run, with the CPU time the app, PostgreSQL and wrk spent on it: app and PostgreSQL from /proc
# (utime + stime of the JVM, all its threads; run time of every PostgreSQL process), wrk from rusage.
cat >"$WORK/measure.py" <<'PY'
import os, re, resource, subprocess, sys
out_file, app, pg_roots, wrk = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
HZ = os.sysconf("SC_CLK_TCK")
def stat(pid):
    return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
def jvm():  # (user + kernel, kernel, JIT compiler threads, GC threads) seconds; threads that ended count in the first two only
    f = stat(app)
    jit = gc = 0
    for t in os.listdir(f"/proc/{app}/task"):
        try:
            line = open(f"/proc/{app}/task/{t}/stat").read()
        except FileNotFoundError:
            continue
        name, v = line[line.index("(") + 1:line.rindex(")")], line.rsplit(")", 1)[1].split()
        if "Compiler" in name:
            jit += int(v[11]) + int(v[12])
        elif name.startswith(("GC Thread", "G1 ")):
            gc += int(v[11]) + int(v[12])
    return (int(f[11]) + int(f[12])) / HZ, int(f[12]) / HZ, jit / HZ, gc / HZ
def pg():  # seconds on CPU of every process of the given clusters (postmaster and its children)
    roots = {p for p in pg_roots.split(",") if p}
    total = 0
    for p in os.listdir("/proc"):
        try:
            if p.isdigit() and (p in roots or stat(p)[1] in roots):
                total += int(open(f"/proc/{p}/schedstat").read().split()[0])
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
    return total / 1e9
j0, k0, c0, g0, p0, r0 = *jvm(), pg(), resource.getrusage(resource.RUSAGE_CHILDREN)
text = subprocess.run(wrk, capture_output=True, text=True, check=True).stdout
j1, k1, c1, g1, p1, r1 = *jvm(), pg(), resource.getrusage(resource.RUSAGE_CHILDREN)
n = int(re.search(r"(\d+) requests in", text).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
us = lambda s: s * 1e6 / max(n, 1)
w = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
cpu = f"app {us(j1 - j0):4.0f} (kernel {us(k1 - k0):3.0f}, JIT {us(c1 - c0):3.0f}, GC {us(g1 - g0):3.0f})" + (f", PostgreSQL {us(p1 - p0):3.0f}" if pg_roots else "") \
    + f", wrk {us(w):3.0f}"
print(f"{rps:9.0f} req/s  p50 {lat.get('50', '-'):>8}  p99 {lat.get('99', '-'):>8}  non-2xx {non2xx.group(1) if non2xx else 0:<5}"
      f"  CPU µs/request: {cpu}")
open(out_file, "w").write(f"{rps}\n{n}\n{(c1 - c0) / max(j1 - j0, 1e-9):.3f}\n")
PY

start_app() { # name; env for the app comes from the caller
    PORT=$(free_port); MGMT_PORT=$(free_port)
    # shellcheck disable=SC2086 # JAVA_OPTS and APP_ARGS are lists of words
    SERVER_PORT=$PORT MANAGEMENT_SERVER_PORT=$MGMT_PORT KEYDESK_SERVICE_TOKENS=$SERVICE_TOKEN \
        "${ON_APP_CPUS[@]}" "$JAVA" -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" \
        --keydesk.api.failed-attempts-per-minute=1000000000 ${APP_ARGS:-} >"$WORK/app-$1.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        # Ready (not just listening): runners such as the demo data have finished.
        curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-$1.log"; exit 1; }
        sleep 1
    done
    echo "The app did not answer within 240 s" >&2; exit 1
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

metric() { # sum of a Prometheus series on the management port
    curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" | awk -v m="$1" 'index($0, m) == 1 {s+=$NF} END {printf "%d", s}'
}

run_wrk() { # id label url [wrk options...]
    local id=$1 label=$2 url=$3; shift 3
    [ "$PROFILE" = 1 ] && "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.start name="$id" filename="$WORK/$id.jfr" \
        'jdk.CPUTimeSample#enabled=true' 'jdk.CPUTimeSample#throttle=1ms' >/dev/null
    printf '  %-34s ' "$label"
    "${ON_APP_CPUS[@]}" python3 "$WORK/measure.py" "$WORK/rps-$id" "$APP_PID" "${PG_ROOTS:-}" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url"
    if [ "$PROFILE" = 1 ]; then
        "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.stop name="$id" >/dev/null
        python3 scripts/jfr-layers.py "$WORK/$id.jfr" "$(sed -n 2p "$WORK/rps-$id")" "$JAVA_HOME/bin/jfr"
    fi
}

warm_run() { # url [wrk options...]
    local url=$1; shift
    "${ON_APP_CPUS[@]}" python3 "$WORK/measure.py" "$WORK/warm" "$APP_PID" "${PG_ROOTS:-}" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
}

scenarios() { # label
    local base="http://127.0.0.1:$PORT" key=$KEY bad round
    bad="${KEY:0:48}$([ "${KEY:48:1}" = "A" ] && echo B || echo A)"
    printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Bearer %s"\n' \
        "'{\"key\": \"$key\"}'" "$SERVICE_TOKEN" >"$WORK/verify.lua"
    curl -fs -H "Authorization: Bearer $key" "$base/api/v1/me" >/dev/null || { echo "The key is not accepted" >&2; cat "$WORK"/*.log >&2; exit 1; }
    curl -fs -X POST -H "Authorization: Bearer $SERVICE_TOKEN" -H 'Content-Type: application/json' \
        -d "{\"key\": \"$key\"}" "$base/api/v1/keys/verify" | grep -q '"valid":true' \
        || { echo "The verify endpoint does not accept the key" >&2; exit 1; }
    # Warm-up: each scenario for WARMUP, then again until the JIT compiler's threads take under a tenth of the
    # app's CPU (on a busy machine that can take minutes), at most WARMUP_MAX in all.
    local warm_until=$((SECONDS + ${WARMUP_MAX:-300})) jit
    while :; do
        warm_run "$base/api/v1/me" -H "Authorization: Bearer $key"
        warm_run "$base/api/v1/keys/verify" -s "$WORK/verify.lua"
        warm_run "$base/api/v1/ping"
        jit=$(sed -n 3p "$WORK/warm")
        python3 -c "import sys; sys.exit(0 if $jit < 0.1 else 1)" && break
        [ "$SECONDS" -lt "$warm_until" ] || { echo "  (still compiling after WARMUP_MAX: JIT $jit of the app's CPU)"; break; }
    done
    echo "== $1 ($CORES cores$([ -n "$PG_CPUS" ] && echo "; PostgreSQL pinned to CPU $PG_CPUS, app and wrk to CPU $APP_CPUS"))"
    : >"$WORK/ratios"
    for round in $(seq 1 "$ROUNDS"); do
        echo " round $round of $ROUNDS (load average before: $(load))"
        run_wrk B "B: GET /api/v1/ping" "$base/api/v1/ping"
        local writes_before db_before
        writes_before=$(metric 'keydesk_last_used_writes_total ')
        db_before=$(db_updates)
        pgss_reset
        run_wrk A "A: GET /api/v1/me (valid key)" "$base/api/v1/me" -H "Authorization: Bearer $key"
        pgss_report
        sleep 1 # PostgreSQL publishes table statistics with a short delay
        echo "     UPDATE statements during A: $(( $(metric 'keydesk_last_used_writes_total ') - writes_before )) (app's last-used writes); database: $(db_updates_since "$db_before")"
        run_wrk V "V: POST /api/v1/keys/verify" "$base/api/v1/keys/verify" -s "$WORK/verify.lua"
        # B again: other load on the machine drifts, so A and V are compared with the mean of the B before and after.
        run_wrk B2 "B: GET /api/v1/ping (again)" "$base/api/v1/ping"
        if [ "$round" = 1 ]; then
            run_wrk C "C: GET /api/v1/me, bad checksum" "$base/api/v1/me" -H "Authorization: Bearer $bad"
        fi
        python3 - "$WORK" "$round" <<'PY' | tee -a "$WORK/ratios"
import sys
w, first = sys.argv[1], sys.argv[2] == "1"
r = {x: float(open(f"{w}/rps-{x}").read().split()[0]) for x in (["A", "B", "B2", "V"] + (["C"] if first else []))}
b = (r["B"] + r["B2"]) / 2
print(f"  ratio A/B = {r['A'] / b:.2f}   V/B = {r['V'] / b:.2f}" + (f"   C/B = {r['C'] / b:.2f}" if first else "")
      + f"   (B = mean of both ping runs, {b:.0f} req/s)")
PY
        echo "     load average after: $(load)"
    done
    python3 - "$WORK/ratios" "$1" <<'PY'
import re, statistics, sys
rows = [re.findall(r"(A|V)/B = ([\d.]+)", line) for line in open(sys.argv[1])]
for name in ("A", "V"):
    values = [float(v) for row in rows for n, v in row if n == name]
    print(f"  {sys.argv[2]}: median {name}/B over {len(values)} rounds = {statistics.median(values):.2f}  "
          f"(each: {', '.join(f'{v:.2f}' for v in values)})")
PY
}

db_updates() { echo "n/a"; }
db_updates_since() { echo "n/a (H2: no per-table counter; see the app's figure)"; }
pgss_reset() { :; }
pgss_report() { :; }

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

start_pg() { # data-dir port [extra server options]; pinned like the rest of PostgreSQL
    local dir=$1 port=$2; shift 2
    runuser -u postgres -- "${ON_PG_CPUS[@]}" "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/log" -w \
        -o "-p $port -k $WORK/sockets -c listen_addresses=127.0.0.1 -c max_connections=100 $*" start >/dev/null
    PG_DIRS+=("$dir")
}

setup_primary() {
    PG_DATA="$WORK/pg"; mkdir -p "$PG_DATA"; chown postgres "$PG_DATA"
    PG_PORT=$(free_port)
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust >/dev/null
    local preload=""
    [ "$PGSS" = 1 ] && preload="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
    start_pg "$PG_DATA" "$PG_PORT" "$preload"
    PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d keydesk -qtAX)
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database keydesk"
    [ "$PGSS" = 1 ] && "${PSQL[@]}" -c "create extension pg_stat_statements"
    PG_ROOTS=$(head -1 "$PG_DATA/postmaster.pid")
    db_updates() { "${PSQL[@]}" -c "select pg_stat_force_next_flush()" >/dev/null 2>&1 || true
                   "${PSQL[@]}" -c "select n_tup_upd from pg_stat_user_tables where relname = 'api_key'"; }
    db_updates_since() { echo "$(( $(db_updates) - $1 )) rows updated in api_key (pg_stat_user_tables.n_tup_upd)"; }
    if [ "$PGSS" = 1 ]; then
        pgss_reset() { "${PSQL[@]}" -c "select pg_stat_statements_reset()" >/dev/null
                       [ "${REPLICA_PSQL:+set}" ] && "${REPLICA_PSQL[@]}" -c "select pg_stat_statements_reset()" >/dev/null
                       return 0; }
        pgss_report() {
            lookup_stats primary "${PSQL[@]}"
            [ "${REPLICA_PSQL:+set}" ] && lookup_stats replica "${REPLICA_PSQL[@]}"
            return 0; }
    fi
}

lookup_stats() { # where psql...: the lookup's pg_stat_statements figures on one server
    local where=$1; shift
    "$@" -F ' ' -c "select calls, round(mean_exec_time::numeric * 1000, 1), plans,
            round(coalesce(mean_plan_time, 0)::numeric * 1000, 1)
        from pg_stat_statements where query like '%from key_secret s join api_key k%'" |
        awk -v w="$where" '{printf "     lookups on the %s: %d, mean execution %s µs; planned %d times (mean %s µs) (pg_stat_statements)\n", w, $1, $2, $3, $4}
                      END {if (NR == 0) printf "     lookups on the %s: 0 (pg_stat_statements)\n", w}'
}

insert_key() { # through the primary; remote_apply: the replica has it before the first request

    read -r KEY HASH HINT KEY_ID < <(new_key)
    "${PSQL[@]}" -c "set synchronous_commit = remote_apply" -c "insert into account (id, name, status, key_limit, created_at)
                     values (gen_random_uuid(), 'Acme Corp', 'ACTIVE', 10, now())"
    "${PSQL[@]}" -c "set synchronous_commit = remote_apply" -c "insert into api_key (id, account_id, name, name_key, hint, status, created_at)
                     select '$KEY_ID', id, 'Benchmark', 'benchmark', '$HINT', 'ACTIVE', now()
                     from account where name = 'Acme Corp'"
    "${PSQL[@]}" -c "set synchronous_commit = remote_apply" -c "insert into key_secret (secret_hash, key_id, hint, created_at)
                     values ('$HASH', '$KEY_ID', '$HINT', now())"
}

bench_postgres() {
    [ -x "$PG_BIN/initdb" ] || { echo "No PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 1; }
    setup_primary
    SPRING_PROFILES_ACTIVE=prod KEYDESK_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/keydesk" \
        KEYDESK_DB_USER=postgres KEYDESK_DB_PASSWORD=unused KEYDESK_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
        start_app postgres
    insert_key
    scenarios "(a) PostgreSQL $("${PSQL[@]}" -c 'show server_version' | cut -d' ' -f1), primary only"
    stop_app
    stop_all_pg
}

# (b) A streaming replica of the primary (pg_basebackup -R), listed in synchronous_standby_names so that a
# transaction with synchronous_commit = remote_apply waits for it; the app reads key lookups from it.
bench_replica() {
    [ -x "$PG_BIN/pg_basebackup" ] || { echo "No pg_basebackup in $PG_BIN (apt-get install postgresql)" >&2; exit 1; }
    setup_primary
    local replica="$WORK/replica" replica_port; replica_port=$(free_port)
    mkdir -p "$replica"; chown postgres "$replica"; chmod 700 "$replica"
    runuser -u postgres -- "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$replica" -R -X stream
    local preload=""
    [ "$PGSS" = 1 ] && preload="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
    start_pg "$replica" "$replica_port" "-c cluster_name=keydesk_replica $preload"
    # As docs/operations.md ("Read replicas"): ordinary writes commit locally, key changes wait for the replica.
    "${PSQL[@]}" -c "alter role postgres set synchronous_commit = local" \
        -c "alter system set synchronous_standby_names = '\"keydesk_replica\"'" -c "select pg_reload_conf()" >/dev/null
    PG_ROOTS="$PG_ROOTS,$(head -1 "$replica/postmaster.pid")"
    REPLICA_PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$replica_port" -U postgres -d keydesk -qtAX)
    for _ in $(seq 1 30); do
        [ "$("${PSQL[@]}" -c "select sync_state from pg_stat_replication where application_name = 'keydesk_replica'")" = sync ] && break
        sleep 1
    done
    echo "replica: $("${PSQL[@]}" -c "select application_name || ' ' || state || ', ' || sync_state from pg_stat_replication")"
    SPRING_PROFILES_ACTIVE=prod KEYDESK_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/keydesk" \
        KEYDESK_DB_REPLICA_URL="jdbc:postgresql://127.0.0.1:$replica_port/keydesk" \
        KEYDESK_DB_USER=postgres KEYDESK_DB_PASSWORD=unused KEYDESK_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
        start_app replica
    insert_key
    scenarios "(b) PostgreSQL $("${PSQL[@]}" -c 'show server_version' | cut -d' ' -f1), primary + one streaming replica"
    stop_app
    stop_all_pg
    unset REPLICA_PSQL
}

stop_all_pg() {
    local d
    for d in "${PG_DIRS[@]}"; do
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$d" -m fast stop >/dev/null 2>&1 || true
    done
    PG_DIRS=(); PG_ROOTS=""
}

echo "Keydesk API benchmark: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS rounds, loopback;" \
    "$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2}'), $CORES cores; load average $(load)"
case "$WHICH" in
    h2) bench_h2 ;;
    postgres) bench_postgres ;;
    replica) bench_replica ;;
    all) bench_h2; bench_postgres; bench_replica ;;
    *) echo "usage: $0 [h2|postgres|replica|all]" >&2; exit 2 ;;
esac
