package dev.estodo.todo.web;

import dev.estodo.todo.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Generated bad requests for the hostile-input test: each must be refused with a 4xx and write nothing. */
final class HostileRequests {
  /** One request: method, path and raw body bytes. */
  record Hostile(String method, String path, byte[] body) {
    @Override
    public String toString() {
      String text = new String(body, StandardCharsets.UTF_8);
      return method + " " + path + " " + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
    }
  }

  private static final String[] COMMAND_PATHS = {"", "/complete", "/abandon", "/moveup"};
  private static final String[] SQL_AND_SCRIPT = {"'; DROP TABLE events; --", "\" OR 1=1 --", "<script>alert(1)</script>",
      "1; SELECT pg_sleep(10)", "${jndi:ldap://x}", "../../etc/passwd", "%00", "{{7*7}}"};
  private static final String[] BAD_DATES = {"2017-02-30", "Monday", "invalid", "2017-13-01", "17-07-13",
      "2017-07-13 10:30", "+2017-07-13", "0000-01-01", "10000-01-01", "2017-07-13T25:00", "2017-07-13T10:30:00+25:00",
      "2017-07-13T10:30:00+17:00", "2017-07-13T10:30:00[Europe/Paris]", "", " 2017-07-13", "2017-07-13\\n", "2017-7-13",
      "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-02:00"};

  private final Random random = new Random(20170713);
  private final List<Hostile> requests = new ArrayList<>();

  static List<Hostile> generate() {
    HostileRequests generator = new HostileRequests();
    generator.randomBytes(25);
    generator.deepNesting();
    generator.hugeNumbers();
    generator.controlCharacters();
    generator.sqlAndScript();
    generator.invalidUtf8();
    generator.badDates();
    generator.badIds();
    generator.randomMethods();
    generator.badPages();
    return generator.requests;
  }

  private void randomBytes(int count) {
    for (int i = 0; i < count; i++) {
      byte[] body = new byte[1 + random.nextInt(2000)];
      random.nextBytes(body);
      add("POST", command(), body);
    }
  }

  // every value is a bad limit; all but 0 and 10001 are bad offsets too
  private void badPages() {
    for (String value : new String[] {"-1", "0", "10001", "1e3", "0x10", "9".repeat(40), "1; DROP TABLE events", "%00", " "}) {
      for (String path : new String[] {"/todos/outstanding", "/todos/completed", "/todo/" + UUID.randomUUID() + "/events"}) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        add("GET", path + "?limit=" + encoded, "");
        if (!value.equals("0") && !value.equals("10001")) add("GET", path + "?offset=" + encoded, "");
      }
    }
  }

  private void deepNesting() {
    for (int depth : new int[] {1001, 5000, 30_000}) {
      add("POST", "/todo/" + UUID.randomUUID(), "{\"title\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
      add("PUT", "/todo/" + UUID.randomUUID(), "{\"title\": \"x\", \"deep\": " + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth + 1));
    }
  }

  private void hugeNumbers() {
    for (String number : new String[] {"9".repeat(2000), "1e999999999", "-1e-999999999", "NaN", "Infinity", "-0", "0x10", "01"}) {
      add("POST", "/todo/" + UUID.randomUUID(), "{\"title\": " + number + "}");
      add("POST", "/todo/" + UUID.randomUUID() + "/complete", "{\"completed_on\": " + number + "}");
    }
  }

  private void controlCharacters() {
    for (char c = 0; c < 0x20; c += 3) {
      add("POST", "/todo/" + UUID.randomUUID(), "{\"title\": \"2000" + c + "squats\"}");
    }
    add("PUT", "/todo/" + UUID.randomUUID(), "{\"description\": \"Leg\\u0000day\"}");
  }

  private void sqlAndScript() {
    for (String fragment : SQL_AND_SCRIPT) {
      String quoted = quoted(fragment);
      add("POST", "/todo/" + UUID.randomUUID(), "{\"title\": \"2000 squats\", \"due_date\": " + quoted + "}");
      add("PUT", "/todo/" + UUID.randomUUID(), "{\"stakeholder_email\": " + quoted(fragment + " @example.com") + "}");
      add("POST", "/todo/" + UUID.randomUUID(), "{\"title\": " + quoted(fragment.repeat(200)) + "}");
      add("POST", "/todo/" + URLEncoder.encode(fragment, StandardCharsets.UTF_8), "{\"title\": " + quoted + "}");
    }
  }

  private void invalidUtf8() {
    byte[][] sequences = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}};
    for (byte[] sequence : sequences) {
      byte[] start = "{\"title\": \"2000 ".getBytes(StandardCharsets.UTF_8);
      byte[] end = " squats\"}".getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[start.length + sequence.length + end.length];
      System.arraycopy(start, 0, body, 0, start.length);
      System.arraycopy(sequence, 0, body, start.length, sequence.length);
      System.arraycopy(end, 0, body, start.length + sequence.length, end.length);
      add("POST", "/todo/" + UUID.randomUUID(), body);
    }
  }

  private void badDates() {
    for (String date : BAD_DATES) {
      add("POST", "/todo/" + UUID.randomUUID(), "{\"title\": \"2000 squats\", \"due_date\": \"" + date + "\"}");
      add("POST", "/todo/" + UUID.randomUUID() + "/abandon", "{\"abandoned_on\": \"" + date + "\"}");
    }
  }

  private void badIds() {
    for (String id : new String[] {"not-a-uuid", "1-2-3-4-5", "%7B" + UUID.randomUUID() + "%7D", UUID.randomUUID() + "0",
        "%00", "%FF%FE", "%20", "00000000-0000-0000-0000-00000000000g"}) {
      add("POST", "/todo/" + id + COMMAND_PATHS[random.nextInt(COMMAND_PATHS.length)], "{\"title\": \"2000 squats\"}");
    }
  }

  private void randomMethods() {
    for (String method : new String[] {"GET", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO", "PROPFIND", "BREW"}) {
      add(method, "/todo/" + UUID.randomUUID() + "/complete", "{\"completed_on\": \"2017-07-13\"}");
      add(method.equals("GET") ? "PATCH" : method, "/todo/" + UUID.randomUUID(), "{\"title\": \"2000 squats\"}");
    }
  }

  private static String quoted(String text) {
    return Json.mapper().getNodeFactory().textNode(text).toString();
  }

  private String command() {
    return "/todo/" + UUID.randomUUID() + COMMAND_PATHS[random.nextInt(COMMAND_PATHS.length)];
  }

  private void add(String method, String path, String body) {
    add(method, path, body.getBytes(StandardCharsets.UTF_8));
  }

  private void add(String method, String path, byte[] body) {
    requests.add(new Hostile(method, path, body));
  }
}
