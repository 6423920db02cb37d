package io.landline.console.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;

/** Waits for the framework to finish starting, so every bundle the launcher installed has registered its skills. */
final class Startup {

    private Startup() {
    }

    /**
     * @param context any bundle's context
     * @param seconds how long to wait
     * @throws InterruptedException  when interrupted
     * @throws IllegalStateException when the framework did not start in time
     */
    static void await(BundleContext context, long seconds) throws InterruptedException {
        Bundle system = context.getBundle(0);
        CountDownLatch started = new CountDownLatch(1);
        FrameworkListener listener = event -> {
            if (event.getType() == FrameworkEvent.STARTED) {
                started.countDown();
            }
        };
        context.addFrameworkListener(listener);
        try {
            if (system.getState() != Bundle.ACTIVE && !started.await(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the runtime did not start within " + seconds + " s");
            }
        } finally {
            context.removeFrameworkListener(listener);
        }
    }
}
