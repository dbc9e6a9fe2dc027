package dev.estodo.todo.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's examples, read from its text: the curl transcript's exchanges and the JSON it shows elsewhere. */
final class ReadmeExamples {
  /** One curl request as the README shows it, and the answer shown under it (status 200 where curl hides it). */
  record Exchange(String command, String method, String target, String body, Map<String, String> requestHeaders,
      int status, Map<String, String> responseHeaders, String responseBody) {}

  private static final Pattern TOKEN = Pattern.compile("'([^']*)'|(\\S+)");
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) .*");

  private final String text;

  private ReadmeExamples(String text) {
    this.text = text;
  }

  static ReadmeExamples read() {
    try {
      return new ReadmeExamples(Files.readString(Path.of("..", "README.md").toAbsolutePath().normalize()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first fenced block after the heading {@code heading}, without its fences. */
  String firstBlockAfter(String heading) {
    int section = text.indexOf("\n" + heading + "\n");
    if (section < 0) throw new IllegalStateException("the README has no heading " + heading);
    int open = text.indexOf("```", section);
    int start = text.indexOf('\n', open) + 1;
    return text.substring(start, text.indexOf("```", start));
  }

  /** Every fenced block's text that follows a line ending in {@code lead}. */
  List<String> blocksAfterLinesEndingIn(String lead) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = Pattern.compile(Pattern.quote(lead) + "\\s*\\n\\s*```\\n(.*?)\\n\\s*```", Pattern.DOTALL).matcher(text);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  /** For every match of {@code pattern} in the whole README, its groups 1 and 2. */
  List<String[]> matches(Pattern pattern) {
    List<String[]> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(new String[] {matcher.group(1), matcher.group(2)});
    }
    return found;
  }

  /** The curl exchanges of the transcript {@code block}: each {@code $ curl} line with the output under it. */
  static List<Exchange> curlExchanges(String block) {
    List<Exchange> exchanges = new ArrayList<>();
    String[] parts = ("\n" + block).split("\n\\$ ");
    for (int i = 1; i < parts.length; i++) {
      int end = parts[i].indexOf('\n');
      exchanges.add(exchange(parts[i].substring(0, end < 0 ? parts[i].length() : end),
          end < 0 ? "" : parts[i].substring(end + 1)));
    }
    return exchanges;
  }

  private static Exchange exchange(String command, String output) {
    List<String> words = words(command);
    String method = null;
    String target = null;
    String body = null;
    boolean showsHeaders = false;
    Map<String, String> requestHeaders = new LinkedHashMap<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-X" -> method = words.get(++i);
        case "-d" -> body = words.get(++i);
        case "-H" -> {
          String[] header = words.get(++i).split(":\\s*", 2);
          requestHeaders.put(header[0], header[1]);
        }
        default -> {
          if (word.startsWith("-")) showsHeaders |= word.contains("i");
          else target = word.substring(word.indexOf('/'));
        }
      }
    }
    if (method == null) method = body == null ? "GET" : "POST";
    return showsHeaders ? withHeaders(command, method, target, body, requestHeaders, output)
        : new Exchange(command, method, target, body, requestHeaders, 200, Map.of(), output.strip());
  }

  private static Exchange withHeaders(String command, String method, String target, String body,
      Map<String, String> requestHeaders, String output) {
    String[] lines = output.split("\n", -1);
    Matcher status = STATUS_LINE.matcher(lines[0]);
    if (!status.matches()) throw new IllegalStateException("no status line under: " + command);
    Map<String, String> headers = new LinkedHashMap<>();
    int line = 1;
    for (; line < lines.length && !lines[line].isBlank(); line++) {
      String[] header = lines[line].split(":\\s*", 2);
      headers.put(header[0], header[1]);
    }
    String responseBody = String.join("\n", List.of(lines).subList(Math.min(line, lines.length), lines.length)).strip();
    return new Exchange(command, method, target, body, requestHeaders, Integer.parseInt(status.group(1)), headers,
        responseBody);
  }

  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(command);
    while (matcher.find()) {
      words.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return words;
  }
}
