package dev.tonearm.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.player.VoiceState;
import dev.tonearm.json.JsonView;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackInfo;
import org.junit.jupiter.api.Test;

class PlayerUpdateTest {
  private static final TrackInfo INFO =
      new TrackInfo("id", true, "author", 1000, false, 0, "title", null, null, null, "youtube");

  private static JsonObject json(PlayerUpdate update) {
    return JsonParser.parseString(update.toJson()).getAsJsonObject();
  }

  @Test
  void build_onlyVolume_sendsOnlyVolume() {
    assertThat(PlayerUpdate.builder().volume(80).build().toJson()).isEqualTo("{\"volume\":80}");
  }

  @Test
  void build_nothing_isEmpty() {
    PlayerUpdate update = PlayerUpdate.builder().build();

    assertThat(update.toJson()).isEqualTo("{}");
    assertThat(update.isEmpty()).isTrue();
  }

  @Test
  void stopTrack_sendsExplicitNullEncoded() {
    assertThat(PlayerUpdate.builder().stopTrack().build().toJson())
        .isEqualTo("{\"track\":{\"encoded\":null}}");
  }

  @Test
  void clearEndTime_sendsExplicitNull() {
    assertThat(PlayerUpdate.builder().clearEndTime().build().toJson()).isEqualTo("{\"endTime\":null}");
  }

  @Test
  void track_withUserData_sendsEncodedAndUserData() {
    Track track = new Track("QAAA", INFO, JsonView.emptyObject(),
        JsonView.parse("{\"requester\":\"42\"}"));

    JsonObject body = json(PlayerUpdate.builder().track(track).position(5000).paused(true).build());

    assertThat(body).isEqualTo(JsonParser.parseString(
        "{\"position\":5000,\"paused\":true,\"track\":{\"encoded\":\"QAAA\",\"userData\":{\"requester\":\"42\"}}}"));
  }

  @Test
  void identifier_afterEncoded_replacesIt() {
    assertThat(PlayerUpdate.builder().encodedTrack("QAAA").identifier("ytsearch:x").build().toJson())
        .isEqualTo("{\"track\":{\"identifier\":\"ytsearch:x\"}}");
  }

  @Test
  void voice_complete_alwaysSendsChannelId() {
    assertThat(json(PlayerUpdate.builder().voice(new VoiceState("tok", "ep", "sess", "123")).build()))
        .isEqualTo(JsonParser.parseString(
            "{\"voice\":{\"token\":\"tok\",\"endpoint\":\"ep\",\"sessionId\":\"sess\",\"channelId\":\"123\"}}"));
  }

  @Test
  void voice_withoutChannelId_isRejected() {
    assertThatThrownBy(() -> PlayerUpdate.builder().voice(new VoiceState("tok", "ep", "sess", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channelId");
  }

  @Test
  void toString_hidesVoiceToken() {
    PlayerUpdate update = PlayerUpdate.builder().voice(new VoiceState("secret-token", "ep", "s", "1")).build();

    assertThat(update.toString()).doesNotContain("secret-token").contains("<redacted>");
    assertThat(update.toJson()).contains("secret-token");
  }

  @Test
  void volume_outOfRange_namesFieldValueAndRange() {
    assertThatThrownBy(() -> PlayerUpdate.builder().volume(1001))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volume must be in [0, 1000], was 1001");
  }

  @Test
  void endTime_zero_isRejected() {
    assertThatThrownBy(() -> PlayerUpdate.builder().endTime(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("endTime must be > 0 ms, was 0");
  }

  @Test
  void position_negative_isRejected() {
    assertThatThrownBy(() -> PlayerUpdate.builder().position(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("position must be >= 0 ms, was -1");
  }

  @Test
  void noReplace_isKeptOutOfTheBody() {
    PlayerUpdate update = PlayerUpdate.builder().encodedTrack("QAAA").noReplace(true).build();

    assertThat(update.noReplace()).isTrue();
    assertThat(update.toJson()).isEqualTo("{\"track\":{\"encoded\":\"QAAA\"}}");
  }

  @Test
  void userData_record_sendsItsJson() {
    record Requester(String name) {}

    PlayerUpdate update = PlayerUpdate.builder().userData(JsonView.of(new Requester("Robin"))).build();

    assertThat(update.toJson()).isEqualTo("{\"track\":{\"userData\":{\"name\":\"Robin\"}}}");
  }

  @Test
  void userData_notAnObject_throwsNamingTheValue() {
    assertThatThrownBy(() -> PlayerUpdate.builder().userData(JsonView.parse("[1]")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1]");
  }
}
