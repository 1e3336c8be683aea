package dev.tonearm.node;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps a Discord voice server endpoint, such as {@code c-fra05-1234.discord.media:443}, to a
 * coarse region name, so a player can prefer nodes near its voice server. Give nodes the same
 * names with {@link NodeOptions.Builder#region(String)}:
 *
 * <table>
 *   <caption>Regions and the voice server codes they cover</caption>
 *   <tr><th>region</th><th>codes</th></tr>
 *   <tr><td>{@code eu}</td><td>ams, fra, lhr, mad, mil, par, waw, sto, hel, rotterdam, europe…</td></tr>
 *   <tr><td>{@code us-east}</td><td>iad, ewr, atl, mia, us-east</td></tr>
 *   <tr><td>{@code us-central}</td><td>ord, us-central</td></tr>
 *   <tr><td>{@code us-south}</td><td>dfw, us-south</td></tr>
 *   <tr><td>{@code us-west}</td><td>lax, sjc, sea, us-west</td></tr>
 *   <tr><td>{@code south-america}</td><td>gru, scl, eze, brazil, santiago, buenos-aires</td></tr>
 *   <tr><td>{@code asia}</td><td>sin, hkg, nrt, hnd, icn, bom, singapore, hongkong, japan, south-korea, india</td></tr>
 *   <tr><td>{@code oceania}</td><td>syd, sydney</td></tr>
 *   <tr><td>{@code africa}</td><td>jnb, southafrica</td></tr>
 *   <tr><td>{@code middle-east}</td><td>dxb, tlv, dubai, israel</td></tr>
 * </table>
 */
public final class VoiceRegions {
  private static final Map<String, String> REGIONS = Map.ofEntries(
      Map.entry("ams", "eu"), Map.entry("fra", "eu"), Map.entry("lhr", "eu"),
      Map.entry("mad", "eu"), Map.entry("mil", "eu"), Map.entry("par", "eu"),
      Map.entry("waw", "eu"), Map.entry("sto", "eu"), Map.entry("hel", "eu"),
      Map.entry("rotterdam", "eu"), Map.entry("europe", "eu"), Map.entry("eu-west", "eu"),
      Map.entry("eu-central", "eu"), Map.entry("amsterdam", "eu"), Map.entry("frankfurt", "eu"),
      Map.entry("london", "eu"), Map.entry("st-pete", "eu"), Map.entry("russia", "eu"),
      Map.entry("iad", "us-east"), Map.entry("ewr", "us-east"), Map.entry("atl", "us-east"),
      Map.entry("mia", "us-east"), Map.entry("us-east", "us-east"),
      Map.entry("ord", "us-central"), Map.entry("us-central", "us-central"),
      Map.entry("dfw", "us-south"), Map.entry("us-south", "us-south"),
      Map.entry("lax", "us-west"), Map.entry("sjc", "us-west"), Map.entry("sea", "us-west"),
      Map.entry("us-west", "us-west"),
      Map.entry("gru", "south-america"), Map.entry("scl", "south-america"),
      Map.entry("eze", "south-america"), Map.entry("brazil", "south-america"),
      Map.entry("santiago", "south-america"), Map.entry("buenos-aires", "south-america"),
      Map.entry("sin", "asia"), Map.entry("hkg", "asia"), Map.entry("nrt", "asia"),
      Map.entry("hnd", "asia"), Map.entry("icn", "asia"), Map.entry("bom", "asia"),
      Map.entry("singapore", "asia"), Map.entry("hongkong", "asia"), Map.entry("japan", "asia"),
      Map.entry("south-korea", "asia"), Map.entry("india", "asia"),
      Map.entry("syd", "oceania"), Map.entry("sydney", "oceania"),
      Map.entry("jnb", "africa"), Map.entry("southafrica", "africa"),
      Map.entry("dxb", "middle-east"), Map.entry("tlv", "middle-east"),
      Map.entry("dubai", "middle-east"), Map.entry("israel", "middle-east"));

  private VoiceRegions() {}

  /**
   * Finds the region of a voice server.
   *
   * @param endpoint the endpoint from VOICE_SERVER_UPDATE, with or without port
   * @return the region name, or null if the endpoint's code is not known
   */
  public static @Nullable String regionOf(String endpoint) {
    String host = endpoint.toLowerCase(Locale.ROOT);
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    int dot = host.indexOf('.');
    String label = dot >= 0 ? host.substring(0, dot) : host;
    if (label.startsWith("c-")) {
      label = label.substring(2);
    }
    int end = 0;
    while (end < label.length() && !Character.isDigit(label.charAt(end))) {
      end++;
    }
    String code = label.substring(0, end);
    if (code.endsWith("-")) {
      code = code.substring(0, code.length() - 1);
    }
    return REGIONS.get(code);
  }
}
