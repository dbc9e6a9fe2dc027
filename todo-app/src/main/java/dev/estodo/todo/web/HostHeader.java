package dev.estodo.todo.web;

import java.util.Locale;

/** A {@code Host} header's name (lower case, an IPv6 address in brackets, no final dot) and port. */
record HostHeader(String name, int port) {
  /** {@code value} read; {@code defaultPort} when it names none; port -1 when its port is not a number. */
  static HostHeader parse(String value, int defaultPort) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    int colon = text.startsWith("[") ? text.indexOf(':', Math.max(text.indexOf(']'), 0)) : text.lastIndexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
    return new HostHeader(name, colon < 0 ? defaultPort : port(text.substring(colon + 1)));
  }

  private static int port(String text) {
    return text.matches("\\d{1,5}") ? Integer.parseInt(text) : -1;
  }
}
