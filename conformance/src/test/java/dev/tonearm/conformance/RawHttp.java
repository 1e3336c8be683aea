package dev.tonearm.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends a request Tonearm's API will not build, to check how the node answers it: a voice state
 * without a channel id, a volume above 1000. Only for facts about the node that Tonearm relies
 * on; everything Tonearm does goes through its public API.
 */
final class RawHttp {
  private RawHttp() {}

  /** A node's answer: its status and body. */
  record Answer(int status, String body) {}

  /**
   * Sends {@code PATCH /v4/sessions/{sessionId}/players/{guildId}} with a JSON body.
   *
   * @throws UncheckedIOException if the node does not answer within {@link NodeTime#IO_TIMEOUT}
   */
  static Answer patchPlayer(ConformanceTarget target, String sessionId, long guildId,
      String json) {
    String base = target.uri().toString().replaceAll("/+$", "");
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(base + "/v4/sessions/" + sessionId + "/players/" + guildId))
        .timeout(NodeTime.IO_TIMEOUT)
        .header("Authorization", target.password())
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpClient http = HttpClient.newBuilder().connectTimeout(NodeTime.IO_TIMEOUT).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("The node did not answer PATCH " + request.uri().getPath(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the node", e);
    }
  }
}
