package org.xiangli.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Times repeated calls and prints percentiles: the figures a benchmark reports. */
public final class Latency {

    private Latency() {
    }

    public static void measure(String name, int warmups, int runs, IntConsumer call) {
        for (int i = 0; i < warmups; i++) {
            call.accept(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%n[benchmark] %s: %d runs after %d warm-ups: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n%n",
                name, runs, warmups, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[runs - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
