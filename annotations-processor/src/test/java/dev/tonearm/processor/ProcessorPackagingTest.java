package dev.tonearm.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/** How build tools find the processor, and what it needs on the annotation processor path. */
class ProcessorPackagingTest {

  @Test
  void serviceFile_registersTheProcessorForJavac() {
    List<String> processors = ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream()
        .map(provider -> provider.type().getName())
        .toList();

    assertThat(processors).contains(TonearmProcessor.class.getName());
  }

  @Test
  void gradleFile_declaresTheProcessorIsolating() {
    assertThat(Compiles.resource("META-INF/gradle/incremental.annotation.processors").strip())
        .isEqualTo("dev.tonearm.processor.TonearmProcessor,isolating");
  }

  @Test
  void processor_loadedWithJavaPoetAlone_generatesDispatchers() throws Exception {
    URL processorClasses = TonearmProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    URL javaPoet = JavaFile.class.getProtectionDomain().getCodeSource().getLocation();
    // No core, OkHttp or Gson: only what a bot's annotation processor path holds.
    try (URLClassLoader processorPath = new URLClassLoader(new URL[] {processorClasses, javaPoet},
        ClassLoader.getPlatformClassLoader())) {
      Processor processor = (Processor) processorPath.loadClass(TonearmProcessor.class.getName())
          .getConstructor().newInstance();

      Compilation compilation = javac().withProcessors(processor).compile(Compiles.source(
          "com.example.Listener", """
              package com.example;

              import dev.tonearm.annotation.OnTrackStart;
              import dev.tonearm.event.TrackStartEvent;

              public class Listener {
                @OnTrackStart
                void started(TrackStartEvent event) {}
              }
              """));

      assertThat(compilation).succeeded();
      assertThat(Compiles.generatedSource(compilation, "com.example.Listener_TonearmDispatcher"))
          .contains("listener.started(e);");
      assertThat(processor.getClass().getClassLoader()).isSameAs(processorPath);
    }
  }
}
