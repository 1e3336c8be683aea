package dev.tonearm.testkit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether a voice endpoint refuses TCP connections, for the one kind of endpoint the fake
 * node can check without a network: a loopback address given by number (or {@code localhost}).
 * A real node connecting to a refusing endpoint never answers the player update that carried it;
 * every other endpoint is taken as a Discord voice server the fake pretends to reach.
 */
final class VoiceEndpoint {
  private static final int CONNECT_TIMEOUT_MILLIS = 2000;

  private VoiceEndpoint() {}

  /**
   * Tries a TCP connection to a loopback endpoint.
   *
   * @param endpoint {@code host} or {@code host:port}, as Discord sends it; port 443 if absent
   * @return true if the endpoint is a loopback address that refused the connection
   */
  static boolean refusesConnections(String endpoint) {
    HttpUrl url = HttpUrl.parse("https://" + endpoint);
    if (url == null) {
      return false;
    }
    @Nullable InetAddress address;
    try {
      address = loopbackLiteral(url.host());
    } catch (UnknownHostException e) {
      return false;
    }
    if (address == null) {
      return false;
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, url.port()), CONNECT_TIMEOUT_MILLIS);
      return false;
    } catch (ConnectException refused) {
      return true;
    } catch (IOException other) {
      return false;
    }
  }

  /** The address of a host given as a loopback IP literal or {@code localhost}, without DNS. */
  private static @Nullable InetAddress loopbackLiteral(String host) throws UnknownHostException {
    if (host.equals("localhost")) {
      return InetAddress.getLoopbackAddress();
    }
    boolean literal = host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!literal) {
      return null;
    }
    InetAddress address = InetAddress.getByName(host);
    return address.isLoopbackAddress() ? address : null;
  }
}
