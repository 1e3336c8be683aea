package dev.tonearm.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every message of the processor, each pinned to the line it must point at. */
class DiagnosticsTest {

  /** A listener class {@code com.example.Listener} with the given members. */
  private static String listener(String members) {
    return """
        package com.example;

        import dev.tonearm.annotation.*;
        import dev.tonearm.event.*;

        public class Listener {
        %s
        }
        """.formatted(members);
  }

  /** Compiles {@code com.example.Listener} and checks the error's tag, file and line. */
  private static Compilation assertError(String source, Message message, String marker) {
    JavaFileObject file = Compiles.source("com.example.Listener", source);
    Compilation compilation = Compiles.withProcessor(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message.tag()).inFile(file)
        .onLine(Compiles.lineOf(source, marker));
    return compilation;
  }

  @Test
  void privateHandler_isAnError() {
    Compilation compilation = assertError(listener("""
          @OnTrackStart
          private void started(TrackStartEvent event) {}
        """), Message.PRIVATE_HANDLER, "private void started");

    assertThat(compilation).hadErrorContaining("[TONEARM-001] @OnTrackStart method"
        + " Listener.started(TrackStartEvent) must not be private");
  }

  @Test
  void staticHandler_isAnError() {
    assertError(listener("""
          @OnTrackStart
          static void started(TrackStartEvent event) {}
        """), Message.STATIC_HANDLER, "static void started");
  }

  @Test
  void nonVoidReturn_isAnError() {
    Compilation compilation = assertError(listener("""
          @OnTrackEnd
          boolean ended(TrackEndEvent event) {
            return true;
          }
        """), Message.NON_VOID_RETURN, "boolean ended");

    assertThat(compilation).hadErrorContaining("must return void, not boolean");
  }

  @Test
  void noParameter_isAnError() {
    Compilation compilation = assertError(listener("""
          @OnStatsUpdate
          void stats() {}
        """), Message.PARAMETER_COUNT, "void stats()");

    assertThat(compilation).hadErrorContaining("takes 0");
  }

  @Test
  void twoParameters_isAnError() {
    Compilation compilation = assertError(listener("""
          @OnStatsUpdate
          void stats(StatsEvent event, String extra) {}
        """), Message.PARAMETER_COUNT, "void stats(");

    assertThat(compilation).hadErrorContaining("takes 2");
  }

  @Test
  void parameterOfAnotherEventType_isAnError() {
    Compilation compilation = assertError(listener("""
          @OnTrackStart
          void started(TrackEndEvent event) {}
        """), Message.PARAMETER_TYPE, "void started");

    assertThat(compilation).hadErrorContaining("its parameter type dev.tonearm.event.TrackEndEvent"
        + " is neither TrackStartEvent nor a supertype of it");
  }

  @Test
  void parameterOfAnUnrelatedType_isAnError() {
    assertError(listener("""
          @OnNodeReady
          void ready(String event) {}
        """), Message.PARAMETER_TYPE, "void ready");
  }

  @Test
  void playerEventParameterForANodeEvent_isAnError() {
    assertError(listener("""
          @OnNodeReady
          void ready(PlayerEvent event) {}
        """), Message.PARAMETER_TYPE, "void ready");
  }

  @Test
  void twoEventAnnotations_isAnError() {
    Compilation compilation = assertError(listener("""
          @OnTrackStart
          @OnTrackEnd
          void both(TrackEvent event) {}
        """), Message.TWO_EVENT_ANNOTATIONS, "void both");

    assertThat(compilation).hadErrorContaining("carries both @OnTrackStart and @OnTrackEnd");
  }

  @Test
  void privateListenerClass_isAnErrorOnTheClass() {
    assertError(listener("""
          private static class Hidden {
            @OnTrackStart
            void started(TrackStartEvent event) {}
          }
        """), Message.PRIVATE_CLASS, "class Hidden");
  }

  @Test
  void listenerNestedInAPrivateClass_isAnErrorOnTheListener() {
    Compilation compilation = assertError(listener("""
          private static class Hidden {
            static class Deep {
              @OnTrackStart
              void started(TrackStartEvent event) {}
            }
          }
        """), Message.PRIVATE_CLASS, "class Deep");

    assertThat(compilation).hadErrorContaining("(com.example.Listener.Hidden is private)");
  }

  @Test
  void handlerInALocalClass_isAnError() {
    assertError(listener("""
          void register() {
            class Local {
              @OnTrackStart
              void started(TrackStartEvent event) {}
            }
          }
        """), Message.LOCAL_CLASS, "void started");
  }

