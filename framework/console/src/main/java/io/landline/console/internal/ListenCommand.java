package io.landline.console.internal;

import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioFiles;
import io.landline.api.audio.AudioFormat;
import io.landline.api.audio.AudioSink;
import io.landline.api.audio.AudioStream;
import io.landline.api.dialog.Listening;
import io.landline.api.dialog.ListeningObserver;
import io.landline.api.dialog.TextSink;
import io.landline.api.event.Topics;
import io.landline.api.intent.Intent;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.wake.WakeWordDetection;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * {@code landline listen FILE.wav|- [--json] [--say-to OUT.wav] [--rate HZ] [--channels N]}: runs a recording (or
 * raw 16-bit PCM on standard input, {@code -}) through wake word, recognizer, intent and skill, and prints each step:
 * as plain lines, or with {@code --json} as one JSON object per line with a {@code type} field ({@code wake},
 * {@code transcript}, {@code intent}, {@code response}, {@code error}; {@code engine} when an engine changes; a last
 * {@code end} line with the audio length and the time it took).
 */
final class ListenCommand {

    /** The parsed command line. */
    record Arguments(String input, boolean json, Path sayTo, int rate, int channels) {

        static Arguments parse(String line) {
            List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
            words.removeIf(String::isEmpty);
            String input = null;
            boolean json = false;
            Path sayTo = null;
            int rate = 16000;
            int channels = 1;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "--json" -> json = true;
                    case "--say-to" -> sayTo = Path.of(value(words, ++i, word));
                    case "--rate" -> rate = number(value(words, ++i, word), word);
                    case "--channels" -> channels = number(value(words, ++i, word), word);
                    default -> {
                        if (word.startsWith("--") || input != null) {
                            throw new IllegalArgumentException("unexpected argument: " + word);
                        }
                        input = word;
                    }
                }
            }
            if (input == null) {
                throw new IllegalArgumentException("which recording? landline listen FILE.wav|- [--json] "
                        + "[--say-to OUT.wav] [--rate HZ --channels N for raw PCM on standard input]");
            }
            return new Arguments(input, json, sayTo, rate, channels);
        }

        private static String value(List<String> words, int i, String option) {
            if (i >= words.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return words.get(i);
        }

        private static int number(String text, String option) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, not " + text);
            }
        }
    }

    private final BundleContext context;
    private final PrintStream out;
    private final String site;

    ListenCommand(BundleContext context, PrintStream out, String site) {
        this.context = context;
        this.out = out;
        this.site = site;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** @return the CPU time each live thread has used so far, in ns; empty where the JVM cannot tell */
    private static Map<Long, Long> cpuByThread() {
        Map<Long, Long> cpu = new HashMap<>();
        if (THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()) {
            for (long id : THREADS.getAllThreadIds()) {
                cpu.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
            }
        }
        return cpu;
    }

    /**
     * @return the CPU time the JVM's threads used since then, in ms, or -1 where the JVM cannot tell: what
     *         listening cost (the loop, the recognizer, skills, events), whatever else the machine did meanwhile.
     *         A thread that ended in between is not counted.
     */
    private static long cpuMsSince(Map<Long, Long> before) {
        if (before.isEmpty()) {
            return -1;
        }
        long used = 0;
        for (Map.Entry<Long, Long> thread : cpuByThread().entrySet()) {
            used += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return used / 1_000_000;
    }

    /** @return the exit code: 0, or 1 when the audio could not be read */
    int run(Arguments args, Listening listening, AudioFiles files) throws InterruptedException {
        List<ServiceRegistration<?>> registrations = new ArrayList<>();
        try {
            AudioStream audio;
            try {
                audio = args.input().equals("-")
                        ? files.rawPcm(System.in, new AudioFormat(args.rate(), args.channels(), 16, true, false))
                        : files.open(Path.of(args.input()));
            } catch (AudioException | IllegalArgumentException e) {
                error(args, e.getMessage());
                return 1;
            }
            if (args.sayTo() != null) {
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put("site", site);
                registrations.add(context.registerService(AudioSink.class, files.wavFile(args.sayTo()), properties));
            }
            if (!args.json()) {
                registrations.add(context.registerService(TextSink.class, new ConsolePrinter(out, site), null));
            } else {
                Dictionary<String, Object> topics = new Hashtable<>();
                topics.put(EventConstants.EVENT_TOPIC, Topics.ENGINE_CHANGED);
                registrations.add(context.registerService(EventHandler.class, (EventHandler) this::engineChanged,
                        topics));
            }
            try {
                Counting counted = new Counting(audio);
                long start = System.nanoTime();
                Map<Long, Long> cpuAtStart = cpuByThread();
                listening.listen(site, counted, args.json() ? new JsonObserver() : new PlainObserver());
                if (args.json()) {
                    print("{\"type\":\"end\",\"audio_ms\":" + counted.bytes / 32 + ",\"elapsed_ms\":"
                            + (System.nanoTime() - start) / 1_000_000 + ",\"cpu_ms\":" + cpuMsSince(cpuAtStart)
                            + "}");
                }
                return 0;
            } catch (AudioException e) {
                error(args, e.getMessage());
                return 1;
            }
        } finally {
            registrations.forEach(ServiceRegistration::unregister);
        }
    }

    private void error(Arguments args, String message) {
        if (args.json()) {
            print("{\"type\":\"error\",\"message\":" + Json.string(message) + "}");
        } else {
            print("(error: " + message + ")");
        }
    }

    private void engineChanged(Event event) {
        Object engine = event.getProperty(Topics.ENGINE);
        print("{\"type\":\"engine\",\"stage\":" + Json.string(String.valueOf(event.getProperty(Topics.STAGE)))
                + ",\"engine\":" + (engine == null ? "null" : Json.string(engine.toString())) + "}");
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** Counts the audio read, for the closing {@code end} line. */
    private static final class Counting extends AudioStream {
        private final AudioStream in;
        long bytes;

        Counting(AudioStream in) {
            this.in = in;
        }

        @Override
        public AudioFormat format() {
            return in.format();
        }

        @Override
        public int read() throws java.io.IOException {
            int b = in.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }

        @Override
        public int available() throws java.io.IOException {
            return in.available();
        }

        @Override
        public void discardBuffered() {
            in.discardBuffered();
        }

        @Override
        public void close() throws java.io.IOException {
            in.close();
        }
    }

    /** One JSON object per step. */
    private final class JsonObserver implements ListeningObserver {
        @Override
        public void wake(WakeWordDetection detection) {
            print("{\"type\":\"wake\",\"word\":" + Json.string(detection.word()) + ",\"offset_ms\":"
                    + detection.offsetMs() + ",\"score\":" + Math.round(detection.score() * 1000) / 1000.0 + "}");
        }

        @Override
        public void transcript(String text, boolean isFinal, long offsetMs) {
            if (isFinal) {
                print("{\"type\":\"transcript\",\"text\":" + Json.string(text) + ",\"final\":true,\"offset_ms\":"
                        + offsetMs + "}");
            }
        }

        @Override
        public void intent(Intent intent) {
            StringBuilder slots = new StringBuilder("{");
            for (Map.Entry<String, SlotValue> slot : intent.slots().entrySet()) {
                if (slots.length() > 1) {
                    slots.append(',');
                }
                Object value = slot.getValue().value();
                slots.append(Json.string(slot.getKey())).append(':')
                        .append(value instanceof Number n ? n.toString()
                                : Json.string(value == null ? slot.getValue().text() : value.toString()));
            }
            print("{\"type\":\"intent\",\"skill\":" + Json.string(intent.skillId()) + ",\"name\":"
                    + Json.string(intent.name()) + ",\"slots\":" + slots.append('}') + ",\"confidence\":"
                    + intent.confidence() + "}");
        }

        @Override
        public void response(Response response) {
            print("{\"type\":\"response\",\"text\":" + Json.string(response.text()) + "}");
        }

        @Override
        public void error(String message) {
            print("{\"type\":\"error\",\"message\":" + Json.string(message) + "}");
        }
    }

    /** Notices in parentheses; what is said is printed by the console printer. */
    private final class PlainObserver implements ListeningObserver {
        @Override
        public void wake(WakeWordDetection detection) {
            print("(wake word \"" + detection.word() + "\" at " + detection.offsetMs() + " ms)");
        }

        @Override
        public void transcript(String text, boolean isFinal, long offsetMs) {
            if (isFinal) {
                print("(heard: " + (text.isEmpty() ? "nothing" : text) + ")");
            }
        }

        @Override
        public void intent(Intent intent) {
            print("(intent: " + intent.skillId() + "/" + intent.name() + (intent.slots().isEmpty() ? ""
                    : " " + intent.slots()) + ")");
        }

        @Override
        public void error(String message) {
            print("(error: " + message + ")");
        }
    }

    /** JSON strings. */
    static final class Json {
        private Json() {
        }

        static String string(String text) {
            StringBuilder json = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            return json.append('"').toString();
        }
    }
}
