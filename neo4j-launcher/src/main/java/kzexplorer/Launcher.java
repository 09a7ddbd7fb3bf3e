package kzexplorer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in this JVM with only the Bolt connector, on loopback, in a temporary
 * data directory, and prints the connection lines a shell or a test reads:
 *
 * <pre>
 * NEO4J_URI=bolt://127.0.0.1:PORT
 * NEO4J_USER=neo4j          (only with --password)
 * NEO4J_PASSWORD=...        (only with --password)
 * </pre>
 *
 * It stays up until SIGTERM or SIGINT, then shuts the database down and deletes the directory it
 * made. Options: --port N (0, the default, picks a free one), --host H (127.0.0.1),
 * --password P (turns authentication on for user neo4j), --data DIR (kept on exit),
 * --pagecache SIZE_MB (256).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    boolean ownDir = options.data == null;
    Path home = ownDir ? Files.createTempDirectory("neo4j-launcher-") : Path.of(options.data);
    int port = options.port != 0 ? options.port : freePort(options.host);

    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, options.password != null)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pagecacheMb))
            // Tests start and stop often: nothing to gain from preallocating transaction logs.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            // A query left running by a killed test must not hold the database forever.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            // Nothing here is worth waiting for at shutdown: a throwaway database stops at once.
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            // Loopback only: no thread pool sized for a production server.
            .setConfig(BoltConnectorInternalSettings.unsupported_thread_pool_queue_size, -1);
    DatabaseManagementService service = builder.build();

    if (options.password != null) {
      service
          .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              java.util.Map.of("password", options.password));
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  if (ownDir) deleteTree(home);
                  stopped.countDown();
                },
                "neo4j-launcher-shutdown"));

    awaitBolt(options.host, port, Duration.ofSeconds(60));
    String host = options.host.contains(":") ? "[" + options.host + "]" : options.host;
    System.out.println("NEO4J_URI=bolt://" + host + ":" + port);
    if (options.password != null) {
      System.out.println("NEO4J_USER=neo4j");
      System.out.println("NEO4J_PASSWORD=" + options.password);
    }
    System.out.println("NEO4J_READY");
    System.out.flush();
    stopped.await();
  }

  /** Asks the OS for a free port; the small window before Neo4j binds it is acceptable here. */
  private static int freePort(String host) throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, 0));
      return socket.getLocalPort();
    }
  }

  /** The builder returns once the databases are up; the connector may still be binding. */
  private static void awaitBolt(String host, int port, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 500);
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Bolt did not accept connections on port " + port);
        }
        Thread.sleep(50);
      }
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless.
    }
  }

  private record Options(String host, int port, String password, String data, long pagecacheMb) {
    static Options parse(String[] args) {
      String host = "127.0.0.1";
      int port = 0;
      String password = null;
      String data = null;
      long pagecache = 256;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--host" -> host = require(args[i], value);
          case "--port" -> port = Integer.parseInt(require(args[i], value));
          case "--password" -> password = require(args[i], value);
          case "--data" -> data = require(args[i], value);
          case "--pagecache" -> pagecache = Long.parseLong(require(args[i], value));
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      return new Options(host, port, password, data, pagecache);
    }

    private static String require(String option, String value) {
      if (value == null) throw new IllegalArgumentException(option + " needs a value");
      return value;
    }
  }
}
