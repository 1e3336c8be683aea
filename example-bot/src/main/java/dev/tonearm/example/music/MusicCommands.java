package dev.tonearm.example.music;

import dev.tonearm.Lavalink;
import dev.tonearm.player.NodeUnavailableException;
import dev.tonearm.player.Player;
import dev.tonearm.player.PlayerDestroyedException;
import dev.tonearm.player.VoiceNotReadyException;
import dev.tonearm.queue.QueueFullException;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.queue.TrackQueue;
import dev.tonearm.rest.LavalinkRestException;
import dev.tonearm.track.LoadResult;
import dev.tonearm.track.Search;
import dev.tonearm.track.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's music commands. Each takes a {@link CommandRequest} and completes with the {@link
 * Reply} to show; none of them knows about JDA, so the Discord adapter (which the offline demo
 * runs too) and the tests drive exactly this code.
 *
 * <p>The returned future never fails: a member's mistake (not in a voice channel, nothing playing,
 * a time that is not a time, a full queue) is answered with a polite {@linkplain Reply#error()
 * error reply}, and so is a failure of Lavalink or of Discord's voice connection.
 *
 * <p>Commands that change playback need the member in a voice channel, and in the bot's channel
 * when the bot is in one. Positions members type ({@code /remove 2}) count from 1.
 */
public final class MusicCommands {
  /** How many tracks a guild's queue holds unless configured otherwise. */
  public static final int DEFAULT_MAX_QUEUE_SIZE = 500;
  /** How many tracks one page of {@code /queue} lists. */
  public static final int PAGE_SIZE = 10;
  /** The loudest {@code /volume}; Lavalink goes to 1000, but past 200 music only distorts. */
  public static final int MAX_VOLUME = 200;
  /** How many segments the progress bar of {@code /nowplaying} has. */
  public static final int BAR_WIDTH = 20;

  private static final Logger log = LoggerFactory.getLogger(MusicCommands.class);

  private final Lavalink lavalink;
  private final VoiceConnector voice;
  private final int maxQueueSize;

  /**
   * Creates the commands with queues of {@link #DEFAULT_MAX_QUEUE_SIZE} tracks.
   *
   * @param lavalink the client that loads and plays
   * @param voice joins and leaves voice channels
   */
  public MusicCommands(Lavalink lavalink, VoiceConnector voice) {
    this(lavalink, voice, DEFAULT_MAX_QUEUE_SIZE);
  }

  /**
   * Creates the commands.
   *
   * @param lavalink the client that loads and plays
   * @param voice joins and leaves voice channels
   * @param maxQueueSize how many tracks a guild's queue holds
   * @throws IllegalArgumentException if {@code maxQueueSize} is below 1
   */
  public MusicCommands(Lavalink lavalink, VoiceConnector voice, int maxQueueSize) {
    if (maxQueueSize < 1) {
      throw new IllegalArgumentException("maxQueueSize must be at least 1, was " + maxQueueSize);
    }
    this.lavalink = Objects.requireNonNull(lavalink, "lavalink");
    this.voice = Objects.requireNonNull(voice, "voice");
    this.maxQueueSize = maxQueueSize;
  }

  /** Returns how many tracks a guild's queue holds. */
  public int maxQueueSize() {
    return maxQueueSize;
  }

  /**
   * Runs a command given by the name members type.
   *
   * @param slashName the command's name without the slash, such as {@code nowplaying}
   * @param request who asked, where, and the options
   * @return the reply; never fails
   */
  public CompletableFuture<Reply> handle(String slashName, CommandRequest request) {
    return Command.bySlashName(slashName)
        .map(command -> handle(command, request))
        .orElseGet(() -> done(Reply.error("Unknown command",
            "I do not know `/" + slashName + "`.")));
  }

  /**
   * Runs a command.
   *
   * @param command the command
   * @param request who asked, where, and the options
   * @return the reply; never fails
   */
  public CompletableFuture<Reply> handle(Command command, CommandRequest request) {
    Supplier<CompletableFuture<Reply>> action = switch (command) {
      case PLAY -> () -> play(request);
      case SKIP -> () -> skip(request);
      case STOP -> () -> stop(request);
      case PAUSE -> () -> pause(request, true);
      case RESUME -> () -> pause(request, false);
      case SEEK -> () -> seek(request);
      case VOLUME -> () -> volume(request);
      case QUEUE -> () -> queue(request);
      case NOW_PLAYING -> () -> nowPlaying(request);
      case SHUFFLE -> () -> shuffle(request);
      case LOOP -> () -> loop(request);
      case REMOVE -> () -> remove(request);
      case MOVE -> () -> move(request);
      case FILTER -> () -> filter(request);
      case LEAVE -> () -> leave(request);
    };
    try {
      return action.get().exceptionally(MusicCommands::failure);
    } catch (RuntimeException e) {
      return done(failure(e));
    }
  }

