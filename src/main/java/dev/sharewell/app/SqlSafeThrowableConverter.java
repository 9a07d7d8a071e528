package dev.sharewell.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import dev.sharewell.store.Outages;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Prints a logged exception as logback does, except the message of a database driver's exception:
 * H2 quotes the values it could not store ({@code Value too long for column ...: "'<the value>'"}),
 * and those are people's words. Such a message is replaced by its SQL state, also where a wrapping
 * exception repeats it. Connection failures keep their message: it names no stored value and says
 * why the database could not be reached. Used in {@code logback.xml} as {@code %sqlSafeEx}.
 */
public final class SqlSafeThrowableConverter extends ThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return super.throwableProxyToString(Redacted.of(proxy));
  }

  /** A proxy whose message, and its causes' messages, hold no driver text. */
  private record Redacted(IThrowableProxy proxy, String message) implements IThrowableProxy {
    private static final int MAX_DEPTH = 20;

    static IThrowableProxy of(IThrowableProxy proxy) {
      if (proxy == null) {
        return null;
      }
      String message = proxy.getMessage();
      IThrowableProxy cause = proxy;
      for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
        String withheld = withheld(cause);
        if (withheld != null && message != null && cause.getMessage() != null) {
          message = message.replace(cause.getMessage(), withheld);
        }
        cause = cause.isCyclic() ? null : cause.getCause();
      }
      return new Redacted(proxy, message);
    }

    /** What stands for the driver's message, or null when the message can be shown. */
    private static String withheld(IThrowableProxy proxy) {
      if (proxy instanceof ThrowableProxy real
          && real.getThrowable() instanceof SQLException sql
          && !Outages.isDatabaseUnreachable(sql)) {
        return "[message withheld: it may quote stored values; SQL state "
            + sql.getSQLState()
            + "]";
      }
      return null;
    }

    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public String getOverridingMessage() {
      return message == null || message.equals(proxy.getMessage())
          ? proxy.getOverridingMessage()
          : null;
    }

    @Override
    public String getClassName() {
      return proxy.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return proxy.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return proxy.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return proxy.isCyclic() ? proxy.getCause() : of(proxy.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      IThrowableProxy[] suppressed = proxy.getSuppressed();
      return suppressed == null
          ? null
          : Arrays.stream(suppressed).map(Redacted::of).toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
      return proxy.isCyclic();
    }
  }
}
