package dev.keydesk.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a drill measured, printed by {@link #report()}, and the goals it is held to: {@link #missedGoals()} is
 * empty when every goal was met. The goals are those of docs/operations.md, "Drill figures".
 */
public sealed interface DrillFigures {

    /** The longest a client may see failures after a node died. */
    Duration RECOVERY = Duration.ofSeconds(5);
    /**
     * The longest a client may see failures after PostgreSQL came back. HikariCP retries a lost database with a
     * doubling pause of at most 5 s, so a node may open its first new connection up to 5 s after the database
     * is back; a request waits for one at most 2 s (connectionTimeout).
     */
    Duration DATABASE_RECOVERY = Duration.ofSeconds(8);
    /** The longest an API request may wait for its 503 while PostgreSQL is down (the pool waits 2 s). */
    Duration OUTAGE_ANSWER = Duration.ofSeconds(5);

    String report();

    List<String> missedGoals();

    record CrossNode(String verifiedOnNode2, int meOnNode2, int node1AfterDelete, String node1Error,
            String node1VerifyCode) implements DrillFigures {

        @Override
        public String report() {
            return """
                    Drill: a key across nodes
                      created through node 1, verified through node 2: %s (GET /api/v1/me on node 2: %d)
                      deleted through node 2; node 1's next request: %d %s (verify on node 1: %s)"""
                    .formatted(verifiedOnNode2, meOnNode2, node1AfterDelete, node1Error, node1VerifyCode);
        }

        @Override
        public List<String> missedGoals() {
            List<String> missed = new ArrayList<>();
            check(missed, "VALID".equals(verifiedOnNode2) && meOnNode2 == 200, "node 2 accepts the key node 1 created");
            check(missed, node1AfterDelete == 401 && "invalid_api_key".equals(node1Error)
                    && "DELETED".equals(node1VerifyCode), "node 1 refuses the key node 2 deleted, on the next request");
            return missed;
        }
    }

    record Failover(int node, int requests, int failedInFlight, int failedAfterKill, Duration allSucceedAgainAfter,
            Duration balancerOutAfter, Duration restart, Duration rejoinAfterReady, long servedAfterRejoin,
            long keysBefore, long keysAfter, long auditBefore, long auditAfter, boolean dashboardAskedToSignIn,
            String dashboardNodeAfter, boolean savedKeyListed, List<String> failures) implements DrillFigures {

        @Override
        public String report() {
            return """
                    Drill: kill -9 of node %d under API load (%d clients through the load balancer)
                      requests: %d; failed: %d in flight at the kill, %d started after it
                      all requests succeed again %s after the kill; the load balancer took the node out after %s
                      node restarted (ready) in %s, back in the load balancer %s later, then served %d requests in 3 s
                      rows before -> after: api_key %d -> %d, audit_event (key events) %d -> %d
                      dashboard user of node %d: next page load %s, now on %s; after signing in again the key saved \
                    before is %s%s"""
                    .formatted(node, ApiLoad.CLIENTS, requests, failedInFlight, failedAfterKill,
                            seconds(allSucceedAgainAfter), seconds(balancerOutAfter), seconds(restart),
                            seconds(rejoinAfterReady), servedAfterRejoin, keysBefore, keysAfter, auditBefore,
                            auditAfter, node, dashboardAskedToSignIn ? "asks to sign in" : "does NOT ask to sign in",
                            dashboardNodeAfter, savedKeyListed ? "listed" : "MISSING", failureLines(failures));
        }

        @Override
        public List<String> missedGoals() {
            List<String> missed = new ArrayList<>();
            check(missed, failedAfterKill == 0, "no request that started after the kill fails");
            check(missed, allSucceedAgainAfter.compareTo(RECOVERY) <= 0, "all requests succeed within " + RECOVERY);
            check(missed, keysAfter == keysBefore && auditAfter == auditBefore, "no key or audit row lost");
            check(missed, servedAfterRejoin > 0, "the restarted node serves requests again");
            check(missed, dashboardAskedToSignIn && !dashboardNodeAfter.equals("keydesk-" + node),
                    "the dashboard user lands on the other node and signs in again");
            check(missed, savedKeyListed, "what the dashboard user saved is still there");
            return missed;
        }
    }

    record DatabaseRestart(int requests, int unavailableJson, int otherFailures, Duration slowestRefusal,
            Duration down, Duration allSucceedAgainAfterStart, int failedAfterStart, boolean nodesKeptRunning,
            List<String> failures)
            implements DrillFigures {

        @Override
        public String report() {
            return """
                    Drill: PostgreSQL stopped and started under API load (%d clients through the load balancer)
                      PostgreSQL down for %s; requests: %d; answered 503 {"error":"unavailable"}: %d; other failures: %d
                      slowest refusal: %s; all requests succeed again %s after PostgreSQL is back (%d requests \
                    that started after its return were still refused)
                      nodes restarted: %s%s"""
                    .formatted(ApiLoad.CLIENTS, seconds(down), requests, unavailableJson, otherFailures,
                            seconds(slowestRefusal), seconds(allSucceedAgainAfterStart), failedAfterStart,
                            nodesKeptRunning ? "none" : "YES", failureLines(failures));
        }

        @Override
        public List<String> missedGoals() {
            List<String> missed = new ArrayList<>();
            check(missed, unavailableJson > 0, "the outage is seen as 503 JSON");
            check(missed, otherFailures == 0, "nothing but 503 JSON while PostgreSQL is down");
            check(missed, slowestRefusal.compareTo(OUTAGE_ANSWER) <= 0, "every refusal within " + OUTAGE_ANSWER);
            check(missed, allSucceedAgainAfterStart.compareTo(DATABASE_RECOVERY) <= 0,
                    "all requests succeed within " + DATABASE_RECOVERY + " of PostgreSQL's return");
            check(missed, nodesKeptRunning, "no node restarts");
            return missed;
        }
    }

    record RollingRestart(int requests, int failed, Duration total, List<Duration> stops, List<Duration> starts,
            List<String> failures) implements DrillFigures {

        @Override
        public String report() {
            return """
                    Drill: rolling restart of both nodes under API load (%d clients through the load balancer)
                      requests: %d; failed: %d; whole restart %s (node 1: drained and stopped in %s, back in %s; \
                    node 2: %s, %s)%s"""
                    .formatted(ApiLoad.CLIENTS, requests, failed, seconds(total), seconds(stops.get(0)),
                            seconds(starts.get(0)), seconds(stops.get(1)), seconds(starts.get(1)),
                            failureLines(failures));
        }

        @Override
        public List<String> missedGoals() {
            List<String> missed = new ArrayList<>();
            check(missed, failed == 0, "no failed API request");
            return missed;
        }
    }

    private static void check(List<String> missed, boolean met, String goal) {
        if (!met) {
            missed.add(goal);
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String failureLines(List<String> failures) {
        return failures.isEmpty() ? "" : "\n  first failures:\n    " + String.join("\n    ", failures);
    }
}