  // ---- the commands --------------------------------------------------------------------------

  private CompletableFuture<Reply> play(CommandRequest request) {
    Optional<String> query = request.option("query");
    if (query.isEmpty()) {
      return done(Reply.error("What should I play?",
          "Give me a search, such as `/play never gonna give you up`, or a link."));
    }
    if (!request.inVoice()) {
      return done(notInVoice("play music"));
    }
    Player current = livePlayer(request.guildId()).orElse(null);
    if (current != null && current.track() != null && current.channelId() != 0
        && current.channelId() != request.voiceChannelId()) {
      return done(otherChannel(current, "add music"));
    }
    return lavalink.loadTracks(identifier(query.get()))
        .thenCompose(result -> enqueue(request, query.get(), result));
  }

  private CompletableFuture<Reply> enqueue(CommandRequest request, String query,
      LoadResult result) {
    List<Track> found;
    String playlist;
    if (result instanceof LoadResult.TrackLoaded loaded) {
      found = List.of(loaded.track());
      playlist = null;
    } else if (result instanceof LoadResult.SearchLoaded search && !search.tracks().isEmpty()) {
      found = List.of(search.tracks().get(0));
      playlist = null;
    } else if (result instanceof LoadResult.PlaylistLoaded loaded && !loaded.tracks().isEmpty()) {
      found = fromSelected(loaded);
      playlist = loaded.info().name();
    } else if (result instanceof LoadResult.Failed failed) {
      String message = failed.error().message();
      return done(Reply.error("Could not load that",
          message == null ? "The audio server could not load it." : message));
    } else {
      return done(Reply.error("Nothing found", "I found nothing for `" + query + "`."));
    }
    Requester requester = new Requester(request.userId(), request.userName());
    List<Track> tracks = found.stream().map(track -> track.withUserData(requester)).toList();

    Player player = livePlayer(request.guildId())
        .filter(existing -> existing.channelId() == request.voiceChannelId())
        .orElseGet(() -> voice.join(request.guildId(), request.voiceChannelId()));
    TrackQueue queue = player.queue();
    queue.setMaxSize(maxQueueSize);
    boolean idle = player.track() == null;
    List<Track> toQueue = idle ? tracks.subList(1, tracks.size()) : tracks;
    int firstIndex;
    try {
      firstIndex = queue.addAll(toQueue);
    } catch (QueueFullException e) {
      return done(queueFull(e, playlist != null));
    }
    if (idle) {
      Track first = tracks.get(0);
      String more = toQueue.isEmpty() ? "" : "\nAdded " + count(toQueue.size(), "more track")
          + " to the queue.";
      return player.play(first).thenApply(started -> {
        Reply reply = playlist == null
            ? Reply.success("Playing", Format.trackLine(first) + more)
            : Reply.success("Playing a playlist", "**" + playlist + "**: "
                + count(tracks.size(), "track") + ", " + Format.duration(totalLength(tracks))
                + "\nNow playing " + Format.trackLine(first) + more);
        return reply.withField("Requested by", request.userName(), true);
      });
    }
    Reply reply = playlist == null
        ? Reply.success("Added to the queue", Format.trackLine(tracks.get(0)))
            .withField("Position", "#" + (firstIndex + 1), true)
        : Reply.success("Added a playlist to the queue", "**" + playlist + "**: "
            + count(tracks.size(), "track") + ", " + Format.duration(totalLength(tracks)))
            .withField("Positions", "#" + (firstIndex + 1) + " to #" + (firstIndex + tracks.size()),
                true);
    OptionalLong wait = waitBefore(player, firstIndex);
    if (wait.isPresent()) {
      reply = reply.withField("Starts in", Format.duration(wait.getAsLong()), true);
    }
    return done(reply.withField("Requested by", request.userName(), true));
  }

