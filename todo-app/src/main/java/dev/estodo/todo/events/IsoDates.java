package dev.estodo.todo.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Dates as todos carry them: ISO-8601 text, {@code 2017-07-13}, or a date-time such as {@code
 * 2017-07-13T10:30:00}, optionally with an offset or {@code Z}. Commands accept what {@link
 * #isValid} does, events store the text as given, and projections take the instant {@link #parse}
 * reads from it: one parser for both, so a date a command accepted can never jam a projection.
 * Only dates that PostgreSQL also takes pass: years 1 to 9999 (before and after conversion to UTC)
 * and offsets under 16 hours.
 */
public final class IsoDates {
  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([Tt].+)?");
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);
  private static final int MAX_OFFSET_SECONDS = 16 * 3600;

  private IsoDates() {}

  /** Whether {@code text} is such a date. */
  public static boolean isValid(String text) {
    return utcOrNull(text) != null;
  }

  /**
   * The instant {@code text} names, in UTC, to the microsecond (PostgreSQL's precision; finer
   * digits are dropped). A date is its midnight; a date or date-time without an offset is taken
   * as UTC, as the original's database did.
   *
   * @throws IllegalArgumentException if {@code text} is not {@linkplain #isValid valid}
   */
  public static OffsetDateTime parse(String text) {
    OffsetDateTime utc = utcOrNull(text);
    if (utc == null) throw new IllegalArgumentException("date \"" + text + "\" is not ISO-8601");
    return utc;
  }

  private static OffsetDateTime utcOrNull(String text) {
    if (!SHAPE.matcher(text).matches()) return null;
    if (text.length() == 10) return dateOnlyOrNull(text);
    try {
      TemporalAccessor parsed = DATE_TIME.parse(text);
      LocalDateTime local = LocalDateTime.from(parsed);
      ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
      OffsetDateTime utc = local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
      boolean valid = Math.abs(offset.getTotalSeconds()) < MAX_OFFSET_SECONDS
          && inRange(local.getYear()) && inRange(utc.getYear());
      return valid ? utc : null;
    } catch (DateTimeException notIso) {
      return null;
    }
  }

  /**
   * A date alone, {@code yyyy-mm-dd} (its shape already checked), as its midnight in UTC: read
   * digit by digit, since the formatter's resolving took a tenth of a server's CPU under load (a
   * date is checked by every command that gives one and parsed by every projection). {@link
   * LocalDate#of} refuses what the strict formatter refuses (a 30 February, a month 13), and the
   * years allowed are the same, so the answer is the formatter's ({@code IsoDatesTest} compares
   * them over every day of several years and the invalid ones around them).
   */
  private static OffsetDateTime dateOnlyOrNull(String text) {
    int year = digits(text, 0, 4);
    if (!inRange(year)) return null;
    try {
      return LocalDate.of(year, digits(text, 5, 7), digits(text, 8, 10)).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeException notADay) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static boolean inRange(int year) {
    return year >= 1 && year <= 9999;
  }
}
