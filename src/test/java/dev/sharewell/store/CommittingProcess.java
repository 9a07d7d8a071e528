package dev.sharewell.store;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Run as its own process by {@link H2CrashDurabilityTest}: opens the database at {@code args[0]} as
 * Sharewell does, then {@code args[1]} threads insert rows and update them, each in its own
 * transaction, and print a row's id once its update has committed, until the process is killed.
 */
public final class CommittingProcess {
  private CommittingProcess() {}

  public static void main(String[] args) {
    Database database =
        Database.open(new DatabaseSettings(args[0], Optional.empty(), Optional.empty()));
    Jdbi jdbi = database.jdbi();
    jdbi.useHandle(
        handle ->
            handle.execute(
                "CREATE TABLE IF NOT EXISTS commit_probe (id BIGINT PRIMARY KEY,"
                    + " status VARCHAR(16) NOT NULL)"));
    long start =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT COALESCE(MAX(id), 0) FROM commit_probe")
                    .mapTo(Long.class)
                    .one());
    AtomicLong ids = new AtomicLong(start);
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      Thread writer =
          new Thread(
              () -> {
                while (true) {
                  long id = ids.incrementAndGet();
                  jdbi.useHandle(
                      handle ->
                          handle.execute(
                              "INSERT INTO commit_probe (id, status) VALUES (?, 'PLANNED')", id));
                  jdbi.useHandle(
                      handle ->
                          handle.execute(
                              "UPDATE commit_probe SET status = 'SENT' WHERE id = ?", id));
                  synchronized (System.out) {
                    System.out.println(id);
                    System.out.flush();
                  }
                }
              });
      writer.start();
    }
  }
}
