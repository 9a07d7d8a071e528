package dev.sharewell.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.tools.Server;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database that the app reaches through a {@link TcpProxy}, so a test can take it away and
 * give it back while the app runs: H2 as a TCP server on a free port, or a new schema on the test
 * PostgreSQL server. {@link #jdbi()} goes around the proxy, to check what was stored.
 */
public final class ProxiedDatabase implements AutoCloseable {
  private static final String H2_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private final DbEngine engine;
  private final Server h2;
  private final TcpProxy proxy;
  private final String directUrl;
  private final String proxiedUrl;
  private final String schema;

  private ProxiedDatabase(
      DbEngine engine,
      Server h2,
      TcpProxy proxy,
      String directUrl,
      String proxiedUrl,
      String schema) {
    this.engine = engine;
    this.h2 = h2;
    this.proxy = proxy;
    this.directUrl = directUrl;
    this.proxiedUrl = proxiedUrl;
    this.schema = schema;
  }

  public static ProxiedDatabase create(DbEngine engine) {
    String name = "sw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    if (engine == DbEngine.H2) {
      Server h2;
      try {
        // Only this machine may connect; remote clients may create in-memory databases.
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot start the H2 server", e);
      }
      TcpProxy proxy = new TcpProxy("127.0.0.1", h2.getPort());
      String path = "/mem:" + name + H2_MODE;
      return new ProxiedDatabase(
          engine,
          h2,
          proxy,
          "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + path,
          "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + path,
          null);
    }
    String base = DbEngine.postgresUrl().orElseThrow();
    execute(base, "CREATE SCHEMA " + name);
    URI target = URI.create(base.substring("jdbc:".length()));
    TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
    String separator = base.contains("?") ? "&" : "?";
    String direct = base + separator + "currentSchema=" + name;
    String proxied =
        direct.replaceFirst(
            "//" + java.util.regex.Pattern.quote(target.getRawAuthority()),
            "//127.0.0.1:" + proxy.port());
    return new ProxiedDatabase(engine, null, proxy, direct, proxied, name);
  }

  public DbEngine engine() {
    return engine;
  }

  /** The url the app gets: through the proxy. */
  public String url() {
    return proxiedUrl;
  }

  /** Jdbi straight to the database, around the proxy. */
  public Jdbi jdbi() {
    return Jdbi.create(directUrl);
  }

  public TcpProxy proxy() {
    return proxy;
  }

  /** The database is gone for the app. */
  public void cut() {
    proxy.cut();
  }

  /** The database is back for the app. */
  public void restore() {
    proxy.restore();
  }

  @Override
  public void close() {
    try {
      proxy.close();
    } finally {
      if (engine == DbEngine.H2) {
        try {
          execute(directUrl, "SHUTDOWN");
        } finally {
          h2.stop();
        }
      } else {
        execute(DbEngine.postgresUrl().orElseThrow(), "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test database setup failed: " + sql, e);
    }
  }
}
