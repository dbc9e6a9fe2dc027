package dev.estodo.todo.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * The method a request names is the one the routes see. HEAD runs as GET, so it answers exactly
 * what GET would (status, headers, checks, waits) and Jetty, which knows the request was a HEAD,
 * sends no body; Javalin alone would answer 200 to a HEAD of any GET route without running it.
 * The method-override headers are hidden, so that no GET or HEAD (which a page of any site may
 * send) can turn into a write; Javalin honours {@code X-HTTP-Method-Override} otherwise.
 */
final class MethodFilter implements Filter {
  private static final Set<String> OVERRIDES = Set.of("x-http-method-override", "x-http-method", "x-method-override");

  /** Puts the filter in front of every route of {@code context}. */
  static void installOn(ServletContextHandler context) {
    FilterHolder holder = new FilterHolder(new MethodFilter());
    holder.setAsyncSupported(true);
    context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new AsSent((HttpServletRequest) request), response);
  }

  /** The request with HEAD read as GET and without override headers. */
  private static final class AsSent extends HttpServletRequestWrapper {
    AsSent(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      String method = super.getMethod();
      return "HEAD".equals(method) ? "GET" : method;
    }

    @Override
    public String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      return Collections.enumeration(names.stream().filter(name -> !hidden(name)).toList());
    }

    private static boolean hidden(String name) {
      return name != null && OVERRIDES.contains(name.toLowerCase(Locale.ROOT));
    }
  }
}
