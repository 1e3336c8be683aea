package dev.tonearm;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.palantir.javapoet.JavaFile;
import dev.tonearm.processor.TonearmProcessor;
import dev.tonearm.testkit.FakeLavalink;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * Core on the module path, as a modular bot uses it: a named module that requires only
 * {@code dev.tonearm.core} is compiled with the annotation processor and run in a JVM of its own
 * against a fake node, with the generated dispatcher passed explicitly as the README says. Runs
 * after {@code package} (failsafe), so core is its real jar.
 */
class ModulePathIT {
  private static final String MODULE = "tonearm.modular.bot";

  private static final String MODULE_INFO = """
      module tonearm.modular.bot {
        requires dev.tonearm.core;
      }
      """;

  // Not exported and not opened: the dispatcher is passed, never looked up by name.
  private static final String LISTENER = """
      package tonearm.modular.bot;

      import dev.tonearm.annotation.OnNodeReady;
      import dev.tonearm.event.NodeReadyEvent;
      import java.util.concurrent.CountDownLatch;

      public class ReadyListener {
        final CountDownLatch ready = new CountDownLatch(1);
        volatile String node;

        @OnNodeReady
        void ready(NodeReadyEvent event) {
          node = event.node().name();
          ready.countDown();
        }
      }
      """;

  private static final String MAIN = """
      package tonearm.modular.bot;

      import dev.tonearm.Lavalink;
      import dev.tonearm.node.NodeOptions;
      import java.net.URI;
      import java.util.concurrent.TimeUnit;

      public final class Main {
        public static void main(String[] args) throws Exception {
          ReadyListener listener = new ReadyListener();
          try (Lavalink lavalink = Lavalink.builder(42L)
              .node(NodeOptions.builder("modular", URI.create(args[0]), args[1]).build())
              .listener(listener, new ReadyListener_TonearmDispatcher())
              .build()) {
            if (!listener.ready.await(30, TimeUnit.SECONDS)) {
              System.out.println("no NodeReadyEvent within 30 s");
              System.exit(3);
            }
            System.out.println("core module: " + Lavalink.class.getModule().getName());
            System.out.println("ready: " + listener.node);
          }
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void register_namedModuleWithGeneratedDispatcher_listenerGetsNodeReady() throws Exception {
    Path core = jarOf(Lavalink.class);
    assertThat(core.getFileName().toString()).as("core on the test class path").endsWith(".jar");
    String modulePath = join(core, jarOf(Gson.class), jarOf(Logger.class), jarOf(NullMarked.class));

    Path sources = dir.resolve("src");
    write(sources.resolve("module-info.java"), MODULE_INFO);
    write(sources.resolve("tonearm/modular/bot/ReadyListener.java"), LISTENER);
    write(sources.resolve("tonearm/modular/bot/Main.java"), MAIN);
    Path classes = dir.resolve("classes");
    compile(sources, classes, modulePath,
        join(jarOf(TonearmProcessor.class), jarOf(JavaFile.class)));
    assertThat(classes.resolve("tonearm/modular/bot/ReadyListener_TonearmDispatcher.class"))
        .as("the dispatcher the processor generated").exists();

    String output;
    try (FakeLavalink node = FakeLavalink.start()) {
      output = run(List.of(javaExecutable(), "--module-path", join(classes) + File.pathSeparator
          + join(core, jarOf(Gson.class), jarOf(Logger.class)),
          "--module", MODULE + "/" + MODULE + ".Main", node.uri().toString(), node.password()));
    }

    assertThat(output).contains("core module: dev.tonearm.core", "ready: modular");
  }

  @Test
  void moduleName_publishedJarsOnTheTestClassPath_isTheStableName() throws Exception {
    assertThat(moduleName(jarOf(Lavalink.class))).isEqualTo("dev.tonearm.core");
    assertThat(moduleName(jarOf(FakeLavalink.class))).isEqualTo("dev.tonearm.testkit");
    assertThat(moduleName(jarOf(TonearmProcessor.class))).isEqualTo("dev.tonearm.processor");
  }

  /** The name the module system gives the jar, declared or derived from the file name. */
  private static String moduleName(Path jar) {
    assertThat(jar.getFileName().toString()).as("a jar, not a class directory").endsWith(".jar");
    return ModuleFinder.of(jar).findAll().iterator().next().descriptor().name();
  }

  private static void compile(Path sources, Path classes, String modulePath, String processorPath)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(path -> path.toString().endsWith(".java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = List.of("--release", "17", "-d", classes.toString(),
        "--module-path", modulePath, "--processor-path", processorPath);
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(diagnostics, fileManager, null, options, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
      assertThat(compiled).as("javac: %s", diagnostics).isTrue();
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("module-path-run", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      boolean exited = process.waitFor(60, TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly();
      }
      String output = Files.readString(log);
      assertThat(exited).as("the modular bot exits; it printed: %s", output).isTrue();
      assertThat(process.exitValue()).as("exit code; it printed: %s", output).isZero();
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String join(Path... paths) {
    return Stream.of(paths).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
