package dev.tonearm.jda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A bot has one OkHttp, JDA's: two copies of the okhttp3 classes (two versions, or OkHttp 4's
 * "okhttp" next to OkHttp 5's "okhttp-jvm") would fail here. The build's enforcer rules check the
 * declared dependencies; this checks the classpath the tests really run with.
 */
class OneOkHttpTest {

  private static List<URL> copiesOf(String resource) throws Exception {
    return Collections.list(OneOkHttpTest.class.getClassLoader().getResources(resource));
  }

  @Test
  void classpath_holdsOneCopyOfOkHttp_fromOkHttpJvm() throws Exception {
    List<URL> copies = copiesOf("okhttp3/OkHttpClient.class");

    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).toString()).contains("/okhttp-jvm-");
  }

  @Test
  void classpath_holdsOneCopyOfOkio() throws Exception {
    assertThat(copiesOf("okio/Buffer.class")).hasSize(1);
  }

  @Test
  void jdaAndTonearm_useTheSameOkHttpClientClass() throws Exception {
    Class<?> jdas = JDA.class.getMethod("getHttpClient").getReturnType();
    Class<?> tonearms = dev.tonearm.Lavalink.Builder.class.getMethod("httpClient", OkHttpClient.class)
        .getParameterTypes()[0];

    assertThat(jdas).isSameAs(tonearms);
  }
}
