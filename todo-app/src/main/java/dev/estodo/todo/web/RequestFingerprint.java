package dev.estodo.todo.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What tells two requests apart for an idempotency key: SHA-256 of the method, the path and the body. */
final class RequestFingerprint {
  private RequestFingerprint() {}

  static String of(String method, String path, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      // the line break cannot occur in a method or a path, so no two requests give the same input
      sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
