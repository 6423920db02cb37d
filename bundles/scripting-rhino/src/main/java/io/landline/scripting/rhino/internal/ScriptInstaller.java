package io.landline.scripting.rhino.internal;

import io.landline.api.dialog.DialogService;
import io.landline.api.engine.ProblemReporter;
import io.landline.api.skill.Skill;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code .js} files in the {@code skills/} folder into skills: FileInstall reports each file added, changed
 * or removed, and this installer loads, reloads or unloads it, registering the script as a {@link Skill}
 * service. A script that does not load (syntax error, error or runaway at load) is reported in {@code status}
 * with its file and line and not registered; every other skill keeps running. Configured by
 * {@code etc/io.landline.scripting.rhino.cfg}.
 */
@Component(service = ArtifactInstaller.class, configurationPid = ScriptInstaller.PID, immediate = true)
public class ScriptInstaller implements ArtifactInstaller, ScriptApi.Host {

    static final String PID = "io.landline.scripting.rhino";
    private static final Logger LOG = LoggerFactory.getLogger(ScriptInstaller.class);
    private static final long MAX_SOURCE_BYTES = 512 * 1024;

    private record Loaded(ScriptSkill skill, ServiceRegistration<Skill> registration, long modified, long size) {
    }

    private final BundleContext context;
    private final Path data;
    private final Runner runner;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final Map<String, ScriptStorage> storages = new ConcurrentHashMap<>();
    private volatile Map<String, Object> config = Map.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DialogService dialog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProblemReporter problems;

    /**
     * @param context registers the skills
     * @param config  limits and allowed HTTP hosts
     */
    @Activate
    public ScriptInstaller(BundleContext context, Map<String, Object> config) {
        this.context = context;
        String home = context.getProperty("landline.home");
        this.data = Path.of(home == null ? "." : home, "data", "scripts");
        this.runner = new Runner(limits(config), true);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "landline-script-timers");
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        configure(config);
        if (!Sandbox.measuresAllocation()) {
            LOG.warn("this JVM does not report allocated bytes per thread: the scripts' memory guard is off");
        }
        loadFolder(Path.of(home == null ? "." : home, "skills"));
    }

    /**
     * Loads the scripts already in the folder while the runtime starts, so a one-shot {@code landline ask} finds
     * them; FileInstall's own first scan then sees them unchanged and leaves them.
     */
    private void loadFolder(Path folder) {
        File[] files = folder.toFile().listFiles();
        if (files == null) {
            return;
        }
        Arrays.sort(files);
        for (File file : files) {
            if (canHandle(file) && file.isFile()) {
                load(file);
            }
        }
    }

    @Modified
    void configure(Map<String, Object> config) {
        this.config = Map.copyOf(config);
        runner.setLimits(limits(config));
    }

    @Deactivate
    void deactivate() {
        for (String file : loaded.keySet()) {
            unload(file);
        }
        scheduler.shutdownNow();
        runner.close();
    }

    static Runner.Limits limits(Map<String, Object> config) {
        return new Runner.Limits(number(config, "cpu.millis", 50, 1, 10_000),
                number(config, "memory.mb", 64, 1, 4096) * 1024 * 1024,
                number(config, "wall.millis", 15_000, 100, 120_000));
    }

    private static long number(Map<String, Object> config, String key, long fallback, long min, long max) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.toString().strip());
            return parsed < min || parsed > max ? fallback : parsed;
        } catch (NumberFormatException e) {
            LOG.warn("{}: {} = '{}' is not a number; using {}", PID, key, value, fallback);
            return fallback;
        }
    }

    @Override
    public boolean canHandle(File file) {
        File folder = file.getParentFile();
        return file.getName().endsWith(".js") && folder != null && folder.getName().equals("skills");
    }

    @Override
    public void install(File file) {
        Loaded current = loaded.get(file.getAbsolutePath());
        if (current != null && current.modified() == file.lastModified() && current.size() == file.length()) {
            return;
        }
        load(file);
    }

    @Override
    public void update(File file) {
        load(file);
    }

    @Override
    public void uninstall(File file) {
        unload(file.getAbsolutePath());
        clearProblem(source(file));
        LOG.info("unloaded {}", source(file));
    }

    /** @return the ids of the loaded scripts, by file */
    Map<String, String> loadedSkills() {
        return loaded.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().skill().id()));
    }

    synchronized void load(File file) {
        String source = source(file);
        unload(file.getAbsolutePath());
        String name = file.getName().substring(0, file.getName().length() - 3);
        String id = name.toLowerCase(Locale.ROOT);
        if (!id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            problem(source, "the file name must be letters, digits, - or _ (it becomes the skill id); not loaded");
            return;
        }
        String text;
        try {
            if (Files.size(file.toPath()) > MAX_SOURCE_BYTES) {
                problem(source, "larger than " + MAX_SOURCE_BYTES / 1024 + " KB; not loaded");
                return;
            }
            text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problem(source, "cannot be read: " + e.getMessage());
            return;
        }
        ScriptSkill skill;
        try {
            skill = ScriptSkill.load(id, source, text, runner, this);
        } catch (Runner.ScriptFailure e) {
            problem(source, (e.stopped() ? "stopped while loading: " : "not loaded: ") + e.getMessage());
            return;
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("skill.id", id);
        properties.put("skill.file", file.getAbsolutePath());
        ServiceRegistration<Skill> registration = context.registerService(Skill.class, skill, properties);
        loaded.put(file.getAbsolutePath(), new Loaded(skill, registration, file.lastModified(), file.length()));
        clearProblem(source);
        LOG.info("loaded {} with intents {}", source, skill.intents().stream().map(i -> i.name()).toList());
    }

    private void unload(String path) {
        Loaded old = loaded.remove(path);
        if (old != null) {
            try {
                old.registration().unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
            old.skill().close();
        }
    }

    private static String source(File file) {
        return "skills/" + file.getName();
    }

    private void clearProblem(String source) {
        ProblemReporter reporter = problems;
        if (reporter != null) {
            reporter.clear(source);
        }
    }

    @Override
    public void problem(String file, String message) {
        LOG.warn("{}: {}", file, message);
        ProblemReporter reporter = problems;
        if (reporter != null) {
            reporter.report(file, message);
        }
    }

    @Override
    public void announce(String site, String text) {
        DialogService current = dialog;
        if (current != null) {
            current.say(site, text);
        }
    }

    @Override
    public Set<String> allowedHosts(String skillId) {
        Object hosts = config.get("http.hosts." + skillId);
        if (hosts == null) {
            return Set.of();
        }
        return Arrays.stream(hosts.toString().split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ScriptStorage storage(String skillId) {
        long max = number(config, "storage.kb", 64, 1, 10_240) * 1024;
        return storages.computeIfAbsent(skillId, id -> new ScriptStorage(data.resolve(id + ".properties"), max));
    }

    @Override
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public HttpClient http() {
        return http;
    }

    @Override
    public int maxTimers() {
        return (int) number(config, "timers.max", 20, 0, 1_000);
    }
}
