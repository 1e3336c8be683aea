package com.example.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classpath the bot's tests run with holds one OkHttp and one Kotlin standard library. */
class OneCopyTest {

  private static List<String> copiesOf(String resource) throws Exception {
    return Collections.list(OneCopyTest.class.getClassLoader().getResources(resource)).stream()
        .map(URL::toString).toList();
  }

  @Test
  void classpath_okHttp_isOneCopyFromOkHttpJvm() throws Exception {
    assertThat(copiesOf("okhttp3/OkHttpClient.class")).singleElement().asString().contains("/okhttp-jvm-");
  }

  @Test
  void classpath_kotlinStandardLibrary_isOneCopy() throws Exception {
    assertThat(copiesOf("kotlin/Unit.class")).singleElement().asString().contains("/kotlin-stdlib-");
  }
}
