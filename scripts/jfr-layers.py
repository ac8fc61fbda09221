#!/usr/bin/env python3
"""CPU time per request by layer, from a JFR recording with CPU-time sampling (JDK 25, jdk.CPUTimeSample).

    jfr-layers.py RECORDING.jfr REQUESTS [JFR_TOOL]

Each sample stands for `samplingPeriod` of one thread's CPU time (user and kernel). A sample is charged to the
innermost frame of its stack that belongs to a known layer (a JDK frame such as HashMap.get is charged to the
code that called it); socket reads and writes, and thread parking, get layers of their own, split by whom they
serve. Samples the JVM reports as lost are spread over their thread's layers in proportion. Prints
microseconds per request and share, request threads apart from the JVM's other Java threads. GC and JIT
compiler threads are not Java threads and are not sampled; compare the total with the process's CPU time.
Used by scripts/benchmark-api.sh (PROFILE=1); see docs/benchmarks.md.
"""
import collections
import re
import subprocess
import sys

# (layer, class-name prefixes), in the order they are tried for each frame.
LAYERS = [
    ("PostgreSQL driver (pgjdbc)", ("org.postgresql.",)),
    ("connection pool (HikariCP)", ("com.zaxxer.hikari.",)),
    ("Spring JDBC (JdbcClient)", ("org.springframework.jdbc.",)),
    ("key check (format, SHA-256, rules, metrics)", (
        "dev.keydesk.apikey.", "dev.keydesk.apiauth.KeyChecks", "dev.keydesk.apiauth.ApiKeyAuthenticationFilter",
        "dev.keydesk.apiauth.RecentlyValidKeys", "dev.keydesk.apiauth.LastUsedRecorder",
        "dev.keydesk.apiauth.FailedAttemptThrottle", "dev.keydesk.apiauth.PresentedKey",
        "dev.keydesk.apiauth.ServiceToken", "dev.keydesk.apiauth.VerifyController")),
    ("JSON (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("metrics and observations (Micrometer)", ("io.micrometer.",)),
    ("Spring Security filter chain", ("org.springframework.security.",)),
    ("Keydesk filters and controllers", ("dev.keydesk.",)),
    ("Spring MVC and servlet filters", ("org.springframework.",)),
    ("Tomcat (HTTP parsing, response)", ("org.apache.",)),
]
SOCKET = ("sun.nio.ch.", "java.net.Socket", "sun.nio.ch.NioSocketImpl")
PARK = ("jdk.internal.misc.Unsafe.park", "jdk.internal.misc.Unsafe.unpark", "java.util.concurrent.locks.LockSupport.")


def layer_of(frames):
    """frames: innermost first, as 'package.Class.method'."""
    leaf_kind = None
    for frame in frames:
        if leaf_kind is None and frame.startswith(SOCKET):
            leaf_kind = "socket"
        elif leaf_kind is None and frame.startswith(PARK):
            leaf_kind = "park"
        for name, prefixes in LAYERS:
            if frame.startswith(prefixes):
                if leaf_kind == "socket":
                    return ("socket I/O to PostgreSQL (kernel)" if name.startswith(("PostgreSQL", "connection pool"))
                            else "socket I/O to the HTTP client (kernel)")
                if leaf_kind == "park":
                    return f"thread hand-off (park/unpark) in {name.split(' (')[0]}"
                return name
    return {"socket": "socket I/O, other (kernel)", "park": "thread hand-off (park/unpark), other"}.get(
        leaf_kind, "JDK only (thread start, other)")


def is_request_thread(name):
    # Platform threads of Tomcat's executor, or the virtual threads Tomcat starts per request.
    return bool(re.match(r"http-nio-\d+-exec-\d+$", name)) or name.startswith("tomcat-handler-") or name == ""


def main():
    recording, requests = sys.argv[1], int(sys.argv[2])
    jfr = sys.argv[3] if len(sys.argv) > 3 else "jfr"
    text = subprocess.run([jfr, "print", "--events", "jdk.CPUTimeSample,jdk.CPUTimeSamplesLost", "--stack-depth",
                           "400", recording], capture_output=True, text=True, check=True).stdout
    by_thread = collections.defaultdict(collections.Counter)  # thread -> layer -> CPU seconds
    lost = collections.Counter()  # thread -> lost samples
    period_seen = 0.0
    for block in re.split(r"\n(?=jdk\.CPUTimeSample)", text):
        thread = re.search(r'eventThread = "([^"]*)"', block)
        thread = thread.group(1) if thread else "?"
        if block.startswith("jdk.CPUTimeSamplesLost"):
            lost[thread] += int(re.search(r"lostSamples = (\d+)", block).group(1))
            continue
        period = re.search(r"samplingPeriod = ([\d.]+) (ms|us|s)", block)
        if not period or "failed = true" in block:
            continue
        seconds = float(period.group(1)) / {"ms": 1e3, "us": 1e6, "s": 1}[period.group(2)]
        period_seen = seconds
        frames = [re.sub(r"\(.*", "", line.strip()) for line in
                  block.split("stackTrace = [", 1)[-1].split("\n")[1:] if line.startswith("    ")]
        by_thread[thread][layer_of(frames)] += seconds
    request, other = collections.Counter(), collections.Counter()
    for thread, layers in by_thread.items():
        sampled = sum(layers.values())
        scale = 1 + (lost[thread] * period_seen / sampled if sampled else 0)
        target = request if is_request_thread(thread) else other
        for layer, seconds in layers.items():
            target[layer if target is request else f"other Java threads: {kind(thread)}"] += seconds * scale
    total = sum(request.values()) + sum(other.values())
    print(f"  JFR CPU-time samples, {requests} requests, sampling period {period_seen * 1e3:.1f} ms; "
          f"lost samples {sum(lost.values())} (spread over their threads' layers)")
    print(f"  {'layer':58s} {'µs/request':>10s} {'share':>6s}")
    for counter in (request, other):
        for layer, seconds in counter.most_common():
            print(f"  {layer:58s} {seconds * 1e6 / requests:10.1f} {seconds / total:6.1%}")
    print(f"  {'total sampled (Java threads; GC and JIT threads not included)':58s} {total * 1e6 / requests:10.1f}")


def kind(thread):
    for prefix, label in (("http-nio-", "Tomcat acceptor and poller"), ("HikariPool", "HikariCP housekeeping"),
                          ("keydesk", "HikariCP housekeeping"), ("scheduling", "scheduled jobs"),
                          ("JFR", "JFR itself"), ("Attach", "JFR itself"), ("Catalina", "Tomcat housekeeping")):
        if thread.startswith(prefix):
            return label
    return "other"


if __name__ == "__main__":
    main()
