package dev.tonearm.snippets;

import dev.tonearm.Lavalink;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.node.FailoverPolicy;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.json.JsonView;
import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.Filters;
import dev.tonearm.player.Player;
import dev.tonearm.plugin.lavalyrics.LavaLyrics;
import dev.tonearm.plugin.lavalyrics.LyricsLineEvent;
import dev.tonearm.plugin.lavasrc.LavaSrc;
import dev.tonearm.plugin.sponsorblock.SponsorBlock;
import dev.tonearm.rest.LavalinkRest;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.state.FileStateStore;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Search;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's sections on core, each a method around the README's lines. CoreSnippetsTest runs
 * those that do not need Discord.
 */
final class CoreSnippets {
  private static final Logger log = LoggerFactory.getLogger(CoreSnippets.class);

  /** What the README's players hang on their tracks. */
  record Requester(long userId) {}

  private CoreSnippets() {}

  /** "Connecting to nodes", with the node's address a parameter. */
  static Lavalink connect(long botUserId, URI nodeUri) {
    // region connect
    // in README: nodeUri => URI.create("http://127.0.0.1:2333")
    Lavalink lavalink = Lavalink.builder(botUserId)
        .node(NodeOptions.builder("main", nodeUri, "youshallnotpass")
            .region("eu")
            .resumeTimeout(Duration.ofSeconds(60))
            .build())
        .build();                       // starts connecting

    Node node = lavalink.node("main").orElseThrow();
    node.addStateListener(change -> log.info("{} is now {}", change.node().name(), change.current()));
    // endregion connect
    return lavalink;
  }

  static long players(Lavalink lavalink, long guildId, long userId) {
    // region players
    Player player = lavalink.player(guildId);

    lavalink.loadTracks(Search.YOUTUBE.query("never gonna give you up")).thenAccept(result -> {
      if (result instanceof LoadResult.SearchLoaded search && !search.tracks().isEmpty()) {
        Track track = search.tracks().get(0).withUserData(new Requester(userId));
        player.play(track);                         // CompletableFuture<Player>
      }
    });

    player.setVolume(80);
    player.setFilters(FilterPresets.nightcore());
    player.seek(30_000);
    player.setPaused(true);
    long position = player.position();              // interpolated, frozen while paused
    // endregion players
    return position;
  }

  static Filters userData(Track track, Player player, long userId) {
    // region user-data
    record Requester(long userId) {}

    Track mine = track.withUserData(new Requester(userId));    // any record, map or JsonView
    Requester requester = mine.userData(Requester.class);        // JsonViewException if it does not fit
    String album = mine.pluginInfo().findString("albumName").orElse("-");
    JsonView config = player.filters().pluginFilter("echo");      // null if not set
    Filters echo = Filters.builder().pluginFilter("echo", JsonView.of(Map.of("delay", 0.5))).build();
    // endregion user-data
    log.debug("{} asked for {} ({}), echo {}", requester, track.info().title(), album, config);
    return echo;
  }

  static Lavalink plugins(long userId, NodeOptions options, Consumer<String> show) {
    // region plugins
    // in README: show.accept( => show(
    Lavalink lavalink = Lavalink.builder(userId).node(options)
        .plugin(LavaSrc.plugin()).plugin(LavaLyrics.plugin()).plugin(SponsorBlock.plugin())
        .build();
    lavalink.on(LyricsLineEvent.class, event -> show.accept(event.line().line()));
    // endregion plugins
    return lavalink;
  }

  static void events(Lavalink lavalink) {
    // region events
    lavalink.on(TrackStartEvent.class, event ->
        log.info("{} now plays {}", event.guildId(), event.track().info().title()));
    // endregion events
  }

  static void register(Lavalink lavalink) {
    // region listener-register
    lavalink.register(new MusicListener());        // or Lavalink.builder(userId).listener(...)
    // endregion listener-register
  }

  static Lavalink manyNodes(long botUserId, String password) {
    // region many-nodes
    Lavalink lavalink = Lavalink.builder(botUserId)
        .node(NodeOptions.builder("eu-1", URI.create("http://eu-1:2333"), password).region("eu").build())
        .node(NodeOptions.builder("us-1", URI.create("http://us-1:2333"), password).region("us-east").build())
        .failover(FailoverPolicy.DEFAULT)            // 15 s grace, 1 s voice delay, 64 moves at a time
        .stateStore(new FileStateStore(Path.of("tonearm-state.json")))
        .build();
    // endregion many-nodes
    return lavalink;
  }

  static void rest(Node node, String sessionId, long guildId, Track track) {
    // region rest
    LavalinkRest rest = node.rest();
    rest.info().thenAccept(info -> System.out.println("Lavalink " + info.version().semver()));
    node.rest().updatePlayer(sessionId, guildId,
        PlayerUpdate.builder().track(track).volume(80).build());
    // endregion rest
  }

  static String trackCodec(String encoded) {
    // region track-codec
    TrackInfo info = TrackCodec.decodeInfo(encoded);
    String again = TrackCodec.encode(info);
    // endregion track-codec
    return again;
  }
}
