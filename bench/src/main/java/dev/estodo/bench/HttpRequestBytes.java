package dev.estodo.bench;

import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 requests as the bytes {@link HttpConnection} writes: the request line, {@code Host},
 * any extra headers, and for a body its {@code Content-Type: application/json} and
 * {@code Content-Length}, built in one buffer sized up front.
 */
final class HttpRequestBytes {
  private HttpRequestBytes() {}

  /** {@code method target} to {@code host} with a JSON {@code body} (null for none) and {@code headers} ("Name: value"). */
  static byte[] of(String method, String target, String host, String body, String... headers) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(96 + target.length() + 32 * headers.length);
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    if (body != null) head.append("Content-Type: application/json\r\n");
    if (body != null || !method.equals("GET")) head.append("Content-Length: ").append(content.length).append("\r\n");
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = new byte[start.length + content.length];
    System.arraycopy(start, 0, request, 0, start.length);
    System.arraycopy(content, 0, request, start.length, content.length);
    return request;
  }
}
