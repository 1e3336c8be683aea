package dev.tonearm.example.music;

import dev.tonearm.Lavalink;
import dev.tonearm.player.Player;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Joins and leaves through the client's own {@link dev.tonearm.player.VoiceGateway} ({@link
 * Player#connect} and {@link Player#disconnect()}), for the tests of the commands, whose client is
 * built with a {@link SimulatedVoiceGateway}.
 */
final class PlayerVoiceConnector implements VoiceConnector {
  private final Lavalink lavalink;

  /**
   * Creates the connector.
   *
   * @param lavalink a client that has a voice gateway
   */
  PlayerVoiceConnector(Lavalink lavalink) {
    this.lavalink = Objects.requireNonNull(lavalink, "lavalink");
  }

  /**
   * Joins with the bot deafened: it never listens, and Discord then sends it no audio.
   *
   * @param guildId the guild
   * @param channelId the voice channel
   * @return the guild's player
   */
  @Override
  public Player join(long guildId, long channelId) {
    Player player = lavalink.player(guildId);
    player.connect(channelId, false, true);
    return player;
  }

  @Override
  public CompletableFuture<Void> leave(long guildId) {
    return lavalink.existingPlayer(guildId)
        .map(Player::disconnect)
        .orElseGet(() -> CompletableFuture.completedFuture(null));
  }
}
