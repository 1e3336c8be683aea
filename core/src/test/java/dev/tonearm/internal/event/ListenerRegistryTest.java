package dev.tonearm.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.tonearm.Subscription;
import dev.tonearm.annotation.DispatcherNotFoundException;
import dev.tonearm.annotation.EventDispatcher;
import dev.tonearm.event.NodeReadyEvent;
import dev.tonearm.event.StatsEvent;
import dev.tonearm.event.TonearmEvent;
import dev.tonearm.internal.TonearmVersion;
import dev.tonearm.node.Node;
import dev.tonearm.node.NodeStats;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ListenerRegistryTest {
  private final List<String> calls = new CopyOnWriteArrayList<>();
  // Runs listeners on the publishing thread, so every assertion sees the deliveries done.
  private final EventBus bus = new EventBus(Runnable::run);
  private final ListenerRegistry registry = new ListenerRegistry(bus);

  private static Node node(String name) {
    return (Node) Proxy.newProxyInstance(Node.class.getClassLoader(), new Class<?>[] {Node.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "name", "toString" -> name;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static NodeReadyEvent ready(String sessionId) {
    return new NodeReadyEvent(node("main"), false, sessionId);
  }

  private static StatsEvent stats(String nodeName) {
    return new StatsEvent(node(nodeName), new NodeStats(0, 0, 0, new NodeStats.Memory(0, 0, 0, 0),
        new NodeStats.Cpu(1, 0, 0), null));
  }

  /** A class the processor never saw. */
  static final class NotAListener {}

  static class Outer {
    static class Inner {}
  }

  @Test
  void dispatcherName_topLevelAndNestedClasses_followTheProcessorsNaming() {
    assertThat(ListenerRegistry.dispatcherName(HandListener.class))
        .isEqualTo("dev.tonearm.internal.event.HandListener_TonearmDispatcher");
    assertThat(ListenerRegistry.dispatcherName(Outer.Inner.class))
        .isEqualTo("dev.tonearm.internal.event.ListenerRegistryTest_Outer_Inner_TonearmDispatcher");
  }

  @Test
  void dispatcherFor_generatedClassPresent_isFoundOnceAndCached() {
    EventDispatcher<Object> first = ListenerRegistry.dispatcherFor(HandListener.class);

    assertThat(first).isInstanceOf(HandListener_TonearmDispatcher.class);
    assertThat(ListenerRegistry.dispatcherFor(HandListener.class)).isSameAs(first);
  }

  @Test
  void dispatcherFor_subclassWithoutItsOwn_usesTheSuperclassDispatcher() {
    assertThat(ListenerRegistry.dispatcherFor(HandListener.Sub.class))
        .isSameAs(ListenerRegistry.dispatcherFor(HandListener.class));
    Object anonymous = new HandListener(calls) {};
    assertThat(ListenerRegistry.dispatcherFor(anonymous.getClass()))
        .isSameAs(ListenerRegistry.dispatcherFor(HandListener.class));
  }

  @Test
  void dispatcherFor_noGeneratedClass_explainsTheMavenAndGradleSetUp() {
    String version = TonearmVersion.VERSION;

    assertThatThrownBy(() -> ListenerRegistry.dispatcherFor(NotAListener.class))
        .isInstanceOf(DispatcherNotFoundException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No generated dispatcher for listener " + NotAListener.class.getName())
        .hasMessageContaining("ListenerRegistryTest_NotAListener_TonearmDispatcher")
        .hasMessageContaining("""
            <annotationProcessorPaths>
                <path>
                  <groupId>dev.tonearm</groupId>
                  <artifactId>tonearm-processor</artifactId>
                  <version>%s</version>
                </path>
              </annotationProcessorPaths>""".formatted(version))
        .hasMessageContaining("annotationProcessor(\"dev.tonearm:tonearm-processor:" + version + "\")")
        .satisfies(e -> assertThat(((DispatcherNotFoundException) e).listenerClass())
            .isEqualTo(NotAListener.class.getName()));
  }

  @Test
  void register_listener_receivesEventsInOrderWithTheFunctionalHandlers() {
    bus.on(TonearmEvent.class, event -> calls.add("on " + event.kind()));
    registry.register(ListenerRegistry.bind(new HandListener(calls)));
    bus.on(StatsEvent.class, event -> calls.add("on stats again"));

    bus.publish(ready("s1"));
    bus.publish(stats("main"));

    assertThat(calls).containsExactly("on NODE_READY", "hand ready s1", "on STATS", "hand stats",
        "on stats again");
  }

  @Test
  void register_throwingListener_isLoggedAndIsolatedFromLaterHandlersAndEvents() {
    Logger busLog = (Logger) LoggerFactory.getLogger(EventBus.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    busLog.addAppender(logs);
    busLog.setAdditive(false);
    try {
      registry.register(ListenerRegistry.bind(new HandListener(calls)));
      bus.on(StatsEvent.class, event -> calls.add("after"));

      bus.publish(stats("broken"));
      bus.publish(ready("s2"));
    } finally {
      busLog.detachAppender(logs);
      busLog.setAdditive(true);
    }

    assertThat(calls).containsExactly("after", "hand ready s2");
    assertThat(logs.list).singleElement().satisfies(logged -> {
      assertThat(logged.getLevel()).isEqualTo(Level.ERROR);
      assertThat(logged.getFormattedMessage()).contains("HandListener").contains("failed on StatsEvent");
      assertThat(logged.getThrowableProxy().getMessage()).isEqualTo("handler failed");
    });
  }

  @Test
  void register_sameListenerTwice_deliversEachEventOnce() {
    HandListener listener = new HandListener(calls);

    registry.register(ListenerRegistry.bind(listener));
    registry.register(ListenerRegistry.bind(listener));
    bus.publish(ready("s3"));

    assertThat(calls).containsExactly("hand ready s3");
  }

  @Test
  void unregister_registeredListener_stopsDeliveryAndReportsWhetherItWasRegistered() {
    HandListener listener = new HandListener(calls);
    registry.register(ListenerRegistry.bind(listener));

    assertThat(registry.unregister(listener)).isTrue();
    assertThat(registry.unregister(listener)).isFalse();
    bus.publish(ready("s4"));

    assertThat(calls).isEmpty();
  }

  @Test
  void register_subscription_unregistersTheListener() {
    HandListener listener = new HandListener(calls);
    Subscription subscription = registry.register(ListenerRegistry.bind(listener));

    subscription.unsubscribe();
    bus.publish(ready("s5"));

    assertThat(calls).isEmpty();
    assertThat(registry.unregister(listener)).isFalse();
  }

  @Test
  void register_oldSubscriptionAfterReRegistering_leavesTheNewRegistrationAlone() {
    HandListener listener = new HandListener(calls);
    Subscription old = registry.register(ListenerRegistry.bind(listener));
    registry.unregister(listener);
    registry.register(ListenerRegistry.bind(listener));

    old.unsubscribe();
    bus.publish(ready("s7"));

    assertThat(calls).containsExactly("hand ready s7");
  }

  @Test
  void register_explicitDispatcher_needsNoLookupByName() {
    NotAListener listener = new NotAListener();
    EventDispatcher<NotAListener> dispatcher = (target, event) -> calls.add("explicit " + event.kind());

    registry.register(ListenerRegistry.bind(listener, dispatcher));
    bus.publish(ready("s6"));

    assertThat(calls).containsExactly("explicit NODE_READY");
  }

  @Test
  void bind_listenerWithoutDispatcher_failsBeforeRegistering() {
    assertThatThrownBy(() -> ListenerRegistry.bind(new NotAListener()))
        .isInstanceOf(DispatcherNotFoundException.class);
  }
}
