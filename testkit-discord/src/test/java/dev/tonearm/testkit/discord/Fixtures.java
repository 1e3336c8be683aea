package dev.tonearm.testkit.discord;

/** The guild most tests use: channels of each kind, a role, humans and another bot. */
final class Fixtures {
  static final long GUILD = 817_327_181_659_111_454L;
  static final long TEXT = 817_327_181_659_111_455L;
  static final long VOICE = 817_327_181_659_111_456L;
  static final long OTHER_VOICE = 817_327_181_659_111_457L;
  static final long STAGE = 817_327_181_659_111_458L;
  static final long DJ_ROLE = 817_327_181_659_111_459L;
  static final long ALICE = 200_000_000_000_000_001L;
  static final long BOB = 200_000_000_000_000_002L;
  static final long OTHER_BOT = 200_000_000_000_000_003L;

  private Fixtures() {}

  /** Alice (a DJ) sits in VOICE at start; Bob and another bot are members, not in voice. */
  static GuildSpec guild() {
    return GuildSpec.builder(GUILD)
        .name("Test guild")
        .owner(ALICE)
        .role(DJ_ROLE, "DJ", Permissions.MOVE_MEMBERS)
        .textChannel(TEXT, "general")
        .voiceChannel(VOICE, "Music")
        .voiceChannel(OTHER_VOICE, "Lounge")
        .stageChannel(STAGE, "Stage")
        .human(ALICE, "alice", DJ_ROLE)
        .human(BOB, "bob")
        .bot(OTHER_BOT, "otherbot")
        .voiceState(ALICE, VOICE)
        .build();
  }
}
