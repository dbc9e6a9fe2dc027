package dev.estodo.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * One persistent HTTP/1.1 connection over a blocking socket, for one thread at a time: it writes a
 * request's bytes, reads the answer ({@link HttpAnswerReader}), and keeps the connection for the
 * next request unless the server said {@code Connection: close}. An answer it cannot read fails
 * with an {@link IOException} that says why and closes the connection: the generator counts it as
 * an error, never as an answer. A connection left idle for {@link #IDLE_LIMIT_NANOS} is reopened
 * before it is used: the server closes one idle for its idle timeout (10 s by default), and a
 * request written into a connection it is closing would fail.
 */
final class HttpConnection implements AutoCloseable {
  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  private static final int READ_TIMEOUT_MILLIS = 30_000;
  /** Half the server's default idle timeout, so the generator never races the server's close. */
  static final long IDLE_LIMIT_NANOS = 5_000_000_000L;

  private final String host;
  private final int port;
  private final long idleLimitNanos;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private long answers;
  private long answersOnSocket;
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
      HttpAnswer answer = HttpAnswerReader.read(in, answersOnSocket);
      answers++;
      answersOnSocket++;
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
      answersOnSocket = 0;
    } catch (IOException e) {
      opened.close();
      throw e;
    }
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
