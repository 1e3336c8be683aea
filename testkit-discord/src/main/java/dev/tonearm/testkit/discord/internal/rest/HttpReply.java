package dev.tonearm.testkit.discord.internal.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a REST call: a status and a JSON body, or no body.
 *
 * @param status the HTTP status
 * @param body the JSON body, or null for none
 */
public record HttpReply(int status, @Nullable JsonElement body) {

  /**
   * A 200 answer.
   *
   * @param body the JSON body
   * @return the answer
   */
  static HttpReply ok(JsonElement body) {
    return new HttpReply(200, body);
  }

  /**
   * A 204 answer without a body.
   *
   * @return the answer
   */
  static HttpReply noContent() {
    return new HttpReply(204, null);
  }

  /**
   * A Discord-style error: {@code {"message": ..., "code": ...}}.
   *
   * @param status the HTTP status
   * @param message the error message
   * @param code Discord's JSON error code, 0 for a generic one
   * @return the answer
   */
  static HttpReply error(int status, String message, int code) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    body.addProperty("code", code);
    return new HttpReply(status, body);
  }

  /**
   * The answer to a route the fake does not know.
   *
   * @return a 404 with {@code {"message": "404: Not Found", "code": 0}}
   */
  static HttpReply notFound() {
    return error(404, "404: Not Found", 0);
  }
}
