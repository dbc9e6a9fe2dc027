package dev.estodo.todo.projections;

import dev.estodo.todo.events.IsoDates;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Date texts drawn around and inside ISO-8601's shapes (months 0 to 13, hours 0 to 24, offsets up
 * to 17 hours, 1 to 10 fraction digits, either case of T and Z, the first and last years), with a
 * fixed seed, so that a good share pass the validator and the rest probe its edges.
 */
final class DateTexts {
  private static final int[] YEARS = {0, 1, 2, 999, 1000, 1969, 1970, 2017, 2038, 9998, 9999};
  private static final String[] EDGES = {"0001-01-01", "0001-01-01T00:00:00Z", "0001-01-01T15:59+15:59",
      "9999-12-31T23:59:59.999999999Z", "9999-12-31T08:00:00-15:59", "2016-02-29T12:00:00.5+05:30"};

  private DateTexts() {}

  /** The edges above and the first of {@code candidates} random texts that {@link IsoDates#isValid} accepts. */
  static List<String> acceptedByTheCommands(int candidates) {
    Random random = new Random(2000);
    Set<String> accepted = new LinkedHashSet<>(List.of(EDGES));
    for (int i = 0; i < candidates; i++) {
      String text = candidate(random);
      if (IsoDates.isValid(text)) accepted.add(text);
    }
    accepted.removeIf(text -> !IsoDates.isValid(text));
    return List.copyOf(accepted);
  }

  private static String candidate(Random random) {
    int year = random.nextBoolean() ? YEARS[random.nextInt(YEARS.length)] : random.nextInt(10_000);
    String date = String.format("%04d-%02d-%02d", year, random.nextInt(14), random.nextInt(33));
    if (random.nextInt(4) == 0) return date;
    return date + (random.nextBoolean() ? "T" : "t") + time(random) + offset(random);
  }

  private static String time(Random random) {
    String time = String.format("%02d:%02d", random.nextInt(25), random.nextInt(61));
    if (random.nextBoolean()) return time;
    time += String.format(":%02d", random.nextInt(61));
    return random.nextBoolean() ? time : time + "." + digits(random, 1 + random.nextInt(10));
  }

  private static String offset(Random random) {
    int pick = random.nextInt(6);
    if (pick == 0) return "";
    if (pick == 1) return random.nextBoolean() ? "Z" : "z";
    String offset = (random.nextBoolean() ? "+" : "-") + String.format("%02d", random.nextInt(18));
    if (pick == 2) return offset;
    offset += String.format(":%02d", random.nextInt(60));
    return pick == 3 ? offset + String.format(":%02d", random.nextInt(60)) : offset;
  }

  private static String digits(Random random, int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
