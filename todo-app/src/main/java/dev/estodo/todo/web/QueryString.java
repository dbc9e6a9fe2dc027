package dev.estodo.todo.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request's query parameters, read from the raw query string: Javalin's own decoder drops a
 * value it cannot decode, so {@code ?after=5%zz} would read as no {@code after} at all. A value
 * with a stray {@code %} ({@code %zz}, {@code %u0041}, a lone {@code %}) or bytes that are not
 * UTF-8, or a parameter given twice, is {@code 400 <name> is invalid}. {@code +} is a space.
 */
final class QueryString {
  private final String raw;

  private QueryString(String raw) {
    this.raw = raw == null ? "" : raw;
  }

  /** The query string of the request in {@code ctx}. */
  static QueryString of(Context ctx) {
    return new QueryString(ctx.queryString());
  }

  /** The query string {@code raw} (without its {@code ?}; may be null). */
  static QueryString of(String raw) {
    return new QueryString(raw);
  }

  /** The decoded value of {@code name}, absent when not given; throws 400 naming it when it is bad or twice. */
  Optional<String> value(String name) {
    Optional<String> found = Optional.empty();
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (!name.equals(key)) continue;
      String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
      if (value == null || found.isPresent()) throw new BadRequestException(name + " is invalid");
      found = Optional.of(value);
    }
    return found;
  }

  /** {@code text} percent-decoded as UTF-8; null when it cannot be. */
  static String decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        int value = i + 2 < text.length() ? hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)) : -1;
        if (value < 0) return null;
        bytes.write(value);
        i += 3;
      } else {
        int end = runEnd(text, i);
        bytes.writeBytes(text.substring(i, end).replace('+', ' ').getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    return strictUtf8(bytes.toByteArray());
  }

  private static int runEnd(String text, int from) {
    int percent = text.indexOf('%', from);
    return percent < 0 ? text.length() : percent;
  }

  /** An ASCII hex digit's value; far below zero otherwise, so that a pair with one is negative. */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1000;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
