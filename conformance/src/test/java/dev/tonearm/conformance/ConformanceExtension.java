package dev.tonearm.conformance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests what they run against: the {@link ConformanceTarget}, picked once for the whole run
 * and closed when the run ends, and a {@link ConformanceClient} connected to it, one per test and
 * closed after it. Use it with {@code @ExtendWith(ConformanceExtension.class)} and parameters of
 * those types on test or {@code @BeforeEach} methods.
 */
final class ConformanceExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ConformanceExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ConformanceTarget.class || type == ConformanceClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == ConformanceClient.class) {
      // The test's own store: closed, with the client, when the test is over.
      return context.getStore(NAMESPACE).getOrComputeIfAbsent(ConformanceClient.class,
          type -> ConformanceClient.connect(target(context)), ConformanceClient.class);
    }
    return target(context);
  }

  private static ConformanceTarget target(ExtensionContext context) {
    // The root store closes what it holds when the run ends; AutoCloseable values included.
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ConformanceTarget.class,
        type -> ConformanceTarget.fromEnvironment(), ConformanceTarget.class);
  }
}
