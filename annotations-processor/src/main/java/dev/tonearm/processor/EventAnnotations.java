package dev.tonearm.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Recognises event annotations by their {@code @HandlesEvent} meta-annotation, which names the
 * event kind and record; the processor therefore has no table of its own and needs no change when
 * core adds an event.
 */
final class EventAnnotations {
  /** The meta-annotation on every event annotation. */
  static final String HANDLES_EVENT = "dev.tonearm.annotation.HandlesEvent";

  private final Elements elements;
  private final Map<TypeElement, Optional<EventType>> cache = new HashMap<>();

  EventAnnotations(Elements elements) {
    this.elements = elements;
  }

  /**
   * What an event annotation type stands for.
   *
   * @param annotation the annotation type, such as {@code OnTrackStart}
   * @param kind the name of its {@code EventKind} constant
   * @param event the event record
   */
  record EventType(TypeElement annotation, String kind, TypeElement event) {
    String simpleName() {
      return annotation.getSimpleName().toString();
    }
  }

  /**
   * One event annotation on a method, with its filters.
   *
   * @param type the annotation type's meaning
   * @param node the node filter, empty for every node
   * @param reasons the enum constants of the {@code reasons} filter, empty for all
   * @param extraType the {@code type} filter, empty for all
   */
  record Use(EventType type, String node, List<VariableElement> reasons, String extraType) {}

  /** Tells whether the annotation type is an event annotation. */
  boolean isEventAnnotation(TypeElement annotationType) {
    return eventType(annotationType).isPresent();
  }

  /** Returns the event annotations on the element, in source order. */
  List<Use> on(Element element) {
    List<Use> uses = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      eventType(annotationType).ifPresent(type -> uses.add(read(type, mirror)));
    }
    return uses;
  }

  private Use read(EventType type, AnnotationMirror mirror) {
    String node = "";
    String extraType = "";
    List<VariableElement> reasons = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      Object value = entry.getValue().getValue();
      switch (entry.getKey().getSimpleName().toString()) {
        case "node" -> node = String.valueOf(value);
        case "type" -> extraType = String.valueOf(value);
        case "reasons" -> {
          if (value instanceof List<?> list) {
            for (Object item : list) {
              if (((AnnotationValue) item).getValue() instanceof VariableElement constant) {
                reasons.add(constant);
              }
            }
          }
        }
        default -> {
          // Attributes the processor has no filter for do not change dispatch.
        }
      }
    }
    return new Use(type, node, List.copyOf(reasons), extraType);
  }

  private Optional<EventType> eventType(TypeElement annotationType) {
    return cache.computeIfAbsent(annotationType, this::readEventType);
  }

  private Optional<EventType> readEventType(TypeElement annotationType) {
    for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
      TypeElement metaType = (TypeElement) meta.getAnnotationType().asElement();
      if (!metaType.getQualifiedName().contentEquals(HANDLES_EVENT)) {
        continue;
      }
      @Nullable String kind = null;
      @Nullable TypeElement event = null;
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : meta.getElementValues().entrySet()) {
        Object value = entry.getValue().getValue();
        String name = entry.getKey().getSimpleName().toString();
        if (name.equals("kind") && value instanceof VariableElement constant) {
          kind = constant.getSimpleName().toString();
        } else if (name.equals("event") && value instanceof DeclaredType declared) {
          event = (TypeElement) declared.asElement();
        }
      }
      if (kind != null && event != null) {
        return Optional.of(new EventType(annotationType, kind, event));
      }
    }
    return Optional.empty();
  }
}
