package dev.tonearm.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tonearm.event.EventKind;
import dev.tonearm.event.PluginEvent;
import dev.tonearm.event.TonearmEvent;
import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the event annotations, {@link EventKind} and the event records in step: adding an event
 * means a record returning its kind, a constant naming the record, and an annotation naming both.
 */
class EventAnnotationsTest {

  /** Every class compiled into the package of {@code anchor}. */
  private static List<Class<?>> classesBeside(Class<?> anchor) throws Exception {
    File directory = new File(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParentFile();
    List<Class<?>> classes = new ArrayList<>();
    String[] names = directory.list((dir, name) -> name.endsWith(".class") && !name.contains("$"));
    Arrays.sort(names);
    for (String name : names) {
      classes.add(Class.forName(anchor.getPackageName() + "." + name.substring(0, name.length() - 6)));
    }
    return classes;
  }

  private static Map<EventKind, Class<?>> annotationsByKind() throws Exception {
    Map<EventKind, Class<?>> byKind = new EnumMap<>(EventKind.class);
    for (Class<?> type : classesBeside(OnTrackStart.class)) {
      HandlesEvent handles = type.getAnnotation(HandlesEvent.class);
      if (handles != null) {
        Class<?> previous = byKind.put(handles.kind(), type);
        assertThat(previous).as("two annotations for %s", handles.kind()).isNull();
      }
    }
    return byKind;
  }

  @Test
  void everyEventKind_hasExactlyOneAnnotationNamingItsRecord() throws Exception {
    Map<EventKind, Class<?>> byKind = annotationsByKind();

    assertThat(byKind.keySet()).containsExactly(EventKind.values());
    for (Map.Entry<EventKind, Class<?>> entry : byKind.entrySet()) {
      assertThat(entry.getValue().getAnnotation(HandlesEvent.class).event())
          .as("the event of %s", entry.getValue().getSimpleName())
          .isEqualTo(entry.getKey().eventType());
    }
  }

  @Test
  void eventAnnotations_areClassRetainedMethodAnnotationsWithANodeFilter() throws Exception {
    for (Class<?> annotation : annotationsByKind().values()) {
      assertThat(annotation.isAnnotation()).isTrue();
      assertThat(annotation.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.CLASS);
      assertThat(annotation.getAnnotation(Target.class).value()).containsExactly(ElementType.METHOD);
      assertThat(annotation.getSimpleName()).startsWith("On");
      Method node = annotation.getMethod("node");
      assertThat(node.getDefaultValue()).as("%s.node()", annotation.getSimpleName()).isEqualTo("");
    }
  }

  @Test
  void filters_onTrackEndReasonsAndOnExtraEventType_defaultToAcceptingAll() throws Exception {
    assertThat((Object[]) OnTrackEnd.class.getMethod("reasons").getDefaultValue()).isEmpty();
    assertThat(OnExtraEvent.class.getMethod("type").getDefaultValue()).isEqualTo("");
  }

  @Test
  void everyEventRecord_returnsTheKindThatNamesIt() throws Exception {
    List<Class<?>> records = classesBeside(TonearmEvent.class).stream()
        .filter(Class::isRecord)
        .filter(TonearmEvent.class::isAssignableFrom)
        .toList();

    // PLUGIN names an interface: each plugin brings its own records.
    List<EventKind> recordKinds = Arrays.stream(EventKind.values())
        .filter(kind -> kind != EventKind.PLUGIN).toList();
    assertThat(EventKind.PLUGIN.eventType()).isEqualTo(PluginEvent.class);
    assertThat(records).containsExactlyInAnyOrderElementsOf(
        recordKinds.stream().map(EventKind::eventType).toList());
    for (EventKind kind : recordKinds) {
      assertThat(instance(kind.eventType()).kind()).as("%s.kind()", kind.eventType().getSimpleName())
          .isEqualTo(kind);
    }
  }

  /** An instance with placeholder components; {@code kind()} reads none of them. */
  private static TonearmEvent instance(Class<? extends TonearmEvent> record) throws Exception {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i];
      if (type == long.class) {
        values[i] = 0L;
      } else if (type == int.class) {
        values[i] = 0;
      } else if (type == boolean.class) {
        values[i] = false;
      } else if (type == JsonObject.class) {
        values[i] = new JsonObject();
      } else if (type.isPrimitive()) {
        throw new AssertionError("no placeholder for " + type);
      }
    }
    Constructor<? extends TonearmEvent> constructor = record.getDeclaredConstructor(types);
    return constructor.newInstance(values);
  }
}
