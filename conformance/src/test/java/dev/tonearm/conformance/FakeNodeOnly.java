package dev.tonearm.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks tests that cannot run against a real node as written; {@link ConformanceExtension}
 * disables each of them, with the reason, when the target is a real node.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface FakeNodeOnly {
  /** What the tests need that a real node cannot provide. */
  String value();
}
