package dev.tonearm.node;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What this client knows about a node's load and health at one moment; the input of node
 * selection.
 *
 * @param stats the latest statistics, or null if none arrived yet
 * @param statsAge how long ago they arrived, or null if none arrived yet
 * @param recentRestFailures REST calls to the node that failed (no answer, or a 5xx) in the last
 *     minute
 * @param recentLoadFailures track loads on the node that answered with an error in the last minute
 * @param playersAssignedSinceStats players this client put on the node since its latest statistics,
 *     which those statistics do not count yet
 * @param clientPlayers players of this client that live on the node now
 */
public record NodeMetrics(
    @Nullable NodeStats stats,
    @Nullable Duration statsAge,
    int recentRestFailures,
    int recentLoadFailures,
    int playersAssignedSinceStats,
    int clientPlayers) {}
