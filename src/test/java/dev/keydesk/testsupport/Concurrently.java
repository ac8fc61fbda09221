package dev.keydesk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs calls at the same moment, each on its own thread. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The outcome of each call: its result, or the exception it threw. */
    public static List<Object> run(int threads, IntFunction<Callable<?>> calls) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                Callable<?> call = calls.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<?> future : futures) {
            try {
                outcomes.add(future.get());
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }
}
