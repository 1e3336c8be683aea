package dev.tonearm.conformance;

/**
 * {@code TONEARM_IT_LAVALINK} or {@code TONEARM_IT_MEDIA} is malformed. The message names the
 * variable, what is wrong and the expected form; it never repeats the password.
 */
final class TargetSettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  TargetSettingException(String message) {
    super(message);
  }
}