  @Test
  void handlerInAnAnonymousClass_isAnError() {
    assertError(listener("""
          Object make() {
            return new Object() {
              @OnTrackStart
              void started(TrackStartEvent event) {}
            };
          }
        """), Message.ANONYMOUS_CLASS, "void started");
  }

  @Test
  void handlerWithTypeParameters_isAnError() {
    assertError(listener("""
          @OnTrackStart
          <T> void started(TrackStartEvent event) {}
        """), Message.GENERIC_METHOD, "void started");
  }

  @Test
  void typeVariableParameterInAGenericClass_isAnError() {
    String source = """
        package com.example;

        import dev.tonearm.annotation.OnTrackStart;
        import dev.tonearm.event.TrackEvent;

        public class Listener<E extends TrackEvent> {
          @OnTrackStart
          void started(E event) {}
        }
        """;

    Compilation compilation = assertError(source, Message.TYPE_VARIABLE_PARAMETER, "void started");

    assertThat(compilation).hadErrorContaining("declare the parameter as TrackStartEvent or a"
        + " supertype of it");
  }

  @Test
  void checkedException_isAnError() {
    Compilation compilation = assertError(listener("""
          @OnTrackStart
          void started(TrackStartEvent event) throws java.io.IOException {}
        """), Message.CHECKED_EXCEPTION, "void started");

    assertThat(compilation).hadErrorContaining("java.io.IOException");
  }

  @Test
  void handlerInAnInterface_isAnError() {
    assertError(listener("""
          interface Handlers {
            @OnTrackStart
            default void started(TrackStartEvent event) {}
          }
        """), Message.HANDLER_IN_INTERFACE, "default void started");
  }

  @Test
  void blankNode_isAnError() {
    assertError(listener("""
          @OnTrackStart(node = " ")
          void started(TrackStartEvent event) {}
        """), Message.BLANK_NODE, "void started");
  }

  @Test
  void blankExtraEventType_isAnError() {
    assertError(listener("""
          @OnExtraEvent(type = "\\t")
          void extra(ExtraEvent event) {}
        """), Message.BLANK_EVENT_TYPE, "void extra");
  }

  @Test
  void nonPublicHandlerInheritedFromAnotherPackage_isAnErrorOnTheSubclass() {
    String base = """
        package com.example.base;

        import dev.tonearm.annotation.OnTrackEnd;
        import dev.tonearm.annotation.OnTrackStart;
        import dev.tonearm.event.TrackEndEvent;
        import dev.tonearm.event.TrackStartEvent;

        public class Base {
          @OnTrackStart
          void started(TrackStartEvent event) {}

          @OnTrackEnd
          protected void ended(TrackEndEvent event) {}
        }
        """;
    String sub = """
        package com.example;

        import dev.tonearm.annotation.OnQueueEnd;
        import dev.tonearm.event.QueueEndEvent;

        public class Sub extends com.example.base.Base {
          // Compiles only if the base class, which is fine, got its dispatcher.
          final Object baseDispatcher = new com.example.base.Base_TonearmDispatcher();

          @OnQueueEnd
          void queueEnded(QueueEndEvent event) {}
        }
        """;
    JavaFileObject subFile = Compiles.source("com.example.Sub", sub);

    Compilation compilation = Compiles.withProcessor(Compiles.source("com.example.base.Base", base), subFile);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    int line = Compiles.lineOf(sub, "public class Sub");
    assertThat(compilation).hadErrorContaining("[TONEARM-016] listener class com.example.Sub"
        + " inherits the @OnTrackStart method Base.started(TrackStartEvent)").inFile(subFile).onLine(line);
    assertThat(compilation).hadErrorContaining("[TONEARM-016] listener class com.example.Sub"
        + " inherits the @OnTrackEnd method Base.ended(TrackEndEvent)").inFile(subFile).onLine(line);
  }

