package dev.estodo.todo.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it cannot even parse (a bad request line, bad chunking, a target or
 * headers too large, an unknown HTTP version, a client too slow), which never reaches
 * {@link ErrorMapping}: the same body as every other error, plain text or problem details when the
 * Accept header read before the fault asks for them, and {@code nosniff} as on every answer.
 */
final class PlainErrorHandler extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String title = HttpStatus.getMessage(status);
    String detail = reason == null || reason.equalsIgnoreCase(title) ? null : reason;
    boolean problemJson = AcceptHeader.prefersProblemJson(LenientConnectionFactory.REFUSED_ACCEPT.get());
    ErrorBody body = ErrorBody.of(status, title, detail, problemJson);
    fields.put(HttpHeader.CONTENT_TYPE, body.contentType());
    fields.put("X-Content-Type-Options", "nosniff");
    return ByteBuffer.wrap(body.text().getBytes(StandardCharsets.UTF_8));
  }
}
