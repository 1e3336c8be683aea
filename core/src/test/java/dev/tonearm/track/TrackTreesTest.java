package dev.tonearm.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** Tracks without plugin info or user data share one empty tree, which no caller can reach. */
class TrackTreesTest {
  private static final TrackInfo INFO = new TrackInfo("id", true, "Author", 1000, false, 0, "Title",
      null, null, null, "youtube");

  @Test
  void pluginInfoAndUserData_ofTracksWithout_areFreshCopiesEveryTime() {
    Track first = Track.of("QAAA", INFO);
    JsonObject handedOut = first.pluginInfo();
    handedOut.addProperty("changed", true);
    first.userData().addProperty("changed", true);

    Track second = new Track("QAAA", INFO, new JsonObject(), new JsonObject());

    assertThat(first.pluginInfo().size()).isZero();
    assertThat(first.userData().size()).isZero();
    assertThat(second.pluginInfo().size()).isZero();
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
  }

  @Test
  void withUserData_emptyAndNonEmpty_keepsCopySemantics() {
    JsonObject data = new JsonObject();
    data.addProperty("requester", "42");
    Track withData = Track.of("QAAA", INFO).withUserData(data);
    data.addProperty("requester", "changed");

    Track cleared = withData.withUserData(new JsonObject());
    cleared.userData().addProperty("leak", 1);

    assertThat(withData.userData().get("requester").getAsString()).isEqualTo("42");
    assertThat(cleared.userData().size()).isZero();
    assertThat(cleared).isEqualTo(Track.of("QAAA", INFO));
  }
}
