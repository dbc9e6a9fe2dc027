package dev.estodo.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An answer {@link HttpConnection} read: its status, its headers (names in lower case, the first
 * of each), its body, and whether the server closes the connection after it.
 */
record HttpAnswer(int status, Map<String, String> headers, byte[] body, boolean closes) {
  /** The first value of header {@code name}, if the answer has it. */
  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The body as UTF-8 text. */
  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
