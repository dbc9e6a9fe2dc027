package dev.estodo.todo.projections;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Dates as events store them (the ISO-8601 text the command validated) and as queries show them
 * (the original's rendering, "2017-06-13 00:00:00 UTC"). A date or a date-time without an offset
 * is taken as UTC, as the original's database did.
 */
final class TodoDates {
  private static final DateTimeFormatter RENDERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  private TodoDates() {}

  /** The instant {@code text} names, or null for null; a text that is not ISO-8601 is a bug upstream. */
  static OffsetDateTime parse(String text) {
    if (text == null) return null;
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.trim(), OffsetDateTime::from,
          LocalDateTime::from);
      if (parsed instanceof OffsetDateTime dateTime) return dateTime.withOffsetSameInstant(ZoneOffset.UTC);
      return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException notDateTime) {
      return parseDate(text);
    }
  }

  private static OffsetDateTime parseDate(String text) {
    try {
      return LocalDate.parse(text.trim()).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date \"" + text + "\" is not ISO-8601", e);
    }
  }

  /** {@code dateTime} as the original showed it, or null for null. */
  static String render(OffsetDateTime dateTime) {
    return dateTime == null ? null : dateTime.withOffsetSameInstant(ZoneOffset.UTC).format(RENDERED);
  }
}
