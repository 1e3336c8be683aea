package dev.tonearm.example.music;

/**
 * Who asked for a track. Stored in the track's user data, so it comes back with the track in the
 * queue, in events and after a failover to another node.
 *
 * @param id the member's user id
 * @param name the member's display name when they asked
 */
public record Requester(long id, String name) {}
