package dev.tonearm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The four contenders do the same work, so the benchmark compares like with like. */
class ContendersTest {

  private static long[] counters(FiveHandlerListener listener) {
    return new long[] {listener.started, listener.ended, listener.failed, listener.updated, listener.stats};
  }

  @Test
  void everyContender_callsTheSameFiveHandlersOncePerOperation() {
    DispatchBenchmark benchmark = new DispatchBenchmark();
    benchmark.setUp();
    long generated = benchmark.generated();
    long[] afterOne = counters(readListener(benchmark));

    for (long count : afterOne) {
      assertThat(count).isPositive();
    }
    assertThat(benchmark.handWritten()).isEqualTo(2 * generated);
    assertThat(benchmark.reflective()).isEqualTo(3 * generated);
    assertThat(benchmark.lambdaBus()).isEqualTo(4 * generated);
    long[] afterFour = counters(readListener(benchmark));
    for (int i = 0; i < afterOne.length; i++) {
      assertThat(afterFour[i]).as("handler %d", i).isEqualTo(4 * afterOne[i]);
    }
  }

  private static FiveHandlerListener readListener(DispatchBenchmark benchmark) {
    return benchmark.listener();
  }
}
