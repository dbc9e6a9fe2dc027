package dev.estodo.todo.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.WebLimits;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request body as JSON, whatever the client sent. An empty body is {@code {}}; a body
 * that is not one JSON value in strict UTF-8 (malformed, nested too deeply, a number too long, a
 * key twice, text after the value) reads as a {@link MissingNode}, which the command reports as
 * {@code body is invalid} after checking its id, so the contract's order of messages holds.
 * Reading stops at {@link WebServer#MAX_BODY_BYTES}, with or without a Content-Length.
 */
final class JsonBody {
  private static final ObjectReader READER = Json.mapper().reader()
      .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonBody() {}

  static JsonNode read(Context ctx) {
    return parse(bytes(ctx));
  }

  /** {@code bytes}, as {@link #read} reads a body. */
  static JsonNode parse(byte[] bytes) {
    try {
      JsonNode body = READER.readTree(strictUtf8(bytes));
      return body.isMissingNode() ? Json.mapper().createObjectNode() : body;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** Jackson's own decoder takes overlong forms (C0 AF as "/"), so the text is decoded strictly first. */
  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** The body's bytes, at most {@link WebServer#MAX_BODY_BYTES} of them. */
  static byte[] bytes(Context ctx) {
    if (ctx.req().getContentLengthLong() > WebServer.MAX_BODY_BYTES) throw new PayloadTooLargeException();
    try (InputStream in = ctx.req().getInputStream()) {
      Integer rate = ctx.attribute(BodyRate.ATTRIBUTE);
      byte[] bytes = BodyRate.read(in, (int) WebServer.MAX_BODY_BYTES,
          rate == null ? WebLimits.DEFAULT_MIN_BODY_RATE : rate);
      if (bytes.length > WebServer.MAX_BODY_BYTES) throw new PayloadTooLargeException();
      return bytes;
    } catch (IOException e) {
      if (timedOut(e)) throw new RequestTimeoutException("the body did not arrive in time");
      throw new BadRequestException("body could not be read");
    }
  }

  /** Jetty fails a read that the idle timeout ends with a {@link TimeoutException} inside. */
  private static boolean timedOut(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof TimeoutException) return true;
    }
    return false;
  }
}
