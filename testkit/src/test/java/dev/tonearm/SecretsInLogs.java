package dev.tonearm;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A log appender, installed for every test of this module by logback-test.xml at DEBUG, that
 * keeps each line whose message, MDC or exception (with its causes) shows one of the secrets the
 * tests use: the fake node's password and the voice tokens. {@link NoSecretsInLogs} fails the
 * test during which such a line was logged.
 */
public final class SecretsInLogs extends AppenderBase<ILoggingEvent> {
  /** The node passwords and voice tokens of this module's tests. */
  static final Pattern SECRETS = Pattern.compile(
      "youshallnotpass|wrong-password|\\b(voice|first|second|later|moved)-token\\b|\\btoken-\\d{6,}");

  private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

  @Override
  protected void append(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    event.getMDCPropertyMap().values().forEach(value -> text.append(' ').append(value));
    for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
      text.append(' ').append(cause.getClassName()).append(": ").append(cause.getMessage());
      for (IThrowableProxy suppressed : cause.getSuppressed()) {
        text.append(' ').append(suppressed.getMessage());
      }
    }
    if (SECRETS.matcher(text).find()) {
      LEAKS.add(event.getLevel() + " " + event.getLoggerName() + " [" + event.getThreadName()
          + "]: " + text);
    }
  }

  /** {@return how many leaking lines were logged so far} */
  static int count() {
    return LEAKS.size();
  }

  /** {@return the leaking lines logged since the given count} */
  static List<String> since(int count) {
    return List.copyOf(LEAKS.subList(Math.min(count, LEAKS.size()), LEAKS.size()));
  }

  /** Forgets every leaking line; for the test that proves this appender finds them. */
  static void clear() {
    LEAKS.clear();
  }
}
