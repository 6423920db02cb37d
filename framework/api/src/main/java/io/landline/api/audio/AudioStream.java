package io.landline.api.audio;

import java.io.InputStream;

/**
 * A stream of PCM audio in a known format. Reading returns raw sample bytes; end of stream is the end of the
 * audio. Live sources (a microphone) never end until closed.
 */
public abstract class AudioStream extends InputStream {

    /** @return the format of the bytes this stream returns */
    public abstract AudioFormat format();

    /**
     * Drops audio a live source has captured but nobody has read yet. The listening loop calls it after the
     * assistant has answered: meanwhile the microphone heard the answer itself, which must not become the next
     * command. Recordings and pipes have nothing to drop, which is the default.
     */
    public void discardBuffered() {
    }
}
