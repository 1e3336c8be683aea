package dev.tonearm.internal.protocol;

import static dev.tonearm.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.tonearm.player.VoiceState;
import dev.tonearm.rest.PlayerUpdate;
import dev.tonearm.rest.SessionUpdate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolEncoderTest {

  @Test
  void encodedTracks_matchesTheDocsRequest() {
    String encoded = JsonParser.parseString(read("protocol-examples/rest-decodetracks-request.json"))
        .getAsJsonArray().get(0).getAsString();

    assertThat(JsonParser.parseString(ProtocolEncoder.encodedTracks(List.of(encoded))))
        .isEqualTo(JsonParser.parseString(read("protocol-examples/rest-decodetracks-request.json")));
  }

  @Test
  void sessionUpdate_matchesTheDocsRequest() {
    assertThat(JsonParser.parseString(ProtocolEncoder.sessionUpdate(new SessionUpdate(false, Duration.ZERO))))
        .isEqualTo(JsonParser.parseString(read("protocol-examples/rest-session-update-request.json")));
  }

  @Test
  void freeAddress_matchesTheDocsRequest() {
    assertThat(JsonParser.parseString(ProtocolEncoder.freeAddress("1.0.0.1")))
        .isEqualTo(JsonParser.parseString(read("protocol-examples/rest-routeplanner-free-address-request.json")));
  }

  /**
   * The docs' update request is not valid against a 4.2 server: it names both a track and an
   * identifier, an end time of 0 and a voice state without a channel. The builder refuses each.
   */
  @Test
  void playerUpdate_docsRequestsInvalidParts_areRefusedBeforeSending() {
    PlayerUpdate.Builder builder = PlayerUpdate.builder();

    assertThat(builder.encodedTrack("...").identifier("...").build().toJson())
        .isEqualTo("{\"track\":{\"identifier\":\"...\"}}");
    assertThatThrownBy(() -> builder.endTime(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.voice(new VoiceState("...", "...", "...", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
