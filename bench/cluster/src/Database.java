import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.util.concurrent.CountDownLatch;

/**
 * The cluster's one PostgreSQL, outside the nodes so that it outlives them: zonky's embedded
 * server (the one Otopair runs in development, PostgreSQL 17 or 18 from the jar's binaries) on a
 * data folder that is kept, durable like Otopair's own (fsync, synchronous commit, full pages).
 * Arguments: the data folder and the port. Prints "ready" once it accepts connections, then runs
 * until it is stopped (SIGTERM stops the server cleanly).
 */
public class Database {

  public static void main(String[] args) throws Exception {
    var postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(new File(args[0]))
            .setCleanDataDirectory(false)
            .setPort(Integer.parseInt(args[1]))
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "200")
            .setRegisterShutdownHook(false)
            .start();
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    stopped.countDown();
                  }
                }));
    System.out.println("ready");
    stopped.await();
  }
}
