package dev.sharewell.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects what the app logs as a failure while it is open: every ERROR, and the warnings of a
 * Teams turn that failed (the Bot Framework adapter swallows those, so no 5xx shows them). It also
 * quiets the per-request warnings of refused requests, which a fuzz run has thousands of.
 */
public final class LogWatch extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private static final List<String> QUIETED =
      List.of("dev.sharewell.app.ErrorMapping", "com.slack.api.bolt.App");
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final Map<String, Level> levels = new java.util.HashMap<>();

  public LogWatch() {
    setName("log-watch");
    start();
    root().addAppender(this);
    for (String name : QUIETED) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      levels.put(name, logger.getLevel());
      logger.setLevel(Level.ERROR);
    }
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @java.lang.Override
  protected void append(ILoggingEvent event) {
    boolean teamsTurn =
        event.getLevel() == Level.WARN && event.getLoggerName().startsWith("dev.sharewell.teams");
    if (event.getLevel().isGreaterOrEqual(Level.ERROR) || teamsTurn) {
      IThrowableProxy thrown = event.getThrowableProxy();
      String cause = thrown == null ? "" : " [" + thrown.getClassName() + "]";
      String message = event.getFormattedMessage();
      failures.add(
          event.getLoggerName()
              + ": "
              + message.substring(0, Math.min(300, message.length()))
              + cause);
    }
  }

  /** What was logged as a failure, in order. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  @java.lang.Override
  public void close() {
    root().detachAppender(this);
    stop();
    levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
  }
}
