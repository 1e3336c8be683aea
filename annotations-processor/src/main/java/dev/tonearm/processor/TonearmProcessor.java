package dev.tonearm.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@code <package>.<Outer_Inner>_TonearmDispatcher} for every class that declares a
 * method annotated with an event annotation of {@code dev.tonearm.annotation} (one that carries
 * {@code @HandlesEvent}). Each dispatcher has one originating element, its listener class, which
 * keeps the processor isolating for Gradle's incremental compilation.
 */
@AutoService(Processor.class)
public final class TonearmProcessor extends AbstractProcessor {
  private @Nullable EventAnnotations annotations;
  private @Nullable ListenerScanner scanner;
  private @Nullable DispatcherWriter writer;

  /** Creates the processor; javac does this. */
  public TonearmProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    annotations = new EventAnnotations(processingEnv.getElementUtils());
    scanner = new ListenerScanner(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
        processingEnv.getMessager(), annotations);
    writer = new DispatcherWriter(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    // Handlers in local and anonymous classes are not visible to annotation processing; javac
    // shows them after attribution.
    LocalClassChecker.install(processingEnv, annotations);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.tonearm.annotation.*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> present, RoundEnvironment round) {
    EventAnnotations annotations = this.annotations;
    ListenerScanner scanner = this.scanner;
    DispatcherWriter writer = this.writer;
    if (annotations == null || scanner == null || writer == null) {
      throw new IllegalStateException("init was not called");
    }
    Set<TypeElement> listeners = new LinkedHashSet<>();
    for (TypeElement annotation : present) {
      if (!annotations.isEventAnnotation(annotation)) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.METHOD
            && element.getEnclosingElement() instanceof TypeElement listener) {
          listeners.add(listener);
        }
      }
    }
    for (TypeElement listener : listeners) {
      scanner.scan(listener, listeners).ifPresent(valid -> {
        try {
          writer.write(valid).writeTo(processingEnv.getFiler());
        } catch (IOException e) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.CANNOT_WRITE.format(
              DispatcherWriter.dispatcherName(listener, processingEnv.getElementUtils()), e.getMessage()),
              listener);
        }
      });
    }
    // The annotations are Tonearm's; claiming them keeps javac's -Xlint:processing quiet.
    return true;
  }
}
