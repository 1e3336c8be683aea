package dev.tonearm.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method for {@link ReflectiveDispatcher}, the way JDA's {@code @SubscribeEvent} marks
 * methods for its {@code AnnotatedEventManager}; kept at run time for reflection.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Subscribe {}