  @Test
  void invalidHandlerInheritedFromACompiledLibrary_isAnErrorOnTheSubclass(@TempDir Path library) {
    String base = """
        package com.example.lib;

        import dev.tonearm.annotation.OnTrackStart;
        import dev.tonearm.event.TrackStartEvent;

        public class LibraryBase {
          @OnTrackStart
          public int started(TrackStartEvent event) {
            return 1;
          }
        }
        """;
    Compilation built = Compiles.withoutProcessor(Compiles.source("com.example.lib.LibraryBase", base));
    assertThat(built).succeeded();
    writeClasses(built, library);
    String sub = """
        package com.example;

        import dev.tonearm.annotation.OnQueueEnd;
        import dev.tonearm.event.QueueEndEvent;

        public class Sub extends com.example.lib.LibraryBase {
          @OnQueueEnd
          void queueEnded(QueueEndEvent event) {}
        }
        """;
    JavaFileObject subFile = Compiles.source("com.example.Sub", sub);

    Compilation compilation = Compiles.withProcessor(List.of("-classpath",
        library + File.pathSeparator + System.getProperty("java.class.path")), subFile);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TONEARM-017] listener class com.example.Sub inherits"
        + " an invalid handler: [TONEARM-003] @OnTrackStart method LibraryBase.started(TrackStartEvent)"
        + " must return void, not int").inFile(subFile).onLine(Compiles.lineOf(sub, "public class Sub"));
  }

  @Test
  void twoClassesWithTheSameDispatcherName_secondIsAnError() {
    String source = """
        package com.example;

        import dev.tonearm.annotation.OnTrackStart;
        import dev.tonearm.event.TrackStartEvent;

        public class Outer {
          public static class Inner {
            @OnTrackStart
            void started(TrackStartEvent event) {}
          }
        }

        class Outer_Inner {
          @OnTrackStart
          void started(TrackStartEvent event) {}
        }
        """;
    JavaFileObject file = Compiles.source("com.example.Outer", source);

    Compilation compilation = Compiles.withProcessor(file);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TONEARM-018] cannot write"
        + " com.example.Outer_Inner_TonearmDispatcher").inFile(file)
        .onLine(Compiles.lineOf(source, "class Outer_Inner"));
  }

  @Test
  void classWithManyProblems_reportsEveryOneOfThem() {
    String source = listener("""
          @OnTrackStart
          private void one(TrackStartEvent event) {}

          @OnTrackEnd
          static int two(TrackEndEvent event) {
            return 2;
          }

          @OnStatsUpdate
          void three(StatsEvent event, int extra) {}

          @OnTrackStart(node = "")
          void fine(TrackStartEvent event) {}

          @OnTrackStuck
          void four(TrackStartEvent event) {}
        """);
    JavaFileObject file = Compiles.source("com.example.Listener", source);

    Compilation compilation = Compiles.withProcessor(file);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(5);
    assertThat(compilation).hadErrorContaining(Message.PRIVATE_HANDLER.tag()).inFile(file)
        .onLine(Compiles.lineOf(source, "void one"));
    assertThat(compilation).hadErrorContaining(Message.STATIC_HANDLER.tag()).inFile(file)
        .onLine(Compiles.lineOf(source, "int two"));
    assertThat(compilation).hadErrorContaining(Message.NON_VOID_RETURN.tag()).inFile(file)
        .onLine(Compiles.lineOf(source, "int two"));
    assertThat(compilation).hadErrorContaining(Message.PARAMETER_COUNT.tag()).inFile(file)
        .onLine(Compiles.lineOf(source, "void three"));
    assertThat(compilation).hadErrorContaining(Message.PARAMETER_TYPE.tag()).inFile(file)
        .onLine(Compiles.lineOf(source, "void four"));
  }

  @Test
  void problemsInOneClass_doNotStopTheDispatcherOfAnother() {
    JavaFileObject bad = Compiles.source("com.example.Listener", listener("""
          @OnTrackStart
          private void started(TrackStartEvent event) {}
        """));
    JavaFileObject good = Compiles.source("com.example.Good", """
        package com.example;

        import dev.tonearm.annotation.OnTrackStart;
        import dev.tonearm.event.TrackStartEvent;

        public class Good {
          // Compiles only if the dispatcher was generated.
          final Object dispatcher = new Good_TonearmDispatcher();

          @OnTrackStart
          void started(TrackStartEvent event) throws IllegalStateException {}
        }
        """);

    Compilation compilation = Compiles.withProcessor(bad, good);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Message.PRIVATE_HANDLER.tag());
  }

  @Test
  void messages_haveUniqueTagsInDeclarationOrder() {
    Message[] messages = Message.values();
    for (int i = 0; i < messages.length; i++) {
      assertThat(messages[i].tag()).isEqualTo(String.format(Locale.ROOT, "[TONEARM-%03d]", i + 1));
    }
  }

  @Test
  void diagnostics_areErrorsNotWarnings() {
    Compilation compilation = Compiles.withProcessor(Compiles.source("com.example.Listener", listener("""
          @OnTrackStart
          static void started(TrackStartEvent event) {}
        """)));

    assertThat(compilation.diagnostics()).filteredOn(d -> d.getMessage(Locale.ROOT).contains("TONEARM"))
        .extracting(Diagnostic::getKind).containsOnly(Diagnostic.Kind.ERROR);
  }

  private static void writeClasses(Compilation compilation, Path directory) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      Path target = directory.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
