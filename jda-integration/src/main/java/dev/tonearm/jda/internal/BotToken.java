package dev.tonearm.jda.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** Reads the bot's user id out of its Discord token. */
public final class BotToken {
  private static final String BOT_PREFIX = "Bot ";

  private BotToken() {}

  /**
   * Returns the user id a bot token belongs to. A token's first segment, up to the first dot, is
   * the user id in decimal, base64-encoded without padding. A leading {@code "Bot "} is allowed.
   *
   * @param token the bot token
   * @return the bot's user id
   * @throws IllegalArgumentException if the token does not start with a base64-encoded user id;
   *     the message never contains the token
   */
  public static long userId(String token) {
    Objects.requireNonNull(token, "token");
    String trimmed = token.strip();
    if (trimmed.regionMatches(true, 0, BOT_PREFIX, 0, BOT_PREFIX.length())) {
      trimmed = trimmed.substring(BOT_PREFIX.length()).strip();
    }
    int dot = trimmed.indexOf('.');
    if (dot <= 0) {
      throw malformed("it has no segments separated by '.'");
    }
    // The segment carries no padding, which the decoder does not require.
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(trimmed.substring(0, dot));
    } catch (IllegalArgumentException e) {
      throw malformed("its first segment is not base64");
    }
    String digits = new String(decoded, StandardCharsets.US_ASCII);
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw malformed("its first segment does not encode a numeric user id");
    }
    long userId;
    try {
      userId = Long.parseUnsignedLong(digits);
    } catch (NumberFormatException e) {
      throw malformed("its first segment encodes a number too large for a user id");
    }
    if (userId == 0) {
      throw malformed("its first segment encodes user id 0");
    }
    return userId;
  }

  private static IllegalArgumentException malformed(String why) {
    return new IllegalArgumentException("Not a Discord bot token: " + why + ". Pass the token from"
        + " the Developer Portal's Bot page, or the bot's user id instead");
  }
}
