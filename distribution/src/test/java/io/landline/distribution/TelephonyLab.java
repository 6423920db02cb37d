package io.landline.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real phone system on loopback for the calling tests: a private Asterisk whose every folder is inside a
 * temporary directory (AMI, SIP and RTP on free 127.0.0.1 ports), and baresip softphones that auto-answer, play a
 * WAV file as their microphone and record what they hear. Everything started here is stopped by {@link #close()}.
 * Needs {@code scripts/install-test-deps} (asterisk from bullseye-security, baresip-core).
 */
public final class TelephonyLab implements AutoCloseable {

    private static final String[] CONFIGS = { "modules.conf", "logger.conf", "manager.conf", "rtp.conf",
            "pjsip.conf", "extensions.conf" };
    private static final List<String> PHONES = List.of("speaker", "mom", "rescue", "kitchen");

    private final Path dir;
    private final Map<String, Object> ports;
    private final String amiSecret = UUID.randomUUID().toString().replace("-", "");
    private final List<Phone> phones = new ArrayList<>();
    private Process asterisk;

    private TelephonyLab(Path dir, Map<String, Object> ports) {
        this.dir = dir;
        this.ports = ports;
    }

    /**
     * Writes the configuration, starts Asterisk and the phones, and waits until AMI answers.
     *
     * @param dir     an empty folder
     * @param agiPort the port Landline's FastAGI server listens on (the dialplan hands incoming calls to it)
     * @return the running lab
     */
    public static TelephonyLab start(Path dir, int agiPort) throws IOException, InterruptedException {
        int base = freeBlock();
        Map<String, Object> ports = Map.of("AMI_PORT", freeTcpPort(), "SIP_PORT", base, "SPEAKER_PORT", base + 10,
                "MOM_PORT", base + 20, "RESCUE_PORT", base + 30, "KITCHEN_PORT", base + 100, "RTP_START", base + 40,
                "RTP_END", base + 98, "AGI_PORT", agiPort);
        TelephonyLab lab = new TelephonyLab(dir, ports);
        try {
            lab.writeConfiguration();
            lab.startAsterisk();
            Path wav = dir.resolve("voice.wav");
            writeTone(wav, 90);
            for (String name : PHONES) {
                Path phoneDir = Files.createDirectories(dir.resolve(name));
                Path microphone = phoneDir.resolve("microphone.wav");
                Files.copy(wav, microphone);
                lab.phones.add(Phone.start(phoneDir, name, (int) ports.get(name.toUpperCase() + "_PORT"),
                        base, microphone));
            }
            return lab;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            lab.close();
            throw e;
        }
    }

    /** @return a free free TCP port, for Landline's FastAGI server */
    public static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A block of 100 UDP+TCP ports nobody uses, as baresip binds UDP, TCP and TLS next to each other. */
    private static int freeBlock() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + ThreadLocalRandom.current().nextInt(400) * 100;
            if (free(base) && free(base + 10) && free(base + 20) && free(base + 30) && free(base + 40)
                    && free(base + 100)) {
                return base;
            }
        }
        throw new IOException("no free port block for the telephony lab");
    }

    private static boolean free(int port) {
        try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress());
                ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void writeConfiguration() throws IOException {
        for (String folder : List.of("etc", "lib", "agi", "spool", "run", "log")) {
            Files.createDirectories(dir.resolve(folder));
        }
        Files.writeString(dir.resolve("asterisk.conf"), render("asterisk.conf"));
        for (String name : CONFIGS) {
            Files.writeString(dir.resolve("etc").resolve(name), render(name));
        }
    }

    private String render(String name) throws IOException {
        try (InputStream in = TelephonyLab.class.getResourceAsStream("/telephony-lab/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource telephony-lab/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toString())
                    .replace("@AMI_SECRET@", amiSecret);
            for (var port : ports.entrySet()) {
                text = text.replace("@" + port.getKey() + "@", String.valueOf(port.getValue()));
            }
            return text;
        }
    }

    /** Starts (or restarts) Asterisk and waits until AMI greets. */
    public void startAsterisk() throws IOException, InterruptedException {
        asterisk = new ProcessBuilder("asterisk", "-C", dir.resolve("asterisk.conf").toString(), "-f", "-n")
                .redirectErrorStream(true).redirectOutput(dir.resolve("asterisk-out.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!asterisk.isAlive()) {
                throw new IOException("asterisk ended: " + Files.readString(dir.resolve("asterisk-out.txt")));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), amiPort())) {
                socket.setSoTimeout(5000);
                byte[] banner = new byte[64];
                int n = socket.getInputStream().read(banner);
                if (n > 0 && new String(banner, 0, n, StandardCharsets.US_ASCII).startsWith("Asterisk Call Manager")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            asterisk.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new IOException("Asterisk's AMI did not answer within 30 s");
    }

    /** Kills Asterisk at once (SIGKILL), as a crash would. */
    public void killAsterisk() throws InterruptedException {
        if (asterisk != null) {
            asterisk.destroyForcibly();
            asterisk.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** @return AMI's port on 127.0.0.1 */
    public int amiPort() {
        return (int) ports.get("AMI_PORT");
    }

    /** @return the SIP port on 127.0.0.1 */
    public int sipPort() {
        return (int) ports.get("SIP_PORT");
    }

    /** @return the AMI user's secret */
    public String amiSecret() {
        return amiSecret;
    }

    /**
     * @param name speaker, mom, rescue or kitchen
     * @return that phone
     */
    public Phone phone(String name) {
        return phones.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow();
    }

    /** Forgets every phone's output so far, so a test's waits only see its own calls. */
    public void skipOutput() {
        phones.forEach(Phone::skipOutput);
    }

    /** @return Asterisk's log, for failure messages */
    public String asteriskLog() {
        try {
            return Files.readString(dir.resolve("log/messages"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * The Landline configuration that talks to this lab.
     *
     * @param agiPort         Landline's FastAGI port
     * @param emergencyRoute  whether the emergency route is configured
     * @return the lines of {@code etc/io.landline.telephony.asterisk.cfg}
     */
    public String landlineConfig(int agiPort, boolean emergencyRoute) {
        return String.join("\n", "host = 127.0.0.1", "port = " + amiPort(), "username = landline",
                "secret = " + amiSecret, "agi.port = " + agiPort, "sites = default=PJSIP/speaker, kitchen=PJSIP/kitchen",
                "outbound.context = landline-outbound",
                "emergency.context = " + (emergencyRoute ? "landline-emergency" : ""), "") ;
    }

    @Override
    public void close() {
        for (Phone phone : phones) {
            phone.close();
        }
        if (asterisk != null) {
            asterisk.destroy();
            try {
                if (!asterisk.waitFor(10, TimeUnit.SECONDS)) {
                    asterisk.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                asterisk.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes an 8 kHz mono WAV of a 440 Hz tone, the phones' microphone. */
    static void writeTone(Path file, int seconds) throws IOException {
        int samples = 8000 * seconds;
        ByteBuffer data = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            data.putShort((short) (3000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        Files.write(file, data.array());
    }

    /** A baresip softphone: auto-answers, commands on standard input, events read from its output. */
    public static final class Phone implements AutoCloseable {
        private final String name;
        private final Process process;
        private final Writer stdin;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> times = Collections.synchronizedList(new ArrayList<>());
        private final int sipPort;
        private final Path dir;
        private final Path microphone;
        private int consumed;

        private Phone(String name, Process process, int sipPort, Path dir, Path microphone) {
            this.dir = dir;
            this.microphone = microphone;
            this.name = name;
            this.process = process;
            this.sipPort = sipPort;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::pump, "baresip-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        static Phone start(Path dir, String name, int port, int asteriskPort, Path wav) throws IOException,
                InterruptedException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("config"), String.join("\n", "poll_method epoll",
                    "sip_listen 127.0.0.1:" + port, "audio_source aufile," + wav, "audio_player aufile,/dev/null",
                    "audio_alert aufile,/dev/null", "rtp_ports " + (port + 2) + "-" + (port + 8),
                    "module_path /usr/lib/baresip/modules", "module stdio.so", "module g711.so",
                    "module aufile.so", "module sndfile.so", "module_app account.so", "module_app menu.so",
                    "snd_path " + dir, ""));
            Files.writeString(dir.resolve("accounts"), "<sip:" + name + "@127.0.0.1:" + asteriskPort
                    + ">;regint=0;answermode=auto;audio_codecs=PCMU\n");
            Process process = new ProcessBuilder("baresip", "-f", dir.toString()).redirectErrorStream(true).start();
            Phone phone = new Phone(name, process, asteriskPort, dir, wav);
            phone.await(l -> l.contains("baresip is ready"), Duration.ofSeconds(20));
            return phone;
        }

        private void pump() {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try (InputStream in = process.getInputStream()) {
                int b;
                while ((b = in.read()) >= 0) {
                    if (b == '\n' || b == '\r') {
                        if (line.size() > 0) {
                            synchronized (lines) {
                                times.add(System.nanoTime());
                                lines.add(line.toString(StandardCharsets.UTF_8));
                            }
                            line.reset();
                        }
                    } else {
                        line.write(b);
                    }
                }
            } catch (IOException e) {
                synchronized (lines) {
                    times.add(System.nanoTime());
                    lines.add("(output closed: " + e + ")");
                }
            }
        }

        /**
         * Waits for a line of the phone's output, consuming lines up to it.
         *
         * @return the line
         * @throws AssertionError naming everything the phone printed when none matched in time
         */
        public String await(Predicate<String> match, Duration timeout) throws InterruptedException {
            return lines.get(awaitIndex(match, timeout));
        }

        /**
         * Waits for a line like {@link #await}.
         *
         * @return when the phone printed it ({@link System#nanoTime()})
         */
        public long awaitTime(Predicate<String> match, Duration timeout) throws InterruptedException {
            return times.get(awaitIndex(match, timeout));
        }

        private int awaitIndex(Predicate<String> match, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                synchronized (lines) {
                    while (consumed < lines.size()) {
                        String line = lines.get(consumed++);
                        if (match.test(line)) {
                            return consumed - 1;
                        }
                    }
                }
                if (!process.isAlive() && consumed >= lines.size()) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            throw new AssertionError("phone " + name + ": no matching line within " + timeout + "; output:\n"
                    + output());
        }

        /** Forgets what the phone printed so far: later waits only see newer lines. */
        public void skipOutput() {
            synchronized (lines) {
                consumed = lines.size();
            }
        }

        /** @return everything the phone printed */
        public String output() {
            synchronized (lines) {
                return String.join("\n", lines.stream().filter(l -> !l.startsWith("[0:")).toList());
            }
        }

        /** Waits until the phone has answered a call. */
        public String awaitEstablished(Duration timeout) throws InterruptedException {
            return await(l -> l.contains("Call established"), timeout);
        }

        /** Waits until the phone's call has ended. */
        public String awaitTerminated(Duration timeout) throws InterruptedException {
            return await(l -> l.contains("terminated") || l.contains("session closed") || l.contains("terminate call"),
                    timeout);
        }

        /**
         * Calls an extension of the lab's Asterisk.
         *
         * @param extension what to dial
         */
        public void dial(String extension) {
            command("/dial sip:" + extension + "@127.0.0.1:" + sipPort);
        }

        /**
         * What this phone's microphone says in its next call: espeak-ng speech, then silence for a minute (baresip
         * ends a call when its audio file ends). baresip reads the file anew for each call.
         *
         * @param text the words
         */
        public void speak(String text) throws IOException, InterruptedException {
            Path raw = dir.resolve("speech-22k.wav");
            run("espeak-ng", "-v", "en-us", "-s", "140", "-w", raw.toString(), text);
            run("sox", raw.toString(), "-r", "8000", "-c", "1", "-b", "16", microphone.toString(), "pad", "0.3",
                    "60");
        }

        /**
         * @return what this phone heard in its latest call, as 16 kHz mono WAV (sndfile's recording, resampled)
         */
        public Path lastRecording() throws IOException, InterruptedException {
            Path heard;
            try (var files = Files.list(dir)) {
                heard = files.filter(f -> f.getFileName().toString().endsWith("-dec.wav"))
                        .max(java.util.Comparator.comparing(f -> f.getFileName().toString()))
                        .orElseThrow(() -> new AssertionError("phone " + name + " recorded nothing"));
            }
            Path out = dir.resolve("heard-16k.wav");
            run("sox", heard.toString(), "-r", "16000", "-c", "1", "-b", "16", out.toString());
            return out;
        }

        private static void run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        }

        /** Hangs up the current call. */
        public void hangup() {
            command("/hangup");
        }

        private void command(String command) {
            try {
                stdin.write(command + "\n");
                stdin.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("phone " + name + " is gone:\n" + output(), e);
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
