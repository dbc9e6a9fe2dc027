package dev.estodo.todo.web;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.todo.projections.ListsAt;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A request's {@code ?at=}: a position ({@code 0} and up) or an ISO-8601 date-time with an offset
 * or {@code Z} (years 1 to 9999). A {@code +} of the offset decoded as a space, as an unescaped
 * {@code +} in a query string is, is read as the {@code +} it was. Anything else is
 * {@code 400 at is invalid}.
 */
record AtParameter(Long position, Instant time) {
  private static final String INVALID = "at is invalid";

  /** The {@code at} of {@code parameters}, absent when not given. */
  static Optional<AtParameter> of(QueryString parameters) {
    return parameters.value("at").map(AtParameter::parse);
  }

  /** An {@code at} given with {@code after}: which moment would the answer be of? */
  static BadRequestException withAfter() {
    return new BadRequestException(INVALID + ": give at or after, not both");
  }

  private static AtParameter parse(String value) {
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) return new AtParameter(position(text), null);
    try {
      OffsetDateTime time = OffsetDateTime.parse(plusSign(text), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      if (time.getYear() >= 1 && time.getYear() <= 9999) return new AtParameter(null, time.toInstant());
    } catch (DateTimeParseException e) {
      // answered below, as every malformed parameter is
    }
    throw new BadRequestException(INVALID);
  }

  private static long position(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new BadRequestException(INVALID);
    }
  }

  private static String plusSign(String text) {
    int space = text.lastIndexOf(' ');
    return space > 0 && text.indexOf(' ') == space ? text.substring(0, space) + "+" + text.substring(space + 1) : text;
  }

  /**
   * The moment this names in the store: right after the event at the position (409 beyond the
   * store's last position), or after the last event created at or before the time.
   */
  Checkpoint resolve(ListsAt lists, StoreHead head) {
    if (time != null) return lists.atTime(time);
    long last = head.position();
    if (position > last) throw new PositionAheadException(position, last);
    return lists.afterPosition(position);
  }
}
