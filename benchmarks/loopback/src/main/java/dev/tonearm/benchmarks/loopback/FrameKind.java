package dev.tonearm.benchmarks.loopback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The four WebSocket frames the benchmarks send, each the example of Lavalink's own docs
 * ({@code protocol-examples/}, copied from the shared protocol notes) without the whitespace, as a
 * server writes it, and with a real guild id in place of the docs' {@code "..."}.
 *
 * <p>Every frame carries a checksum a client can read back from the event it turns into: the
 * guild id, or for {@code stats}, which has no guild, its {@code players} count (set to the guild
 * number plus one). Summing them tells whether every frame arrived exactly once.
 */
public enum FrameKind {
  /** {@code op: playerUpdate}. */
  PLAYER_UPDATE("playerUpdate", "ws-op-player-update.json"),
  /** {@code op: stats}, with frame stats. */
  STATS("stats", "ws-op-stats.json"),
  /** {@code TrackStartEvent}. */
  TRACK_START("trackStart", "ws-event-track-start.json"),
  /** {@code TrackEndEvent} with reason {@code finished}. */
  TRACK_END("trackEnd", "ws-event-track-end.json");

  /** The encoded track of the docs' examples (Rick Astley on YouTube). */
  public static final String EXAMPLE_ENCODED = "QAAAjQIAJVJpY2sgQXN0bGV5IC0gTmV2ZXIgR29ubmEgR2l2ZSBZb3UgVXAADlJpY2tBc3RsZXlWRVZPAAAAAAADPCAAC2RRdzR3OVdnWGNRAAEAK2h0dHBzOi8vd3d3LnlvdXR1YmUuY29tL3dhdGNoP3Y9ZFF3NHc5V2dYY1EAB3lvdXR1YmUAAAAAAAAAAA==";

  private final String label;
  private final String template;

  FrameKind(String label, String example) {
    this.label = label;
    this.template = compact(read("protocol-examples/" + example));
  }

  /** Returns the short name used in results and as a JMH parameter, such as {@code trackStart}. */
  public String label() {
    return label;
  }

  /**
   * Finds a kind by its label.
   *
   * @param label a label such as {@code playerUpdate}
   * @return the kind
   * @throws IllegalArgumentException if no kind has the label
   */
  public static FrameKind ofLabel(String label) {
    for (FrameKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no frame kind '" + label + "'");
  }

  /**
   * Returns the frame for one guild.
   *
   * @param guild the guild's number, from 0
   * @return the JSON text
   */
  public String frame(int guild) {
    if (this == STATS) {
      return replaceOnce(template, "\"players\":1,", "\"players\":" + (guild + 1) + ",");
    }
    return replaceOnce(template, "\"guildId\":\"...\"", "\"guildId\":\"" + Guilds.id(guild) + "\"");
  }

  /**
   * Returns the frames for guilds {@code 0} to {@code guilds - 1}.
   *
   * @param guilds how many guilds
   * @return one frame per guild, in guild order
   */
  public String[] frames(int guilds) {
    String[] frames = new String[guilds];
    for (int i = 0; i < guilds; i++) {
      frames[i] = frame(i);
    }
    return frames;
  }

  /**
   * Returns the value a client reads back from the event of one guild's frame.
   *
   * @param guild the guild's number
   * @return the guild id, or the {@code players} count of a stats frame
   */
  public long checksum(int guild) {
    return this == STATS ? guild + 1 : Guilds.id(guild);
  }

  /**
   * Returns the sum of the checksums of {@code repeats} rounds of frames for {@code guilds}
   * guilds, wrapping on overflow like the clients' sums do.
   */
  public long expectedSum(int guilds, long repeats) {
    long round = 0;
    for (int i = 0; i < guilds; i++) {
      round += checksum(i);
    }
    return round * repeats;
  }

  /**
   * Returns one round of frames, one per guild, as unmasked WebSocket text frames ready to write
   * to a socket.
   *
   * @param guilds how many guilds
   * @return the bytes of every frame, back to back
   */
  public byte[] webSocketBlock(int guilds) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    for (int i = 0; i < guilds; i++) {
      byte[] frame = WebSocketFrames.text(frame(i));
      block.write(frame, 0, frame.length);
    }
    return block.toByteArray();
  }

  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    if (at < 0) {
      throw new IllegalStateException("the example frame has no " + target);
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  /** Drops the whitespace between tokens; the examples are pretty-printed. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String read(String resource) {
    try (InputStream in = FrameKind.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
