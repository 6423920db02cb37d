package io.landline.scripting.rhino.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.WrappedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs script code on worker threads of a known stack size, each run under a {@link Sandbox.Budget}, and turns
 * every way a script can fail into a {@link ScriptFailure} with a message for people. A watchdog stops a thread
 * the instruction observer cannot reach (a built-in running a long Java loop) once it is well over budget.
 */
final class Runner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);
    /** Scripts' threads get a stack of their own size, so deep recursion inside built-ins ends in a clean error. */
    private static final long STACK_BYTES = 4L * 1024 * 1024;
    private static final int MAX_THREADS = 16;

    /** How a run of script code ended badly. */
    static final class ScriptFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean stopped;

        ScriptFailure(String message, boolean stopped) {
            super(message, null, false, false);
            this.stopped = stopped;
        }

        /** @return whether the sandbox stopped the script (budget, watchdog), rather than the script failing */
        boolean stopped() {
            return stopped;
        }
    }

    /** Limits per run. */
    record Limits(long cpuMillis, long memoryBytes, long wallMillis) {
    }

    private final Sandbox sandbox;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService watchdog;
    private final Map<Thread, Sandbox.Budget> running = new ConcurrentHashMap<>();
    private volatile Limits limits;

    Runner(Limits limits, boolean observe) {
        this.limits = limits;
        this.sandbox = new Sandbox(observe);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread thread = new Thread(null, r, "landline-script-" + count.incrementAndGet(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "landline-script-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::watch, 25, 25, TimeUnit.MILLISECONDS);
    }

    void setLimits(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /**
     * Runs script code on a worker and waits for it.
     *
     * @param work the code, given an entered context
     * @return what it returned
     * @throws ScriptFailure when it failed or was stopped
     */
    <T> T run(Function<Context, T> work) throws ScriptFailure {
        Limits current = limits;
        Future<T> future;
        try {
            future = workers.submit(() -> runHere(work, current));
        } catch (RejectedExecutionException e) {
            throw new ScriptFailure("too many scripts are running at once", true);
        }
        try {
            return future.get(current.wallMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ScriptFailure failure) {
                throw failure;
            }
            throw new ScriptFailure(describe(e.getCause()), false);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ScriptFailure("it did not finish within " + current.wallMillis() + " ms", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ScriptFailure("interrupted", true);
        }
    }

    private <T> T runHere(Function<Context, T> work, Limits current) throws ScriptFailure {
        Sandbox.Budget budget = new Sandbox.Budget(current.cpuMillis() * 1_000_000, current.memoryBytes());
        Context cx = sandbox.enterContext();
        running.put(Thread.currentThread(), budget);
        try {
            return Sandbox.withBudget(budget, () -> work.apply(cx));
        } catch (Sandbox.LimitExceeded e) {
            throw new ScriptFailure(e.getMessage(), true);
        } catch (StackOverflowError e) {
            throw new ScriptFailure("its recursion went too deep", true);
        } catch (OutOfMemoryError e) {
            throw new ScriptFailure("the runtime ran out of memory", true);
        } catch (ThreadDeath e) {
            throw new ScriptFailure(String.valueOf(budget.stopped), true);
        } catch (RuntimeException e) {
            boolean stopped = e instanceof WrappedException w && w.getWrappedException() instanceof Sandbox.LimitExceeded;
            throw new ScriptFailure(describe(e), stopped);
        } finally {
            running.remove(Thread.currentThread());
            Context.exit();
        }
    }

    /** @return an exception as a message for the script's author: where and what */
    static String describe(Throwable e) {
        if (e instanceof ScriptFailure failure) {
            return failure.getMessage();
        }
        if (e instanceof WrappedException wrapped && wrapped.getWrappedException() instanceof Sandbox.LimitExceeded l) {
            return l.getMessage();
        }
        if (e instanceof RhinoException rhino) {
            String where = rhino.lineNumber() > 0 ? "line " + rhino.lineNumber() + ": " : "";
            String what;
            if (e instanceof EvaluatorException evaluator) {
                what = evaluator.details();
            } else if (e instanceof EcmaError ecma) {
                what = ecma.getName() + ": " + ecma.getErrorMessage();
            } else if (e instanceof JavaScriptException js) {
                what = "uncaught " + js.details();
            } else if (e instanceof WrappedException wrapped) {
                what = String.valueOf(wrapped.getWrappedException().getMessage());
            } else {
                what = rhino.details();
            }
            return where + what;
        }
        return e.toString();
    }

    /**
     * Built-ins that loop in Java ({@code new Array(1e8).fill(0)}) never reach the instruction observer. A thread
     * well over its budget is stopped the only way the JVM allows; where {@code Thread.stop} is gone (Java 20+),
     * the run is reported and left to finish.
     */
    @SuppressWarnings({ "deprecation", "removal" })
    private void watch() {
        for (Map.Entry<Thread, Sandbox.Budget> entry : running.entrySet()) {
            Sandbox.Budget budget = entry.getValue();
            long cpu = cpuOf(entry.getKey());
            boolean overCpu = budget.cpuLimitNanos > 0 && cpu - budget.cpuStart > budget.cpuLimitNanos * 3 + 100_000_000L;
            if (overCpu && budget.stopped == null) {
                budget.stopped = "it ran far over its CPU budget inside a built-in";
                LOG.warn("stopping script thread {}: {}", entry.getKey().getName(), budget.stopped);
                try {
                    entry.getKey().stop();
                } catch (UnsupportedOperationException e) {
                    LOG.warn("this JVM cannot stop threads; the script runs until the built-in returns");
                }
            }
        }
    }

    private static long cpuOf(Thread thread) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : System.nanoTime();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        workers.shutdownNow();
    }
}
