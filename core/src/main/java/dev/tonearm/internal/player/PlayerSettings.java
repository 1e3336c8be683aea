package dev.tonearm.internal.player;

import dev.tonearm.internal.event.PluginEvents;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.player.InactivityPolicy;
import dev.tonearm.player.VoiceGateway;
import dev.tonearm.queue.AutoplayStrategy;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The client's configuration of its players.
 *
 * @param voiceGateway how to join and leave channels, or null without a Discord integration
 * @param voiceTimeout how long a track waits for the voice connection
 * @param sessionTimeout how long a command waits for its node to have a session
 * @param inactivity when a player is idle and what happens then
 * @param autoplay what plays when a queue runs out, or null
 * @param userCode where user code other than listeners runs, never a node's reader thread
 * @param failover how players leave a node that went down
 * @param changes told what changed, so the client can save its state
 * @param commandCheck throws if this process must not command the guild any more
 * @param pluginEvents turns plugin event frames into the registered plugins' typed events
 */
public record PlayerSettings(
    @Nullable VoiceGateway voiceGateway,
    Duration voiceTimeout,
    Duration sessionTimeout,
    InactivityPolicy inactivity,
    @Nullable AutoplayStrategy autoplay,
    Executor userCode,
    FailoverPolicy failover,
    StateChanges changes,
    LongConsumer commandCheck,
    PluginEvents pluginEvents) {}
