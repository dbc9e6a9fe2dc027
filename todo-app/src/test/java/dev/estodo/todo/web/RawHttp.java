package dev.estodo.todo.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written by hand, for what the JDK's client will not send: a target that is not a valid
 * URI ({@code %u0041}), a {@code Host} of our choosing, a broken request line.
 */
final class RawHttp {
  /** An answer: its status, its headers (names in lower case) and its body. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /** Sends {@code method target} to {@code server} with {@code Host} and header lines ("Name: value"), then {@code body}. */
  static Response sendAs(String host, URI server, String method, String target, String body, String... headers) {
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n").append(body);
    return parse(exchange(server, request.toString()));
  }

  /** {@link #send} with the server's own address as {@code Host}. */
  static Response send(URI server, String method, String target, String body, String... headers) {
    return sendAs(server.getHost() + ":" + server.getPort(), server, method, target, body, headers);
  }

  /** Writes {@code request} as it is and reads the whole answer. */
  static String exchange(URI server, String request) {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response parse(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    String[] lines = answer.substring(0, end).split("\r\n");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, answer.substring(end + 4));
  }
}
