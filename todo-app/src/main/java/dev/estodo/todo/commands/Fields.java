package dev.estodo.todo.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.events.EmailAddresses;
import dev.estodo.todo.events.IsoDates;
import java.util.Optional;

/** A request body's fields, read with the contract's messages: {@code <field> is invalid}. */
final class Fields {
  static final int TITLE_LENGTH = 500;
  static final int DESCRIPTION_LENGTH = 10_000;
  private static final int EMAIL_LENGTH = 254;
  private static final int DATE_LENGTH = 64;

  /** Reads one field, already known to be given and not null. */
  interface Reader {
    String read(String name);
  }

  private final JsonNode body;

  private Fields(JsonNode body) {
    this.body = body;
  }

  /** The fields of {@code body}, which must be a JSON object; anything else is {@code body is invalid}. */
  static Fields of(JsonNode body) {
    if (body == null || !body.isObject()) throw new InvalidCommandException("body is invalid");
    return new Fields(body);
  }

  boolean isGiven(String name) {
    return body.has(name);
  }

  /** Not given, or JSON null. */
  boolean isAbsent(String name) {
    return !body.hasNonNull(name);
  }

  /** Absent, or a text of nothing but white space. */
  boolean isBlank(String name) {
    JsonNode value = body.get(name);
    return isAbsent(name) || value.isTextual() && value.textValue().codePoints().allMatch(Fields::isSpace);
  }

  /** A field that may be left out: null when absent, else what {@code reader} reads. */
  String optional(String name, Reader reader) {
    return isAbsent(name) ? null : reader.read(name);
  }

  /** A field an amendment may change: null when not given, empty when JSON null (cleared), else its value. */
  Optional<String> change(String name, Reader reader) {
    if (!isGiven(name)) return null;
    return isAbsent(name) ? Optional.empty() : Optional.of(reader.read(name));
  }

  String title(String name) {
    return text(name, TITLE_LENGTH);
  }

  String description(String name) {
    return text(name, DESCRIPTION_LENGTH);
  }

  String date(String name) {
    String text = text(name, DATE_LENGTH);
    if (!IsoDates.isValid(text)) throw invalid(name);
    return text;
  }

  /** Empty (no stakeholder), or an address the notifier can deliver to ({@link EmailAddresses}). */
  String email(String name) {
    String text = text(name, EMAIL_LENGTH);
    if (!text.isEmpty() && !EmailAddresses.isDeliverable(text)) throw invalid(name);
    return text;
  }

  /** A JSON string of at most {@code maxLength} characters that PostgreSQL can store as it is. */
  private String text(String name, int maxLength) {
    JsonNode value = body.get(name);
    if (value == null || !value.isTextual()) throw invalid(name);
    String text = value.textValue();
    if (text.codePointCount(0, text.length()) > maxLength || !isStorable(text)) throw invalid(name);
    return text;
  }

  /**
   * PostgreSQL's jsonb refuses U+0000, and a lone surrogate (which {@code codePoints()} yields
   * as itself, unlike a pair) would silently become "?" on the way in.
   */
  private static boolean isStorable(String text) {
    return text.codePoints().noneMatch(c -> c == 0 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  private static InvalidCommandException invalid(String name) {
    return new InvalidCommandException(name + " is invalid");
  }
}
