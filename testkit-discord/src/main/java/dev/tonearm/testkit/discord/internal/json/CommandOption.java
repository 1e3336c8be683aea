package dev.tonearm.testkit.discord.internal.json;

import com.google.gson.JsonPrimitive;

/**
 * One option of a slash command a test sends, before it is resolved against the guild.
 *
 * @param name the option's name
 * @param type Discord's option type: 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role,
 *     10 number
 * @param value the value as sent; a snowflake as a string for users, channels and roles
 */
public record CommandOption(String name, int type, JsonPrimitive value) {
  /** Option type of a string. */
  public static final int STRING = 3;
  /** Option type of an integer. */
  public static final int INTEGER = 4;
  /** Option type of a boolean. */
  public static final int BOOLEAN = 5;
  /** Option type of a user. */
  public static final int USER = 6;
  /** Option type of a channel. */
  public static final int CHANNEL = 7;
  /** Option type of a role. */
  public static final int ROLE = 8;
  /** Option type of a floating-point number. */
  public static final int NUMBER = 10;
}
