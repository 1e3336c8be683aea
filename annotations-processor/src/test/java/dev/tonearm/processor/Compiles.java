package dev.tonearm.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles sources with the processor in memory and loads what came out. */
final class Compiles {
  private Compiles() {}

  /** A source file named after its class. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** Compiles with the processor and every lint warning but javac's processing chatter. */
  static Compilation withProcessor(JavaFileObject... sources) {
    return javac()
        .withProcessors(new TonearmProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  /** Compiles with the processor and extra javac options, such as a class path. */
  static Compilation withProcessor(List<String> options, JavaFileObject... sources) {
    return javac()
        .withProcessors(new TonearmProcessor())
        .withOptions(options)
        .compile(sources);
  }

  /** Compiles without any annotation processor, as a library built without Tonearm's would be. */
  static Compilation withoutProcessor(JavaFileObject... sources) {
    return javac().withOptions("-proc:none").compile(sources);
  }

  /** Returns the 1-based line of the only line of {@code text} that contains {@code marker}. */
  static int lineOf(String text, String marker) {
    String[] lines = text.split("\n", -1);
    int found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        if (found != -1) {
          throw new IllegalArgumentException("'" + marker + "' is on more than one line");
        }
        found = i + 1;
      }
    }
    if (found == -1) {
      throw new IllegalArgumentException("'" + marker + "' is on no line");
    }
    return found;
  }

  /** Returns the generated source of a class as text. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    String path = "/" + qualifiedName.replace('.', '/') + ".java";
    return compilation.generatedSourceFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith(path))
        .findFirst()
        .map(Compiles::read)
        .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName + " in "
            + compilation.generatedSourceFiles()));
  }

  /** Reads a test resource as UTF-8 text. */
  static String resource(String path) {
    try (InputStream in = Compiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a class loader for the compiled classes, on top of the tests' own. */
  static ClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
          path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(Compiles.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  private static String read(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
