package dev.estodo.todo;

/**
 * A setting with a value the program cannot use. Every one reads the same way, naming the setting,
 * what it takes and what it got: {@code PORT must be a number from 0 to 65535, got: abc}.
 */
public final class InvalidSettingException extends IllegalArgumentException {
  /** {@code setting} must {@code expectation}, got {@code shown} (the value, any password left out). */
  public InvalidSettingException(String setting, String expectation, String shown) {
    super(setting + " must " + expectation + ", got: " + shown);
  }

  /** {@code url} without the password of its user info, fit for a message. */
  public static String withoutPassword(String url) {
    // up to the last '@': a password may hold '@' or '/' itself, and hiding too much is harmless
    return url.replaceAll("//([^:/@]*):.*@", "//$1:***@");
  }
}
