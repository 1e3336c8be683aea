package dev.tonearm;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails every test during which a log line showed a secret (see {@link SecretsInLogs}). Registered
 * for the whole module through the service loader and {@code junit-platform.properties}, so the
 * whole suite runs under it at DEBUG.
 */
public final class NoSecretsInLogs implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(NoSecretsInLogs.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put("start", SecretsInLogs.count());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Integer start = context.getStore(NAMESPACE).get("start", Integer.class);
    List<String> leaks = SecretsInLogs.since(start == null ? 0 : start);
    if (!leaks.isEmpty()) {
      throw new AssertionError("Log lines showed a password or voice token:\n"
          + String.join("\n", leaks));
    }
  }
}
