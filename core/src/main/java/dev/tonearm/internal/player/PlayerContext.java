package dev.tonearm.internal.player;

import dev.tonearm.internal.event.EventBus;
import dev.tonearm.player.InactivityPolicy;
import dev.tonearm.player.VoiceGateway;
import dev.tonearm.queue.AutoplayStrategy;
import dev.tonearm.time.Scheduler;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * What every player of a client shares.
 *
 * @param scheduler the client's clock
 * @param events where events go
 * @param voiceGateway how to join and leave channels, or null without a Discord integration
 * @param voiceTimeout how long a track waits for the voice connection
 * @param sessionTimeout how long a command waits for its node to have a session
 * @param inactivity when a player is idle and what happens then
 * @param autoplay what to play when a queue runs out, or null
 * @param userCode where user code other than listeners (the autoplay strategy) runs
 * @param voiceResendDelay how long a moved player waits before its voice is sent to the new node
 * @param moveLimiter bounds the moves that talk to nodes at once
 * @param onChange told when a player's state changed, so the client can save its snapshot
 * @param registry the client's players, told when a player is gone
 */
record PlayerContext(
    Scheduler scheduler,
    EventBus events,
    @Nullable VoiceGateway voiceGateway,
    Duration voiceTimeout,
    Duration sessionTimeout,
    InactivityPolicy inactivity,
    @Nullable AutoplayStrategy autoplay,
    Executor userCode,
    Duration voiceResendDelay,
    MoveLimiter moveLimiter,
    Runnable onChange,
    PlayerRegistry registry) {}
