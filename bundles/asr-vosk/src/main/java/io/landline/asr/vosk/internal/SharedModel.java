package io.landline.asr.vosk.internal;

import java.util.concurrent.atomic.AtomicInteger;
import org.vosk.Model;

/**
 * A Vosk model shared by streams. The owner holds one reference; each stream holds one while it is open. The
 * native model is freed when the owner has retired it and the last stream has closed, so swapping or stopping the
 * engine never pulls the model from under an utterance in flight.
 */
final class SharedModel {

    private final Model model;
    private final String path;
    /** Owner's reference plus open streams; 0 means freed. */
    private final AtomicInteger references = new AtomicInteger(1);

    private final Runnable free;

    SharedModel(Model model, String path) {
        this(model, path, model::close);
    }

    /** @param free frees the model; a seam for tests */
    SharedModel(Model model, String path, Runnable free) {
        this.model = model;
        this.path = path;
        this.free = free;
    }

    Model model() {
        return model;
    }

    String path() {
        return path;
    }

    /** @return whether a reference was taken; false once the model is freed */
    boolean acquire() {
        while (true) {
            int count = references.get();
            if (count == 0) {
                return false;
            }
            if (references.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /** Gives a reference back; the last one frees the model. */
    void release() {
        if (references.decrementAndGet() == 0) {
            free.run();
        }
    }

    /** @return how many references are held, the owner's included */
    int references() {
        return references.get();
    }
}
