package dev.estodo.todo.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it cannot even parse (a bad request line, bad chunking, headers too
 * large), which never reaches {@link ErrorMapping}: plain text like every other error, not HTML.
 */
final class PlainErrorHandler extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String title = HttpStatus.getMessage(status);
    String text = reason == null || reason.equalsIgnoreCase(title) ? title : title + ": " + reason;
    fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
