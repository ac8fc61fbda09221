#!/usr/bin/env bash
# The production topology of docker/compose.yaml from plain processes, all on 127.0.0.1: PostgreSQL (Debian's
# postgresql package, a fresh data directory), two prod nodes of target/keydesk.jar, and HAProxy configured by
# docker/haproxy/haproxy.cfg, the very file compose mounts, so what the drills test is what ships.
#
#   scripts/cluster.sh up       start everything, wait until both nodes are in the load balancer
#   scripts/cluster.sh up --replica   the same plus a streaming replica (pg_basebackup -R) serving both nodes'
#                               key lookups, listed as the one required synchronous standby "replica1"
#   scripts/cluster.sh down     stop what "up" started (by the PIDs it wrote; nothing else is touched)
#   scripts/cluster.sh status
#   scripts/cluster.sh drill    the failure drills (up, drills, down), printing each figure
# Used by the drills (dev.keydesk.cluster.ClusterDrill):
#   node-kill N    kill -9 node N          node-stop N    SIGTERM, wait until it has left (graceful)
#   node-start N   start node N, wait until it is ready
#   db-stop        stop PostgreSQL (fast)  db-start       start it again
#   replica-stop / replica-start       the replica (clusters started with --replica)
#   replica-pause / replica-resume     pg_wal_replay_pause() / _resume() on the replica: it lags
#
# Needs a JDK 21+ (25 for the AOT cache), Debian's postgresql and haproxy packages, curl, and a build
# (./mvnw -B -ntp package -DskipTests). State, logs and PID files in $KEYDESK_CLUSTER_DIR (default
# target/cluster); KEYDESK_CLUSTER_AOT=false starts the nodes without the AOT cache.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dir=${KEYDESK_CLUSTER_DIR:-$root/target/cluster}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
jar=$root/target/keydesk.jar
haproxy_cfg=$root/docker/haproxy/haproxy.cfg
start_timeout=${KEYDESK_CLUSTER_START_TIMEOUT:-300}

say() { echo "cluster: $*" >&2; }
fail() { say "$*"; exit 1; }

