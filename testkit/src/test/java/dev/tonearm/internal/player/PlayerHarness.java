package dev.tonearm.internal.player;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.TestLavalink;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.testkit.FakePlayer;
import dev.tonearm.testkit.FakeSession;
import dev.tonearm.testkit.RecordedCall;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A fake node, a client on its clock, the events it delivered and the op 4s it sent. */
final class PlayerHarness implements AutoCloseable {
  static final long GUILD = 817327181659111454L;
  static final long CHANNEL = 123456789012345678L;
  static final long OTHER_CHANNEL = 223456789012345678L;
  static final String ENDPOINT = "c-fra05-1234.discord.media:443";

  final FakeLavalink fake;
  final Lavalink lavalink;
  final List<TonearmEvent> events = new CopyOnWriteArrayList<>();
  final List<long[]> gatewayCalls = new CopyOnWriteArrayList<>();

  PlayerHarness(UnaryOperator<Lavalink.Builder> customize) {
    fake = FakeLavalink.start();
    lavalink = TestLavalink.connect(fake, builder -> customize.apply(builder.voiceGateway(
        (guildId, channelId, mute, deaf) -> gatewayCalls.add(new long[] {guildId, channelId}))));
    lavalink.on(TonearmEvent.class, events::add);
  }

  PlayerHarness() {
    this(UnaryOperator.identity());
  }

  static Track track(String id, long length) {
    TrackInfo info = new TrackInfo(id, true, "Artist " + id, length, false, 0, "Title " + id,
        "https://example.com/" + id, null, null, "youtube");
    return Track.of(TrackCodec.encode(info), info);
  }

  static Track stream(String id) {
    TrackInfo info = new TrackInfo(id, false, "Radio", Long.MAX_VALUE, true, 0, "Live " + id,
        null, null, null, "http");
    return Track.of(TrackCodec.encode(dev.tonearm.track.DecodedTrack.withContainerProbe(info, "mp3")), info);
  }

  Player player() {
    return lavalink.player(GUILD);
  }

  FakeSession session() {
    return fake.session(lavalink.nodes().get(0).sessionId()).orElseThrow();
  }

  FakePlayer fakePlayer() {
    return session().player(GUILD).orElseThrow(() -> new AssertionError("the fake has no player"));
  }

  /** Both halves of Discord's voice handshake, then waits until the node confirmed them. */
  void joinVoice() {
    lavalink.onVoiceStateUpdate(GUILD, CHANNEL, "voice-session");
    lavalink.onVoiceServerUpdate(GUILD, "voice-token", ENDPOINT);
    await().atMost(IO_TIMEOUT).until(() -> session().player(GUILD).map(FakePlayer::connected).orElse(false));
    await().atMost(IO_TIMEOUT).until(() -> player().connected());
  }

  List<RecordedCall> voicePatches() {
    return fake.calls().stream()
        .filter(call -> call.method().equals("PATCH") && call.body().contains("\"voice\""))
        .toList();
  }

  <E extends TonearmEvent> E awaitEvent(Class<E> type) {
    return awaitEvent(type, 1);
  }

  /** Waits for the n-th event of a type (1-based) and returns it. */
  <E extends TonearmEvent> E awaitEvent(Class<E> type, int n) {
    await().atMost(IO_TIMEOUT).until(() -> eventsOf(type).size() >= n);
    return eventsOf(type).get(n - 1);
  }

  <E extends TonearmEvent> List<E> eventsOf(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static <T> T join(CompletableFuture<T> future) throws Exception {
    return future.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  static Throwable failure(CompletableFuture<?> future) throws Exception {
    try {
      future.get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("the future succeeded");
  }

  static void assertPending(CompletableFuture<?> future) {
    assertThat(future).as("a command that should still wait").isNotDone();
  }

  @Override
  public void close() {
    lavalink.close();
    fake.close();
  }
}
