package dev.sharewell.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Run as its own process by {@link H2LeftoverCommitsTest}. {@code args[0]} is the database url and
 * {@code args[1]} what to do: {@code commit ROWS} seeds ROWS rows and commits one transaction that
 * updates all of them, while a second thread commits small transactions and prints {@code small}
 * after each (with H2 writing each commit to the file, each of those writes the large commit as far
 * as it got); {@code write} opens the database again, as Sharewell starts, and updates every row.
 */
public final class LargeCommitProcess {
  private LargeCommitProcess() {}

  public static void main(String[] args) throws Exception {
    Database database =
        Database.open(new DatabaseSettings(args[0], Optional.empty(), Optional.empty()));
    Jdbi jdbi = database.jdbi();
    if (args[1].equals("write")) {
      int rows = jdbi.withHandle(h -> h.execute("UPDATE large_commit SET v = v + 10"));
      System.out.println("updated " + rows);
      database.close();
      return;
    }
    int rows = Integer.parseInt(args[2]);
    jdbi.useHandle(
        h -> {
          h.execute("CREATE TABLE large_commit (id INT PRIMARY KEY, v INT NOT NULL)");
          h.execute("CREATE INDEX large_commit_v ON large_commit (v, id)");
          h.execute("CREATE TABLE small_commit (id INT PRIMARY KEY)");
          h.execute("INSERT INTO large_commit SELECT r.*, 0 FROM SYSTEM_RANGE(1, ?) r", rows);
        });
    System.out.println("seeded");
    Thread small =
        new Thread(
            () -> {
              for (int i = 1; ; i++) {
                int id = i;
                jdbi.useHandle(h -> h.execute("INSERT INTO small_commit VALUES (?)", id));
                System.out.println("small");
              }
            });
    try (Connection connection = jdbi.open().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.executeUpdate("UPDATE large_commit SET v = 1");
      System.out.println("committing");
      small.start();
      connection.commit();
      System.out.println("committed");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
