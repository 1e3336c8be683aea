package dev.tonearm.benchmarks;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The floor of the inbound benchmark: a frame read with Gson's streaming {@link JsonReader} into
 * small records holding every field, and nothing else. No validation beyond what the reader does,
 * no players, no events: what parsing the same text costs at the least.
 */
final class GsonStreamingFloor {
  private GsonStreamingFloor() {}

  /** {@code playerUpdate}. */
  record PlayerUpdate(String guildId, long time, long position, boolean connected, long ping) {}

  /** {@code stats}. */
  record Stats(int players, int playingPlayers, long uptime, long free, long used, long allocated,
      long reservable, int cores, double systemLoad, double lavalinkLoad, int sent, int nulled,
      int deficit) {}

  /** A track's {@code info}. */
  record Info(String identifier, boolean seekable, String author, long length, boolean stream,
      long position, String title, @Nullable String uri, @Nullable String artworkUrl,
      @Nullable String isrc, String sourceName) {}

  /** A track event. */
  record TrackEvent(String type, String guildId, String encoded, Info info,
      @Nullable String reason) {}

  /**
   * Parses one frame.
   *
   * @param frame a {@code playerUpdate}, {@code stats} or track event frame
   * @return its record
   */
  static Object parse(String frame) {
    try (JsonReader in = new JsonReader(new StringReader(frame))) {
      in.beginObject();
      if (!in.nextName().equals("op")) {
        throw new IllegalArgumentException("op must come first");
      }
      Object message = switch (in.nextString()) {
        case "playerUpdate" -> playerUpdate(in);
        case "stats" -> stats(in);
        case "event" -> event(in);
        default -> throw new IllegalArgumentException("unknown op");
      };
      in.endObject();
      return message;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PlayerUpdate playerUpdate(JsonReader in) throws IOException {
    String guildId = "";
    long time = 0;
    long position = 0;
    boolean connected = false;
    long ping = -1;
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "guildId" -> guildId = in.nextString();
        case "state" -> {
          in.beginObject();
          while (in.hasNext()) {
            switch (in.nextName()) {
              case "time" -> time = in.nextLong();
              case "position" -> position = in.nextLong();
              case "connected" -> connected = in.nextBoolean();
              case "ping" -> ping = in.nextLong();
              default -> in.skipValue();
            }
          }
          in.endObject();
        }
        default -> in.skipValue();
      }
    }
    return new PlayerUpdate(guildId, time, position, connected, ping);
  }

  private static Stats stats(JsonReader in) throws IOException {
    int players = 0;
    int playing = 0;
    long uptime = 0;
    long[] memory = new long[4];
    int cores = 0;
    double systemLoad = 0;
    double lavalinkLoad = 0;
    int[] frames = new int[3];
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "players" -> players = in.nextInt();
        case "playingPlayers" -> playing = in.nextInt();
        case "uptime" -> uptime = in.nextLong();
        case "memory" -> {
          in.beginObject();
          while (in.hasNext()) {
            switch (in.nextName()) {
              case "free" -> memory[0] = in.nextLong();
              case "used" -> memory[1] = in.nextLong();
              case "allocated" -> memory[2] = in.nextLong();
              case "reservable" -> memory[3] = in.nextLong();
              default -> in.skipValue();
            }
          }
          in.endObject();
        }
        case "cpu" -> {
          in.beginObject();
          while (in.hasNext()) {
            switch (in.nextName()) {
              case "cores" -> cores = in.nextInt();
              case "systemLoad" -> systemLoad = in.nextDouble();
              case "lavalinkLoad" -> lavalinkLoad = in.nextDouble();
              default -> in.skipValue();
            }
          }
          in.endObject();
        }
        case "frameStats" -> {
          if (in.peek() == JsonToken.NULL) {
            in.nextNull();
          } else {
            in.beginObject();
            while (in.hasNext()) {
              switch (in.nextName()) {
                case "sent" -> frames[0] = in.nextInt();
                case "nulled" -> frames[1] = in.nextInt();
                case "deficit" -> frames[2] = in.nextInt();
                default -> in.skipValue();
              }
            }
            in.endObject();
          }
        }
        default -> in.skipValue();
      }
    }
    return new Stats(players, playing, uptime, memory[0], memory[1], memory[2], memory[3], cores,
        systemLoad, lavalinkLoad, frames[0], frames[1], frames[2]);
  }

  private static TrackEvent event(JsonReader in) throws IOException {
    String type = "";
    String guildId = "";
    String encoded = "";
    Info info = null;
    String reason = null;
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "type" -> type = in.nextString();
        case "guildId" -> guildId = in.nextString();
        case "reason" -> reason = in.nextString();
        case "track" -> {
          in.beginObject();
          while (in.hasNext()) {
            switch (in.nextName()) {
              case "encoded" -> encoded = in.nextString();
              case "info" -> info = info(in);
              default -> in.skipValue();
            }
          }
          in.endObject();
        }
        default -> in.skipValue();
      }
    }
    if (info == null) {
      throw new IllegalArgumentException("track without info");
    }
    return new TrackEvent(type, guildId, encoded, info, reason);
  }

  private static Info info(JsonReader in) throws IOException {
    String identifier = "";
    boolean seekable = false;
    String author = "";
    long length = 0;
    boolean stream = false;
    long position = 0;
    String title = "";
    String uri = null;
    String artworkUrl = null;
    String isrc = null;
    String sourceName = "";
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "identifier" -> identifier = in.nextString();
        case "isSeekable" -> seekable = in.nextBoolean();
        case "author" -> author = in.nextString();
        case "length" -> length = in.nextLong();
        case "isStream" -> stream = in.nextBoolean();
        case "position" -> position = in.nextLong();
        case "title" -> title = in.nextString();
        case "uri" -> uri = nullableString(in);
        case "artworkUrl" -> artworkUrl = nullableString(in);
        case "isrc" -> isrc = nullableString(in);
        case "sourceName" -> sourceName = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new Info(identifier, seekable, author, length, stream, position, title, uri, artworkUrl,
        isrc, sourceName);
  }

  private static @Nullable String nullableString(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return in.nextString();
  }
}
