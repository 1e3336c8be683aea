package dev.tonearm.example.music;

import dev.tonearm.player.FilterPresets;
import dev.tonearm.player.Filters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sound effects {@code /filter} offers, each one of Tonearm's {@link FilterPresets}. */
public enum FilterPreset {
  /** No effect. */
  OFF("off", "No effect: the track as it was recorded.", Filters.NONE),
  /** {@link FilterPresets#nightcore()}. */
  NIGHTCORE("nightcore", "Faster and higher.", FilterPresets.nightcore()),
  /** {@link FilterPresets#vaporwave()}. */
  VAPORWAVE("vaporwave", "Slower and lower.", FilterPresets.vaporwave()),
  /** {@link FilterPresets#bassBoost} at {@link FilterPresets.BassBoost#MEDIUM}. */
  BASS_BOOST("bassboost", "More bass.", FilterPresets.bassBoost(FilterPresets.BassBoost.MEDIUM)),
  /** {@link FilterPresets#eightD()}. */
  EIGHT_D("8d", "The sound circles around you.", FilterPresets.eightD()),
  /** {@link FilterPresets#karaoke()}. */
  KARAOKE("karaoke", "Removes most of the lead vocals.", FilterPresets.karaoke()),
  /** {@link FilterPresets#soft()}. */
  SOFT("soft", "Cuts the high frequencies.", FilterPresets.soft()),
  /** {@link FilterPresets#trebleBoost()}. */
  TREBLE("treble", "More treble.", FilterPresets.trebleBoost()),
  /** {@link FilterPresets#mono()}. */
  MONO("mono", "Both ears hear the same mix.", FilterPresets.mono());

  private final String key;
  private final String description;
  private final Filters filters;

  FilterPreset(String key, String description, Filters filters) {
    this.key = key;
    this.description = description;
    this.filters = filters;
  }

  /** Returns the name members type or pick, such as {@code nightcore}. */
  public String key() {
    return key;
  }

  /** Returns what the effect does, in a few words. */
  public String description() {
    return description;
  }

  /** Returns the filters the player gets. */
  public Filters filters() {
    return filters;
  }

  /**
   * Finds a preset by the name members use.
   *
   * @param key the name, in any case
   * @return the preset, or empty if there is none of that name
   */
  public static Optional<FilterPreset> byKey(String key) {
    String wanted = key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(preset -> preset.key.equals(wanted)).findFirst();
  }

  /**
   * Finds the preset a player's filters come from.
   *
   * @param filters the filters the player has
   * @return the preset, or empty if the filters were set some other way
   */
  public static Optional<FilterPreset> matching(Filters filters) {
    if (filters.isEmpty()) {
      return Optional.of(OFF);
    }
    return Arrays.stream(values()).filter(preset -> preset.filters.equals(filters)).findFirst();
  }

  /** Returns every preset's name, comma separated, for messages. */
  public static String keys() {
    return Arrays.stream(values()).map(FilterPreset::key).collect(Collectors.joining(", "));
  }
}
