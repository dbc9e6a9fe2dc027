package dev.estodo.todo.web;

import dev.estodo.todo.Json;

/** An error's body, as the routes and Jetty's own refusals both write it: plain text or RFC 9457 problem details. */
record ErrorBody(String contentType, String text) {
  /** The body for {@code status} titled {@code title}; {@code detail} (may be null) follows the title. */
  static ErrorBody of(int status, String title, String detail, boolean problemJson) {
    if (!problemJson) {
      return new ErrorBody("text/plain; charset=utf-8", detail == null ? title : title + ": " + detail);
    }
    String problem = Json.mapper().createObjectNode()
        .put("type", "about:blank").put("title", title).put("status", status)
        .put("detail", detail == null ? title : detail).toString();
    return new ErrorBody(AcceptHeader.PROBLEM_JSON, problem);
  }
}
