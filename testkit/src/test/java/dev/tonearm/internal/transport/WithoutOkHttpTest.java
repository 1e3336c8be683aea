package dev.tonearm.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import dev.tonearm.Lavalink;
import dev.tonearm.testkit.FakeLavalink;
import dev.tonearm.track.TrackInfo;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * Core declares OkHttp optional: a bot without it must get a working client over
 * {@code java.net.http}. The scenario runs in a class loader made of core, its required
 * dependencies and this module's test classes, with OkHttp, Okio and Kotlin left out.
 */
class WithoutOkHttpTest {
  private static final TrackInfo SONG = new TrackInfo("song-1", true, "Artist", 180_000, false, 0,
      "A Song", "https://example.com/song-1", null, null, "http");

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static URLClassLoader coreWithoutOkHttp() {
    URL[] urls = {locationOf(Lavalink.class), locationOf(Gson.class), locationOf(Logger.class),
        locationOf(NullMarked.class), locationOf(WithoutOkHttpScenario.class)};
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  @Test
  @SuppressWarnings("unchecked")
  void lavalink_withoutOkHttpOnTheClassPath_connectsLoadsAndUpdatesOverTheJdkClient()
      throws Exception {
    try (FakeLavalink fake = FakeLavalink.start();
        URLClassLoader loader = coreWithoutOkHttp()) {
      fake.catalog().add(SONG);
      assertThatThrownBy(() -> Class.forName("okhttp3.OkHttpClient", false, loader))
          .isInstanceOf(ClassNotFoundException.class);
      Function<String[], String> scenario = (Function<String[], String>) loader
          .loadClass(WithoutOkHttpScenario.class.getName()).getConstructor().newInstance();

      String seen = scenario.apply(new String[] {fake.uri().toString(), fake.password(), SONG.uri()});

      assertThat(seen).isEqualTo("okHttpPresent=false version=" + fake.version()
          + " loaded=TrackLoaded volume=80 threadsAfterClose=[]");
    }
  }
}
