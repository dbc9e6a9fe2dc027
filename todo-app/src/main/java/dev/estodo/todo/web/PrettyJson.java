package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.estodo.todo.Json;
import java.io.IOException;
import java.io.OutputStream;

/** Query answers laid out as the original's {@code JSON.pretty_generate}: two spaces, {@code "key": value}. */
final class PrettyJson {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER = Json.mapper().writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(INDENTER)
      .withArrayIndenter(INDENTER));

  private PrettyJson() {}

  static String write(Object value) throws JsonProcessingException {
    return WRITER.writeValueAsString(value);
  }

  /**
   * A generator that lays values out as {@link #write} does, writing to {@code out} as its buffer
   * fills (not flushing {@code out} after each value) and leaving {@code out} open when closed.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    return WRITER.createGenerator(out)
        .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }
}
