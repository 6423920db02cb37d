package io.landline.scripting.rhino.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Rhino configured for untrusted scripts. A private {@link ContextFactory}, so no other Rhino user in the
 * framework is affected: interpreted mode (no classes are generated, and the instruction observer sees every
 * step), a class shutter that hides every Java class, a bounded interpreter stack, and an instruction observer
 * that enforces a {@link Budget} of CPU time and allocated memory on the thread that runs a handler.
 */
final class Sandbox extends ContextFactory {

    /** Instructions between two budget checks; a check costs about a microsecond. */
    static final int CHECK_EVERY = 10_000;
    static final int MAX_STACK_DEPTH = 1_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Method ALLOCATED = allocatedBytesMethod();

    /** Thrown from inside the script when it is over budget; an {@link Error}, so scripts cannot catch it. */
    static final class LimitExceeded extends Error {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** What one run of script code may use. */
    static final class Budget {
        final long cpuLimitNanos;
        final long allocationLimit;
        final long cpuStart;
        final long allocatedStart;
        final Thread thread;
        volatile String stopped;

        Budget(long cpuLimitNanos, long allocationLimit) {
            this.cpuLimitNanos = cpuLimitNanos;
            this.allocationLimit = allocationLimit;
            this.thread = Thread.currentThread();
            this.cpuStart = cpuNow();
            this.allocatedStart = allocatedNow();
        }

        long cpuUsed() {
            return cpuNow() - cpuStart;
        }

        long allocated() {
            long now = allocatedNow();
            return now < 0 || allocatedStart < 0 ? 0 : now - allocatedStart;
        }

        void check() {
            long used = cpuLimitNanos > 0 ? cpuUsed() : 0;
            if (used > cpuLimitNanos && cpuLimitNanos > 0) {
                stopped = "it used " + used / 1_000_000 + " ms of CPU, more than its " + cpuLimitNanos / 1_000_000
                        + " ms";
                throw new LimitExceeded(stopped);
            }
            if (allocationLimit > 0 && allocated() > allocationLimit) {
                stopped = "it allocated more than " + allocationLimit / (1024 * 1024) + " MB of memory";
                throw new LimitExceeded(stopped);
            }
        }
    }

    private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();

    /** @return CPU time of the current thread in nanoseconds, or wall time where CPU time is not measured */
    static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** @return bytes the current thread allocated so far, or -1 when the JVM does not say */
    static long allocatedNow() {
        if (ALLOCATED == null) {
            return -1;
        }
        try {
            return (Long) ALLOCATED.invoke(THREADS, Thread.currentThread().getId());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, found through the bean's interfaces: the
     * package is not exported to bundles by default, but its interface is public and exported by its module.
     */
    private static Method allocatedBytesMethod() {
        for (Class<?> type = THREADS.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> api : type.getInterfaces()) {
                if (api.getName().equals("com.sun.management.ThreadMXBean")) {
                    try {
                        return api.getMethod("getThreadAllocatedBytes", long.class);
                    } catch (NoSuchMethodException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** @return whether the memory guard can measure allocations on this JVM */
    static boolean measuresAllocation() {
        return ALLOCATED != null && allocatedNow() >= 0;
    }

    /** Runs with the budget applied to every script instruction on this thread. */
    static <T> T withBudget(Budget budget, java.util.function.Supplier<T> work) {
        Budget previous = BUDGET.get();
        BUDGET.set(budget);
        try {
            return work.get();
        } finally {
            BUDGET.set(previous);
        }
    }

    private final boolean observe;

    /** @param observe whether to check budgets; false only to measure what the checks cost */
    Sandbox(boolean observe) {
        this.observe = observe;
    }

    @Override
    protected boolean hasFeature(Context cx, int featureIndex) {
        return switch (featureIndex) {
            // Never let scripts catch Java errors or see Java exceptions' members.
            case Context.FEATURE_ENHANCED_JAVA_ACCESS -> false;
            case Context.FEATURE_STRICT_MODE -> false;
            case Context.FEATURE_E4X -> false;
            default -> super.hasFeature(cx, featureIndex);
        };
    }

    @Override
    protected Context makeContext() {
        Context cx = super.makeContext();
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setOptimizationLevel(-1);
        cx.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
        cx.setClassShutter(className -> false);
        cx.setGeneratingDebug(false);
        if (observe) {
            cx.setInstructionObserverThreshold(CHECK_EVERY);
        }
        return cx;
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
        Budget budget = BUDGET.get();
        if (budget != null) {
            budget.check();
        }
    }
}
