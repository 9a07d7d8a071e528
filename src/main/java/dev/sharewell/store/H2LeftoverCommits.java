package dev.sharewell.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits an H2 file database was in the middle of when its process died.
 *
 * <p>H2 (2.5.252) writes its file while other transactions are committing, so a killed process can
 * leave on disk a transaction that had begun to commit (its undo log marked committed) but not
 * finished. On the next open H2 means to finish it ({@code
 * TransactionStore.endLeftoverTransactions} calls {@code Transaction.commit()}), but {@code
 * commit()} does nothing to a transaction whose state is already COMMITTED. It stays open for good:
 * it holds one of H2's 255 transaction slots in every later run, and its rows stay marked as its
 * own. A statement that writes one of those rows then loops inside {@code MVMap.operate} for ever:
 * it waits for the owner to end, the wait returns at once because the owner counts as committed,
 * and it tries again. That is the livelock docs/benchmarks.md describes after SIGKILLs.
 *
 * <p>This does what H2 meant to: right after the database opens, before anything else uses it, each
 * such transaction is committed from its undo log ({@code TransactionStore.commit(t, true)}, H2's
 * own recovery path) and closed. Both methods are package-private in H2, hence reflection; a test
 * (H2LeftoverCommitsTest) fails if an H2 upgrade changes them.
 */
final class H2LeftoverCommits {
  private static final Logger LOG = LoggerFactory.getLogger(H2LeftoverCommits.class);

  private H2LeftoverCommits() {}

  /**
   * Finishes every half-done commit of the embedded H2 database {@code connection} is open on, and
   * returns how many there were. Call it before any other session works on the database. A database
   * served over TCP is left to its server.
   */
  static int finish(Connection connection) throws SQLException {
    Session session = connection.unwrap(JdbcConnection.class).getSession();
    if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
      return 0;
    }
    TransactionStore transactions = local.getDatabase().getStore().getTransactionStore();
    // Only a transaction whose commit is under way is in this state, and at start-up nothing is.
    List<Transaction> halfDone =
        transactions.getOpenTransactions().stream()
            .filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED)
            .toList();
    for (Transaction transaction : halfDone) {
      finish(transactions, transaction);
    }
    return halfDone.size();
  }

  private static void finish(TransactionStore transactions, Transaction transaction) {
    try {
      Method commit =
          TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
      commit.setAccessible(true);
      commit.invoke(transactions, transaction, true);
      Method close = Transaction.class.getDeclaredMethod("close", boolean.class, Throwable.class);
      close.setAccessible(true);
      close.invoke(transaction, true, null);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(
          "This H2 version cannot have its half-done commits finished; see H2LeftoverCommits", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "H2 could not finish a commit left over from a crash", e.getCause());
    }
    LOG.debug("Finished H2 transaction {} left half committed by a crash", transaction.getId());
  }
}
