package dev.estodo.todo.commands;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Which texts are ISO-8601 dates: {@code 2017-07-13}, or a date-time such as {@code
 * 2017-07-13T10:30:00}, optionally with an offset or {@code Z}. Only dates that PostgreSQL also
 * takes pass: years 1 to 9999 (before and after conversion to UTC) and offsets under 16 hours, so
 * a date accepted here can never jam a projection later.
 */
final class IsoDates {
  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([Tt].+)?");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);
  private static final int MAX_OFFSET_SECONDS = 16 * 3600;

  private IsoDates() {}

  static boolean isValid(String text) {
    if (!SHAPE.matcher(text).matches()) return false;
    try {
      if (text.length() == 10) return inRange(DATE.parse(text, LocalDate::from).atStartOfDay());
      TemporalAccessor parsed = DATE_TIME.parse(text);
      LocalDateTime local = LocalDateTime.from(parsed);
      if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) return inRange(local);
      ZoneOffset offset = ZoneOffset.from(parsed);
      return Math.abs(offset.getTotalSeconds()) < MAX_OFFSET_SECONDS
          && inRange(local) && inRange(local.minusSeconds(offset.getTotalSeconds()));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean inRange(LocalDateTime dateTime) {
    return dateTime.getYear() >= 1 && dateTime.getYear() <= 9999;
  }
}
