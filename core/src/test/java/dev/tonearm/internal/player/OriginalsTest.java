package dev.tonearm.internal.player;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackCodec;
import dev.tonearm.track.TrackInfo;
import org.junit.jupiter.api.Test;

class OriginalsTest {
  private final Originals originals = new Originals();

  private static Track track(String id) {
    TrackInfo info = new TrackInfo(id, true, "Artist", 60_000, false, 0, "Title " + id, null, null,
        null, "youtube");
    return Track.of(TrackCodec.encode(info), info);
  }

  private static Track owned(Track track, String owner) {
    JsonObject data = new JsonObject();
    data.addProperty("owner", owner);
    return track.withUserData(data);
  }

  /** What the node sends back: the same track, re-encoded at a position, without user data. */
  private static Track reported(Track track, long position) {
    TrackInfo info = track.info().withPosition(position);
    return Track.of(TrackCodec.encode(info), info);
  }

  @Test
  void sameTrack_comparesTheEncodingOrTheSourceIdNotUserData() {
    Track a = track("a");

    assertThat(Originals.sameTrack(a, owned(a, "bob"))).isTrue();
    assertThat(Originals.sameTrack(a, reported(a, 5_000))).isTrue();
    assertThat(Originals.sameTrack(a, track("b"))).isFalse();
    assertThat(Originals.sameTrack(null, a)).isFalse();
  }

  @Test
  void answerFirst_confirmsTheRequestAndItsStartAndEndFindIt() {
    Track a = owned(track("a"), "alice");
    originals.request(a);

    assertThat(originals.confirm(reported(track("b"), 0))).isNull();
    assertThat(originals.hasRequest()).isTrue();
    assertThat(originals.confirm(reported(a, 0))).isSameAs(a);
    assertThat(originals.hasRequest()).isFalse();
    assertThat(originals.size()).isEqualTo(1);
    assertThat(originals.started(reported(a, 0))).isSameAs(a);
    assertThat(originals.find(reported(a, 3_000))).isSameAs(a);
    assertThat(originals.ended(reported(a, 60_000))).isSameAs(a);
    assertThat(originals.size()).isZero();
  }

  @Test
  void startFirst_takesTheRequestAndTheAnswerConfirmsNothingMore() {
    Track a = owned(track("a"), "alice");
    originals.request(a);

    assertThat(originals.started(reported(a, 0))).isSameAs(a);
    assertThat(originals.confirm(reported(a, 0))).isNull();
    assertThat(originals.size()).isEqualTo(1);
  }

  @Test
  void copiesOfOneTrack_eachEventTakesTheOldestFirst() {
    Track a = owned(track("a"), "alice");
    Track copy = owned(a, "bob");
    originals.request(a);
    originals.started(reported(a, 0));
    originals.request(copy);
    originals.confirm(reported(a, 0));

    assertThat(originals.find(reported(a, 1000))).isSameAs(a);
    assertThat(originals.ended(reported(a, 1000))).isSameAs(a);
    assertThat(originals.started(reported(a, 0))).isSameAs(copy);
    assertThat(originals.ended(reported(a, 60_000))).isSameAs(copy);
    assertThat(originals.size()).isZero();
    assertThat(originals.ended(a)).isNull();
  }

  @Test
  void endOrStartOfALaterEntry_dropsTheEntriesBeforeIt() {
    Track a = track("a");
    Track b = track("b");
    Track c = track("c");
    Track d = track("d");
    originals.addLive(a);
    originals.addLive(b);
    originals.addLive(c);
    originals.addLive(d);

    assertThat(originals.ended(b)).isSameAs(b);
    assertThat(originals.size()).isEqualTo(2);
    assertThat(originals.find(a)).isNull();
    assertThat(originals.started(d)).isSameAs(d);
    assertThat(originals.size()).isEqualTo(1);
    assertThat(originals.find(c)).isNull();
    assertThat(originals.find(d)).isSameAs(d);
  }

  @Test
  void startOfTheRequest_dropsEveryEntryBeforeIt() {
    originals.addLive(track("a"));
    originals.addLive(track("b"));
    Track c = track("c");
    originals.request(c);

    assertThat(originals.started(c)).isSameAs(c);
    assertThat(originals.size()).isEqualTo(1);
    assertThat(originals.find(track("a"))).isNull();
  }

  @Test
  void unknownTrack_changesNothing() {
    Track a = track("a");
    originals.addLive(a);

    assertThat(originals.started(track("x"))).isNull();
    assertThat(originals.ended(track("x"))).isNull();
    assertThat(originals.find(track("x"))).isNull();
    assertThat(originals.size()).isEqualTo(1);
  }

  @Test
  void addLive_beyondTheLimit_dropsTheOldest() {
    for (int i = 0; i < Originals.LIMIT + 3; i++) {
      originals.addLive(track("t" + i));
    }

    assertThat(originals.size()).isEqualTo(Originals.LIMIT);
    assertThat(originals.find(track("t2"))).isNull();
    assertThat(originals.find(track("t3")).info().identifier()).isEqualTo("t3");
    assertThat(originals.find(track("t" + (Originals.LIMIT + 2)))).isNotNull();
  }

  /** After a move or a lost session, an answer to a request sent before adds nothing live. */
  @Test
  void forgetLive_dropsTheEntriesAndAnEarlierRequestStaysOutOfTheList() {
    Track a = track("a");
    Track b = track("b");
    originals.addLive(a);
    originals.request(b);

    originals.forgetLive();

    assertThat(originals.size()).isZero();
    assertThat(originals.confirm(b)).isSameAs(b);
    assertThat(originals.size()).isZero();
    originals.request(b);
    assertThat(originals.confirm(b)).isSameAs(b);
    assertThat(originals.size()).isEqualTo(1);
  }
}
