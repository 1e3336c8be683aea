package dev.tonearm;

import static dev.tonearm.TestLavalink.IO_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.tonearm.player.NodeUnavailableException;
import dev.tonearm.player.Player;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Search;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackDecodeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LavalinkPlayersTest {
  private final FakeLavalink fake = FakeLavalink.start();
  private final Lavalink lavalink = TestLavalink.connect(fake);

  @AfterEach
  void close() {
    lavalink.close();
    fake.close();
  }

  @Test
  void player_sameGuild_isTheSameObjectAndCostsNoRequest() {
    int calls = fake.calls().size();

    Player player = lavalink.player(42);

    assertThat(lavalink.player(42)).isSameAs(player);
    assertThat(lavalink.existingPlayer(42)).containsSame(player);
    assertThat(lavalink.existingPlayer(43)).isEmpty();
    assertThat(lavalink.players()).containsExactly(player);
    assertThat(player.node()).isSameAs(lavalink.nodes().get(0));
    assertThat(fake.calls()).hasSize(calls);
  }

  @Test
  void loadTracks_search_givesResultsFromAConnectedNode() throws Exception {
    LoadResult result = lavalink.loadTracks(Search.YOUTUBE.query("tonearm"))
        .get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

    assertThat(result).asInstanceOf(type(LoadResult.SearchLoaded.class))
        .extracting(search -> search.tracks().size()).isNotEqualTo(0);
  }

  @Test
  void loadTracks_playlist_givesTheSelectedTrack() throws Exception {
    LoadResult result = lavalink.loadTracks(FakeCatalog.YOUTUBE_PLAYLIST_SELECTED)
        .get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

    assertThat(result).asInstanceOf(type(LoadResult.PlaylistLoaded.class))
        .satisfies(playlist -> assertThat(playlist.selectedTrack()).isPresent());
  }

  @Test
  void loadTracks_noNodeConnected_failsNamingTheNodeStates() {
    fake.refuseConnections(true);
    fake.dropConnections();
    TestLavalink.awaitState(lavalink.nodes().get(0), dev.tonearm.node.NodeState.RECONNECTING);

    assertThatThrownBy(() -> lavalink.loadTracks("x").get(IO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
        .isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(NodeUnavailableException.class).hasMessageContaining("main=RECONNECTING");
  }

  @Test
  void decodeTrack_local_needsNoRequest() {
    String encoded = fake.catalog().encodedFor(FakeCatalog.YOUTUBE_TRACK).orElseThrow();
    int calls = fake.calls().size();

    Track track = lavalink.decodeTrack(encoded);

    assertThat(track.encoded()).isEqualTo(encoded);
    assertThat(track.info().sourceName()).isEqualTo("youtube");
    assertThat(fake.calls()).hasSize(calls);
  }

  @Test
  void decodeTrack_corrupt_failsWithTheReason() {
    assertThatThrownBy(() -> lavalink.decodeTrack("QAAA"))
        .isInstanceOf(TrackDecodeException.class).hasMessageContaining("truncated");
  }

  @Test
  void player_afterClose_isRefused() {
    lavalink.close();

    assertThatThrownBy(() -> lavalink.player(1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
