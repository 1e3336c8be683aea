package dev.tonearm.testkit.discord.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Makes a bot token shaped like Discord's: three dot-separated segments, the first being the bot's
 * user id in decimal, base64-encoded without padding, so that code reading the user id from a
 * token finds the fake bot's.
 */
public final class BotToken {
  private static final String SECRET_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private BotToken() {}

  /**
   * Makes the token of a bot. The same user id always gives the same token.
   *
   * @param userId the bot's user id
   * @return the token, without the {@code "Bot "} prefix
   */
  public static String forUser(long userId) {
    Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
    String id = encoder.encodeToString(
        Long.toUnsignedString(userId).getBytes(StandardCharsets.US_ASCII));
    Random random = new Random(userId);
    byte[] stamp = new byte[4];
    random.nextBytes(stamp);
    StringBuilder secret = new StringBuilder();
    for (int i = 0; i < 38; i++) {
      secret.append(SECRET_CHARS.charAt(random.nextInt(SECRET_CHARS.length())));
    }
    return id + "." + encoder.encodeToString(stamp).replace('+', '-').replace('/', '_') + "."
        + secret;
  }
}
