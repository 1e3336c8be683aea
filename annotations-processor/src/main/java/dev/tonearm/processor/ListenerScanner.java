package dev.tonearm.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Finds a listener class's handlers, its own and inherited, checks them, and reports every
 * problem of the class before giving up on it.
 */
final class ListenerScanner {
  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final EventAnnotations annotations;

  ListenerScanner(Elements elements, Types types, Messager messager, EventAnnotations annotations) {
    this.elements = elements;
    this.types = types;
    this.messager = messager;
    this.annotations = annotations;
  }

  /**
   * A listener class ready for its dispatcher.
   *
   * @param type the class
   * @param handlers its handlers in call order
   */
  record Listener(TypeElement type, List<Handler> handlers) {}

  /**
   * One method to call.
   *
   * @param called the method the dispatcher calls: the most-derived override
   * @param declaration the method whose annotation applies: the most-derived annotated one
   * @param use the annotation
   */
  record Handler(ExecutableElement called, ExecutableElement declaration, EventAnnotations.Use use) {

    /** Returns the handler's parameter type. */
    TypeMirror parameterType() {
      return declaration.getParameters().get(0).asType();
    }
  }

  private record Problem(Element element, String message) {}

  /**
   * Scans a class that declares at least one annotated method.
   *
   * @param type the class
   * @param reportsItself classes scanned in this round, which report their own problems
   * @return the listener, or empty if it has problems (all of them reported)
   */
  Optional<Listener> scan(TypeElement type, Set<TypeElement> reportsItself) {
    List<Problem> problems = new ArrayList<>();
    if (type.getKind().isInterface()) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        for (EventAnnotations.Use use : annotations.on(method)) {
          problems.add(new Problem(method, Message.HANDLER_IN_INTERFACE.format(
              use.type().simpleName(), describe(method), type.getSimpleName())));
        }
      }
      return report(problems, Optional.empty());
    }
    checkNesting(type, problems);

    // The chain from the class up to (not including) Object; methods of more-derived classes come
    // first, so the first override found for a method is its most-derived one.
    List<TypeElement> chain = superclassChain(type);
    List<ExecutableElement> seen = new ArrayList<>();
    Map<ExecutableElement, Handler> handlers = new LinkedHashMap<>();
    for (TypeElement declaring : chain) {
      List<ExecutableElement> methods = ElementFilter.methodsIn(declaring.getEnclosedElements());
      for (ExecutableElement method : methods) {
        List<EventAnnotations.Use> uses = annotations.on(method);
        if (uses.isEmpty()) {
          continue;
        }
        ExecutableElement called = method;
        for (ExecutableElement candidate : seen) {
          if (elements.overrides(candidate, method, type)) {
            called = candidate;
            break;
          }
        }
        if (handlers.containsKey(called)) {
          // A more-derived declaration already gave this method its annotation.
          continue;
        }
        List<Problem> own = new ArrayList<>();
        if (uses.size() > 1) {
          own.add(new Problem(method, Message.TWO_EVENT_ANNOTATIONS.format(describe(method),
              uses.get(0).type().simpleName(), uses.get(1).type().simpleName())));
        } else {
          check(method, uses.get(0), own);
        }
        if (own.isEmpty()) {
          // Valid where it is declared, but possibly out of reach of this class's dispatcher.
          List<Problem> access = checkAccess(type, called, uses.get(0));
          problems.addAll(access);
          if (access.isEmpty()) {
            handlers.put(called, new Handler(called, method, uses.get(0)));
          }
        } else if (declaring.equals(type)) {
          problems.addAll(own);
        } else if (reportsItself.contains(declaring)) {
          // Its own class reports it; this class only must not get a dispatcher.
          problems.add(new Problem(type, ""));
        } else {
          for (Problem problem : own) {
            problems.add(new Problem(type,
                Message.INVALID_INHERITED_HANDLER.format(type.getQualifiedName(), problem.message())));
          }
        }
      }
      seen.addAll(methods);
    }
    // Superclass methods first, each class's in declaration order; an override counts as its
    // own class's method.
    List<Handler> ordered = new ArrayList<>(handlers.values());
    ordered.sort(Comparator
        .comparingInt((Handler handler) -> -chain.indexOf(declaringClass(handler.called())))
        .thenComparingInt(handler -> declaringClass(handler.called()).getEnclosedElements()
            .indexOf(handler.called())));
    return report(problems, Optional.of(new Listener(type, List.copyOf(ordered))));
  }

  private Optional<Listener> report(List<Problem> problems, Optional<Listener> listener) {
    if (problems.isEmpty()) {
      return listener;
    }
    for (Problem problem : problems) {
      if (!problem.message().isEmpty()) {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
      }
    }
    return Optional.empty();
  }

  private void checkNesting(TypeElement type, List<Problem> problems) {
    NestingKind nesting = type.getNestingKind();
    if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        for (EventAnnotations.Use use : annotations.on(method)) {
          problems.add(new Problem(method, nesting == NestingKind.LOCAL
              ? Message.LOCAL_CLASS.format(use.type().simpleName(), describe(method), type.getSimpleName())
              : Message.ANONYMOUS_CLASS.format(use.type().simpleName(), describe(method))));
        }
      }
      return;
    }
    for (Element element = type; element instanceof TypeElement enclosing;
        element = element.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        problems.add(new Problem(type, Message.PRIVATE_CLASS.format(
            type.getQualifiedName(), enclosing.getQualifiedName())));
        return;
      }
    }
  }

  private void check(ExecutableElement method, EventAnnotations.Use use, List<Problem> problems) {
    String annotation = use.type().simpleName();
    String described = describe(method);
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      problems.add(new Problem(method, Message.PRIVATE_HANDLER.format(annotation, described)));
    }
    if (modifiers.contains(Modifier.STATIC)) {
      problems.add(new Problem(method, Message.STATIC_HANDLER.format(annotation, described)));
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      problems.add(new Problem(method, Message.NON_VOID_RETURN.format(
          annotation, described, method.getReturnType())));
    }
    if (!method.getTypeParameters().isEmpty()) {
      problems.add(new Problem(method, Message.GENERIC_METHOD.format(annotation, described)));
    }
    TypeElement event = use.type().event();
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != 1) {
      problems.add(new Problem(method, Message.PARAMETER_COUNT.format(
          annotation, described, parameters.size())));
    } else {
      TypeMirror parameterType = parameters.get(0).asType();
      if (parameterType.getKind() == TypeKind.TYPEVAR) {
        problems.add(new Problem(method, Message.TYPE_VARIABLE_PARAMETER.format(
            annotation, described, parameterType, event.getSimpleName())));
      } else if (!types.isAssignable(event.asType(), parameterType)) {
        problems.add(new Problem(method, Message.PARAMETER_TYPE.format(
            annotation, described, parameterType, event.getSimpleName())));
      }
    }
    TypeMirror runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error)) {
        problems.add(new Problem(method, Message.CHECKED_EXCEPTION.format(annotation, described, thrown)));
      }
    }
    if (!use.node().isEmpty() && use.node().isBlank()) {
      problems.add(new Problem(method, Message.BLANK_NODE.format(annotation, described)));
    }
    if (!use.extraType().isEmpty() && use.extraType().isBlank()) {
      problems.add(new Problem(method, Message.BLANK_EVENT_TYPE.format(annotation, described)));
    }
  }

  private List<Problem> checkAccess(TypeElement type, ExecutableElement called,
      EventAnnotations.Use use) {
    PackageElement listenerPackage = elements.getPackageOf(type);
    if (called.getModifiers().contains(Modifier.PUBLIC)
        || elements.getPackageOf(called).equals(listenerPackage)) {
      return List.of();
    }
    return List.of(new Problem(type, Message.INACCESSIBLE_INHERITED_HANDLER.format(
        type.getQualifiedName(), use.type().simpleName(), describe(called),
        listenerPackage.getQualifiedName())));
  }

  private static TypeElement declaringClass(ExecutableElement method) {
    return (TypeElement) method.getEnclosingElement();
  }

  private List<TypeElement> superclassChain(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (@Nullable TypeElement current = type; current != null; current = superclass(current)) {
      if (current.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      chain.add(current);
    }
    return chain;
  }

  private static @Nullable TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return (TypeElement) ((DeclaredType) superclass).asElement();
  }

  /** Describes a method as {@code Class.method(ParamType, ...)}, the way messages name it. */
  static String describe(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    String ownerName = owner.getKind() == ElementKind.CLASS && owner.getSimpleName().isEmpty()
        ? "<anonymous>"
        : owner.getSimpleName().toString();
    return ownerName + "." + method.getSimpleName() + method.getParameters().stream()
        .map(parameter -> simpleName(parameter.asType()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String simpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    return type.toString();
  }
}
