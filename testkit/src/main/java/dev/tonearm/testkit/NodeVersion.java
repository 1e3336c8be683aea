package dev.tonearm.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The semantic version the fake node reports, parsed as Lavalink's {@code Version} does. */
record NodeVersion(String semver, int major, int minor, int patch, @Nullable String preRelease) {
  private static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
      + "\\.(0|[1-9][0-9]*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  static NodeVersion parse(String semver) {
    Matcher matcher = SEMVER.matcher(semver);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a semantic version: " + semver);
    }
    return new NodeVersion(semver, Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)), matcher.group(4));
  }

  boolean atLeast(int wantedMajor, int wantedMinor) {
    return major > wantedMajor || major == wantedMajor && minor >= wantedMinor;
  }
}
