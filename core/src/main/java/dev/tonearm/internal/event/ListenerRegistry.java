package dev.tonearm.internal.event;

import dev.tonearm.Subscription;
import dev.tonearm.annotation.DispatcherNotFoundException;
import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.internal.TonearmVersion;
import java.lang.reflect.InvocationTargetException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Registers annotated listeners on the {@link EventBus}, so they share its ordering and error
 * isolation with the functional handlers. Finds each listener class's generated dispatcher by
 * name, once per class; a class without one uses its nearest superclass's, which calls the
 * inherited (and overriding) methods.
 */
public final class ListenerRegistry {
  /** The suffix the annotation processor gives generated dispatchers. */
  public static final String DISPATCHER_SUFFIX = "_TonearmDispatcher";

  private static final ClassValue<Lookup> DISPATCHERS = new ClassValue<>() {
    @Override
    protected Lookup computeValue(Class<?> type) {
      return lookUp(type);
    }
  };

  private final EventBus bus;
  private final Map<Object, Subscription> registered = new IdentityHashMap<>();

  /**
   * Creates a registry on the bus.
   *
   * @param bus where registered listeners receive events
   */
  public ListenerRegistry(EventBus bus) {
    this.bus = Objects.requireNonNull(bus, "bus");
  }

  /**
   * Pairs a listener with its generated dispatcher.
   *
   * @param listener an object whose class (or a superclass) has {@code @On…} methods
   * @return the pair, ready to register
   * @throws DispatcherNotFoundException if no dispatcher was generated for the class or any of its
   *     superclasses
   */
  public static Binding<?> bind(Object listener) {
    Objects.requireNonNull(listener, "listener");
    return new Binding<>(listener, dispatcherFor(listener.getClass()));
  }

  /**
   * Pairs a listener with a dispatcher the caller supplies, without a lookup by name.
   *
   * @param listener the listener
   * @param dispatcher its dispatcher, usually {@code new <Listener>_TonearmDispatcher()}
   * @param <L> the listener's type
   * @return the pair, ready to register
   */
  public static <L> Binding<L> bind(L listener, EventDispatcher<? super L> dispatcher) {
    return new Binding<>(Objects.requireNonNull(listener, "listener"),
        Objects.requireNonNull(dispatcher, "dispatcher"));
  }

  /**
   * Returns the dispatcher generated for {@code type} or, if it has none, for its nearest
   * superclass that has one. The lookup runs once per class.
   *
   * @param type the listener's class
   * @return a dispatcher that accepts instances of {@code type}
   * @throws DispatcherNotFoundException if there is none
   */
  @SuppressWarnings("unchecked")
  public static EventDispatcher<Object> dispatcherFor(Class<?> type) {
    Lookup lookup = DISPATCHERS.get(type);
    if (lookup.dispatcher == null) {
      throw new DispatcherNotFoundException(type.getName(), lookup.failure);
    }
    return (EventDispatcher<Object>) lookup.dispatcher;
  }

