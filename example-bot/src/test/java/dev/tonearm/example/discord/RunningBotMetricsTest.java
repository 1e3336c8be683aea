package dev.tonearm.example.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tonearm.example.BotConfig;
import dev.tonearm.example.metrics.PrometheusEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunningBotMetricsTest {

  @Test
  void start_metricsPortSet_servesTheBotsMeters() throws Exception {
    try (BotOnFakes fakes = new BotOnFakes(Map.of(BotConfig.METRICS_PORT, "0"))) {
      int port = fakes.bot.metrics().orElseThrow().port();

      HttpResponse<String> scraped = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PrometheusEndpoint.PATH))
              .timeout(BotOnFakes.WAIT).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(scraped.statusCode()).isEqualTo(200);
      assertThat(scraped.body()).contains("tonearm_node_state{node=\"fake\",state=\"connected\"} 1.0");
    }
  }

  @Test
  void start_noMetricsPort_servesNothing() throws Exception {
    try (BotOnFakes fakes = new BotOnFakes()) {
      assertThat(fakes.bot.metrics()).isEmpty();
    }
  }
}
