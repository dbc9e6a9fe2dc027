package dev.estodo.todo.reactors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1, made once per JVM with the JDK's keytool (the JDK has no
 * API for it): the server's side as an SSL context, and a client's that trusts only it.
 */
final class TestTls {
  private static final char[] PASSWORD = "get-to-the-chopper".toCharArray();
  private static KeyStore keys;

  private TestTls() {}

  /** The server's context, presenting the certificate. */
  static SSLContext server() throws Exception {
    KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(keys(), PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(factory.getKeyManagers(), null, null);
    return context;
  }

  /** A client's context that trusts the certificate and nothing else. */
  static SSLContext client() throws Exception {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(keys());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private static synchronized KeyStore keys() throws IOException, InterruptedException, GeneralSecurityException {
    if (keys != null) return keys;
    Path file = Files.createTempDirectory("estodo-tls").resolve("smtp.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
        "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
        .redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    if (keytool.waitFor() != 0) throw new IllegalStateException("keytool failed: " + output);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    Files.delete(file);
    Files.delete(file.getParent());
    keys = store;
    return keys;
  }
}
