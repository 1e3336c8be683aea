/**
 * Tonearm's Lavalink v4 client. {@link dev.tonearm.Lavalink} is where to start.
 *
 * <p>Every exported package is public API. The JDK's HTTP client appears in that API and comes
 * with this module; Gson is used inside only, and JSON that Tonearm cannot type is handed out as
 * {@link dev.tonearm.json.JsonView}. OkHttp is used when it is present ({@code requires static}), as in every
 * JDA bot. A bot on the module path passes each listener's generated dispatcher to
 * {@link dev.tonearm.Lavalink#register(Object, dev.tonearm.annotation.EventDispatcher)}, since
 * finding it by name would need the listener's package to be open to this module.
 */
module dev.tonearm.core {
  requires com.google.gson;
  requires transitive java.net.http;
  requires static transitive org.jspecify;
  requires static okhttp3;
  requires org.slf4j;

  exports dev.tonearm;
  exports dev.tonearm.annotation;
  exports dev.tonearm.event;
  exports dev.tonearm.json;
  exports dev.tonearm.node;
  exports dev.tonearm.observe;
  exports dev.tonearm.player;
  exports dev.tonearm.plugin;
  exports dev.tonearm.plugin.lavalyrics;
  exports dev.tonearm.plugin.lavasearch;
  exports dev.tonearm.plugin.lavasrc;
  exports dev.tonearm.plugin.sponsorblock;
  exports dev.tonearm.queue;
  exports dev.tonearm.rest;
  exports dev.tonearm.state;
  exports dev.tonearm.time;
  exports dev.tonearm.track;

  // Its scheduler, shared with the JDA integration; not API.
  exports dev.tonearm.internal to dev.tonearm.jda;
  // Its log context (the MDC keys), shared with the JDA integration; not API.
  exports dev.tonearm.internal.observe to dev.tonearm.jda;
}
