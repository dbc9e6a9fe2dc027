package dev.estodo.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One persistent HTTP/1.1 connection over a blocking socket, for one thread at a time: it writes a
 * request's bytes, reads the answer's status line and headers and its body (by {@code
 * Content-Length}, chunked, or to the end when the server closes), and keeps the connection for
 * the next request unless the server said {@code Connection: close}. Anything else (another
 * protocol version, a transfer coding other than chunked, an answer of unknown length, a
 * connection closed mid-answer) fails with an {@link IOException} that says so and closes the
 * connection: the generator counts it as an error, never as an answer. A connection left idle for
 * {@link #IDLE_LIMIT_NANOS} is reopened before it is used: the server closes one idle for its idle
 * timeout (10 s by default), and a request written into a connection it is closing would fail.
 */
final class HttpConnection implements AutoCloseable {
  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  private static final int READ_TIMEOUT_MILLIS = 30_000;
  private static final int MAX_LINE = 8192;
  /** Half the server's default idle timeout, so the generator never races the server's close. */
  static final long IDLE_LIMIT_NANOS = 5_000_000_000L;

  private final String host;
  private final int port;
  private final long idleLimitNanos;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private long answers;
  private int sockets;
  private long lastUsed;

  HttpConnection(String host, int port) {
    this(host, port, IDLE_LIMIT_NANOS);
  }

  /** A connection reopened before a request that comes {@code idleLimitNanos} or more after the last answer. */
  HttpConnection(String host, int port, long idleLimitNanos) {
    this.host = host;
    this.port = port;
    this.idleLimitNanos = idleLimitNanos;
  }

  /** Sends {@code request} (a whole HTTP/1.1 request, as {@link HttpRequestBytes} builds it) and reads its answer. */
  HttpAnswer exchange(byte[] request) throws IOException {
    try {
      if (socket != null && System.nanoTime() - lastUsed >= idleLimitNanos) close();
      if (socket == null) connect();
      out.write(request);
      out.flush();
      HttpAnswer answer = read();
      answers++;
      lastUsed = System.nanoTime();
      if (answer.closes()) close();
      return answer;
    } catch (IOException | RuntimeException e) {
      close();
      throw e instanceof IOException io ? io : new IOException(e.toString(), e);
    }
  }

  /** How many answers this connection has read, over however many sockets it needed. */
  long answers() {
    return answers;
  }

  /** How many sockets this connection has opened: one while the server keeps it alive. */
  int sockets() {
    return sockets;
  }

  private void connect() throws IOException {
    Socket opened = new Socket();
    try {
      opened.setTcpNoDelay(true);
      opened.setSoTimeout(READ_TIMEOUT_MILLIS);
      opened.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      in = new BufferedInputStream(opened.getInputStream(), 16 * 1024);
      out = new BufferedOutputStream(opened.getOutputStream(), 4 * 1024);
      socket = opened;
      sockets++;
    } catch (IOException e) {
      opened.close();
      throw e;
    }
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
          ? "the server closed the connection before answering (after " + answers + " answers on it)"
          : "the server closed the connection mid-line: " + line);
      if (line.length() == MAX_LINE) throw new IOException("a line longer than " + MAX_LINE + " bytes");
      line.append((char) b);
    }
    int end = line.length();
    if (end == 0 || line.charAt(end - 1) != '\r') throw new IOException("a line not ended by CRLF: " + line);
    return line.substring(0, end - 1);
  }

  /** Closes the socket; the next exchange opens a new one. */
  @Override
  public void close() {
    if (socket == null) return;
    try {
      socket.close();
    } catch (IOException e) {
      // closing is all that is left to do with it
    } finally {
      socket = null;
    }
  }
}
