package dev.estodo.todo.web;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request's {@code Idempotency-Key}: the draft's quoted string ({@code "8e03978e-..."}, with
 * {@code \"} and {@code \\} escapes) or a bare token alike, which name the same key. At most 255
 * characters; anything else, or the header twice, is {@code 400 Idempotency-Key is invalid}.
 */
record IdempotencyKey(String value) {
  static final String HEADER = "Idempotency-Key";
  static final int MAX_LENGTH = 255;
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z:/-]+");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\"\\\\])*)\"");

  /** The request's key; empty when it sent none. */
  static Optional<IdempotencyKey> of(Context ctx) {
    List<String> given = Collections.list(ctx.req().getHeaders(HEADER));
    if (given.isEmpty()) return Optional.empty();
    if (given.size() > 1) throw invalid();
    return Optional.of(parse(given.get(0).trim()));
  }

  static IdempotencyKey parse(String text) {
    var quoted = QUOTED.matcher(text);
    String key = quoted.matches() ? quoted.group(1).replaceAll("\\\\([\"\\\\])", "$1")
        : TOKEN.matcher(text).matches() ? text : null;
    if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) throw invalid();
    return new IdempotencyKey(key);
  }

  private static BadRequestException invalid() {
    return new BadRequestException(HEADER + " is invalid");
  }
}
