package dev.estodo.todo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hostile requests the JDK's client cannot send, for the hostile-input test: targets that are not
 * valid URIs, other sites' origins, other host names, method overrides, odd Accept headers. Each
 * must be refused with a 4xx and write nothing.
 */
final class HostileRawRequests {
  /** One request: method, target, Host (null: the server's own), header lines and body. */
  record Raw(String method, String target, String host, List<String> headers, String body) {
    @Override
    public String toString() {
      return method + " " + target + " Host: " + host + " " + headers;
    }
  }

  private static final String ADD = "{\"title\": \"Get to the chopper\", \"stakeholder_email\": \"dillon@example.com\"}";
  private static final String[] COMMANDS = {"", "/complete", "/abandon", "/moveup"};
  private static final String[] STRAY_ESCAPES = {"%u0041", "%zz", "%", "%%", "%u", "%0", "%ZZ%u00"};

  private final List<Raw> requests = new ArrayList<>();

  static List<Raw> generate() {
    HostileRawRequests generator = new HostileRawRequests();
    generator.strayEscapes();
    generator.otherOrigins();
    generator.otherHosts();
    generator.methodOverrides();
    generator.oddAccepts();
    return generator.requests;
  }

  private void strayEscapes() {
    for (String escape : STRAY_ESCAPES) {
      for (String command : COMMANDS) {
        add("POST", "/todo/" + escape + command, null, ADD);
      }
      add("PUT", "/todo/" + escape, null, ADD);
      add("GET", "/todo/" + escape + "/events", null, "");
      add("HEAD", "/todo/" + escape + "/events", null, "");
      add("GET", "/assets/" + escape + "app.js", null, "");
      add("GET", "/todos/outstanding?after=1" + escape, null, "");
    }
  }

  private void otherOrigins() {
    for (String origin : new String[] {"http://evil.example", "null", "", "http://[", "http://127.0.0.1:99999", "file://",
        "http://127.0.0.1:1", "javascript:alert(1)", "http://127.0.0.1@evil.example"}) {
      for (String command : COMMANDS) {
        add("POST", "/todo/" + UUID.randomUUID() + command, null, ADD, "Origin: " + origin);
      }
    }
    for (String site : new String[] {"cross-site", "same-site", "CROSS-SITE"}) {
      add("POST", "/todo/" + UUID.randomUUID(), null, ADD, "Sec-Fetch-Site: " + site);
      add("PUT", "/todo/" + UUID.randomUUID(), null, ADD, "Sec-Fetch-Site: " + site);
    }
    add("POST", "/todo/" + UUID.randomUUID(), null, ADD, "Origin: https://evil.example", "X-Forwarded-Proto: ,");
  }

  private void otherHosts() {
    for (String host : new String[] {"evil.example", "evil.example:3000", "localhost.evil.example", "127.0.0.1.nip.io",
        "10.0.0.5", "[::2]", "", "127.0.0.1:abc"}) {
      add("POST", "/todo/" + UUID.randomUUID(), host, ADD);
      add("GET", "/todos/outstanding", host, "");
    }
  }

  private void methodOverrides() {
    for (String header : new String[] {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"}) {
      for (String method : new String[] {"GET", "HEAD"}) {
        add(method, "/todo/" + UUID.randomUUID(), null, ADD, header + ": POST");
        add(method, "/todo/" + UUID.randomUUID(), null, ADD, header + ": PUT");
      }
    }
    add("GET", "/todo/" + UUID.randomUUID() + "?_method=POST", null, ADD);
  }

  private void oddAccepts() {
    for (String accept : new String[] {";;;,,,q=1", ",", ";", "application/problem+json;q=", "*/*;q=-1", "\u00e9/\u00e9"}) {
      add("POST", "/todo/not-a-uuid", null, ADD, "Accept: " + accept);
    }
  }

  private void add(String method, String target, String host, String body, String... headers) {
    requests.add(new Raw(method, target, host, List.of(headers), body));
  }
}
