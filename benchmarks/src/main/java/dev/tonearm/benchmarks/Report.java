package dev.tonearm.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tonearm.benchmarks.loopback.RestSuite;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns the result files of one run of {@code benchmarks/run-all.sh} into the Markdown tables of
 * {@code benchmarks/README.md}: every figure is the median of the runs (JMH iterations for the
 * JMH benchmarks) with the smallest and largest in brackets, Tonearm beside the official client
 * and the floor, with the ratios and the targets of the issue checked.
 *
 * <p>Arguments: the repository root (for the class paths of the footprint table) and the results
 * directory.
 */
public final class Report {
  private static final String[] FRAMES = {"playerUpdate", "stats", "trackStart", "trackEnd"};
  private static final String[] COMMANDS = RestSuite.COMMANDS;
  private static final double KIB = 1024;
  private static final double MB = 1_000_000;
  /**
   * Artifacts of Tonearm's class path that JDA 6.5.0 depends on itself (its POM: okhttp-jvm,
   * which brings okio-jvm, kotlin-stdlib and JetBrains' annotations; slf4j-api), so a JDA bot
   * has them already.
   */
  private static final List<String> JDA_BRINGS = List.of("okhttp-jvm", "okio-jvm", "kotlin-stdlib",
      "annotations", "slf4j-api");

  private final Path root;
  private final Path results;
  private final StringBuilder out = new StringBuilder();

  private Report(Path root, Path results) {
    this.root = root;
    this.results = results;
  }

  /**
   * Prints the report.
   *
   * @param args the repository root and the results directory
   * @throws IOException if a result file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Report report = new Report(Path.of(args[0]), Path.of(args[1]));
    report.header();
    report.inbound();
    report.endToEnd();
    report.rest();
    report.memory();
    report.footprint();
    System.out.print(report.out);
  }

  // ---- machine -------------------------------------------------------------------------------

  private void header() throws IOException {
    String cpu = "unknown";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      cpu = Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
    }
    long memory = ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    line("- Machine: %d cores (`nproc`), CPU `%s`, %.0f GiB, %s %s.", Runtime.getRuntime()
        .availableProcessors(), cpu, memory / KIB / KIB / KIB, System.getProperty("os.name"),
        System.getProperty("os.version"));
    line("- JDK: %s %s (%s).", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("java.vendor"));
    line("- Date: %s (UTC).", LocalDate.now(ZoneOffset.UTC));
    Path load = results.resolve("load.tsv");
    if (Files.exists(load)) {
      List<String> averages = Files.readAllLines(load).stream()
          .map(row -> row.substring(row.indexOf('\t') + 1).split(" ")[0]).toList();
      line("- Load average (1 min) at the start of each step: %s; 2.0 means both cores busy.",
          String.join(", ", averages));
    }
    line("");
  }

  // ---- inbound (JMH) ---------------------------------------------------------------------------

  /** Iteration scores of one JMH benchmark and parameter, primary and allocation per op. */
  private record Jmh(List<Double> nanos, List<Double> bytes, String settings) {}

  private Map<String, Jmh> readJmh(String file) throws IOException {
    Map<String, Jmh> byName = new LinkedHashMap<>();
    Path path = results.resolve(file);
    if (!Files.exists(path)) {
      return byName;
    }
    JsonArray runs = JsonParser.parseString(Files.readString(path)).getAsJsonArray();
    for (JsonElement element : runs) {
      JsonObject run = element.getAsJsonObject();
      String benchmark = run.get("benchmark").getAsString();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String frame = run.getAsJsonObject("params").get("frame").getAsString();
      List<Double> nanos = raw(run.getAsJsonObject("primaryMetric"));
      JsonObject secondary = run.getAsJsonObject("secondaryMetrics");
      List<Double> bytes = secondary != null && secondary.has("gc.alloc.rate.norm")
          ? raw(secondary.getAsJsonObject("gc.alloc.rate.norm")) : List.of();
      String settings = String.format(Locale.ROOT, "%d forks × (%d warm-up + %d measured"
          + " iterations of %s), JVM options %s", run.get("forks").getAsInt(),
          run.get("warmupIterations").getAsInt(), run.get("measurementIterations").getAsInt(),
          run.get("measurementTime").getAsString(), run.get("jvmArgs"));
      byName.put(method + "/" + frame, new Jmh(nanos, bytes, settings));
    }
    return byName;
  }

