package dev.tonearm.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Writes the source of a listener's {@code _TonearmDispatcher}. */
final class DispatcherWriter {
  /** The suffix of every generated dispatcher's name. */
  static final String SUFFIX = "_TonearmDispatcher";

  private static final ClassName EVENT_DISPATCHER =
      ClassName.get("dev.tonearm.annotation", "EventDispatcher");
  private static final ClassName TONEARM_EVENT = ClassName.get("dev.tonearm.event", "TonearmEvent");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final String GENERATED_NAME = "javax.annotation.processing.Generated";
  private static final String GENERATED_MODULE = "java.compiler";
  private static final String EVENT_KIND = "dev.tonearm.event.EventKind";

  private final Elements elements;
  private final Types types;

  DispatcherWriter(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Tells whether the generated class may carry {@code @Generated}: always on the class path, but
   * in a named module only if that module reads {@code java.compiler}, which a bot's module
   * seldom requires; without it the annotation would not compile there.
   */
  private boolean generatedVisibleFrom(TypeElement type) {
    ModuleElement module = elements.getModuleOf(type);
    if (module == null || module.isUnnamed()) {
      return elements.getTypeElement(GENERATED_NAME) != null;
    }
    return reads(module, GENERATED_MODULE);
  }

  /** Whether {@code module} reads the module named {@code name}, directly or implied. */
  private static boolean reads(ModuleElement module, String name) {
    Deque<ModuleElement> pending = new ArrayDeque<>();
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      pending.add(requires.getDependency());
    }
    Set<ModuleElement> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      ModuleElement read = pending.remove();
      if (!seen.add(read)) {
        continue;
      }
      if (read.getQualifiedName().contentEquals(name)) {
        return true;
      }
      for (RequiresDirective requires : ElementFilter.requiresIn(read.getDirectives())) {
        if (requires.isTransitive()) {
          pending.add(requires.getDependency());
        }
      }
    }
    return false;
  }

  /**
   * Returns the dispatcher's class name: {@code <package>.<Outer_Inner>_TonearmDispatcher}.
   *
   * @param type a top-level or member class
   */
  static ClassName dispatcherName(TypeElement type, Elements elements) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement enclosing;
        outer = outer.getEnclosingElement()) {
      name.insert(0, '_').insert(0, enclosing.getSimpleName());
    }
    PackageElement pkg = elements.getPackageOf(type);
    return ClassName.get(pkg.getQualifiedName().toString(), name + SUFFIX);
  }

  /** Builds the dispatcher's source file. */
  JavaFile write(ListenerScanner.Listener listener) {
    TypeElement type = listener.type();
    ClassName name = dispatcherName(type, elements);
    TypeName listenerType = wildcardType(type);

    boolean casts = false;
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (event.kind())");
    for (Map.Entry<String, List<ListenerScanner.Handler>> entry : byKind(listener.handlers()).entrySet()) {
      List<ListenerScanner.Handler> handlers = entry.getValue();
      ClassName event = ClassName.get(handlers.get(0).use().type().event());
      body.add("case $L: {\n$>", entry.getKey());
      body.addStatement("$T e = ($T) event", event, event);
      boolean isolate = handlers.size() > 1;
      if (isolate) {
        // Each handler runs even if an earlier one threw; the first failure is rethrown after.
        body.addStatement("$T failure = null", RuntimeException.class);
      }
      for (ListenerScanner.Handler handler : handlers) {
        CodeBlock condition = condition(handler.use());
        if (!condition.isEmpty()) {
          body.beginControlFlow("if ($L)", condition);
        }
        CodeBlock argument;
        TypeMirror parameter = handler.parameterType();
        if (types.isSameType(parameter, handler.use().type().event().asType())) {
          argument = CodeBlock.of("e");
        } else {
          // The declared type picks this overload even if the class has another for the record.
          argument = CodeBlock.of("($T) e", TypeName.get(types.erasure(parameter)));
          casts = true;
        }
        if (isolate) {
          body.beginControlFlow("try");
        }
        body.addStatement("listener.$N($L)", handler.called().getSimpleName().toString(), argument);
        if (isolate) {
          body.nextControlFlow("catch ($T thrown)", RuntimeException.class)
              .beginControlFlow("if (failure == null)")
              .addStatement("failure = thrown")
              .nextControlFlow("else if (failure != thrown)")
              .addStatement("failure.addSuppressed(thrown)")
              .endControlFlow()
              .endControlFlow();
        }
        if (!condition.isEmpty()) {
          body.endControlFlow();
        }
      }
      if (isolate) {
        body.beginControlFlow("if (failure != null)")
            .addStatement("throw failure")
            .endControlFlow();
      }
      body.addStatement("break");
      body.add("$<}\n");
    }
    body.add("default:\n$>").addStatement("break").add("$<");
    body.endControlFlow();

    MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(listenerType, "listener")
        .addParameter(TONEARM_EVENT, "event")
        .addCode(body.build());
    if (casts) {
      dispatch.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "cast").build());
    }

    TypeSpec.Builder dispatcher = TypeSpec.classBuilder(name)
        .addOriginatingElement(type)
        .addJavadoc("Calls the event handlers of {@link $T} directly. Generated by tonearm-processor\n"
            + "from the class's {@code @On…} annotations; do not edit.\n", ClassName.get(type));
    if (generatedVisibleFrom(type)) {
      dispatcher.addAnnotation(AnnotationSpec.builder(GENERATED)
          .addMember("value", "$S", TonearmProcessor.class.getName()).build());
    }
    dispatcher.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(EVENT_DISPATCHER, listenerType))
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the dispatcher; {@code Lavalink.register} creates one per listener"
                + " class.\n")
            .addModifiers(Modifier.PUBLIC)
            .build())
        .addMethod(dispatch.build());
    return JavaFile.builder(name.packageName(), dispatcher.build())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  /** Groups handlers by kind, in the order core declares the kinds, keeping call order in each. */
  private Map<String, List<ListenerScanner.Handler>> byKind(List<ListenerScanner.Handler> handlers) {
    List<String> order = new ArrayList<>();
    TypeElement eventKind = elements.getTypeElement(EVENT_KIND);
    if (eventKind != null) {
      for (Element constant : eventKind.getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          order.add(constant.getSimpleName().toString());
        }
      }
    }
    Map<String, List<ListenerScanner.Handler>> grouped = new LinkedHashMap<>();
    for (ListenerScanner.Handler handler : handlers) {
      grouped.computeIfAbsent(handler.use().type().kind(), kind -> new ArrayList<>()).add(handler);
    }
    List<String> kinds = new ArrayList<>(grouped.keySet());
    kinds.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
    Map<String, List<ListenerScanner.Handler>> sorted = new LinkedHashMap<>();
    kinds.forEach(kind -> sorted.put(kind, Collections.unmodifiableList(grouped.get(kind))));
    return sorted;
  }

  private static int rank(List<String> order, String kind) {
    int index = order.indexOf(kind);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static CodeBlock condition(EventAnnotations.Use use) {
    List<CodeBlock> parts = new ArrayList<>();
    if (!use.node().isEmpty()) {
      parts.add(CodeBlock.of("$S.equals(e.node().name())", use.node()));
    }
    if (!use.reasons().isEmpty()) {
      List<CodeBlock> reasons = new ArrayList<>();
      for (VariableElement reason : use.reasons()) {
        reasons.add(CodeBlock.of("e.reason() == $T.$N",
            ClassName.get((TypeElement) reason.getEnclosingElement()), reason.getSimpleName().toString()));
      }
      CodeBlock any = CodeBlock.join(reasons, " || ");
      parts.add(reasons.size() > 1 && (parts.size() > 0 || !use.extraType().isEmpty())
          ? CodeBlock.of("($L)", any) : any);
    }
    if (!use.extraType().isEmpty()) {
      parts.add(CodeBlock.of("$S.equals(e.type())", use.extraType()));
    }
    return CodeBlock.join(parts, " && ");
  }

  /** Returns the class with a wildcard for each type parameter, its own and its outer classes'. */
  private static TypeName wildcardType(TypeElement type) {
    List<TypeName> wildcards = new ArrayList<>();
    type.getTypeParameters().forEach(parameter -> wildcards.add(WildcardTypeName.subtypeOf(Object.class)));
    Element outer = type.getEnclosingElement();
    if (outer instanceof TypeElement enclosing && !type.getModifiers().contains(Modifier.STATIC)
        && type.getKind() == ElementKind.CLASS && !enclosing.getKind().isInterface()) {
      TypeName outerType = wildcardType(enclosing);
      if (outerType instanceof ParameterizedTypeName parameterized) {
        return parameterized.nestedClass(type.getSimpleName().toString(), wildcards);
      }
    }
    ClassName raw = ClassName.get(type);
    return wildcards.isEmpty() ? raw : ParameterizedTypeName.get(raw, wildcards.toArray(TypeName[]::new));
  }
}
