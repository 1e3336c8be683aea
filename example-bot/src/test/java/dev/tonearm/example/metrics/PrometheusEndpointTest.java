package dev.tonearm.example.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tonearm.Lavalink;
import dev.tonearm.node.NodeOptions;
import dev.tonearm.node.NodeState;
import dev.tonearm.testkit.FakeCatalog;
import dev.tonearm.testkit.FakeLavalink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrometheusEndpointTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  /**
   * A sample line of the text exposition format: a name, labels in braces whose quoted values may
   * hold anything escaped, a value and an optional time stamp.
   */
  private static final Pattern SAMPLE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*})?\\s+(\\S+)(\\s+-?\\d+)?");

  private final FakeLavalink fake = FakeLavalink.start();
  private final Lavalink lavalink = Lavalink.builder(1_000_000_000_000_001L)
      .scheduler(fake.clock())
      .node(NodeOptions.builder("main", fake.uri(), fake.password()).build())
      .build();
  private final PrometheusEndpoint endpoint = PrometheusEndpoint.start(lavalink, 0);

  @AfterEach
  void close() {
    endpoint.close();
    lavalink.close();
    fake.close();
  }

  private Map<String, Double> scrape() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics"))
            .timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("text/plain"));
    Map<String, Double> samples = new HashMap<>();
    for (String line : response.body().split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
      samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
          Double.parseDouble(sample.group(3)));
    }
    return samples;
  }

  @Test
  void scrape_connectedClient_servesTheNodeStateInTheExpositionFormat() throws Exception {
    await().atMost(WAIT).until(() -> lavalink.nodes().get(0).state() == NodeState.CONNECTED);

    Map<String, Double> samples = scrape();

    assertThat(samples).containsEntry("tonearm_node_state{node=\"main\",state=\"connected\"}", 1.0)
        .containsEntry("tonearm_node_state{node=\"main\",state=\"reconnecting\"}", 0.0)
        .containsEntry("tonearm_events_queue_depth", 0.0);
  }

  @Test
  void scrape_afterALoad_servesTheRouteTimer() throws Exception {
    await().atMost(WAIT).until(() -> lavalink.nodes().get(0).state() == NodeState.CONNECTED);
    lavalink.loadTracks(FakeCatalog.YOUTUBE_TRACK).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

    Map<String, Double> samples = scrape();

    assertThat(samples).containsEntry("tonearm_rest_requests_seconds_count{method=\"GET\","
        + "node=\"main\",outcome=\"success\",route=\"/v4/loadtracks\",status=\"2xx\"}", 1.0);
  }
}
