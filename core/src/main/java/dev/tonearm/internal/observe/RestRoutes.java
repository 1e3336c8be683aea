package dev.tonearm.internal.observe;

/**
 * Turns a REST path into its route template, so that metrics count calls per route and never per
 * session or guild.
 */
public final class RestRoutes {
  private RestRoutes() {}

  /**
   * Returns the path without its query, with the segment after {@code sessions} as
   * {@code {sessionId}} and the one after {@code players} as {@code {guildId}}.
   *
   * @param path a request path such as {@code /v4/sessions/abc/players/42?noReplace=true}
   * @return the template, such as {@code /v4/sessions/{sessionId}/players/{guildId}}
   */
  public static String template(String path) {
    int query = path.indexOf('?');
    String[] segments = (query < 0 ? path : path.substring(0, query)).split("/", -1);
    StringBuilder route = new StringBuilder();
    for (int i = 1; i < segments.length; i++) {
      String previous = segments[i - 1];
      route.append('/').append(previous.equals("sessions") ? "{sessionId}"
          : previous.equals("players") ? "{guildId}" : segments[i]);
    }
    return route.toString();
  }
}
