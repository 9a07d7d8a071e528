package dev.sharewell.teams;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a service url points at this machine. In local mode no token proves who sent an activity,
 * so only a loopback service url is accepted: an exposed local-mode server cannot be made to post
 * to an arbitrary url. Names are compared literally, never resolved.
 */
final class LoopbackUrls {
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

  private LoopbackUrls() {}

  static boolean isLoopback(String serviceUrl) {
    if (serviceUrl == null) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(serviceUrl);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      return isIpv6Loopback(name.substring(1, name.length() - 1));
    }
    return name.equals("localhost") || IPV4_LOOPBACK.matcher(name).matches();
  }

  /**
   * Whether a connection's peer address (an IP literal, as the server reports it) is this machine's
   * loopback. Never resolved: a name here would be a configuration error, and is refused.
   */
  static boolean isLoopbackAddress(String peer) {
    if (peer == null || peer.isBlank()) {
      return false;
    }
    String literal =
        peer.startsWith("[") && peer.endsWith("]") ? peer.substring(1, peer.length() - 1) : peer;
    return IPV4_LOOPBACK.matcher(literal).matches()
        || isIpv6Loopback(literal.toLowerCase(Locale.ROOT));
  }

  private static boolean isIpv6Loopback(String literal) {
    if (!literal.matches("[0-9a-f:.]+")) {
      return false;
    }
    try {
      // An IPv6 literal is parsed, not looked up.
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
