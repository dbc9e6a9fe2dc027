package dev.estodo.todo.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {
  @ParameterizedTest
  @ValueSource(strings = {"2017-07-13", "2016-02-29", "2017-07-13T10:30", "2017-07-13T10:30:00", "2017-07-13T10:30:00.123",
      "2017-07-13T10:30:00Z", "2017-07-13T10:30:00+10:00", "2017-07-13T10:30:00-03:30", "0001-01-01", "9999-12-31T23:59:59Z"})
  void iso_8601_dates_and_date_times_are_valid(String text) {
    assertThat(IsoDates.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid", "Monday", "2017-02-30", "2017-02-29", "2017-13-01", "2017-7-13", "17-07-13",
      "13/07/2017", "2017-07-13 10:30:00", "2017-07-13T24:00:00", "2017-07-13T10:30:00+25:00", "2017-07-13T10:30:00+16:00",
      "2017-07-13T10:30:00[Europe/Paris]", "+12017-07-13", "0000-01-01", "0001-01-01T00:30:00+01:00",
      "9999-12-31T23:30:00-01:00", "", " 2017-07-13", "2017-07-13\n", "２０１７-07-13", "20170713"})
  void anything_else_is_invalid(String text) {
    assertThat(IsoDates.isValid(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "2017-06-13, 2017-06-13T00:00Z",
      "2017-07-13T10:30, 2017-07-13T10:30Z",
      "2017-07-13T10:30:00+10:00, 2017-07-13T00:30Z",
      "2017-07-13T23:59:59-03:30, 2017-07-14T03:29:59Z",
      "2017-07-13t10:30:00z, 2017-07-13T10:30Z",
      "0001-01-01T01:00:00+01:00, 0001-01-01T00:00Z",
      "9999-12-31T23:59:59.999999999Z, 9999-12-31T23:59:59.999999Z"})
  void a_valid_text_is_read_as_its_instant_in_utc_to_the_microsecond(String text, String utc) {
    assertThat(IsoDates.parse(text)).isEqualTo(OffsetDateTime.parse(utc));
  }

  @Test
  void reading_a_text_that_is_not_valid_names_it() {
    assertThatThrownBy(() -> IsoDates.parse("Monday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date \"Monday\" is not ISO-8601");
  }

  @Test
  void a_date_alone_reads_as_the_strict_iso_formatter_reads_it() {
    for (String year : new String[] {"0000", "0001", "0004", "1900", "2000", "2016", "2017", "2100", "9999"}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%s-%02d-%02d", year, month, day);
          assertThat(IsoDates.isValid(text) ? IsoDates.parse(text) : null).as(text).isEqualTo(formatterReading(text));
        }
      }
    }
  }

  /** What {@code ISO_LOCAL_DATE} (strict) reads, as midnight UTC, within the years 1 to 9999; else null. */
  private static OffsetDateTime formatterReading(String text) {
    try {
      LocalDate date = LocalDate.from(DateTimeFormatter.ISO_LOCAL_DATE.parse(text));
      boolean inRange = date.getYear() >= 1 && date.getYear() <= 9999;
      return inRange ? date.atStartOfDay().atOffset(ZoneOffset.UTC) : null;
    } catch (DateTimeException notADay) {
      return null;
    }
  }
}
