package dev.tonearm.benchmarks;

import dev.tonearm.event.TonearmEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dispatch the way JDA's {@code AnnotatedEventManager} does it: find the {@link Subscribe}
 * methods by reflection once, index them by parameter type, and for each event walk the event's
 * class and its superclasses, calling every method found with {@link Method#invoke}.
 */
public final class ReflectiveDispatcher {
  private final Object listener;
  private final Map<Class<?>, List<Method>> methods = new HashMap<>();

  /**
   * Indexes the listener's methods.
   *
   * @param listener an object with {@link Subscribe} methods of one parameter
   */
  public ReflectiveDispatcher(Object listener) {
    this.listener = listener;
    for (Method method : listener.getClass().getMethods()) {
      if (method.isAnnotationPresent(Subscribe.class) && method.getParameterCount() == 1) {
        method.setAccessible(true);
        methods.computeIfAbsent(method.getParameterTypes()[0], type -> new ArrayList<>()).add(method);
      }
    }
  }

  /**
   * Calls every method whose parameter is the event's class or one of its superclasses.
   *
   * @param event the event
   * @throws IllegalStateException if a method cannot be called or throws
   */
  public void dispatch(TonearmEvent event) {
    for (Class<?> type = event.getClass(); type != null; type = type.getSuperclass()) {
      List<Method> found = methods.get(type);
      if (found == null) {
        continue;
      }
      for (Method method : found) {
        try {
          method.invoke(listener, event);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("calling " + method + " failed", e);
        }
      }
    }
  }
}
