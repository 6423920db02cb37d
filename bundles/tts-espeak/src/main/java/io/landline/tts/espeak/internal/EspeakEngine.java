package io.landline.tts.espeak.internal;

import io.landline.api.audio.AudioFormat;
import io.landline.api.audio.AudioStream;
import io.landline.api.engine.Engines;
import io.landline.api.tts.SpeechSynthesizer;
import io.landline.api.tts.SynthesisException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The espeak-ng voice. Registered only when the program runs, so a missing program is a problem, not a crash. */
@Component(service = {}, immediate = true, configurationPid = EspeakEngine.PID)
@Designate(ocd = EspeakEngine.Config.class)
public class EspeakEngine implements SpeechSynthesizer {

    static final String PID = "io.landline.tts.espeak";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EspeakEngine.class);
    private static final long TIMEOUT_SECONDS = 30;

    /** Configuration, from {@code etc/io.landline.tts.espeak.cfg}. */
    @ObjectClassDefinition(name = "Landline espeak-ng voice")
    public @interface Config {
        /** @return the espeak-ng voice */
        @AttributeDefinition(description = "Voice, as `espeak-ng --voices` lists them, with an optional +variant")
        String voice() default "en-us";

        /** @return words per minute */
        @AttributeDefinition(description = "Speed in words per minute (80..450)")
        int rate() default 160;

        /** @return the program */
        @AttributeDefinition(description = "The espeak-ng program")
        String command() default "espeak-ng";

        /** @return the engine's rank */
        @AttributeDefinition(description = "Rank among speech synthesizers")
        int service_ranking() default 10;
    }

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger osgiLog;

    private BundleContext context;
    private volatile Config config;
    private ServiceRegistration<SpeechSynthesizer> registration;

    @Activate
    void activate(BundleContext bundleContext, Config configuration) {
        this.context = bundleContext;
        modified(configuration);
    }

    @Modified
    synchronized void modified(Config configuration) {
        String problem = check(configuration);
        if (problem != null) {
            Logger log = osgiLog;
            if (log != null) {
                log.warn(problem);
            } else {
                LOG.warn(problem);
            }
            unregister();
            return;
        }
        this.config = configuration;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Engines.ENGINE_ID, "espeak");
        properties.put(Constants.SERVICE_RANKING, configuration.service_ranking());
        properties.put("voice", configuration.voice());
        if (registration == null) {
            registration = context.registerService(SpeechSynthesizer.class, this, properties);
        } else {
            registration.setProperties(properties);
        }
    }

    @Deactivate
    synchronized void unregister() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    /** @return a message for users when the configuration cannot work, else null */
    static String check(Config config) {
        if (config.rate() < 80 || config.rate() > 450) {
            return "espeak-ng rate " + config.rate() + " is out of range (80..450 words per minute)";
        }
        if (!config.voice().matches("[A-Za-z0-9_+./-]+")) {
            return "espeak-ng voice '" + config.voice() + "' is not a voice name";
        }
        try {
            byte[] wav = run(config, "ok");
            if (wav.length <= 44) {
                return "espeak-ng voice '" + config.voice() + "' produced no audio; see `espeak-ng --voices`";
            }
            return null;
        } catch (SynthesisException e) {
            return e.getMessage();
        }
    }

    @Override
    public AudioStream synthesize(String text) throws SynthesisException {
        Config current = config;
        if (current == null) {
            throw new SynthesisException("espeak-ng is not available");
        }
        return wav(run(current, text));
    }

    private static byte[] run(Config config, String text) throws SynthesisException {
        List<String> command = List.of(config.command(), "-v", config.voice(), "-s", Integer.toString(config.rate()),
                "--stdout");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SynthesisException("cannot run " + config.command() + " (" + e.getMessage()
                    + "); install it with `apt-get install espeak-ng` — answers are shown as text meanwhile");
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.replace('\n', ' ').getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // espeak-ng ended early; its exit code says why
        }
        try {
            byte[] wav = output.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SynthesisException("espeak-ng did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new SynthesisException("espeak-ng failed (exit " + process.exitValue() + ") with voice '"
                        + config.voice() + "'");
            }
            return wav;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SynthesisException("speaking was interrupted");
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new SynthesisException("espeak-ng did not answer: " + e);
        }
    }

    /** espeak-ng's WAV on standard output has placeholder sizes: find the format and data chunks by name. */
    static AudioStream wav(byte[] wav) throws SynthesisException {
        if (wav.length < 44 || wav[0] != 'R' || wav[8] != 'W') {
            throw new SynthesisException("espeak-ng returned no WAV audio");
        }
        int at = 12;
        int rate = 22050;
        int channels = 1;
        int bits = 16;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, StandardCharsets.ISO_8859_1);
            int size = (wav[at + 4] & 0xff) | (wav[at + 5] & 0xff) << 8 | (wav[at + 6] & 0xff) << 16
                    | (wav[at + 7] & 0xff) << 24;
            if (id.equals("fmt ")) {
                channels = (wav[at + 10] & 0xff) | (wav[at + 11] & 0xff) << 8;
                rate = (wav[at + 12] & 0xff) | (wav[at + 13] & 0xff) << 8 | (wav[at + 14] & 0xff) << 16;
                bits = (wav[at + 22] & 0xff) | (wav[at + 23] & 0xff) << 8;
            } else if (id.equals("data")) {
                int start = at + 8;
                int length = wav.length - start;
                length -= length % (channels * bits / 8);
                AudioFormat format = new AudioFormat(rate, channels, bits, true, false);
                ByteArrayInputStream samples = new ByteArrayInputStream(wav, start, length);
                return new AudioStream() {
                    @Override
                    public AudioFormat format() {
                        return format;
                    }

                    @Override
                    public int read() {
                        return samples.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        return samples.read(b, off, len);
                    }
                };
            }
            if (size < 0 || size > wav.length) {
                break;
            }
            at += 8 + size + (size & 1);
        }
        throw new SynthesisException("espeak-ng returned WAV without audio data");
    }
}
