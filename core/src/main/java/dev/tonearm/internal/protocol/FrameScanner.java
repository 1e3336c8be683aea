package dev.tonearm.internal.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.event.TrackEndReason;
import dev.tonearm.internal.json.JsonTrees;
import dev.tonearm.node.NodeStats;
import dev.tonearm.player.PlayerState;
import dev.tonearm.track.Severity;
import dev.tonearm.track.Track;
import dev.tonearm.track.TrackError;
import dev.tonearm.track.TrackInfo;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the frames a node sends all the time ({@code playerUpdate}, {@code stats}, the track
 * events, {@code ready}) in one pass over the text, without building a JSON tree, without copying
 * the text and without allocating anything the message does not keep.
 *
 * <p>It is the fast path of {@link ProtocolDecoder#message(String)} and never its judge: it accepts
 * only strict JSON with {@code op} as the first member (as Lavalink writes it) whose every field it
 * reads has exactly the type the tree decoder requires, and returns the same message the tree
 * decoder would. Anything else, whether malformed or merely unusual (lenient syntax, a number
 * written as {@code 1.0}, an escaped member name, an unknown event type that must keep its raw
 * JSON), makes it give up, and the caller decodes the frame again with the tree decoder, which
 * either reads it or throws the {@link dev.tonearm.ProtocolException} naming the field.
 */
final class FrameScanner {
  /** Nesting deeper than this is left to the tree decoder, whose parser does not recurse. */
  private static final int MAX_DEPTH = 64;
  private static final JsonObject EMPTY = new JsonObject();
  /** 10⁰ to 10²², every one of them exact as a double. */
  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
      1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /** Thrown to give up on a frame; carries no stack trace, so giving up is cheap. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  private final String text;
  private final int length;
  private int pos;
  /** The first backslash at or after {@link #pos} as far as known; frames seldom have any. */
  private int backslash = -1;
  private int nameStart;
  private int nameEnd;

  private FrameScanner(String text) {
    this.text = text;
    this.length = text.length();
  }

  /**
   * Decodes a frame, or returns null when the tree decoder must do it.
   *
   * @param frame the frame's text
   * @return the message, equal to what the tree decoder returns, or null
   */
  static @Nullable ServerMessage message(String frame) {
    try {
      return new FrameScanner(frame).message();
    } catch (RuntimeException giveUp) {
      // GiveUp, or the end of the text reached early, or a number out of range: all mean the
      // same here, since the tree decoder runs next and reports what is wrong, if anything.
      return null;
    }
  }

  private ServerMessage message() {
    if (!beginObject()) {
      throw GIVE_UP;
    }
    name();
    if (!is("op")) {
      throw GIVE_UP;
    }
    int op = stringStart();
    int opEnd = stringEnd();
    ServerMessage message;
    if (equals(op, opEnd, "playerUpdate")) {
      message = playerUpdate();
    } else if (equals(op, opEnd, "event")) {
      message = event();
    } else if (equals(op, opEnd, "stats")) {
      message = stats();
    } else if (equals(op, opEnd, "ready")) {
      message = ready();
    } else {
      throw GIVE_UP;
    }
    skipWhitespace();
    if (pos != length) {
      throw GIVE_UP;
    }
    return message;
  }

  // ---- messages ------------------------------------------------------------------------------
  // Each reads the members after "op"; a second "op" would change the message, so it gives up.

  private ServerMessage.Ready ready() {
    Boolean resumed = null;
    String sessionId = null;
    while (more()) {
      name();
      if (is("resumed")) {
        resumed = bool();
      } else if (is("sessionId")) {
        sessionId = string();
      } else if (is("op")) {
        throw GIVE_UP;
      } else {
        skipValue(0);
      }
    }
    if (resumed == null || sessionId == null) {
      throw GIVE_UP;
    }
    return new ServerMessage.Ready(resumed, sessionId);
  }

  private ServerMessage.PlayerUpdate playerUpdate() {
    String guildId = null;
    PlayerState state = null;
    while (more()) {
      name();
      if (is("guildId")) {
        guildId = string();
      } else if (is("state")) {
        state = playerState();
      } else if (is("op")) {
        throw GIVE_UP;
      } else {
        skipValue(0);
      }
    }
    if (guildId == null || state == null) {
      throw GIVE_UP;
    }
    return new ServerMessage.PlayerUpdate(guildId, state);
  }

  private PlayerState playerState() {
    long time = 0;
    long position = 0;
    long ping = -1;
    boolean connected = false;
    int seen = 0;
    if (beginObject()) {
      do {
        name();
        if (is("time")) {
          time = longValue();
          seen |= 1;
        } else if (is("position")) {
          position = longValue();
          seen |= 2;
        } else if (is("connected")) {
          connected = bool();
          seen |= 4;
        } else if (is("ping")) {
          ping = isNull() ? -1 : longValue();
        } else {
          skipValue(1);
        }
      } while (more());
    }
    if (seen != 7) {
      throw GIVE_UP;
    }
    return new PlayerState(time, position, connected, ping);
  }

  private ServerMessage.Stats stats() {
    int players = 0;
    int playing = 0;
    long uptime = 0;
    NodeStats.Memory memory = null;
    NodeStats.Cpu cpu = null;
    NodeStats.FrameStats frames = null;
    int seen = 0;
    while (more()) {
      name();
      if (is("players")) {
        players = intValue();
        seen |= 1;
      } else if (is("playingPlayers")) {
        playing = intValue();
        seen |= 2;
      } else if (is("uptime")) {
        uptime = longValue();
        seen |= 4;
      } else if (is("memory")) {
        memory = memory();
      } else if (is("cpu")) {
        cpu = cpu();
      } else if (is("frameStats")) {
        frames = isNull() ? null : frameStats();
      } else if (is("op")) {
        throw GIVE_UP;
      } else {
        skipValue(0);
      }
    }
    if (seen != 7 || memory == null || cpu == null) {
      throw GIVE_UP;
    }
    return new ServerMessage.Stats(new NodeStats(players, playing, uptime, memory, cpu, frames));
  }

  private NodeStats.Memory memory() {
    long free = 0;
    long used = 0;
    long allocated = 0;
    long reservable = 0;
    int seen = 0;
    if (beginObject()) {
      do {
        name();
        if (is("free")) {
          free = longValue();
          seen |= 1;
        } else if (is("used")) {
          used = longValue();
          seen |= 2;
        } else if (is("allocated")) {
          allocated = longValue();
          seen |= 4;
        } else if (is("reservable")) {
          reservable = longValue();
          seen |= 8;
        } else {
          skipValue(1);
        }
      } while (more());
    }
    if (seen != 15) {
      throw GIVE_UP;
    }
    return new NodeStats.Memory(free, used, allocated, reservable);
  }

  private NodeStats.Cpu cpu() {
    int cores = 0;
    double systemLoad = 0;
    double lavalinkLoad = 0;
    int seen = 0;
    if (beginObject()) {
      do {
        name();
        if (is("cores")) {
          cores = intValue();
          seen |= 1;
        } else if (is("systemLoad")) {
          systemLoad = doubleValue();
          seen |= 2;
        } else if (is("lavalinkLoad")) {
          lavalinkLoad = doubleValue();
          seen |= 4;
        } else {
          skipValue(1);
        }
      } while (more());
    }
    if (seen != 7) {
      throw GIVE_UP;
    }
    return new NodeStats.Cpu(cores, systemLoad, lavalinkLoad);
  }

  private NodeStats.FrameStats frameStats() {
    int sent = 0;
    int nulled = 0;
    int deficit = 0;
    int seen = 0;
    if (beginObject()) {
      do {
        name();
        if (is("sent")) {
          sent = intValue();
          seen |= 1;
        } else if (is("nulled")) {
          nulled = intValue();
          seen |= 2;
        } else if (is("deficit")) {
          deficit = intValue();
          seen |= 4;
        } else {
          skipValue(1);
        }
      } while (more());
    }
    if (seen != 7) {
      throw GIVE_UP;
    }
    return new NodeStats.FrameStats(sent, nulled, deficit);
  }

  /**
   * Reads every field any known event has, whatever the type says, then builds the event the
   * type names. A field the type does not use but that is malformed makes it give up, although
   * the tree decoder would ignore it; the tree decoder then reads the frame.
   */
  private ServerMessage.Event event() {
    String type = null;
    String guildId = null;
    Track track = null;
    String reason = null;
    boolean hasReason = false;
    TrackError exception = null;
    long thresholdMs = 0;
    boolean hasThreshold = false;
    long code = 0;
    boolean hasCode = false;
    boolean byRemote = false;
    while (more()) {
      name();
      if (is("type")) {
        type = string();
      } else if (is("guildId")) {
        guildId = string();
      } else if (is("track")) {
        track = track();
      } else if (is("reason")) {
        reason = isNull() ? null : string();
        hasReason = reason != null;
      } else if (is("exception")) {
        exception = trackError();
      } else if (is("thresholdMs")) {
        thresholdMs = longValue();
        hasThreshold = true;
      } else if (is("code")) {
        code = intValue();
        hasCode = true;
      } else if (is("byRemote")) {
        byRemote = !isNull() && bool();
      } else if (is("op")) {
        throw GIVE_UP;
      } else {
        skipValue(0);
      }
    }
    if (type == null || guildId == null) {
      throw GIVE_UP;
    }
    switch (type) {
      case "TrackStartEvent":
        return new ServerMessage.TrackStart(guildId, required(track));
      case "TrackEndEvent":
        if (!hasReason) {
          throw GIVE_UP;
        }
        return new ServerMessage.TrackEnd(guildId, required(track), endReason(reason));
      case "TrackExceptionEvent":
        return new ServerMessage.TrackException(guildId, required(track), required(exception));
      case "TrackStuckEvent":
        if (!hasThreshold) {
          throw GIVE_UP;
        }
        return new ServerMessage.TrackStuck(guildId, required(track), thresholdMs);
      case "WebSocketClosedEvent":
        if (!hasCode) {
          throw GIVE_UP;
        }
        return new ServerMessage.WebSocketClosed(guildId, (int) code, reason == null ? "" : reason,
            byRemote);
      default:
        // Unknown and plugin events keep their whole JSON, which only the tree decoder has.
        throw GIVE_UP;
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw GIVE_UP;
    }
    return value;
  }

  private static TrackEndReason endReason(@Nullable String wire) {
    if (wire == null) {
      throw GIVE_UP;
    }
    return switch (wire) {
      case "finished" -> TrackEndReason.FINISHED;
      case "loadFailed" -> TrackEndReason.LOAD_FAILED;
      case "stopped" -> TrackEndReason.STOPPED;
      case "replaced" -> TrackEndReason.REPLACED;
      case "cleanup" -> TrackEndReason.CLEANUP;
      default -> throw GIVE_UP;
    };
  }

  private Track track() {
    String encoded = null;
    TrackInfo info = null;
    JsonObject pluginInfo = EMPTY;
    JsonObject userData = EMPTY;
    if (beginObject()) {
      do {
        name();
        if (is("encoded")) {
          encoded = string();
        } else if (is("info")) {
          info = trackInfo();
        } else if (is("pluginInfo")) {
          pluginInfo = objectOrEmpty();
        } else if (is("userData")) {
          userData = objectOrEmpty();
        } else {
          skipValue(1);
        }
      } while (more());
    }
    if (encoded == null || info == null) {
      throw GIVE_UP;
    }
    // The trees are this frame's own, so the track's views wrap them without a copy.
    return pluginInfo == EMPTY && userData == EMPTY ? Track.of(encoded, info)
        : new Track(encoded, info, JsonTrees.view(pluginInfo), JsonTrees.view(userData));
  }

  private TrackInfo trackInfo() {
    String identifier = "";
    Boolean seekable = null;
    String author = "";
    long trackLength = 0;
    boolean stream = false;
    long position = 0;
    String title = "";
    String uri = null;
    String artworkUrl = null;
    String isrc = null;
    String sourceName = "";
    if (beginObject()) {
      do {
        name();
        if (is("identifier")) {
          identifier = stringOr("");
        } else if (is("isSeekable")) {
          seekable = isNull() ? null : bool();
        } else if (is("author")) {
          author = stringOr("");
        } else if (is("length")) {
          trackLength = isNull() ? 0 : longValue();
        } else if (is("isStream")) {
          stream = !isNull() && bool();
        } else if (is("position")) {
          position = isNull() ? 0 : longValue();
        } else if (is("title")) {
          title = stringOr("");
        } else if (is("uri")) {
          uri = isNull() ? null : string();
        } else if (is("artworkUrl")) {
          artworkUrl = isNull() ? null : string();
        } else if (is("isrc")) {
          isrc = isNull() ? null : string();
        } else if (is("sourceName")) {
          sourceName = stringOr("");
        } else {
          skipValue(2);
        }
      } while (more());
    }
    return new TrackInfo(identifier, seekable == null ? !stream : seekable, author, trackLength,
        stream, position, title, uri, artworkUrl, isrc, sourceName);
  }

  private TrackError trackError() {
    String message = null;
    Severity severity = Severity.FAULT;
    String cause = "";
    String causeStackTrace = null;
    if (beginObject()) {
      do {
        name();
        if (is("message")) {
          message = isNull() ? null : string();
        } else if (is("severity")) {
          severity = isNull() ? Severity.FAULT : severity(string());
        } else if (is("cause")) {
          cause = stringOr("");
        } else if (is("causeStackTrace")) {
          causeStackTrace = isNull() ? null : string();
        } else {
          skipValue(1);
        }
      } while (more());
    }
    return new TrackError(message, severity, cause, causeStackTrace);
  }

  private static Severity severity(String wire) {
    return switch (wire) {
      case "common" -> Severity.COMMON;
      case "suspicious" -> Severity.SUSPICIOUS;
      case "fault" -> Severity.FAULT;
      default -> throw GIVE_UP;
    };
  }

  /** An object member read as the tree decoder's {@code objectOrEmpty}: null or absent is empty. */
  private JsonObject objectOrEmpty() {
    if (isNull()) {
      return EMPTY;
    }
    if (peek() != '{') {
      throw GIVE_UP;
    }
    int start = pos;
    pos++;
    if (peek() == '}') {
      pos++;
      return EMPTY;
    }
    pos = start;
    skipValue(1);
    // Rare (plugins fill it): the tree of just this member, which equals the tree decoder's.
    JsonElement tree = JsonParser.parseString(text.substring(start, pos));
    return tree.getAsJsonObject();
  }

  // ---- tokens --------------------------------------------------------------------------------

  private void skipWhitespace() {
    while (pos < length) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  /** Skips whitespace and returns the next character without consuming it. */
  private char peek() {
    skipWhitespace();
    return text.charAt(pos);
  }

  /** Consumes an opening brace; returns false, having consumed the closing one, if it is empty. */
  private boolean beginObject() {
    if (peek() != '{') {
      throw GIVE_UP;
    }
    pos++;
    if (peek() == '}') {
      pos++;
      return false;
    }
    return true;
  }

  /** After a member: true if another one follows, false if the object ended. */
  private boolean more() {
    char c = peek();
    pos++;
    if (c == ',') {
      return true;
    }
    if (c == '}') {
      return false;
    }
    throw GIVE_UP;
  }

  /** Reads a member name and its colon; names with escapes are left to the tree decoder. */
  private void name() {
    if (peek() != '"') {
      throw GIVE_UP;
    }
    int start = ++pos;
    int end = closingQuote(start);
    if (backslashFrom(start) < end) {
      throw GIVE_UP;
    }
    nameStart = start;
    nameEnd = end;
    pos = end + 1;
    if (peek() != ':') {
      throw GIVE_UP;
    }
    pos++;
  }

  /**
   * Finds the quote that ends a string starting at {@code start}, if the string has no escapes;
   * with escapes, the caller notices a backslash before it. {@link String#indexOf} is far faster
   * than a loop over the characters.
   */
  private int closingQuote(int start) {
    int end = text.indexOf('"', start);
    if (end < 0) {
      throw GIVE_UP;
    }
    return end;
  }

  /** Returns the first backslash at or after {@code from}, or the text's length if none. */
  private int backslashFrom(int from) {
    if (backslash < from) {
      int found = text.indexOf('\\', from);
      backslash = found < 0 ? length : found;
    }
    return backslash;
  }

  private boolean is(String name) {
    return nameEnd - nameStart == name.length() && text.startsWith(name, nameStart);
  }

  private boolean equals(int start, int end, String value) {
    return end - start == value.length() && text.startsWith(value, start);
  }

  private boolean isNull() {
    if (peek() == 'n' && text.startsWith("null", pos)) {
      pos += 4;
      return true;
    }
    return false;
  }

  private boolean bool() {
    char c = peek();
    if (c == 't' && text.startsWith("true", pos)) {
      pos += 4;
      return true;
    }
    if (c == 'f' && text.startsWith("false", pos)) {
      pos += 5;
      return false;
    }
    throw GIVE_UP;
  }

  private String stringOr(String fallback) {
    return isNull() ? fallback : string();
  }

  /** Consumes the opening quote of a string without escapes and returns where its text starts. */
  private int stringStart() {
    if (peek() != '"') {
      throw GIVE_UP;
    }
    return ++pos;
  }

  /** Consumes the rest of a string without escapes and returns where its text ends. */
  private int stringEnd() {
    int end = closingQuote(pos);
    if (backslashFrom(pos) < end) {
      throw GIVE_UP;
    }
    pos = end + 1;
    return end;
  }

  private String string() {
    int start = stringStart();
    int end = closingQuote(start);
    if (backslashFrom(start) < end) {
      pos = backslash;
      return escapedString(start);
    }
    pos = end + 1;
    return text.substring(start, end);
  }

  private String escapedString(int start) {
    StringBuilder value = new StringBuilder(pos - start + 16).append(text, start, pos);
    while (true) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = text.charAt(pos++);
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> value.append(unicodeEscape());
        default -> throw GIVE_UP;
      }
    }
  }

  private char unicodeEscape() {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos++), 16);
      if (digit < 0) {
        throw GIVE_UP;
      }
      value = value << 4 | digit;
    }
    return (char) value;
  }

  /**
   * Reads a whole number written without fraction or exponent, of at most 18 digits, which cannot
   * overflow. The tree decoder takes {@code 1.0} and {@code 1e3} as whole numbers too, and longer
   * ones up to the long range; those are left to it.
   */
  private long longValue() {
    char c = peek();
    boolean negative = c == '-';
    if (negative) {
      c = text.charAt(++pos);
    }
    if (c < '0' || c > '9') {
      throw GIVE_UP;
    }
    int start = pos;
    long value = 0;
    if (c == '0') {
      pos++;
    } else {
      while (pos < length && (c = text.charAt(pos)) >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        pos++;
      }
      if (pos - start > 18) {
        throw GIVE_UP;
      }
    }
    if (pos < length) {
      c = text.charAt(pos);
      if (c == '.' || c == 'e' || c == 'E' || c >= '0' && c <= '9') {
        throw GIVE_UP;
      }
    }
    return negative ? -value : value;
  }

  private int intValue() {
    long value = longValue();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw GIVE_UP;
    }
    return (int) value;
  }

  private double doubleValue() {
    peek();
    int start = pos;
    skipNumber();
    double fast = exactDouble(start, pos);
    return Double.isNaN(fast) ? Double.parseDouble(text.substring(start, pos)) : fast;
  }

  /**
   * Converts a number the quick way when the result is certainly the one
   * {@link Double#parseDouble} gives: at most 15 digits and a power of ten of at most 22 either
   * way, so that both numbers are exact doubles and one correctly rounded multiplication or
   * division makes the value. Returns NaN for the others.
   */
  private double exactDouble(int start, int end) {
    boolean negative = text.charAt(start) == '-';
    int at = negative ? start + 1 : start;
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean fraction = false;
    for (; at < end; at++) {
      char c = text.charAt(at);
      if (c == '.') {
        fraction = true;
      } else if (c == 'e' || c == 'E') {
        break;
      } else {
        if (++digits > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (fraction) {
          scale--;
        }
      }
    }
    if (at < end) {
      int exponentAt = at + 1;
      boolean negativeExponent = text.charAt(exponentAt) == '-';
      if (negativeExponent || text.charAt(exponentAt) == '+') {
        exponentAt++;
      }
      if (end - exponentAt > 3) {
        return Double.NaN;
      }
      int exponent = Integer.parseInt(text, exponentAt, end, 10);
      scale += negativeExponent ? -exponent : exponent;
    }
    if (scale < -22 || scale > 22) {
      return Double.NaN;
    }
    double value = scale < 0 ? mantissa / POWERS_OF_TEN[-scale] : mantissa * POWERS_OF_TEN[scale];
    return negative ? -value : value;
  }

  /** Consumes a number as JSON writes it: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private void skipNumber() {
    if (text.charAt(pos) == '-') {
      pos++;
    }
    char c = text.charAt(pos);
    if (c == '0') {
      pos++;
    } else if (c >= '1' && c <= '9') {
      digits();
    } else {
      throw GIVE_UP;
    }
    if (pos < length && text.charAt(pos) == '.') {
      pos++;
      if (digits() == 0) {
        throw GIVE_UP;
      }
    }
    if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (text.charAt(pos) == '+' || text.charAt(pos) == '-') {
        pos++;
      }
      if (digits() == 0) {
        throw GIVE_UP;
      }
    }
  }

  private int digits() {
    int start = pos;
    while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  /** Skips any value, checking that it is strict JSON. */
  private void skipValue(int depth) {
    if (depth > MAX_DEPTH) {
      throw GIVE_UP;
    }
    char c = peek();
    switch (c) {
      case '{' -> {
        pos++;
        if (peek() == '}') {
          pos++;
          return;
        }
        do {
          if (peek() != '"') {
            throw GIVE_UP;
          }
          skipString();
          if (peek() != ':') {
            throw GIVE_UP;
          }
          pos++;
          skipValue(depth + 1);
        } while (more());
      }
      case '[' -> {
        pos++;
        if (peek() == ']') {
          pos++;
          return;
        }
        char next;
        do {
          skipValue(depth + 1);
          next = peek();
          pos++;
        } while (next == ',');
        if (next != ']') {
          throw GIVE_UP;
        }
      }
      case '"' -> skipString();
      case 't', 'f' -> bool();
      case 'n' -> {
        if (!isNull()) {
          throw GIVE_UP;
        }
      }
      default -> skipNumber();
    }
  }

  private void skipString() {
    pos++;
    char c;
    while ((c = text.charAt(pos++)) != '"') {
      if (c == '\\') {
        char escaped = text.charAt(pos++);
        if (escaped == 'u') {
          unicodeEscape();
        } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
          throw GIVE_UP;
        }
      }
    }
  }
}