  private CompletableFuture<Reply> skip(CommandRequest request) {
    return withTrack(request, "skip tracks", player -> {
      Track skipped = current(player);
      // Under loop queue an otherwise empty queue plays the skipped track again.
      boolean loops = player.queue().repeatMode() == RepeatMode.QUEUE;
      Optional<Track> next = player.queue().peek()
          .or(() -> loops ? Optional.of(skipped) : Optional.empty());
      return player.skip().thenApply(ignored -> Reply.success("Skipped",
          "Skipped " + Format.title(skipped) + ".\n" + next
              .map(track -> "Now playing " + Format.trackLine(track) + ".")
              .orElse("The queue is empty, so I stopped.")));
    });
  }

  private CompletableFuture<Reply> stop(CommandRequest request) {
    Player existing = livePlayer(request.guildId()).orElse(null);
    Reply refused = checkVoice(request, existing, "stop the music");
    if (refused != null) {
      return done(refused);
    }
    if (existing == null || existing.track() == null && existing.queue().isEmpty()) {
      return done(nothingPlaying());
    }
    int cleared = existing.queue().clear();
    return existing.stop().thenApply(ignored -> Reply.success("Stopped",
        cleared == 0 ? "Stopped the music." : "Stopped the music and cleared "
            + count(cleared, "track") + " from the queue."));
  }

  private CompletableFuture<Reply> pause(CommandRequest request, boolean pause) {
    return withTrack(request, pause ? "pause" : "resume", player -> {
      if (player.paused() == pause) {
        return done(pause
            ? Reply.error("Already paused", "Use `/resume` to go on.")
            : Reply.error("Not paused", "The music is playing already."));
      }
      return player.setPaused(pause).thenApply(ignored -> pause
          ? Reply.success("Paused", "Paused " + Format.title(current(player))
              + ". Use `/resume` to go on.")
          : Reply.success("Resumed", "Playing " + Format.title(current(player)) + " again."));
    });
  }

  private CompletableFuture<Reply> seek(CommandRequest request) {
    return withTrack(request, "seek", player -> {
      String text = request.option("position").orElse("");
      OptionalLong position = Format.parseTime(text);
      if (position.isEmpty()) {
        return done(Reply.error("That is not a time", "Write the position as seconds (`90`),"
            + " minutes and seconds (`1:30`) or hours, minutes and seconds (`1:02:03`)"
            + (text.isEmpty() ? "." : "; `" + text + "` is none of them.")));
      }
      Track track = current(player);
      if (!track.info().seekable()) {
        return done(Reply.error("Cannot seek", Format.title(track)
            + " is a live stream: it has no positions to jump to."));
      }
      if (position.getAsLong() > track.info().length()) {
        return done(Reply.error("Past the end", Format.title(track) + " is only "
            + Format.length(track.info()) + " long."));
      }
      return player.seek(position.getAsLong()).thenApply(ignored -> Reply.success(
          "Jumped to " + Format.duration(position.getAsLong()), Format.trackLine(track)));
    });
  }

  private CompletableFuture<Reply> volume(CommandRequest request) {
    return withTrack(request, "change the volume", player -> {
      OptionalInt level = parseInt(request.option("level").orElse(""));
      if (level.isEmpty() || level.getAsInt() < 0 || level.getAsInt() > MAX_VOLUME) {
        return done(Reply.error("Volume out of range", "Pick a volume from 0 to " + MAX_VOLUME
            + "; 100 is the track's own loudness."));
      }
      return player.setVolume(level.getAsInt()).thenApply(ignored ->
          Reply.success("Volume set to " + level.getAsInt() + "%", level.getAsInt() == 0
              ? "Muted. The track keeps playing." : "For everyone in the channel."));
    });
  }