  private static List<Double> raw(JsonObject metric) {
    List<Double> values = new ArrayList<>();
    for (JsonElement fork : metric.getAsJsonArray("rawData")) {
      for (JsonElement value : fork.getAsJsonArray()) {
        values.add(value.getAsDouble());
      }
    }
    return values;
  }

  private void inbound() throws IOException {
    Map<String, Jmh> jmh = new LinkedHashMap<>(readJmh("inbound-tonearm.json"));
    jmh.putAll(readJmh("inbound-official.json"));
    if (jmh.isEmpty()) {
      return;
    }
    line("### Inbound pipeline per frame (`InboundBenchmark`, `OfficialInboundBenchmark`)");
    line("");
    line("JMH, average time per frame on one thread (so CPU time per frame); median of the"
        + " iterations of all forks, smallest and largest in brackets. %s.",
        jmh.values().iterator().next().settings());
    line("");
    line("| frame | Tonearm ns | official ns | official decode only ns | Gson floor ns |"
        + " Tonearm ÷ official | Tonearm ÷ floor |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    List<String> third = new ArrayList<>();
    List<String> twice = new ArrayList<>();
    for (String frame : FRAMES) {
      Jmh tonearm = jmh.get("tonearm/" + frame);
      Jmh official = jmh.get("official/" + frame);
      Jmh decode = jmh.get("kotlinxDecode/" + frame);
      Jmh floor = jmh.get("gsonStreaming/" + frame);
      double vsOfficial = ratio(tonearm == null ? null : tonearm.nanos(),
          official == null ? null : official.nanos());
      double vsFloor = ratio(tonearm == null ? null : tonearm.nanos(),
          floor == null ? null : floor.nanos());
      line("| %s | %s | %s | %s | %s | %s | %s |", frame, spread(nanos(tonearm), "%,.0f"),
          spread(nanos(official), "%,.0f"), spread(nanos(decode), "%,.0f"),
          spread(nanos(floor), "%,.0f"), times(vsOfficial), times(vsFloor));
      third.add(frame + " " + times(vsOfficial));
      twice.add(frame + " " + times(vsFloor));
      if (!(vsOfficial <= 1 / 3.0)) {
        third.set(third.size() - 1, third.get(third.size() - 1) + " (missed)");
      }
      if (!(vsFloor <= 2)) {
        twice.set(twice.size() - 1, twice.get(twice.size() - 1) + " (missed)");
      }
    }
    line("");
    line("| frame | Tonearm frames/s | official frames/s | Tonearm B/frame | official B/frame |"
        + " official decode only B/frame | Gson floor B/frame |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    for (String frame : FRAMES) {
      line("| %s | %s | %s | %s | %s | %s | %s |", frame,
          perSecond(jmh.get("tonearm/" + frame)), perSecond(jmh.get("official/" + frame)),
          bytes(jmh.get("tonearm/" + frame)), bytes(jmh.get("official/" + frame)),
          bytes(jmh.get("kotlinxDecode/" + frame)), bytes(jmh.get("gsonStreaming/" + frame)));
    }
    line("");
    line("Target: Tonearm's CPU time per frame at most ⅓ of the official client's: %s.",
        String.join(", ", third));
    line("Target: at most 2× the Gson-streaming floor: %s.", String.join(", ", twice));
    line("");
  }

  private static @Nullable List<Double> nanos(@Nullable Jmh jmh) {
    return jmh == null ? null : jmh.nanos();
  }

  private static String perSecond(@Nullable Jmh jmh) {
    return jmh == null ? "–" : String.format(Locale.ROOT, "%,.0f", 1e9 / median(jmh.nanos()));
  }

  private static String bytes(@Nullable Jmh jmh) {
    return jmh == null || jmh.bytes().isEmpty() ? "–"
        : String.format(Locale.ROOT, "%,.0f", median(jmh.bytes()));
  }

  // ---- tab-separated results ------------------------------------------------------------------

  private Map<String, List<Double>> readTsv(String... files) throws IOException {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (String file : files) {
      Path path = results.resolve(file);
      if (!Files.exists(path)) {
        continue;
      }
      for (String row : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        String[] cells = row.split("\t");
        if (cells.length == 5) {
          values.computeIfAbsent(cells[1] + "/" + cells[2] + "/" + cells[3], key -> new ArrayList<>())
              .add(Double.parseDouble(cells[4]));
        }
      }
    }
    return values;
  }

  private void endToEnd() throws IOException {
    Map<String, List<Double>> e2e = readTsv("e2e-tonearm.tsv", "e2e-official.tsv");
    if (e2e.isEmpty()) {
      return;
    }
    line("### Event throughput end to end (`EndToEndBenchmark`, `OfficialEndToEndBenchmark`)");
    line("");
    line("Runs of %,.0f frames each; median of the runs, smallest and largest in brackets. CPU is"
        + " the process's minus the loopback server's threads; bytes are those allocated by every"
        + " thread but the server's.", (double) e2eFrames());
    line("");
    line("| frame | Tonearm frames/s | official frames/s | OkHttp 5 floor | OkHttp 4 floor |"
        + " Tonearm ÷ official |");
    line("|---|---:|---:|---:|---:|---:|");
    for (String frame : FRAMES) {
      List<Double> tonearm = e2e.get("tonearm/" + frame + "/framesPerSecond");
      List<Double> official = e2e.get("official/" + frame + "/framesPerSecond");
      line("| %s | %s | %s | %s | %s | %s |", frame, spread(tonearm, "%,.0f"),
          spread(official, "%,.0f"), spread(e2e.get("okhttp5/" + frame + "/framesPerSecond"), "%,.0f"),
          spread(e2e.get("okhttp4/" + frame + "/framesPerSecond"), "%,.0f"), times(ratio(tonearm, official)));
    }
    line("");
    line("| frame | Tonearm CPU ns | official CPU ns | OkHttp 5 floor | OkHttp 4 floor |"
        + " Tonearm ÷ official | Tonearm B | official B | OkHttp 5 B | OkHttp 4 B |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String frame : FRAMES) {
      List<Double> tonearm = e2e.get("tonearm/" + frame + "/cpuNanosPerFrame");
      List<Double> official = e2e.get("official/" + frame + "/cpuNanosPerFrame");
      line("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", frame, spread(tonearm, "%,.0f"),
          spread(official, "%,.0f"), spread(e2e.get("okhttp5/" + frame + "/cpuNanosPerFrame"), "%,.0f"),
          spread(e2e.get("okhttp4/" + frame + "/cpuNanosPerFrame"), "%,.0f"),
          times(ratio(tonearm, official)),
          med(e2e.get("tonearm/" + frame + "/bytesPerFrame"), "%,.0f"),
          med(e2e.get("official/" + frame + "/bytesPerFrame"), "%,.0f"),
          med(e2e.get("okhttp5/" + frame + "/bytesPerFrame"), "%,.0f"),
          med(e2e.get("okhttp4/" + frame + "/bytesPerFrame"), "%,.0f"));
    }
    line("");
  }

  private long e2eFrames() {
    String frames = System.getProperty("e2e.frames", "100000");
    return Long.parseLong(frames);
  }

  private void rest() throws IOException {
    Map<String, List<Double>> rest = readTsv("rest-tonearm.tsv", "rest-official.tsv");
    if (rest.isEmpty()) {
      return;
    }
    line("### REST commands (`RestBenchmark`, `OfficialRestBenchmark`)");
    line("");
    line("Against the testkit's fake node in its own JVM. The raw OkHttp contenders send the same"
        + " requests with a default client and only read the body. Median of the runs, smallest"
        + " and largest in brackets; latencies in µs.");
    line("");
    line("**Closed loop** (`ClosedLoop`): each of N guilds sends its next command when the previous"
        + " one completed, so 16 and 256 guilds saturate both cores (the node's JVM and the"
        + " client's share them) and their latency is mostly the queue.");
    line("");
    latencyTable(rest, "");
    List<String> added = new ArrayList<>();
    for (String command : COMMANDS) {
      added.add(addedLatency(rest, command + "@1"));
    }
    line("");
    line("| command @ guilds | Tonearm /s | OkHttp 5 /s | official /s | OkHttp 4 /s |"
        + " Tonearm CPU µs | OkHttp 5 CPU µs | official CPU µs | OkHttp 4 CPU µs |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String command : COMMANDS) {
      for (int guilds : new int[] {1, 16, 256}) {
        String scenario = command + "@" + guilds;
        line("| %s | %s | %s | %s | %s | %s | %s | %s | %s |", scenario,
            med(rest.get("tonearm/" + scenario + "/perSecond"), "%,.0f"),
            med(rest.get("okhttp5/" + scenario + "/perSecond"), "%,.0f"),
            med(rest.get("official/" + scenario + "/perSecond"), "%,.0f"),
            med(rest.get("okhttp4/" + scenario + "/perSecond"), "%,.0f"),
            med(rest.get("tonearm/" + scenario + "/cpuMicros"), "%,.0f"),
            med(rest.get("okhttp5/" + scenario + "/cpuMicros"), "%,.0f"),
            med(rest.get("official/" + scenario + "/cpuMicros"), "%,.0f"),
            med(rest.get("okhttp4/" + scenario + "/cpuMicros"), "%,.0f"));
      }
    }
    line("");
    line("CPU is the client JVM's CPU time per completed command (all its threads, JIT and"
        + " garbage collection included); the node runs in another JVM on the same two cores.");
    line("");
    line("**Fixed rate** (`FixedRate`): %,d commands per second, each due at its time whatever"
        + " the answers do, spread over 16 and 256 guilds; latency counts from when a command was"
        + " due. Below saturation every contender meets the node in the same state, so the"
        + " difference is what the client adds.", RestSuite.FIXED_RATE);
    line("");
    latencyTable(rest, "/fixed");
    for (String command : COMMANDS) {
      for (int guilds : RestSuite.FIXED_RATE_GUILDS) {
        added.add(addedLatency(rest, command + "@" + guilds + "/fixed"));
      }
    }
    line("");
    line("Target: Tonearm's added latency over raw OkHttp at most 50 µs at p50 (one guild, and"
        + " 16 and 256 guilds at a fixed rate): %s.", String.join(", ", added));
    line("");
  }

  private void latencyTable(Map<String, List<Double>> rest, String suffix) {
    line("| command @ guilds | Tonearm p50 | OkHttp 5 p50 | Tonearm added | official p50 |"
        + " OkHttp 4 p50 | official added | Tonearm p99 | OkHttp 5 p99 | official p99 |"
        + " OkHttp 4 p99 |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String command : COMMANDS) {
      for (int guilds : suffix.isEmpty() ? new int[] {1, 16, 256} : RestSuite.FIXED_RATE_GUILDS) {
        String scenario = command + "@" + guilds + suffix;
        List<Double> tonearmP50 = rest.get("tonearm/" + scenario + "/p50Micros");
        List<Double> okhttp5P50 = rest.get("okhttp5/" + scenario + "/p50Micros");
        List<Double> officialP50 = rest.get("official/" + scenario + "/p50Micros");
        List<Double> okhttp4P50 = rest.get("okhttp4/" + scenario + "/p50Micros");
        line("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", scenario,
            spread(tonearmP50, "%,.0f"), spread(okhttp5P50, "%,.0f"),
            signed(difference(tonearmP50, okhttp5P50)),
            spread(officialP50, "%,.0f"), spread(okhttp4P50, "%,.0f"),
            signed(difference(officialP50, okhttp4P50)),
            med(rest.get("tonearm/" + scenario + "/p99Micros"), "%,.0f"),
            med(rest.get("okhttp5/" + scenario + "/p99Micros"), "%,.0f"),
            med(rest.get("official/" + scenario + "/p99Micros"), "%,.0f"),
            med(rest.get("okhttp4/" + scenario + "/p99Micros"), "%,.0f"));
      }
    }
  }

  private static String addedLatency(Map<String, List<Double>> rest, String scenario) {
    double added = difference(rest.get("tonearm/" + scenario + "/p50Micros"),
        rest.get("okhttp5/" + scenario + "/p50Micros"));
    return String.format(Locale.ROOT, "%s %s µs%s", scenario, signed(added),
        added <= 50 ? "" : " (missed)");
  }

  private static String signed(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%+,.0f", value);
  }

  private void memory() throws IOException {
    Map<String, List<Double>> memory = readTsv("memory-tonearm.tsv", "memory-official.tsv");
    if (memory.isEmpty()) {
      return;
    }
    line("### Memory per player (`MemoryBenchmark`, `OfficialMemoryBenchmark`)");
    line("");
    List<Double> heap = memory.get("tonearm/idle@10000/maxHeapMiB");
    line("Retained heap per player, in bytes: live heap after creating N players minus before,"
        + " over N. Median of the runs (runs in brackets when more than one). `-Xmx%s`.",
        heap == null ? "?" : String.format(Locale.ROOT, "%.0fm", median(heap)));
    line("");
    line("| scenario @ players | Tonearm | official (Link + LavalinkPlayer) | Tonearm ÷ official |"
        + " official Link alone |");
    line("|---|---:|---:|---:|---:|");
    List<String> idle = new ArrayList<>();
    for (String scenario : List.of("idle@10000", "idle@100000", "playing100Shared@10000",
        "playing100Shared@100000", "playing100Distinct@10000")) {
      List<Double> tonearm = memory.get("tonearm/" + scenario + "/bytesPerPlayer");
      List<Double> official = memory.get("official/" + scenario + "/bytesPerPlayer");
      if (tonearm == null && official == null) {
        continue;
      }
      line("| %s | %s | %s | %s | %s |", scenario.replace("@", " @ "), spread(tonearm, "%,.0f"),
          spread(official, "%,.0f"), times(ratio(tonearm, official)),
          med(memory.get("official/" + scenario + "/linkBytes"), "%,.0f"));
      if (scenario.startsWith("idle") && tonearm != null) {
        double bytes = median(tonearm);
        idle.add(String.format(Locale.ROOT, "%,.0f B at %s%s", bytes, scenario.substring(5),
            bytes <= KIB ? "" : " (missed)"));
      }
    }
    line("");
    line("Target: at most 1 KiB per idle player: %s.", String.join(", ", idle));
    line("");
  }

  // ---- footprint -------------------------------------------------------------------------------

  private void footprint() throws IOException {
    Path jdaClassPath = root.resolve("jda-integration/target/runtime-classpath.txt");
    if (!Files.exists(jdaClassPath)) {
      return;
    }
    line("### Footprint (runtime class path)");
    line("");
    // tonearm-jda's run-time class path is core as any project depending on it resolves it
    // (JDA is provided; core's optional OkHttp is not passed on), so it is read for both.
    List<Path> coreJars = classPath(jdaClassPath, jar -> true);
    List<Path> jdaJars = new ArrayList<>(coreJars);
    jdaJars.add(0, moduleJar(root.resolve("jda-integration/target"), "tonearm-jda-"));
    Predicate<Path> harness = jar -> Stream.of("/org/openjdk/jmh/", "/net/sf/jopt-simple/",
        "/org/apache/commons/commons-math3/", "tonearm-benchmarks-loopback", "/org/jspecify/",
        "/slf4j-nop/").noneMatch(part -> jar.toString().replace('\\', '/').contains(part));
    Predicate<Path> undeclared = jar -> jar.getFileName().toString().startsWith("jackson-databind")
        || jar.getFileName().toString().startsWith("jackson-annotations");
    List<Path> official = classPath(root.resolve("benchmarks/official-client/target/runtime-classpath.txt"),
        harness.and(undeclared.negate()));
    List<Path> officialExtra = classPath(root.resolve("benchmarks/official-client/target/runtime-classpath.txt"),
        undeclared);
    line("| artifact | jars | MB (10⁶ bytes) | MiB |");
    line("|---|---:|---:|---:|");
    footprintRow("`tonearm-core` as a dependency (OkHttp is optional)", coreJars);
    footprintRow("`tonearm-jda` without JDA (JDA is `provided`)", jdaJars);
    List<Path> beyondJda = jdaJars.stream().filter(jar -> JDA_BRINGS.stream()
        .noneMatch(artifact -> jar.getFileName().toString().startsWith(artifact + "-"))).toList();
    footprintRow("`tonearm-jda`: what it adds to a JDA 6.5 bot", beyondJda);
    footprintRow("`dev.arbjerg:lavalink-client:3.2.0` as declared", official);
    List<Path> withDatabind = new ArrayList<>(official);
    withDatabind.addAll(officialExtra);
    footprintRow("… plus the jackson-databind it needs at run time (JDA brings it)", withDatabind);
    line("");
    double coreMb = size(coreJars) / MB;
    line("Target: core's runtime class path at most 3 MB: %.2f MB%s.", coreMb,
        coreMb <= 3 ? "" : " (missed)");
    line("");
    line("Jars: `tonearm-core`: %s. `tonearm-jda` adds %s. In a JDA 6.5 bot, Tonearm adds %s."
        + " Official client: %s.", names(coreJars), names(jdaJars.subList(0, 1)), names(beyondJda),
        names(official));
    line("");
  }

  private void footprintRow(String name, List<Path> jars) throws IOException {
    long bytes = size(jars);
    line("| %s | %d | %.2f | %.2f |", name, jars.size(), bytes / MB, bytes / KIB / KIB);
  }

  private static long size(List<Path> jars) throws IOException {
    long total = 0;
    for (Path jar : jars) {
      total += Files.size(jar);
    }
    return total;
  }

  private static String names(List<Path> jars) {
    return String.join(", ", jars.stream().map(jar -> jar.getFileName().toString()).toList());
  }

  private static List<Path> classPath(Path file, Predicate<Path> keep) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    String text = Files.readString(file).trim();
    if (text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).filter(keep).toList();
  }

