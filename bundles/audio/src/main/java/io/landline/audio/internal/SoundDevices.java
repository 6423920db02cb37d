package io.landline.audio.internal;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioFormat;
import io.landline.api.audio.AudioSink;
import io.landline.api.audio.AudioSource;
import io.landline.api.audio.AudioStream;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's default microphone and speaker through Java Sound. Each is registered only when Java Sound has such
 * a line, so a headless server simply has neither; without a microphone a warning says so (in the console and
 * when serving) and the text console works as before.
 */
@Component(immediate = true, configurationPid = SoundDevices.PID)
@Designate(ocd = SoundDevices.Config.class)
public class SoundDevices {

    static final String PID = "io.landline.audio.sound";
    private static final Logger LOG = LoggerFactory.getLogger(SoundDevices.class);
    private static final javax.sound.sampled.AudioFormat PCM = new javax.sound.sampled.AudioFormat(16000, 16, 1,
            true, false);

    /** Configuration of the sound devices. */
    @ObjectClassDefinition(name = "Landline microphone and speaker")
    public @interface Config {
        /** @return the site the microphone listens for and the speaker plays on */
        @AttributeDefinition(description = "The site (room) of the default microphone and speaker")
        String site() default "default";

        /** @return whether to use the microphone at all */
        @AttributeDefinition(description = "Listen on the default microphone when there is one")
        boolean microphone() default true;
    }

    private ServiceRegistration<AudioSource> microphone;
    private ServiceRegistration<AudioSink> speaker;

    /**
     * @param context to register the devices found
     * @param config  the site
     */
    @Activate
    public SoundDevices(BundleContext context, Config config) {
        String command = context.getProperty("landline.command");
        boolean live = command == null || command.equals("console") || command.equals("serve");
        if (config.microphone() && supported(new DataLine.Info(TargetDataLine.class, PCM))) {
            microphone = context.registerService(AudioSource.class, new Microphone(), properties(config.site()));
            LOG.info("microphone found; listening on site {}", config.site());
        } else if (config.microphone()) {
            String message = "No microphone: Java Sound finds no capture device, so Landline listens to typed text "
                    + "only. `landline listen FILE.wav` still runs recordings through the voice pipeline.";
            if (live) {
                LOG.warn(message);
            } else {
                LOG.info(message);
            }
        }
        if (supported(new DataLine.Info(SourceDataLine.class, PCM))) {
            speaker = context.registerService(AudioSink.class, new Speaker(), properties(config.site()));
        } else {
            LOG.info("no speaker: Java Sound finds no playback device; answers are shown as text");
        }
    }

    @Deactivate
    void deactivate() {
        if (microphone != null) {
            microphone.unregister();
        }
        if (speaker != null) {
            speaker.unregister();
        }
    }

    private static boolean supported(DataLine.Info info) {
        try {
            return AudioSystem.isLineSupported(info);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Java Sound failed", e);
            return false;
        }
    }

    private static Dictionary<String, Object> properties(String site) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("site", site);
        properties.put("listen", Boolean.TRUE);
        return properties;
    }

    /** The default capture line at 16 kHz mono 16-bit. */
    static final class Microphone implements AudioSource {
        @Override
        public String id() {
            return "mic:default";
        }

        @Override
        public AudioStream open() throws AudioException {
            try {
                TargetDataLine line = AudioSystem.getTargetDataLine(PCM);
                line.open(PCM);
                line.start();
                return new AudioStream() {
                    @Override
                    public AudioFormat format() {
                        return AudioFormat.PCM_16K_MONO;
                    }

                    @Override
                    public int read() throws IOException {
                        byte[] one = new byte[2];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (!line.isOpen()) {
                            return -1;
                        }
                        // What the line has captured, at least a sample: a line reads until it has all it was
                        // asked for, and the listening loop takes live audio as it arrives.
                        int ready = Math.min(len, Math.max(2, line.available()));
                        return line.read(b, off, ready - ready % 2);
                    }

                    @Override
                    public int available() {
                        return line.isOpen() ? line.available() : 0;
                    }

                    @Override
                    public void discardBuffered() {
                        line.flush();
                    }

                    @Override
                    public void close() {
                        line.stop();
                        line.close();
                    }
                };
            } catch (LineUnavailableException | IllegalArgumentException e) {
                throw new AudioException("cannot open the microphone: " + e.getMessage(), e);
            }
        }
    }

    /** The default playback line. */
    static final class Speaker implements AudioSink {
        @Override
        public String id() {
            return "speaker:default";
        }

        @Override
        public void play(AudioStream audio) throws AudioException {
            AudioFormat f = audio.format();
            javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(f.sampleRate(),
                    f.bitsPerSample(), f.channels(), f.signed(), f.bigEndian());
            try (audio) {
                SourceDataLine line = AudioSystem.getSourceDataLine(format);
                line.open(format);
                line.start();
                byte[] buffer = new byte[f.frameSize() * 1024];
                for (int n = audio.readNBytes(buffer, 0, buffer.length); n > 0;
                        n = audio.readNBytes(buffer, 0, buffer.length)) {
                    line.write(buffer, 0, n - n % f.frameSize());
                }
                line.drain();
                line.close();
            } catch (LineUnavailableException | IllegalArgumentException | IOException e) {
                throw new AudioException("cannot play on the speaker (" + f + "): " + e.getMessage(), e);
            }
        }
    }
}