  private CompletableFuture<Reply> queue(CommandRequest request) {
    Player player = livePlayer(request.guildId()).orElse(null);
    List<Track> tracks = player == null ? List.of() : player.queue().snapshot();
    Track playing = player == null || player.track() == null ? null : current(player);
    if (playing == null && tracks.isEmpty()) {
      return done(Reply.info("The queue is empty", "Add something with `/play`."));
    }
    int pages = Math.max(1, (tracks.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    OptionalInt page = request.option("page").isEmpty() ? OptionalInt.of(1)
        : parseInt(request.option("page").get());
    if (page.isEmpty() || page.getAsInt() < 1 || page.getAsInt() > pages) {
      return done(Reply.error("No such page", "The queue has " + count(pages, "page")
          + "; pick a page from 1 to " + pages + "."));
    }
    StringBuilder text = new StringBuilder();
    if (playing != null) {
      text.append("**Now playing:** ").append(Format.trackLine(playing)).append("\n\n");
    }
    if (tracks.isEmpty()) {
      text.append("Nothing is queued after it.");
    } else {
      text.append("**Up next:**");
      int first = (page.getAsInt() - 1) * PAGE_SIZE;
      for (int i = first; i < Math.min(first + PAGE_SIZE, tracks.size()); i++) {
        Track track = tracks.get(i);
        String requester = Format.requester(track);
        text.append("\n`").append(i + 1).append(".` ").append(Format.trackLine(track))
            .append(requester == null ? "" : " · " + requester);
      }
    }
    return done(Reply.info("Queue", text.toString())
        .withField("Page", page.getAsInt() + "/" + pages, true)
        .withField("Tracks", tracks.size() + " (" + Format.duration(totalLength(tracks)) + ")",
            true)
        .withField("Loop", loopName(player.queue().repeatMode()), true));
  }

  private CompletableFuture<Reply> nowPlaying(CommandRequest request) {
    Player player = livePlayer(request.guildId()).filter(p -> p.track() != null).orElse(null);
    if (player == null) {
      return done(nothingPlaying());
    }
    Track track = current(player);
    long position = player.position();
    String progress = track.info().stream()
        ? "🔴 LIVE · " + Format.duration(position)
        : "`" + Format.duration(position) + "` "
            + Format.progressBar(position, track.info().length(), BAR_WIDTH) + " `"
            + Format.length(track.info()) + "`";
    String requester = Format.requester(track);
    Reply reply = Reply.info(player.paused() ? "Paused" : "Now playing",
        Format.title(track) + "\nby " + track.info().author() + "\n\n" + progress)
        .withField("Requested by", requester == null ? "unknown" : requester, true)
        .withField("Volume", player.volume() + "%", true)
        .withField("Loop", loopName(player.queue().repeatMode()), true)
        .withField("Filter", FilterPreset.matching(player.filters()).map(FilterPreset::key)
            .orElse("custom"), true)
        .withField("Node", player.node().name(), true);
    Optional<Track> next = player.queue().peek();
    if (next.isPresent()) {
      reply = reply.withField("Up next", Format.trackLine(next.get()), false);
    }
    return done(reply);
  }

  private CompletableFuture<Reply> shuffle(CommandRequest request) {
    return withPlayer(request, "shuffle the queue", player -> {
      int size = player.queue().size();
      if (size < 2) {
        return done(Reply.error("Not enough to shuffle", "Shuffling needs at least two tracks"
            + " in the queue; it has " + size + "."));
      }
      player.queue().shuffle();
      return done(Reply.success("Shuffled", "Shuffled " + count(size, "track") + "."));
    });
  }

  private CompletableFuture<Reply> loop(CommandRequest request) {
    return withPlayer(request, "change the loop", player -> {
      String mode = request.option("mode").orElse("").toLowerCase(Locale.ROOT);
      RepeatMode repeat = switch (mode) {
        case "off" -> RepeatMode.OFF;
        case "track" -> RepeatMode.TRACK;
        case "queue" -> RepeatMode.QUEUE;
        default -> null;
      };
      if (repeat == null) {
        return done(Reply.error("Unknown loop mode", "Choose `off`, `track` or `queue`."));
      }
      player.queue().setRepeatMode(repeat);
      return done(Reply.success("Loop: " + mode, switch (repeat) {
        case OFF -> "Every track plays once.";
        case TRACK -> "The current track plays again and again.";
        case QUEUE -> "Finished tracks go to the back of the queue, so it never runs out.";
      }));
    });
  }

  private CompletableFuture<Reply> remove(CommandRequest request) {
    return withPlayer(request, "change the queue", player -> {
      TrackQueue queue = player.queue();
      OptionalInt index = queueIndex(request.option("position").orElse(""), queue.size());
      if (index.isEmpty()) {
        return done(noSuchPosition(queue.size()));
      }
      Track removed;
      try {
        removed = queue.remove(index.getAsInt());
      } catch (IndexOutOfBoundsException e) {
        // Someone else changed the queue between the check and the removal.
        return done(noSuchPosition(queue.size()));
      }
      return done(Reply.success("Removed", "Removed " + Format.title(removed)
          + " from the queue."));
    });
  }

  private CompletableFuture<Reply> move(CommandRequest request) {
    return withPlayer(request, "change the queue", player -> {
      TrackQueue queue = player.queue();
      OptionalInt from = queueIndex(request.option("from").orElse(""), queue.size());
      OptionalInt to = queueIndex(request.option("to").orElse(""), queue.size());
      if (from.isEmpty() || to.isEmpty()) {
        return done(noSuchPosition(queue.size()));
      }
      Track moved;
      try {
        moved = queue.get(from.getAsInt());
        queue.move(from.getAsInt(), to.getAsInt());
      } catch (IndexOutOfBoundsException e) {
        return done(noSuchPosition(queue.size()));
      }
      return done(Reply.success("Moved", Format.title(moved) + " is now #"
          + (to.getAsInt() + 1) + " in the queue."));
    });
  }

  private CompletableFuture<Reply> filter(CommandRequest request) {
    return withTrack(request, "change the sound", player -> {
      Optional<FilterPreset> preset = FilterPreset.byKey(request.option("preset").orElse(""));
      if (preset.isEmpty()) {
        return done(Reply.error("Unknown filter", "Choose one of: " + FilterPreset.keys() + "."));
      }
      return player.setFilters(preset.get().filters()).thenApply(ignored ->
          preset.get() == FilterPreset.OFF
              ? Reply.success("Filters off", "The track sounds as it was recorded.")
              : Reply.success("Filter: " + preset.get().key(), preset.get().description()));
    });
  }

  private CompletableFuture<Reply> leave(CommandRequest request) {
    Player player = livePlayer(request.guildId()).filter(p -> p.channelId() != 0).orElse(null);
    if (player == null) {
      return done(Reply.error("I am not in a voice channel", "There is nothing to leave."));
    }
    Reply refused = checkVoice(request, player, "make me leave");
    if (refused != null) {
      return done(refused);
    }
    long channel = player.channelId();
    return voice.leave(request.guildId()).thenApply(ignored -> Reply.success("Left",
        "Left <#" + channel + "> and cleared the queue. Bye!"));
  }

  // ---- checks and helpers ----------------------------------------------------------------------

  /** Runs {@code action} if the member may control the guild's player and it has a track. */
  private CompletableFuture<Reply> withTrack(CommandRequest request, String what,
      Function<Player, CompletableFuture<Reply>> action) {
    Player player = livePlayer(request.guildId()).orElse(null);
    Reply refused = checkVoice(request, player, what);
    if (refused != null) {
      return done(refused);
    }
    if (player == null || player.track() == null) {
      return done(nothingPlaying());
    }
    return action.apply(player);
  }

  /** Runs {@code action} if the member may control the guild's player and it exists. */
  private CompletableFuture<Reply> withPlayer(CommandRequest request, String what,
      Function<Player, CompletableFuture<Reply>> action) {
    Player player = livePlayer(request.guildId()).orElse(null);
    Reply refused = checkVoice(request, player, what);
    if (refused != null) {
      return done(refused);
    }
    if (player == null || player.track() == null && player.queue().isEmpty()) {
      return done(nothingPlaying());
    }
    return action.apply(player);
  }

  /** The member must be in voice, and in the bot's channel when the bot is in one. */
  private static @Nullable Reply checkVoice(CommandRequest request, @Nullable Player player,
      String what) {
    if (!request.inVoice()) {
      return notInVoice(what);
    }
    if (player != null && player.channelId() != 0
        && player.channelId() != request.voiceChannelId()) {
      return otherChannel(player, what);
    }
    return null;
  }

  private Optional<Player> livePlayer(long guildId) {
    return lavalink.existingPlayer(guildId).filter(player -> !player.isDestroyed());
  }

  /** The bot's own track object, with the requester, when the player has it. */
  private static Track current(Player player) {
    Track original = player.originalTrack();
    return original != null ? original : Objects.requireNonNull(player.track(), "track");
  }

  /** A search stays a search and a link stays a link; anything else searches YouTube. */
  static String identifier(String query) {
    String lower = query.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")
        || Search.of(query).isPresent()) {
      return query;
    }
    return Search.YOUTUBE.query(query);
  }

  /** A playlist link that names one of its tracks starts there; the others follow in order. */
  private static List<Track> fromSelected(LoadResult.PlaylistLoaded playlist) {
    Optional<Track> selected = playlist.selectedTrack();
    if (selected.isEmpty()) {
      return playlist.tracks();
    }
    List<Track> ordered = new ArrayList<>();
    ordered.add(selected.get());
    for (int i = 0; i < playlist.tracks().size(); i++) {
      if (i != playlist.info().selectedTrack()) {
        ordered.add(playlist.tracks().get(i));
      }
    }
    return ordered;
  }

  /** How long until the queued track at {@code index} starts; empty if a stream is in the way. */
  private static OptionalLong waitBefore(Player player, int index) {
    Track playing = player.track();
    if (playing == null || playing.info().stream()) {
      return OptionalLong.empty();
    }
    long wait = playing.info().length() - player.position();
    List<Track> ahead = player.queue().snapshot();
    for (int i = 0; i < Math.min(index, ahead.size()); i++) {
      if (ahead.get(i).info().stream()) {
        return OptionalLong.empty();
      }
      wait += ahead.get(i).info().length();
    }
    return OptionalLong.of(Math.max(0, wait));
  }

  private static long totalLength(List<Track> tracks) {
    long total = 0;
    for (Track track : tracks) {
      if (!track.info().stream()) {
        total += track.info().length();
      }
    }
    return total;
  }

  /** Reads a 1-based queue position members type as a 0-based index. */
  private static OptionalInt queueIndex(String text, int size) {
    OptionalInt number = parseInt(text);
    return number.isPresent() && number.getAsInt() >= 1 && number.getAsInt() <= size
        ? OptionalInt.of(number.getAsInt() - 1)
        : OptionalInt.empty();
  }

  private static OptionalInt parseInt(String text) {
    try {
      return OptionalInt.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static String loopName(RepeatMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static CompletableFuture<Reply> done(Reply reply) {
    return CompletableFuture.completedFuture(reply);
  }

  // ---- polite answers --------------------------------------------------------------------------

  private static Reply notInVoice(String what) {
    return Reply.error("Join a voice channel first",
        "You need to be in a voice channel to " + what + ".");
  }

  private static Reply otherChannel(Player player, String what) {
    return Reply.error("I am in another channel", "I am playing in <#" + player.channelId()
        + ">; join me there to " + what + ".");
  }

  private static Reply nothingPlaying() {
    return Reply.error("Nothing is playing", "Start something with `/play`.");
  }

  private static Reply noSuchPosition(int size) {
    return size == 0
        ? Reply.error("The queue is empty", "There is nothing queued to pick.")
        : Reply.error("No such position", "The queue has " + count(size, "track")
            + "; pick a number from 1 to " + size + ".");
  }

  private static Reply queueFull(QueueFullException e, boolean playlist) {
    int room = Math.max(0, e.maxSize() - e.size());
    String text = room == 0
        ? "The queue holds at most " + count(e.maxSize(), "track") + " and it is full. Remove some"
            + " with `/remove` or wait until a few have played."
        : "The queue has room for " + count(room, "more track") + ", but "
            + (playlist ? "the playlist has " : "that is ") + count(e.offered(), "track") + ".";
    return Reply.error("The queue is full", text);
  }

  /** Turns what went wrong outside the member's control into a reply they can act on. */
  private static Reply failure(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof CannotJoinException) {
      return Reply.error("Cannot join your channel", String.valueOf(cause.getMessage()));
    }
    if (cause instanceof NodeUnavailableException) {
      return Reply.error("No audio server available", "None of my Lavalink nodes is connected"
          + " right now. Try again in a moment.");
    }
    if (cause instanceof VoiceNotReadyException) {
      return Reply.error("Could not join voice", "Discord did not let me into the voice channel"
          + " in time. Check that I may connect and speak there, then try again.");
    }
    if (cause instanceof PlayerDestroyedException) {
      return Reply.error("The player stopped", "I left the channel while doing that.");
    }
    if (cause instanceof LavalinkRestException rest) {
      String message = rest.serverMessage();
      return Reply.error("The audio server refused", message != null ? message : rest.error());
    }
    log.error("A music command failed", cause);
    return Reply.error("Something went wrong", "That did not work: " + cause.getMessage());
  }
}
