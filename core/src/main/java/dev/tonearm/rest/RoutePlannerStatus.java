package dev.tonearm.rest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of a node's IP route planner, which rotates outgoing addresses to avoid rate limits.
 *
 * @param plannerClass the planner's type, e.g. {@code RotatingNanoIpRoutePlanner}
 * @param ipBlock the configured block of addresses
 * @param failingAddresses addresses currently marked as failing
 * @param details the planner-specific fields (e.g. {@code rotateIndex}, {@code currentAddress},
 *     {@code blockIndex}), all strings as the node sends them; unmodifiable
 */
public record RoutePlannerStatus(
    String plannerClass,
    IpBlock ipBlock,
    List<FailingAddress> failingAddresses,
    Map<String, String> details) {

  /**
   * Creates the record with copies of the list and the map, so it stays immutable.
   *
   * @param plannerClass the planner's type, e.g. {@code RotatingNanoIpRoutePlanner}
   * @param ipBlock the configured block of addresses
   * @param failingAddresses addresses currently marked as failing
   * @param details the planner-specific fields (e.g. {@code rotateIndex}, {@code currentAddress},
   *     {@code blockIndex}), all strings as the node sends them; unmodifiable
   * @throws NullPointerException if an argument is null
   */
  public RoutePlannerStatus {
    Objects.requireNonNull(plannerClass, "plannerClass");
    Objects.requireNonNull(ipBlock, "ipBlock");
    failingAddresses = List.copyOf(failingAddresses);
    details = Map.copyOf(details);
  }

  /**
   * A block of IP addresses.
   *
   * @param type {@code Inet4Address} or {@code Inet6Address}
   * @param size the number of addresses, as a decimal string (it can exceed a long)
   */
  public record IpBlock(String type, String size) {
    /**
     * Creates the record.
     *
     * @param type {@code Inet4Address} or {@code Inet6Address}
     * @param size the number of addresses, as a decimal string (it can exceed a long)
     * @throws NullPointerException if an argument is null
     */
    public IpBlock {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(size, "size");
    }
  }

  /**
   * An address the planner stopped using.
   *
   * @param address the address
   * @param failingTimestamp when it was marked as failing, epoch milliseconds
   * @param failingTime the same moment as the node formats it
   */
  public record FailingAddress(String address, long failingTimestamp, String failingTime) {
    /**
     * Creates the record.
     *
     * @param address the address
     * @param failingTimestamp when it was marked as failing, epoch milliseconds
     * @param failingTime the same moment as the node formats it
     * @throws NullPointerException if an argument is null
     */
    public FailingAddress {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(failingTime, "failingTime");
    }
  }
}
