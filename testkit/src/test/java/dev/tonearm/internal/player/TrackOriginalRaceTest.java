package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static dev.tonearm.internal.player.PlayerHarness.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.event.TrackEndEvent;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bot's own track object in track events while REST answers and WebSocket events race, over
 * many guilds at once.
 */
class TrackOriginalRaceTest {
  private static final int GUILDS = 200;

  private final FakeLavalink fake = FakeLavalink.start();
  private final Lavalink lavalink = TestLavalink.connect(fake);
  private final List<TonearmEvent> events = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    lavalink.close();
    fake.close();
  }

  private static Track owned(String id, long guild) {
    JsonObject data = new JsonObject();
    data.addProperty("guild", guild);
    data.addProperty("id", id);
    return track(id + "-" + guild, 600_000).withUserData(data);
  }

  private List<Player> joinedPlayers() {
    lavalink.on(TonearmEvent.class, events::add);
    List<Player> players = new ArrayList<>();
    for (long guild = 1; guild <= GUILDS; guild++) {
      lavalink.onVoiceStateUpdate(guild, 10_000 + guild, "voice-" + guild);
      lavalink.onVoiceServerUpdate(guild, "token-" + guild, "c-fra05-" + guild + ".discord.media:443");
      players.add(lavalink.player(guild));
    }
    return players;
  }

  /**
   * The reproduction: play(a) then play(b), both confirmed, on 200 guilds at once. The answers
   * and the events race as they come, or the node holds every WebSocket message back until all
   * answers arrived.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void replaced_onManyGuildsAtOnce_everyEndCarriesTheReplacedOriginal(boolean answersFirst)
      throws Exception {
    List<Player> players = joinedPlayers();
    List<Track> firsts = new ArrayList<>();
    List<Track> seconds = new ArrayList<>();
    List<CompletableFuture<Player>> played = new ArrayList<>();
    if (answersFirst) {
      fake.holdWebSocketMessages(true);
    }
    for (int i = 0; i < GUILDS; i++) {
      long guild = i + 1;
      Track a = owned("a", guild);
      Track b = owned("b", guild);
      firsts.add(a);
      seconds.add(b);
      Player player = players.get(i);
      played.add(player.play(a).thenCompose(ignored -> player.play(b)));
    }
    CompletableFuture.allOf(played.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    if (answersFirst) {
      assertThat(ofType(TrackEndEvent.class)).isEmpty();
      fake.holdWebSocketMessages(false);
    }

    await().atMost(IO_TIMEOUT).until(() -> ofType(TrackEndEvent.class).size() == GUILDS
        && ofType(TrackStartEvent.class).size() == 2 * GUILDS);
    assertEveryGuild(players, firsts, seconds);
  }

  private void assertEveryGuild(List<Player> players, List<Track> firsts, List<Track> seconds) {
    List<Long> wrong = new ArrayList<>();
    for (TrackEndEvent end : ofType(TrackEndEvent.class)) {
      int i = (int) end.guildId() - 1;
      if (end.reason() != TrackEndReason.REPLACED || end.original() != firsts.get(i)) {
        wrong.add(end.guildId());
      }
    }
    assertThat(wrong).as("guilds whose TrackEndEvent(REPLACED) lacks the replaced original")
        .isEmpty();
    for (TrackStartEvent start : ofType(TrackStartEvent.class)) {
      int i = (int) start.guildId() - 1;
      String id = start.track().info().identifier();
      Track expected = id.startsWith("a-") ? firsts.get(i) : seconds.get(i);
      assertThat(start.original()).as("start of %s", id).isSameAs(expected);
    }
    for (TrackEndEvent end : ofType(TrackEndEvent.class)) {
      assertThat(end.original().userData().getLong("guild")).isEqualTo(end.guildId());
      assertThat(end.original().userData().getString("id")).isEqualTo("a");
    }
    for (int i = 0; i < GUILDS; i++) {
      assertThat(players.get(i).originalTrack()).isSameAs(seconds.get(i));
      assertThat(((GuildPlayer) players.get(i)).liveOriginalCount()).isEqualTo(1);
    }
  }

  private <E extends TonearmEvent> List<E> ofType(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