  private static Path moduleJar(Path target, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(file -> {
        String name = file.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(".jar") && !name.endsWith("-sources.jar")
            && !name.endsWith("-javadoc.jar");
      }).findFirst().orElseThrow(() -> new IOException("no " + prefix + "*.jar in " + target));
    }
  }

  // ---- numbers ---------------------------------------------------------------------------------

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String med(@Nullable List<Double> values, String format) {
    return values == null || values.isEmpty() ? "–"
        : String.format(Locale.ROOT, format, median(values));
  }

  private static String spread(@Nullable List<Double> values, String format) {
    if (values == null || values.isEmpty()) {
      return "–";
    }
    String median = String.format(Locale.ROOT, format, median(values));
    if (values.size() == 1) {
      return median;
    }
    return median + " (" + String.format(Locale.ROOT, format, Collections.min(values)) + "–"
        + String.format(Locale.ROOT, format, Collections.max(values)) + ")";
  }

  private static double ratio(@Nullable List<Double> a, @Nullable List<Double> b) {
    return a == null || b == null || a.isEmpty() || b.isEmpty() ? Double.NaN : median(a) / median(b);
  }

  private static double difference(@Nullable List<Double> a, @Nullable List<Double> b) {
    return a == null || b == null || a.isEmpty() || b.isEmpty() ? Double.NaN : median(a) - median(b);
  }

  private static String times(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
  }
}
