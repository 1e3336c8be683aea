package dev.tonearm.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoiceRegionsTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "c-fra05-1234.discord.media:443, eu",
      "c-ams10-abcd.discord.media, eu",
      "C-IAD09-ABCD.DISCORD.MEDIA:443, us-east",
      "c-lax02-1.discord.media, us-west",
      "c-gru01-1.discord.media, south-america",
      "c-sin03-1.discord.media, asia",
      "c-syd01-1.discord.media, oceania",
      "us-east123.discord.media:443, us-east",
      "rotterdam1234.discord.media, eu",
      "brazil99.discord.gg, south-america",
      "c-xyz01-1.discord.media, null",
      "localhost:8080, null"})
  void regionOf_endpoint_mapsTheServerCode(String endpoint, String region) {
    assertThat(VoiceRegions.regionOf(endpoint)).isEqualTo(region);
  }
}
