package dev.estodo.todo.web;

/**
 * Which part of a list or history a request asks for: {@code ?offset=} rows skipped (default 0)
 * and at most {@code ?limit=} rows (1 to {@value #MAX_LIMIT}; without it, all of them, as the
 * original answered).
 */
record Page(long offset, long limit) {
  /** The largest page a client may ask for. */
  static final long MAX_LIMIT = 10_000;
  /** Every row, from the first. */
  static final Page ALL = new Page(0, Long.MAX_VALUE);

  /** The page the query parameters {@code limit} and {@code offset} (either may be absent) name; limit is checked first. */
  static Page of(QueryString parameters) {
    long limit = number("limit", parameters.value("limit").orElse(null), 1, MAX_LIMIT, Long.MAX_VALUE);
    return new Page(number("offset", parameters.value("offset").orElse(null), 0, Long.MAX_VALUE, 0), limit);
  }

  /** Whether this page starts at the first row. */
  boolean fromStart() {
    return offset == 0;
  }

  /** {@code value} of the parameter {@code name} as a number from min to max, {@code absent} when null; else 400 naming it. */
  static long number(String name, String value, long min, long max, long absent) {
    if (value == null) return absent;
    try {
      long number = Long.parseLong(value.trim());
      if (number >= min && number <= max) return number;
    } catch (NumberFormatException e) {
      // answered below, as every malformed parameter is
    }
    throw new BadRequestException(name + " is invalid");
  }
}
