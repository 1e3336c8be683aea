package dev.tonearm.conformance;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests what they run against: the {@link ConformanceTarget}, picked once for the whole run
 * and closed when the run ends, and a {@link ConformanceClient} connected to it, one per test and
 * closed after it. Use it with {@code @ExtendWith(ConformanceExtension.class)} and parameters of
 * those types on test or {@code @BeforeEach} methods. Tests marked {@link FakeNodeOnly} are
 * disabled, each with the reason, against a real node.
 */
final class ConformanceExtension implements ParameterResolver, ExecutionCondition {
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

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      // Decided per test, so that a report lists each skipped test with its reason.
      return ConditionEvaluationResult.enabled("decided for each test");
    }
    Optional<FakeNodeOnly> fakeOnly = context.getTestMethod().flatMap(ConformanceExtension::marker)
        .or(() -> context.getTestClass().flatMap(ConformanceExtension::marker));
    if (fakeOnly.isPresent() && target(context).isReal()) {
      return ConditionEvaluationResult.disabled(
          "Runs against the fake node only: " + fakeOnly.get().value());
    }
    return ConditionEvaluationResult.enabled("runs against " + target(context));
  }

  private static Optional<FakeNodeOnly> marker(AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(FakeNodeOnly.class));
  }

  private static ConformanceTarget target(ExtensionContext context) {
    // The root store closes what it holds when the run ends; AutoCloseable values included.
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ConformanceTarget.class,
        type -> ConformanceTarget.fromEnvironment(), ConformanceTarget.class);
  }
}
