package io.landline.telephony.asterisk.internal;

import io.landline.api.telephony.CallEvent;
import io.landline.api.telephony.CallListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers call events to every {@link CallListener}, each on its own thread and in order, so a slow listener
 * delays only itself and never the AMI reader.
 */
final class ListenerFanout implements Consumer<CallEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerFanout.class);

    private final Map<CallListener, ExecutorService> listeners = new ConcurrentHashMap<>();

    void add(CallListener listener) {
        listeners.computeIfAbsent(listener, l -> Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "landline-call-listener");
            thread.setDaemon(true);
            return thread;
        }));
    }

    void remove(CallListener listener) {
        ExecutorService executor = listeners.remove(listener);
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Override
    public void accept(CallEvent event) {
        listeners.forEach((listener, executor) -> executor.execute(() -> {
            try {
                listener.callChanged(event);
            } catch (RuntimeException e) {
                LOG.warn("A call listener failed on {} {}: {}", event.call().id(), event.call().state(),
                        e.toString());
            }
        }));
    }

    void close() {
        listeners.values().forEach(ExecutorService::shutdownNow);
        listeners.clear();
    }
}
