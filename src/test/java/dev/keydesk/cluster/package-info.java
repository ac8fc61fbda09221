/**
 * The failure drills of the production topology that {@code scripts/cluster.sh} starts from plain processes:
 * run by {@code ClusterDrillIT} in {@code ./mvnw verify} and by {@code scripts/cluster.sh drill}.
 */
@NullMarked
package dev.keydesk.cluster;

import org.jspecify.annotations.NullMarked;
