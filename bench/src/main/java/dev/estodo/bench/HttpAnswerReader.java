package dev.estodo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 answer from a connection's stream, just far enough to frame it: the status
 * line, the headers, and the body by {@code Content-Length}, chunked, or to the end when the
 * server closes. Anything else (another protocol version, an informational answer, a transfer
 * coding other than chunked, an answer of unknown length on a kept connection, a connection
 * closed mid-answer, a line not ended by CRLF) fails with an {@link IOException} that says what it read.
 */
final class HttpAnswerReader {
  private static final int MAX_LINE = 8192;

  private final InputStream in;
  private final long answersBefore;

  private HttpAnswerReader(InputStream in, long answersBefore) {
    this.in = in;
    this.answersBefore = answersBefore;
  }

  /** The next answer on {@code in}, a connection that has carried {@code answersBefore} answers before it. */
  static HttpAnswer read(InputStream in, long answersBefore) throws IOException {
    return new HttpAnswerReader(in, answersBefore).read();
  }

  private HttpAnswer read() throws IOException {
    String statusLine = line(true);
    if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    if (status < 200) throw new IOException("an informational answer the generator never asks for: " + statusLine);
    Map<String, String> headers = headers();
    boolean closes = "close".equalsIgnoreCase(headers.get("connection"));
    return new HttpAnswer(status, headers, body(status, headers, closes), closes);
  }

  private Map<String, String> headers() throws IOException {
    Map<String, String> headers = new HashMap<>();
    for (String line = line(false); !line.isEmpty(); line = line(false)) {
      int colon = line.indexOf(':');
      if (colon <= 0) throw new IOException("not a header line: " + line);
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (headers.putIfAbsent(name, value) != null && (name.equals("content-length")
          || name.equals("transfer-encoding"))) {
        throw new IOException("two " + name + " headers");
      }
    }
    return headers;
  }

  private byte[] body(int status, Map<String, String> headers, boolean closes) throws IOException {
    String coding = headers.get("transfer-encoding");
    String length = headers.get("content-length");
    if (coding != null) {
      if (!coding.equalsIgnoreCase("chunked")) throw new IOException("a transfer coding the generator does not read: "
          + coding);
      return chunked();
    }
    if (length != null) return exactly(Integer.parseInt(length));
    if (status == 204 || status == 304) return new byte[0];
    if (closes) return in.readAllBytes();
    throw new IOException("an answer " + status + " with neither Content-Length nor chunked encoding on a kept connection");
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = chunkSize(); size > 0; size = chunkSize()) {
      body.write(exactly(size));
      if (!line(false).isEmpty()) throw new IOException("a chunk not followed by CRLF");
    }
    while (!line(false).isEmpty()) {
      // trailer fields: the generator reads past them
    }
    return body.toByteArray();
  }

  private int chunkSize() throws IOException {
    String line = line(false);
    int extension = line.indexOf(';');
    String hex = (extension < 0 ? line : line.substring(0, extension)).trim();
    try {
      return Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      throw new IOException("not a chunk size: " + line);
    }
  }

  private byte[] exactly(int size) throws IOException {
    byte[] bytes = in.readNBytes(size);
    if (bytes.length < size) throw new IOException("the server closed the connection " + bytes.length + " bytes into a "
        + size + "-byte body");
    return bytes;
  }

  /** One line without its CRLF; {@code first} says the end of the stream here means the server closed an idle connection. */
  private String line(boolean first) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) throw new IOException(first && line.length() == 0
          ? "the server closed the connection before answering (after " + answersBefore + " answers on it)"
          : "the server closed the connection mid-line: " + line);
      if (line.length() == MAX_LINE) throw new IOException("a line longer than " + MAX_LINE + " bytes");
      line.append((char) b);
    }
    int end = line.length();
    if (end == 0 || line.charAt(end - 1) != '\r') throw new IOException("a line not ended by CRLF: " + line);
    return line.substring(0, end - 1);
  }
}
