package dev.estodo.todo.web;

import dev.estodo.eventsourcing.Checkpoint;

/**
 * The entity tag of a list's answer and the {@code If-None-Match} test of RFC 9110 (section 13.1.2):
 * {@code *} or a list of tags, compared weakly (a {@code W/} prefix on either side is ignored).
 */
final class EntityTags {
  private EntityTags() {}

  /** The tag of one page of a list whose projection stands at {@code checkpoint}: its answer is the same bytes until it moves. */
  static String of(Checkpoint checkpoint, Page page) {
    String limit = page.limit() == Long.MAX_VALUE ? "all" : Long.toString(page.limit());
    return "\"" + checkpoint.transactionId() + "-" + checkpoint.position() + "-" + page.offset() + "-" + limit + "\"";
  }

  /** Whether {@code ifNoneMatch} (null when absent) names {@code tag}; a malformed header names nothing. */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) return false;
    if (ifNoneMatch.strip().equals("*")) return true;
    String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
    int at = 0;
    while (at < ifNoneMatch.length()) {
      char c = ifNoneMatch.charAt(at);
      if (c == ' ' || c == '\t' || c == ',') {
        at++;
        continue;
      }
      if (ifNoneMatch.startsWith("W/", at)) at += 2;
      int end = at < ifNoneMatch.length() && ifNoneMatch.charAt(at) == '"' ? ifNoneMatch.indexOf('"', at + 1) : -1;
      if (end < 0) return false;
      if (ifNoneMatch.substring(at, end + 1).equals(opaque)) return true;
      at = end + 1;
    }
    return false;
  }
}
