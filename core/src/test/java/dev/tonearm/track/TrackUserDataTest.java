package dev.tonearm.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.tonearm.json.JsonView;
import dev.tonearm.json.JsonViewException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A track's plugin info and user data are read-only views; user data can be the bot's own record. */
class TrackUserDataTest {
  private static final TrackInfo INFO = new TrackInfo("id", true, "Author", 1000, false, 0, "Title",
      null, null, null, "youtube");

  record Requester(String name, long id) {}

  @Test
  void pluginInfoAndUserData_ofTracksWithout_areEmptyAndShared() {
    Track first = Track.of("QAAA", INFO);
    Track second = new Track("QAAA", INFO, JsonView.parse("{}"), JsonView.emptyObject());

    assertThat(first.pluginInfo().isEmpty()).isTrue();
    assertThat(first.userData()).isSameAs(second.userData());
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
  }

  @Test
  void withUserData_record_readsBackAsTheRecord() {
    Track track = Track.of("QAAA", INFO).withUserData(new Requester("Robin", 42));

    assertThat(track.userData(Requester.class)).isEqualTo(new Requester("Robin", 42));
    assertThat(track.userData().getString("name")).isEqualTo("Robin");
    assertThat(track.userData()).isSameAs(track.userData());
  }

  @Test
  void withUserData_gsonTreeChangedAfterwards_keepsTheValueItWasGiven() {
    JsonObject data = new JsonObject();
    data.addProperty("requester", "42");
    Track withData = Track.of("QAAA", INFO).withUserData(data);
    data.addProperty("requester", "changed");

    Track cleared = withData.withUserData(Map.of());

    assertThat(withData.userData().getString("requester")).isEqualTo("42");
    assertThat(cleared).isEqualTo(Track.of("QAAA", INFO));
  }

  @Test
  void withUserData_notAnObject_throwsNamingTheType() {
    assertThatThrownBy(() -> Track.of("QAAA", INFO).withUserData("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String").hasMessageContaining("JSON object");
  }

  @Test
  void userData_recordThatDoesNotFit_throwsTypedError() {
    Track track = Track.of("QAAA", INFO).withUserData(Map.of("name", 5, "id", "x"));

    assertThatThrownBy(() -> track.userData(Requester.class))
        .isInstanceOf(JsonViewException.class)
        .hasMessageContaining(Requester.class.getName());
  }

  @Test
  void constructor_pluginInfoNotAnObject_throws() {
    assertThatThrownBy(() -> new Track("QAAA", INFO, JsonView.parse("[]"), JsonView.emptyObject()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pluginInfo");
  }
}
