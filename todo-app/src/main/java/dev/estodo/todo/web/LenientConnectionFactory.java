package dev.estodo.todo.web;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * HTTP/1.1 connections that hand every path to the routes, its stray percent signs escaped
 * ({@link StrayPercents}), and remember the {@code Accept} header read so far, so that the answer
 * to a request Jetty cannot parse ({@link PlainErrorHandler}) honours it as the routes' answers do.
 */
final class LenientConnectionFactory extends HttpConnectionFactory {
  /** The Accept header of the request being refused on this thread, while Jetty answers it. */
  static final ThreadLocal<String> REFUSED_ACCEPT = new ThreadLocal<>();

  private LenientConnectionFactory(HttpConfiguration configuration) {
    super(configuration);
  }

  /** Makes every connector of {@code server} use these connections, once Javalin has added them. */
  static void installOn(Server server) {
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
          if (http != null && connector instanceof AbstractConnector abstractConnector) {
            abstractConnector.addConnectionFactory(new LenientConnectionFactory(http.getHttpConfiguration()));
          }
        }
      }
    });
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
        isRecordHttpComplianceViolations()) {
      @Override
      protected HttpChannelOverHttp newHttpChannel() {
        return new LenientChannel(this, getConnector(), getHttpConfiguration(), getEndPoint());
      }
    };
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }

  /** A channel that escapes the path before Jetty parses it and keeps the Accept header for errors. */
  private static final class LenientChannel extends HttpChannelOverHttp {
    private String accept;

    LenientChannel(HttpConnection connection, Connector connector, HttpConfiguration configuration, EndPoint endPoint) {
      super(connection, connector, configuration, endPoint, connection);
    }

    @Override
    public void startRequest(String method, String target, HttpVersion version) {
      accept = null;
      super.startRequest(method, StrayPercents.escapeInPath(target), version);
    }

    @Override
    public void parsedHeader(HttpField field) {
      if (field.getHeader() == HttpHeader.ACCEPT) {
        accept = accept == null ? field.getValue() : accept + ", " + field.getValue();
      }
      super.parsedHeader(field);
    }

    @Override
    public void recycle() {
      accept = null; // a request line too bad to start a request must not see the last request's header
      super.recycle();
    }

    @Override
    public void badMessage(BadMessageException failure) {
      REFUSED_ACCEPT.set(accept);
      try {
        super.badMessage(failure);
      } finally {
        REFUSED_ACCEPT.remove();
      }
    }
  }
}