  /**
   * Returns the name the annotation processor gives the dispatcher of {@code type}:
   * {@code <package>.<Outer_Inner>_TonearmDispatcher}.
   *
   * @param type a top-level or member class
   * @return the binary name of its dispatcher
   */
  public static String dispatcherName(Class<?> type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      name.insert(0, '_').insert(0, outer.getSimpleName());
    }
    String packageName = type.getPackageName();
    return (packageName.isEmpty() ? "" : packageName + ".") + name + DISPATCHER_SUFFIX;
  }

  /**
   * Starts delivering events to the listener. Registering a listener that is already registered
   * (the same object) changes nothing: it still receives each event once, and the subscriptions of
   * both calls undo the one registration.
   *
   * @param binding the listener and its dispatcher
   * @return a subscription that unregisters the listener, unless it was unregistered since
   */
  public Subscription register(Binding<?> binding) {
    Object listener = binding.listener();
    Subscription registration;
    synchronized (registered) {
      registration = registered.computeIfAbsent(listener,
          key -> bus.onEvery(listener, binding::dispatch));
    }
    // Undoes this registration only: after an unregister and a new register of the same object,
    // an old subscription no longer removes it.
    return () -> {
      synchronized (registered) {
        if (!registered.remove(listener, registration)) {
          return;
        }
      }
      registration.unsubscribe();
    };
  }

  /**
   * Stops delivering events to the listener.
   *
   * @param listener a listener passed to {@link #register}
   * @return true if it was registered
   */
  public boolean unregister(Object listener) {
    Subscription subscription;
    synchronized (registered) {
      subscription = registered.remove(listener);
    }
    if (subscription == null) {
      return false;
    }
    subscription.unsubscribe();
    return true;
  }

  private static Lookup lookUp(Class<?> type) {
    // Anonymous, local and hidden classes never get a dispatcher of their own (the processor
    // rejects handlers in them); they inherit their superclass's.
    if (!type.isAnonymousClass() && !type.isLocalClass() && !type.isHidden()) {
      String name = dispatcherName(type);
      Class<?> found = null;
      try {
        found = Class.forName(name, true, type.getClassLoader());
      } catch (ClassNotFoundException | LinkageError notThere) {
        // fall through to the superclass
      }
      if (found != null) {
        return instantiate(type, found);
      }
    }
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && superclass != Object.class && superclass != Record.class
        && superclass != Enum.class) {
      Lookup inherited = DISPATCHERS.get(superclass);
      if (inherited.dispatcher != null) {
        return inherited;
      }
    }
    return new Lookup(null, missing(type));
  }

  private static Lookup instantiate(Class<?> type, Class<?> found) {
    if (!EventDispatcher.class.isAssignableFrom(found)) {
      return new Lookup(null, found.getName() + " is not an " + EventDispatcher.class.getName()
          + "; recompile " + type.getName() + " with the same version of tonearm-processor as"
          + " tonearm-core (" + TonearmVersion.VERSION + ")");
    }
    try {
      return new Lookup((EventDispatcher<?>) found.getConstructor().newInstance(), "");
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      return new Lookup(null, "cannot create " + found.getName() + " for " + type.getName()
          + " (" + e + "); recompile it with tonearm-processor " + TonearmVersion.VERSION
          + ", or on the module path open its package to dev.tonearm.core, or pass the dispatcher"
          + " yourself: lavalink.register(listener, new " + found.getSimpleName() + "())");
    } catch (InvocationTargetException e) {
      return new Lookup(null, "creating " + found.getName() + " failed: " + e.getCause());
    }
  }

  private static String missing(Class<?> type) {
    String version = TonearmVersion.VERSION;
    return "No generated dispatcher for listener " + type.getName() + " (looked for "
        + dispatcherName(type) + " and its superclasses'). Either no method of the class is"
        + " annotated with @OnTrackStart, @OnTrackEnd or another annotation of dev.tonearm.annotation,"
        + " or the class was compiled without the annotation processor tonearm-processor."
        + " Add it to the compiler:\n"
        + "Maven (maven-compiler-plugin <configuration>):\n"
        + "  <annotationProcessorPaths>\n"
        + "    <path>\n"
        + "      <groupId>dev.tonearm</groupId>\n"
        + "      <artifactId>tonearm-processor</artifactId>\n"
        + "      <version>" + version + "</version>\n"
        + "    </path>\n"
        + "  </annotationProcessorPaths>\n"
        + "Gradle (dependencies):\n"
        + "  annotationProcessor(\"dev.tonearm:tonearm-processor:" + version + "\")\n"
        + "Then rebuild. Handlers can also be added one at a time with lavalink.on(EventType.class,"
        + " handler).";
  }

  /**
   * A listener and the dispatcher that calls its methods.
   *
   * @param listener the listener
   * @param dispatcher its dispatcher
   * @param <L> the listener's type
   */
  public record Binding<L>(L listener, EventDispatcher<? super L> dispatcher) {

    /** Hands one event to the dispatcher. */
    void dispatch(TonearmEvent event) {
      dispatcher.dispatch(listener, event);
    }
  }

  private record Lookup(@Nullable EventDispatcher<?> dispatcher, String failure) {}
}