is_jdk21_plus() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; }
find_java() {
    if [ -n "${JAVA_HOME:-}" ] && is_jdk21_plus "$JAVA_HOME"; then
        echo "$JAVA_HOME/bin/java"
        return
    fi
    for candidate in /usr/lib/jvm/*; do
        if is_jdk21_plus "$candidate"; then
            echo "$candidate/bin/java"
            return
        fi
    done
    fail "no JDK 21 or newer (JAVA_HOME or /usr/lib/jvm)"
}

pg_bin() {
    if [ -n "${PG_BIN:-}" ]; then
        echo "$PG_BIN"
        return
    fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$found" ] && [ -x "$found/initdb" ] \
        || fail "no PostgreSQL server binaries under /usr/lib/postgresql: apt-get install -y postgresql"
    echo "$found"
}

# initdb and postgres refuse to run as root: as root, run them as the package's postgres user.
as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Below the kernel's ephemeral range: no outgoing connection or port-0 listener of another program can take a
# port there while a node starts (or restarts) on it.
ephemeral_low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
[ "$ephemeral_low" -gt 11000 ] || ephemeral_low=32768
free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((10000 + RANDOM % (ephemeral_low - 10000)))
        if [ -z "$(ss -Htln "sport = :$port")" ] && ! grep -qx "$port" "$dir/ports.taken" 2>/dev/null; then
            echo "$port" >>"$dir/ports.taken"
            echo "$port"
            return
        fi
    done
    fail "no free port found"
}

random_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

load_env() {
    [ -f "$dir/cluster.env" ] || fail "no cluster in $dir (scripts/cluster.sh up)"
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
}

# A PID from one of our PID files, only while that process is still ours (the PID was not reused).
our_pid() {
    local file=$1 marker=$2 pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker" \
        && echo "$pid"
}

node_marker() { echo "-Dkeydesk.cluster.node=$dir/node-$1"; }

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ]; }

lb_status() { # backend server -> UP, DOWN, MAINT, ... (empty while the stats page does not answer)
    curl -s --max-time 2 "http://127.0.0.1:$LB_STATS_PORT/stats;csv" | awk -F, -v b="$1" -v s="$2" '$1 == b && $2 == s { print $18 }'
}

prepare_app() {
    local java=$1 app=$dir/app
    if [ "${KEYDESK_CLUSTER_AOT:-true}" = false ] || ! "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
        echo "-jar $jar"
        return
    fi
    # The same steps as docker/Dockerfile: extract, then a training run that writes the AOT cache.
    if [ ! -f "$app/keydesk.aot" ] || [ "$jar" -nt "$app/keydesk.aot" ]; then
        say "training the AOT cache (once per build of the jar)"
        rm -rf "$app"
        "$java" -Djarmode=tools -jar "$jar" extract --destination "$app/app" >/dev/null
        KEYDESK_DATA_DIR="$app/training-data" SERVER_PORT=0 MANAGEMENT_SERVER_PORT=0 VAADIN_USAGE_STATS_ENABLED=false \
            "$java" -XX:AOTCacheOutput="$app/keydesk.aot" -Dspring.context.exit=onRefresh -jar "$app/app/keydesk.jar" \
            >"$app/training.log" 2>&1 || fail "the AOT training run failed; see $app/training.log"
        rm -rf "$app/training-data"
    fi
    echo "-XX:AOTCache=$app/keydesk.aot -jar $app/app/keydesk.jar"
}

start_node() {
    local n=$1 port mport
    load_env
    if our_pid "$dir/node-$n.pid" "$(node_marker "$n")" >/dev/null; then
        fail "node $n is already running"
    fi
    port=NODE${n}_PORT mport=NODE${n}_MANAGEMENT_PORT
    # shellcheck disable=SC2086 # NODE_LAUNCH is a list of words
    local replica_url=""
    [ -z "${REPLICA_PORT:-}" ] || replica_url="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/keydesk"
    env SPRING_PROFILES_ACTIVE=prod SERVER_PORT="${!port}" \
        MANAGEMENT_SERVER_PORT="${!mport}" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
        KEYDESK_DATA_DIR="$dir/node-$n" \
        KEYDESK_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/keydesk" KEYDESK_DB_USER=keydesk \
        KEYDESK_DB_PASSWORD="$DB_PASSWORD" KEYDESK_DB_REPLICA_URL="$replica_url" \
        KEYDESK_BOOTSTRAP_SUPPORT_USERNAME=support KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD="$SUPPORT_PASSWORD" \
        KEYDESK_ENCRYPTION_KEY="$ENCRYPTION_KEY" KEYDESK_SERVICE_TOKENS="$SERVICE_TOKEN" \
        VAADIN_USAGE_STATS_ENABLED=false \
        "$JAVA" -Xmx512m -XX:+ExitOnOutOfMemoryError "$(node_marker "$n")" $NODE_LAUNCH \
        >>"$dir/node-$n.log" 2>&1 </dev/null &
    echo $! >"$dir/node-$n.pid"
}

wait_node_ready() {
    local n=$1 mport pid started
    load_env
    mport=NODE${n}_MANAGEMENT_PORT
    started=$(date +%s)
    until ready "${!mport}"; do
        pid=$(our_pid "$dir/node-$n.pid" "$(node_marker "$n")") \
            || { tail -n 10 "$dir/node-$n.log" >&2; fail "node $n died while starting; see $dir/node-$n.log"; }
        [ $(($(date +%s) - started)) -lt "$start_timeout" ] || fail "node $n not ready within $start_timeout s"
        sleep 0.2
    done
    say "node $n ready after $(($(date +%s) - started)) s (pid $(cat "$dir/node-$n.pid"))"
}

# Waits until HAProxy's checks have the node back in (UP) or out (DOWN).
wait_lb() {
    local n=$1 want=$2 started
    started=$(date +%s)
    until [ "$(lb_status api "keydesk-$n")" = "$want" ]; do
        [ $(($(date +%s) - started)) -lt 60 ] || fail "the load balancer did not see node $n $want within 60 s"
        sleep 0.1
    done
}

stop_pid() { # pid seconds: SIGTERM, wait, then SIGKILL
    local pid=$1 seconds=$2
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 $((seconds * 10))); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    say "pid $pid did not stop within $seconds s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

db_start() {
    load_env
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 start >/dev/null \
        || { tail -n 20 "$PG_DIR/postgres.log" >&2; fail "PostgreSQL did not start"; }
}

db_stop() {
    load_env
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null
}

psql_on() { # port sql...: as the cluster's superuser (keydesk), on the keydesk database
    local port=$1
    shift
    PGPASSWORD=$DB_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U keydesk -d keydesk -qtAX "$@"
}

replica_start() {
    load_env
    [ -n "${REPLICA_PORT:-}" ] || fail "this cluster has no replica (scripts/cluster.sh up --replica)"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/replica" -l "$PG_DIR/replica.log" -w -t 60 start >/dev/null \
        || { tail -n 20 "$PG_DIR/replica.log" >&2; fail "the replica did not start"; }
}

replica_stop() {
    load_env
    [ -n "${REPLICA_PORT:-}" ] || fail "this cluster has no replica (scripts/cluster.sh up --replica)"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/replica" -m fast -w -t 60 stop >/dev/null
}

# A streaming replica of the primary named replica1 (its cluster_name, so its application_name), then listed as
# the one required synchronous standby: key changes commit once it has applied them (docs/operations.md).
replica_create() {
    load_env
    say "replica on 127.0.0.1:$REPLICA_PORT ($PG_DIR/replica)"
    as_postgres env PGPASSWORD="$DB_PASSWORD" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U keydesk \
        -D "$PG_DIR/replica" -R -X stream --checkpoint=fast >"$PG_DIR/basebackup.log" 2>&1 \
        || { cat "$PG_DIR/basebackup.log" >&2; fail "pg_basebackup failed"; }
    printf '%s\n' "port = $REPLICA_PORT" "cluster_name = 'replica1'" "hot_standby = on" \
        >>"$PG_DIR/replica/postgresql.conf"
    replica_start
    local started streaming
    started=$(date +%s)
    while :; do
        streaming=$(psql_on "$PG_PORT" -c "select count(*) from pg_stat_replication
            where application_name = 'replica1' and state = 'streaming'")
        [ "$streaming" != 1 ] || break
        [ $(($(date +%s) - started)) -lt 60 ] || fail "the replica did not stream within 60 s"
        sleep 0.2
    done
    psql_on "$PG_PORT" -c "alter system set synchronous_standby_names = 'FIRST 1 (replica1)'" \
        -c "select pg_reload_conf()" >/dev/null
}

up() {
    local with_replica=false
    case ${1:-} in
        --replica) with_replica=true ;;
        "") ;;
        *) fail "unknown option $1 (scripts/cluster.sh up [--replica])" ;;
    esac
    [ ! -f "$dir/cluster.env" ] || fail "a cluster is already up in $dir (scripts/cluster.sh down first)"
    [ -f "$jar" ] || fail "no $jar: build it first (./mvnw -B -ntp package -DskipTests)"
    command -v haproxy >/dev/null || fail "no haproxy: apt-get install -y haproxy"
    command -v curl >/dev/null || fail "no curl: apt-get install -y curl"
    local java pg launch pg_dir
    java=$(find_java)
    pg=$(pg_bin)
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || fail "running as root needs the postgres user of Debian's postgresql package"
    fi
    launch=$(prepare_app "$java")
    # A start that fails half-way stops what it had started.
    trap 'status=$?; [ "$status" = 0 ] || { say "start failed; stopping what was started"; down; }' EXIT
    rm -f "$dir/ports.taken" "$dir"/*.log "$dir"/*.pid
    # PostgreSQL's files live where the postgres user may write, also when this checkout is not readable to it.
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/keydesk-cluster-pg.XXXXXX")
    {
        echo "JAVA=$java"
        echo "NODE_LAUNCH='$launch'"
        echo "PG_BIN=$pg"
        echo "PG_DIR=$pg_dir"
        echo "PG_PORT=$(free_port)"
        [ "$with_replica" = false ] || echo "REPLICA_PORT=$(free_port)"
        echo "NODE1_PORT=$(free_port)"
        echo "NODE1_MANAGEMENT_PORT=$(free_port)"
        echo "NODE2_PORT=$(free_port)"
        echo "NODE2_MANAGEMENT_PORT=$(free_port)"
        echo "LB_PORT=$(free_port)"
        echo "LB_STATS_PORT=$(free_port)"
        echo "DB_PASSWORD=$(random_hex 16)"
        echo "SUPPORT_PASSWORD=$(random_hex 16)"
        echo "SERVICE_TOKEN=$(random_hex 24)"
        echo "ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64 -w0)"
    } >"$dir/cluster.env"
    chmod 600 "$dir/cluster.env"
    load_env

    say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
    printf '%s\n' "$DB_PASSWORD" >"$PG_DIR/pwfile"
    [ "$(id -u)" != 0 ] || chown -R postgres "$PG_DIR"
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U keydesk --pwfile="$PG_DIR/pwfile" -A scram-sha-256 \
        -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; fail "initdb failed"; }
    rm -f "$PG_DIR/pwfile"
    cat >>"$PG_DIR/data/postgresql.conf" <<EOF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 60
EOF
    db_start
    PGPASSWORD=$DB_PASSWORD "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U keydesk keydesk
    # Ordinary writes never wait for a replica; key changes ask for remote_apply themselves.
    psql_on "$PG_PORT" -c "alter role keydesk set synchronous_commit = local" >/dev/null
    [ "$with_replica" = false ] || replica_create

    say "nodes on 127.0.0.1:$NODE1_PORT and :$NODE2_PORT (management :$NODE1_MANAGEMENT_PORT, :$NODE2_MANAGEMENT_PORT)"
    start_node 1
    start_node 2
    wait_node_ready 1
    wait_node_ready 2

    KEYDESK_LB_BIND="127.0.0.1:$LB_PORT" KEYDESK_LB_STATS_BIND="127.0.0.1:$LB_STATS_PORT" \
        KEYDESK_NODE_1="127.0.0.1:$NODE1_PORT" KEYDESK_NODE_1_MANAGEMENT_PORT="$NODE1_MANAGEMENT_PORT" \
        KEYDESK_NODE_2="127.0.0.1:$NODE2_PORT" KEYDESK_NODE_2_MANAGEMENT_PORT="$NODE2_MANAGEMENT_PORT" \
        haproxy -f "$haproxy_cfg" -db >>"$dir/haproxy.log" 2>&1 </dev/null &
    echo $! >"$dir/haproxy.pid"
    wait_lb 1 UP
    wait_lb 2 UP
    say "HAProxy on http://127.0.0.1:$LB_PORT (stats http://127.0.0.1:$LB_STATS_PORT/stats)"
    say "the support user's password and a service token are in $dir/cluster.env"
    trap - EXIT
}

down() {
    [ -f "$dir/cluster.env" ] || { say "nothing to stop in $dir"; return 0; }
    load_env
    local pid
    if pid=$(our_pid "$dir/haproxy.pid" "$haproxy_cfg"); then
        stop_pid "$pid" 10
    fi
    for n in 1 2; do
        if pid=$(our_pid "$dir/node-$n.pid" "$(node_marker "$n")"); then
            stop_pid "$pid" 40
        fi
    done
    if [ -f "$PG_DIR/replica/postmaster.pid" ]; then
        replica_stop || say "the replica did not stop cleanly"
    fi
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
        db_stop || say "PostgreSQL did not stop cleanly"
    fi
    case $PG_DIR in
        */keydesk-cluster-pg.*) rm -rf "$PG_DIR" ;;
    esac
    rm -f "$dir/cluster.env" "$dir"/*.pid "$dir/ports.taken"
    say "stopped (logs kept in $dir)"
}

status() {
    load_env
    local pid
    for n in 1 2; do
        pid=$(our_pid "$dir/node-$n.pid" "$(node_marker "$n")") || pid="-"
        echo "node $n: pid $pid, http 127.0.0.1:$(eval echo "\$NODE${n}_PORT"), load balancer $(lb_status api "keydesk-$n")"
    done
    echo "load balancer: http://127.0.0.1:$LB_PORT (pid $(our_pid "$dir/haproxy.pid" "$haproxy_cfg" || echo -))"
    echo "PostgreSQL: 127.0.0.1:$PG_PORT ($(as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null && echo running || echo stopped))"
    if [ -n "${REPLICA_PORT:-}" ]; then
        echo "replica: 127.0.0.1:$REPLICA_PORT ($(as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/replica" status >/dev/null \
            && echo running || echo stopped)); synchronous_standby_names: $(psql_on "$PG_PORT" -c 'show synchronous_standby_names' || echo '?')"
    fi
}

drill() {
    local classes=$root/target/test-classes classpath_file=$root/target/cluster-drill.classpath
    [ -f "$classes/dev/keydesk/cluster/ClusterDrill.class" ] && [ -f "$jar" ] \
        || fail "build first: ./mvnw -B -ntp package -DskipTests"
    if [ ! -f "$classpath_file" ] || [ "$root/pom.xml" -nt "$classpath_file" ]; then
        "$root/mvnw" -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile="$classpath_file" >/dev/null || fail "could not list the test class path (mvnw dependency:build-classpath)"
    fi
    trap down EXIT
    "$(find_java)" -cp "$classes:$root/target/classes:$(cat "$classpath_file")" \
        -Dkeydesk.cluster.dir="$dir" dev.keydesk.cluster.ClusterDrill
}

case ${1:-} in
    up)
        shift
        up "$@"
        ;;
    down) down ;;
    status) status ;;
    drill) drill ;;
    node-kill)
        load_env
        pid=$(our_pid "$dir/node-${2:?node number}.pid" "$(node_marker "$2")") || fail "node $2 is not running"
        kill -KILL "$pid"
        ;;
    node-stop)
        load_env
        pid=$(our_pid "$dir/node-${2:?node number}.pid" "$(node_marker "$2")") || fail "node $2 is not running"
        stop_pid "$pid" 40
        ;;
    node-start)
        start_node "${2:?node number}"
        wait_node_ready "$2"
        ;;
    db-stop) db_stop ;;
    db-start) db_start ;;
    replica-stop) replica_stop ;;
    replica-start) replica_start ;;
    replica-pause | replica-resume)
        load_env
        [ -n "${REPLICA_PORT:-}" ] || fail "this cluster has no replica (scripts/cluster.sh up --replica)"
        psql_on "$REPLICA_PORT" -c "select pg_wal_replay_${1#replica-}()" >/dev/null
        ;;
    *)
        sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
