package dev.tonearm.testkit.discord.internal;

import dev.tonearm.testkit.discord.internal.gateway.Gateway;
import dev.tonearm.testkit.discord.internal.rest.HttpReply;
import dev.tonearm.testkit.discord.internal.rest.RestRequest;
import dev.tonearm.testkit.discord.internal.rest.RestRouter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The web server's front door: WebSocket upgrades on the gateway paths go to the {@link Gateway},
 * every other request to the {@link RestRouter}.
 */
public final class ServerDispatcher extends Dispatcher {
  /** The path prefix of the REST API, Discord's version 10. */
  public static final String API_PREFIX = "/api/v10";

  private static final MockResponse CUT_CONNECTION =
      new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();

  private final ServerContext context;
  private final Gateway gateway;
  private final RestRouter rest;

  /**
   * Creates the front door.
   *
   * @param context the fake's shared state
   * @param gateway the gateway
   * @param rest the REST routes
   */
  public ServerDispatcher(ServerContext context, Gateway gateway, RestRouter rest) {
    this.context = context;
    this.gateway = gateway;
    this.rest = rest;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    // MockWebServer sends itself an empty request while it shuts down.
    boolean bookkeeping = request.getHeaders().size() == 0 && "/".equals(request.getTarget());
    if (bookkeeping) {
      return CUT_CONNECTION;
    }
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    if (isUpgrade(request) && (path.equals(Gateway.PATH) || path.equals(Gateway.RESUME_PATH))) {
      synchronized (context.lock()) {
        String query = url.encodedQuery();
        return new MockResponse.Builder()
            .webSocketUpgrade(gateway.accept(path, query == null ? "" : query))
            .build();
      }
    }
    List<String> segments = url.pathSegments();
    if (path.startsWith(API_PREFIX + "/")) {
      segments = segments.subList(2, segments.size());
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      String value = url.queryParameter(name);
      query.put(name, value == null ? "" : value);
    }
    Headers headers = request.getHeaders();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    HttpReply reply = rest.handle(new RestRequest(request.getMethod(), segments, query,
        headers.get("Authorization"), headers.get("Content-Type"), body));
    MockResponse.Builder response = new MockResponse.Builder().code(reply.status());
    if (reply.body() != null) {
      response.setHeader("Content-Type", "application/json").body(reply.body().toString());
    }
    return response.build();
  }

  private static boolean isUpgrade(RecordedRequest request) {
    Headers headers = request.getHeaders();
    return "GET".equals(request.getMethod())
        && "websocket".equalsIgnoreCase(headers.get("Upgrade"));
  }
}
