package dev.tonearm.example.music;

import static dev.tonearm.example.music.CommandHarness.CHANNEL;
import static dev.tonearm.example.music.CommandHarness.GUILD;
import static dev.tonearm.example.music.CommandHarness.OTHER_CHANNEL;
import static dev.tonearm.example.music.CommandHarness.member;
import static dev.tonearm.example.music.CommandHarness.outsider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.event.DisconnectTrigger;
import dev.tonearm.event.PlayerDisconnectEvent;
import dev.tonearm.event.TrackStartEvent;
import dev.tonearm.queue.RepeatMode;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.track.TrackInfo;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MusicCommandsTest {
  private static final String RICK = "Rick Astley - Never Gonna Give You Up";
  private static final String TONE = "Tonearm Test Tone";
  private static final String LOOP = "Tonearm Lo-fi Loop";
  private static final String MIX = "Tonearm One Hour Mix";
  private static final String SET = "Tonearm Two Hour Set";

  private CommandHarness bot;

  @AfterEach
  void close() {
    if (bot != null) {
      bot.close();
    }
  }

  private CommandHarness bot() {
    bot = new CommandHarness();
    return bot;
  }

  // ---- /play ------------------------------------------------------------------------------------

  @Test
  void play_searchWhileIdle_joinsTheMembersChannelAndPlaysTheFirstHit() {
    bot();

    Reply reply = bot.play("never gonna give you up");

    assertThat(reply.error()).isFalse();
    assertThat(reply.title()).isEqualTo("Playing");
    assertThat(reply.description()).contains(RICK).contains("`3:32`");
    assertThat(reply.field("Requested by")).isEqualTo("Robin");
    bot.awaitPlaying(RICK);
    assertThat(bot.player().channelId()).isEqualTo(CHANNEL);
    assertThat(bot.fakePlayer().trackInfo().identifier()).isEqualTo("dQw4w9WgXcQ");
    assertThat(bot.fakePlayer().voice().get("channelId").getAsString()).isEqualTo("20");
    assertThat(bot.fakePlayer().userData().get("name").getAsString()).isEqualTo("Robin");
  }

  @Test
  void play_url_playsThatTrack() {
    bot();

    Reply reply = bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    assertThat(reply.title()).isEqualTo("Playing");
    assertThat(reply.description()).contains(TONE);
    bot.awaitPlaying(TONE);
  }

  @Test
  void play_whilePlaying_queuesTheTrackWithItsPositionAndWait() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);
    bot.clock.advance(Duration.ofSeconds(12));

    Reply first = bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    Reply second = bot.play(FakeCatalog.YOUTUBE_LOOP_TRACK);

    assertThat(first.title()).isEqualTo("Added to the queue");
    assertThat(first.field("Position")).isEqualTo("#1");
    assertThat(first.field("Starts in")).isEqualTo("3:20");
    assertThat(second.field("Position")).isEqualTo("#2");
    assertThat(second.field("Starts in")).isEqualTo("3:50");
    assertThat(bot.queueTitles()).containsExactly(TONE, LOOP);
    assertThat(bot.playing()).isEqualTo(RICK);
  }

  @Test
  void play_playlistWhileIdle_playsTheFirstTrackAndQueuesTheRest() {
    bot();

    Reply reply = bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    assertThat(reply.title()).isEqualTo("Playing a playlist");
    assertThat(reply.description()).contains("Tonearm Test Playlist").contains("3 tracks")
        .contains("1:03:30").contains("Added 2 more tracks");
    bot.awaitPlaying(TONE);
    assertThat(bot.queueTitles()).containsExactly(LOOP, MIX);
  }

  @Test
  void play_playlistWhilePlaying_queuesEveryTrack() {
    bot();
    bot.play("never gonna give you up");

    Reply reply = bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    assertThat(reply.title()).isEqualTo("Added a playlist to the queue");
    assertThat(reply.field("Positions")).isEqualTo("#1 to #3");
    assertThat(bot.queueTitles()).containsExactly(TONE, LOOP, MIX);
  }

  @Test
  void play_playlistLinkWithSelectedTrack_startsThereAndQueuesTheOthersInOrder() {
    bot();

    bot.play(FakeCatalog.YOUTUBE_PLAYLIST_SELECTED);

    bot.awaitPlaying(LOOP);
    assertThat(bot.queueTitles()).containsExactly(TONE, MIX);
  }

  @Test
  void play_searchWithoutHits_saysNothingWasFoundAndJoinsNothing() {
    bot();

    Reply reply = bot.play("zzzz no such song");

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Nothing found");
    assertThat(reply.description()).contains("zzzz no such song");
    assertThat(bot.lavalink.existingPlayer(GUILD)).isEmpty();
  }

  @Test
  void play_trackThatFailsToLoad_showsLavalinksMessage() {
    bot();

    Reply reply = bot.play(FakeCatalog.UNAVAILABLE_TRACK);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Could not load that");
    assertThat(reply.description()).isEqualTo("This video is unavailable");
  }

  @Test
  void play_memberNotInVoice_asksThemToJoinFirst() {
    bot();

    Reply reply = bot.run(Command.PLAY, outsider().with("query", "never gonna give you up"));

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Join a voice channel first");
    assertThat(bot.lavalink.existingPlayer(GUILD)).isEmpty();
  }

  @Test
  void play_withoutQuery_asksWhatToPlay() {
    bot();

    Reply reply = bot.run(Command.PLAY, "query", "   ");

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("What should I play?");
  }

  @Test
  void play_fromAnotherChannelWhilePlaying_refusesAndNamesTheBotsChannel() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.PLAY,
        CommandRequest.of(GUILD, 32L, "Kim", OTHER_CHANNEL).with("query", "test tone"));

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("I am in another channel");
    assertThat(reply.description()).contains("<#20>");
    assertThat(bot.player().queue().isEmpty()).isTrue();
  }

  @Test
  void play_playlistLargerThanTheRoomLeft_refusesAndAddsNothing() {
    bot = new CommandHarness(2);
    bot.play("never gonna give you up");

    Reply reply = bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("The queue is full");
    assertThat(reply.description())
        .isEqualTo("The queue has room for 2 more tracks, but the playlist has 3 tracks.");
    assertThat(bot.player().queue().isEmpty()).isTrue();
  }

  @Test
  void play_fullQueue_refusesPolitely() {
    bot = new CommandHarness(2);
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    bot.play(FakeCatalog.YOUTUBE_LOOP_TRACK);

    Reply reply = bot.play(FakeCatalog.YOUTUBE_LONG_TRACK);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("The queue is full");
    assertThat(reply.description()).startsWith("The queue holds at most 2 tracks and it is full.");
    assertThat(bot.queueTitles()).containsExactly(TONE, LOOP);
  }

  @Test
  void identifier_wordsSearchYouTubeWhileLinksAndSearchesStayAsTheyAre() {
    assertThat(MusicCommands.identifier("lo-fi loop")).isEqualTo("ytsearch:lo-fi loop");
    assertThat(MusicCommands.identifier("scsearch:night drive")).isEqualTo("scsearch:night drive");
    assertThat(MusicCommands.identifier(FakeCatalog.YOUTUBE_TRACK))
        .isEqualTo(FakeCatalog.YOUTUBE_TRACK);
    assertThat(MusicCommands.identifier("HTTP://example.com/a.mp3"))
        .isEqualTo("HTTP://example.com/a.mp3");
  }

  // ---- /queue and /nowplaying -------------------------------------------------------------------

  @Test
  void queue_nothingAtAll_saysTheQueueIsEmptyWithoutAnError() {
    bot();

    Reply reply = bot.run(Command.QUEUE);

    assertThat(reply.error()).isFalse();
    assertThat(reply.title()).isEqualTo("The queue is empty");
  }

  @Test
  void queue_twelveTracks_listsTenPerPage() {
    bot();
    bot.play("never gonna give you up");
    for (int i = 0; i < 12; i++) {
      bot.play(i % 2 == 0 ? FakeCatalog.YOUTUBE_SHORT_TRACK : FakeCatalog.YOUTUBE_LOOP_TRACK);
    }

    Reply first = bot.run(Command.QUEUE);
    Reply second = bot.run(Command.QUEUE, "page", "2");

    assertThat(first.field("Page")).isEqualTo("1/2");
    assertThat(first.field("Tracks")).isEqualTo("12 (21:00)");
    assertThat(first.description()).contains("**Now playing:** ").contains(RICK)
        .contains("`1.` ").contains("`10.` ").doesNotContain("`11.` ").contains("· Robin");
    assertThat(second.field("Page")).isEqualTo("2/2");
    assertThat(second.description()).contains("`11.` ").contains("`12.` ")
        .doesNotContain("`10.` ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3", "-1", "two"})
  void queue_pageOutOfRange_namesThePagesThereAre(String page) {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    Reply reply = bot.run(Command.QUEUE, "page", page);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("No such page");
    assertThat(reply.description()).isEqualTo("The queue has 1 page; pick a page from 1 to 1.");
  }

  @Test
  void nowPlaying_seventySecondsIn_showsTheProgressBarAndThePlayersState() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    bot.clock.advance(Duration.ofSeconds(70));
    Reply reply = bot.run(Command.NOW_PLAYING);

    assertThat(reply.title()).isEqualTo("Now playing");
    assertThat(reply.description()).contains(RICK).contains("by Rick Astley")
        .contains("`1:10` " + Format.progressBar(70_000, 212_000, MusicCommands.BAR_WIDTH)
            + " `3:32`");
    assertThat(reply.field("Requested by")).isEqualTo("Robin");
    assertThat(reply.field("Volume")).isEqualTo("100%");
    assertThat(reply.field("Loop")).isEqualTo("off");
    assertThat(reply.field("Filter")).isEqualTo("off");
    assertThat(reply.field("Node")).isEqualTo("test");
    assertThat(reply.field("Up next")).contains(TONE);
  }

  @Test
  void nowPlaying_nothingPlaying_saysSo() {
    bot();

    Reply reply = bot.run(Command.NOW_PLAYING);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Nothing is playing");
  }

  // ---- /skip, /stop, /pause, /resume ------------------------------------------------------------

  @Test
  void skip_withQueue_startsTheNextTrack() {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    Reply reply = bot.run(Command.SKIP);

    assertThat(reply.title()).isEqualTo("Skipped");
    assertThat(reply.description()).contains("Skipped [**" + RICK).contains("Now playing")
        .contains(TONE);
    bot.awaitPlaying(TONE);
    assertThat(bot.player().queue().isEmpty()).isTrue();
  }

  @Test
  void skip_lastTrack_stops() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.SKIP);

    assertThat(reply.description()).endsWith("The queue is empty, so I stopped.");
    await().atMost(CommandHarness.TIMEOUT).until(() -> bot.playing() == null);
  }

  @Test
  void skip_nothingPlaying_saysSo() {
    bot();

    Reply reply = bot.run(Command.SKIP);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Nothing is playing");
  }

  @Test
  void skip_memberInAnotherChannel_refuses() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.SKIP, CommandRequest.of(GUILD, 32L, "Kim", OTHER_CHANNEL));

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("I am in another channel");
    assertThat(bot.playing()).isEqualTo(RICK);
  }

  @Test
  void stop_whilePlaying_stopsAndClearsTheQueue() {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    Reply reply = bot.run(Command.STOP);

    assertThat(reply.title()).isEqualTo("Stopped");
    assertThat(reply.description())
        .isEqualTo("Stopped the music and cleared 3 tracks from the queue.");
    assertThat(bot.player().queue().isEmpty()).isTrue();
    await().atMost(CommandHarness.TIMEOUT).until(() -> bot.playing() == null);
  }

  @Test
  void stop_nothingPlaying_saysSo() {
    bot();

    assertThat(bot.run(Command.STOP).title()).isEqualTo("Nothing is playing");
  }

  @Test
  void pauseThenResume_pausesAndResumesOnTheNode() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply paused = bot.run(Command.PAUSE);
    boolean pausedOnNode = bot.fakePlayer().paused();
    Reply again = bot.run(Command.PAUSE);
    Reply resumed = bot.run(Command.RESUME);

    assertThat(paused.title()).isEqualTo("Paused");
    assertThat(pausedOnNode).isTrue();
    assertThat(again.error()).isTrue();
    assertThat(again.title()).isEqualTo("Already paused");
    assertThat(resumed.title()).isEqualTo("Resumed");
    assertThat(bot.fakePlayer().paused()).isFalse();
    assertThat(bot.player().paused()).isFalse();
  }

  @Test
  void resume_notPaused_saysTheMusicIsPlaying() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.RESUME);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Not paused");
  }

  @Test
  void pause_memberNotInVoice_asksThemToJoinFirst() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.PAUSE, outsider());

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Join a voice channel first");
    assertThat(bot.player().paused()).isFalse();
  }

  // ---- /seek ------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"90, 90000, 1:30", "1:30, 90000, 1:30", "1:02:03, 3723000, 1:02:03",
      "0, 0, 0:00", "75:00, 4500000, 1:15:00", "5400, 5400000, 1:30:00"})
  void seek_goodTime_jumpsThere(String typed, long millis, String shown) {
    bot();
    bot.fake.catalog().add(new TrackInfo("tonearm0004", true, "Tonearm", 7_200_000, false, 0,
        SET, "https://www.youtube.com/watch?v=tonearm0004", null, null, "youtube"));
    bot.play("https://www.youtube.com/watch?v=tonearm0004");
    bot.awaitPlaying(SET);

    Reply reply = bot.run(Command.SEEK, "position", typed);

    assertThat(reply.error()).isFalse();
    assertThat(reply.title()).isEqualTo("Jumped to " + shown);
    assertThat(bot.fakePlayer().position()).isEqualTo(millis);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x:y", "1:75", "1:60:00", "-5", "1.5", "", "1::30", "12:34:56:78"})
  void seek_badTime_explainsTheFormats(String typed) {
    bot();
    bot.play(FakeCatalog.YOUTUBE_LONG_TRACK);
    bot.awaitPlaying(MIX);

    Reply reply = bot.run(Command.SEEK, "position", typed);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("That is not a time");
    assertThat(reply.description()).contains("`90`").contains("`1:30`").contains("`1:02:03`");
    assertThat(bot.fakePlayer().position()).isZero();
  }

  @Test
  void seek_pastTheEnd_saysHowLongTheTrackIs() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.SEEK, "position", "5:00");

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Past the end");
    assertThat(reply.description()).contains("is only 3:32 long");
  }

  @Test
  void seek_liveStream_cannotSeek() {
    bot();
    bot.play(FakeCatalog.STREAM);
    bot.awaitPlaying("Tonearm Live");

    Reply reply = bot.run(Command.SEEK, "position", "1:00");

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Cannot seek");
  }

  @Test
  void seek_nothingPlaying_saysSo() {
    bot();

    assertThat(bot.run(Command.SEEK, "position", "1:30").title()).isEqualTo("Nothing is playing");
  }

  // ---- /volume, /shuffle, /loop -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {0, 80, 200})
  void volume_withinBounds_setsIt(int level) {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.VOLUME, "level", Integer.toString(level));

    assertThat(reply.title()).isEqualTo("Volume set to " + level + "%");
    assertThat(bot.fakePlayer().volume()).isEqualTo(level);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "201", "1000", "loud", ""})
  void volume_outOfBounds_refusesAndKeepsTheVolume(String level) {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.VOLUME, "level", level);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Volume out of range");
    assertThat(reply.description()).contains("0 to 200");
    assertThat(bot.player().volume()).isEqualTo(100);
  }

  @Test
  void shuffle_queue_keepsTheSameTracks() {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    Reply reply = bot.run(Command.SHUFFLE);

    assertThat(reply.title()).isEqualTo("Shuffled");
    assertThat(reply.description()).isEqualTo("Shuffled 3 tracks.");
    assertThat(bot.queueTitles()).containsExactlyInAnyOrder(TONE, LOOP, MIX);
  }

  @Test
  void shuffle_fewerThanTwoTracks_refuses() {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    Reply reply = bot.run(Command.SHUFFLE);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("Not enough to shuffle");
  }

  @ParameterizedTest
  @CsvSource({"off, OFF", "track, TRACK", "queue, QUEUE", "QUEUE, QUEUE"})
  void loop_mode_setsTheRepeatMode(String typed, RepeatMode expected) {
    bot();
    bot.play("never gonna give you up");
    RepeatMode before = expected == RepeatMode.OFF ? RepeatMode.QUEUE : RepeatMode.OFF;
    bot.player().queue().setRepeatMode(before);

    Reply reply = bot.run(Command.LOOP, "mode", typed);

    assertThat(reply.error()).isFalse();
    assertThat(bot.player().queue().repeatMode()).isEqualTo(expected);
    assertThat(bot.run(Command.NOW_PLAYING).field("Loop"))
        .isEqualTo(expected.name().toLowerCase(Locale.ROOT));
  }

  @Test
  void loop_track_replaysTheTrackWhenItEnds() {
    bot();
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);
    bot.play(FakeCatalog.YOUTUBE_LOOP_TRACK);
    bot.awaitPlaying(TONE);
    bot.run(Command.LOOP, "mode", "track");
    int starts = bot.eventsOf(TrackStartEvent.class).size();

    bot.clock.advance(Duration.ofSeconds(31));

    await().atMost(CommandHarness.TIMEOUT)
        .until(() -> bot.eventsOf(TrackStartEvent.class).size() > starts);
    assertThat(bot.playing()).isEqualTo(TONE);
    assertThat(bot.queueTitles()).containsExactly(LOOP);
  }

  @Test
  void loop_unknownMode_listsTheModes() {
    bot();
    bot.play("never gonna give you up");

    Reply reply = bot.run(Command.LOOP, "mode", "forever");

    assertThat(reply.error()).isTrue();
    assertThat(reply.description()).isEqualTo("Choose `off`, `track` or `queue`.");
    assertThat(bot.player().queue().repeatMode()).isEqualTo(RepeatMode.OFF);
  }

  // ---- /remove and /move ------------------------------------------------------------------------

  @Test
  void remove_position_removesThatTrack() {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    Reply reply = bot.run(Command.REMOVE, "position", "2");

    assertThat(reply.title()).isEqualTo("Removed");
    assertThat(reply.description()).contains(LOOP);
    assertThat(bot.queueTitles()).containsExactly(TONE, MIX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "4", "-1", "first"})
  void remove_badPosition_namesTheValidRange(String position) {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    Reply reply = bot.run(Command.REMOVE, "position", position);

    assertThat(reply.error()).isTrue();
    assertThat(reply.description()).isEqualTo("The queue has 3 tracks; pick a number from 1 to 3.");
    assertThat(bot.queueTitles()).hasSize(3);
  }

  @Test
  void remove_emptyQueue_saysTheQueueIsEmpty() {
    bot();
    bot.play("never gonna give you up");

    Reply reply = bot.run(Command.REMOVE, "position", "1");

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("The queue is empty");
  }

  @Test
  void move_positions_movesTheTrack() {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    Reply reply = bot.run(Command.MOVE, "from", "3", "to", "1");

    assertThat(reply.title()).isEqualTo("Moved");
    assertThat(reply.description()).contains(MIX).endsWith("is now #1 in the queue.");
    assertThat(bot.queueTitles()).containsExactly(MIX, TONE, LOOP);
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 4", "x, 1", "2, ''"})
  void move_badPosition_leavesTheQueueAlone(String from, String to) {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_PLAYLIST);

    Reply reply = bot.run(Command.MOVE, "from", from, "to", to);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("No such position");
    assertThat(bot.queueTitles()).containsExactly(TONE, LOOP, MIX);
  }

  // ---- /filter and /leave -----------------------------------------------------------------------

  @Test
  void filter_nightcore_setsTheTimescaleOnTheNode() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    Reply reply = bot.run(Command.FILTER, "preset", "nightcore");

    assertThat(reply.title()).isEqualTo("Filter: nightcore");
    assertThat(bot.fakePlayer().filters().getAsJsonObject("timescale").get("speed").getAsDouble())
        .isEqualTo(1.25);
    assertThat(bot.run(Command.NOW_PLAYING).field("Filter")).isEqualTo("nightcore");
  }

  @Test
  void filter_everyPreset_isAccepted() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);

    for (FilterPreset preset : FilterPreset.values()) {
      Reply reply = bot.run(Command.FILTER, "preset", preset.key());
      assertThat(reply.error()).as(preset.key()).isFalse();
      assertThat(bot.player().filters()).as(preset.key()).isEqualTo(preset.filters());
      assertThat(bot.run(Command.NOW_PLAYING).field("Filter")).isEqualTo(preset.key());
    }
  }

  @Test
  void filter_off_removesTheFilters() {
    bot();
    bot.play("never gonna give you up");
    bot.awaitPlaying(RICK);
    bot.run(Command.FILTER, "preset", "vaporwave");

    Reply reply = bot.run(Command.FILTER, "preset", "off");

    assertThat(reply.title()).isEqualTo("Filters off");
    assertThat(bot.fakePlayer().filters().size()).isZero();
  }

  @Test
  void filter_unknownPreset_listsThePresets() {
    bot();
    bot.play("never gonna give you up");

    Reply reply = bot.run(Command.FILTER, "preset", "wobble");

    assertThat(reply.error()).isTrue();
    assertThat(reply.description()).contains("nightcore").contains("bassboost").contains("8d");
  }

  @Test
  void leave_inTheBotsChannel_leavesAndDestroysThePlayer() {
    bot();
    bot.play("never gonna give you up");
    bot.play(FakeCatalog.YOUTUBE_SHORT_TRACK);

    Reply reply = bot.run(Command.LEAVE);

    assertThat(reply.title()).isEqualTo("Left");
    assertThat(reply.description()).contains("<#20>");
    await().atMost(CommandHarness.TIMEOUT)
        .until(() -> !bot.eventsOf(PlayerDisconnectEvent.class).isEmpty());
    assertThat(bot.eventsOf(PlayerDisconnectEvent.class).get(0).trigger())
        .isEqualTo(DisconnectTrigger.REQUESTED);
    assertThat(bot.lavalink.existingPlayer(GUILD)).isEmpty();
    assertThat(bot.run(Command.QUEUE).title()).isEqualTo("The queue is empty");
  }

  @Test
  void leave_notInAChannel_saysThereIsNothingToLeave() {
    bot();

    Reply reply = bot.run(Command.LEAVE);

    assertThat(reply.error()).isTrue();
    assertThat(reply.title()).isEqualTo("I am not in a voice channel");
  }

  @Test
  void handle_unknownName_saysSo() throws Exception {
    bot();

    Reply reply = bot.commands.handle("dance", member()).get();

    assertThat(reply.error()).isTrue();
    assertThat(reply.description()).contains("/dance");
  }

  @Test
  void handle_everyCommandByItsSlashName_answers() throws Exception {
    bot();
    bot.play("never gonna give you up");

    for (Command command : List.of(Command.values())) {
      Reply reply = bot.commands.handle(command.slashName(), member()).get();
      assertThat(reply.description()).as(command.slashName()).doesNotContain("I do not know");
    }
  }
}
