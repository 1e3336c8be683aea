package dev.tonearm.example;

/**
 * A configuration variable is missing or malformed. The message names the variable and the form
 * it should have, and is meant to be shown to whoever starts the bot as it is.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  public ConfigException(String message) {
    super(message);
  }
}
