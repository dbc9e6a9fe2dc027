package dev.estodo.todo;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where settings come from: each is an environment variable, which a flag given on the command line
 * overrides. Values are read through the typed methods here, so every bad one fails the same way,
 * with an {@link InvalidSettingException} naming the setting.
 */
public final class Environment {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

  private final Function<String, String> values;

  private Environment(Function<String, String> values) {
    this.values = values;
  }

  /** The process's environment variables. */
  public static Environment system() {
    return new Environment(System::getenv);
  }

  /** Only the variables in {@code values}: what a test sets. */
  public static Environment of(Map<String, String> values) {
    return new Environment(values::get);
  }

  /** This environment under the flags given: a flag's value (keyed by its variable; null when not given) wins. */
  public Environment overriddenBy(Map<String, String> flags) {
    return new Environment(name -> flags.get(name) != null ? flags.get(name) : values.apply(name));
  }

  /** The value of {@code name}, trimmed; empty when it is unset or blank. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(values.apply(name)).map(String::trim).filter(value -> !value.isEmpty());
  }

  /** A whole number from {@code min} to {@code max}; {@code fallback} when unset. */
  public int number(String name, int min, int max, int fallback) {
    Optional<String> text = text(name);
    if (text.isEmpty()) return fallback;
    try {
      int value = Integer.parseInt(text.get());
      if (value >= min && value <= max) return value;
    } catch (NumberFormatException e) {
      // reported below, as every bad value is
    }
    throw new InvalidSettingException(name, "be a number from " + min + " to " + max, values.apply(name));
  }

  /** A duration such as {@code 250ms}, {@code 5s} or {@code 2m}, from {@code min} to {@code max}; or the fallback. */
  public Duration duration(String name, Duration min, Duration max, Duration fallback) {
    Optional<String> text = text(name);
    if (text.isEmpty()) return fallback;
    Matcher matcher = DURATION.matcher(text.get());
    Duration value = matcher.matches() ? duration(Long.parseLong(matcher.group(1)), matcher.group(2)) : null;
    if (value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0) return value;
    String expectation = "be a duration from " + format(min) + " to " + format(max)
        + ", in ms, s or m as in 250ms or 5s";
    throw new InvalidSettingException(name, expectation, values.apply(name));
  }

  /** A path; when unset, {@code inHome} resolved against the home directory. */
  public Path path(String name, String inHome) {
    return text(name).map(value -> parsedPath(name, value)).orElseGet(() -> home().resolve(inHome));
  }

  /** The home directory: {@code $HOME} when set, which Java's {@code user.home} ignores (under sudo, say). */
  public Path home() {
    Optional<String> home = text("HOME");
    return home.isPresent() ? parsedPath("HOME", home.get()) : Path.of(System.getProperty("user.home"));
  }

  private static Path parsedPath(String name, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new InvalidSettingException(name, "be a path", value.replace("\0", "\\0"));
    }
  }

  /** {@code duration} as a setting takes it: {@code 5s}, {@code 250ms}. */
  public static String format(Duration duration) {
    if (duration.toMillis() % 60_000 == 0 && duration.toMinutes() > 1) return duration.toMinutes() + "m";
    if (duration.toMillis() % 1000 == 0) return duration.toSeconds() + "s";
    return duration.toMillis() + "ms";
  }

  private static Duration duration(long amount, String unit) {
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
  }
}
