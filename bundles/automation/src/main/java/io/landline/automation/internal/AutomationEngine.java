package io.landline.automation.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import io.landline.api.engine.ProblemReporter;
import io.landline.api.event.Topics;
import io.landline.automation.internal.History.Outcome;
import io.landline.automation.internal.History.Run;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules: watches each enabled rule's trigger through its {@link TriggerType} service, checks the
 * conditions when it fires and runs the actions through {@link ActionType} services, in order, on a small pool
 * of its own so a slow action never holds up a trigger (or the voice loop that fired it). Trigger and action
 * types come and go as services; a rule whose type is missing waits for it. Every run goes to the history.
 */
@Component(service = AutomationEngine.class, immediate = true, configurationPid = "io.landline.automation")
@Designate(ocd = AutomationEngine.Config.class)
public class AutomationEngine {

    /** Settings in {@code etc/io.landline.automation.cfg}. */
    @ObjectClassDefinition(name = "Landline automations")
    public @interface Config {
        @AttributeDefinition(description = "Rules that may run at the same time")
        int rule_workers() default 4;

        @AttributeDefinition(description = "Runs that may wait for a worker; more are dropped and noted")
        int rule_queue() default 64;

        @AttributeDefinition(description = "How many runs the history keeps")
        int history_size() default 200;
    }

    private static final Logger LOG = LoggerFactory.getLogger(AutomationEngine.class);
    private static final Set<String> SECRET_KEYS = Set.of("token", "key", "secret", "password", "apikey");
    private static final Duration GRACE = Duration.ofSeconds(3);

    /** A loaded rule and its watch. */
    private static final class Active {
        final Rule rule;
        volatile boolean enabled;
        AutoCloseable watch;
        String waitingFor;

        Active(Rule rule, boolean enabled) {
            this.rule = rule;
            this.enabled = enabled;
        }
    }

    /**
     * What {@code rules list} shows about a rule.
     *
     * @param id      the id
     * @param where   its file and line
     * @param trigger its trigger type and main setting
     * @param enabled whether it is enabled
     * @param state   watching, waiting for a type, failed to watch, or disabled
     */
    public record RuleView(String id, String where, String trigger, boolean enabled, String state) {
    }

    private final ProblemReporter problems;
    private final Scheduler scheduler;
    private final boolean watching;
    private final Path dataDir;
    private final History history;
    private final ThreadPoolExecutor workers;
    private final Map<String, TriggerType> triggerTypes = new ConcurrentHashMap<>();
    private final Map<String, ActionType> actionTypes = new ConcurrentHashMap<>();
    private final Map<String, Active> rules = new LinkedHashMap<>();
    private final Map<String, List<String>> ruleIdsByFile = new HashMap<>();
    private final Map<String, Boolean> overrides = new TreeMap<>();
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    /**
     * @param context   to find {@code landline.home}
     * @param problems  where malformed rules are reported
     * @param scheduler the clock for conditions
     * @param config    pool and history sizes
     */
    @Activate
    public AutomationEngine(BundleContext context, @Reference ProblemReporter problems,
            @Reference Scheduler scheduler, Config config) {
        this(problems, scheduler, Path.of(Optional.ofNullable(context.getProperty("landline.home")).orElse("."))
                .resolve("data/automation"), config.rule_workers(), config.rule_queue(), config.history_size(),
                longRunning(context.getProperty("landline.command")));
    }

    /**
     * A one-shot command ({@code landline ask}, {@code landline rules list}) starts the whole runtime for a moment;
     * its rules must not fire next to the service that runs them for real.
     */
    static boolean longRunning(String command) {
        return command == null || command.equals("console") || command.equals("serve");
    }

    /** For tests: everything given. */
    AutomationEngine(ProblemReporter problems, Scheduler scheduler, Path dataDir, int workers, int queue,
            int historySize) {
        this(problems, scheduler, dataDir, workers, queue, historySize, true);
    }

    private AutomationEngine(ProblemReporter problems, Scheduler scheduler, Path dataDir, int workers, int queue,
            int historySize, boolean watching) {
        this.watching = watching;
        this.problems = problems;
        this.scheduler = scheduler;
        this.dataDir = dataDir;
        this.history = new History(historySize, dataDir == null ? null : dataDir.resolve("history.log"));
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)),
                r -> {
                    Thread t = new Thread(r, "landline-rule-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.workers.allowCoreThreadTimeOut(true);
        loadOverrides();
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            rules.values().forEach(this::stopWatch);
        }
        workers.shutdownNow();
    }

    // ---- trigger and action types (whiteboard)

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindTriggerType(TriggerType type) {
        triggerTypes.put(type.id(), type);
        synchronized (this) {
            rules.values().stream().filter(a -> type.id().equals(a.waitingFor)).forEach(this::startWatch);
        }
    }

    void unbindTriggerType(TriggerType type) {
        if (!triggerTypes.remove(type.id(), type)) {
            return;
        }
        synchronized (this) {
            rules.values().stream().filter(a -> a.rule.trigger().type().equals(type.id())).forEach(a -> {
                stopWatch(a);
                if (a.enabled) {
                    a.waitingFor = type.id();
                }
            });
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindActionType(ActionType type) {
        actionTypes.put(type.id(), type);
    }

    void unbindActionType(ActionType type) {
        actionTypes.remove(type.id(), type);
    }

    // ---- rule files

    /**
     * Replaces the rules of a file.
     *
     * @param file  the file name in {@code rules/}
     * @param loaded its rules
     */
    public synchronized void load(String file, List<Rule> loaded) {
        files.add(file);
        unloadRules(file);
        List<String> ids = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        for (Rule rule : loaded) {
            Active existing = rules.get(rule.id());
            if (existing != null) {
                clashes.add(rule.where() + ": the id '" + rule.id() + "' is already used in "
                        + existing.rule.where() + "; this rule is ignored");
                continue;
            }
            collectSecrets(rule);
            Active active = new Active(rule, overrides.getOrDefault(rule.id(), rule.enabled()));
            rules.put(rule.id(), active);
            ids.add(rule.id());
            if (active.enabled) {
                startWatch(active);
            }
        }
        ruleIdsByFile.put(file, ids);
        if (clashes.isEmpty()) {
            problems.clear(source(file));
        } else {
            problems.report(source(file), String.join("; ", clashes));
        }
        LOG.info("rules/{}: {} rule(s) loaded: {}", file, ids.size(), ids);
    }

    /**
     * Notes a rule file that cannot be used. Its previous rules, if any, keep running.
     *
     * @param file    the file name
     * @param line    the line of the problem
     * @param message what is wrong
     */
    public synchronized void failed(String file, int line, String message) {
        files.add(file);
        boolean previous = !ruleIdsByFile.getOrDefault(file, List.of()).isEmpty();
        problems.report(source(file), "line " + line + ": " + message
                + (previous ? " (the previous version of the file keeps running)" : ""));
    }

    /** @param file a rule file that was deleted */
    public synchronized void unload(String file) {
        files.remove(file);
        unloadRules(file);
        ruleIdsByFile.remove(file);
        problems.clear(source(file));
    }

    /** @return the files handed to this engine, loaded or failed */
    public Set<String> files() {
        return Set.copyOf(files);
    }

    private void unloadRules(String file) {
        for (String id : ruleIdsByFile.getOrDefault(file, List.of())) {
            Active active = rules.remove(id);
            if (active != null) {
                stopWatch(active);
            }
        }
    }

    private static String source(String file) {
        return "rules/" + file;
    }

    private void collectSecrets(Rule rule) {
        List<Map<String, Object>> configs = new ArrayList<>();
        configs.add(rule.trigger().config());
        rule.actions().forEach(a -> configs.add(a.config()));
        for (Map<String, Object> config : configs) {
            config.forEach((key, value) -> {
                if (SECRET_KEYS.contains(key.toLowerCase(java.util.Locale.ROOT)) && value != null) {
                    secrets.add(value.toString());
                }
            });
        }
    }

    // ---- watching

    private void startWatch(Active active) {
        if (!watching) {
            return;
        }
        Rule rule = active.rule;
        TriggerType type = triggerTypes.get(rule.trigger().type());
        if (type == null) {
            active.waitingFor = rule.trigger().type();
            scheduler.at(scheduler.clock().instant().plus(GRACE), () -> reportIfStillWaiting(active));
            return;
        }
        active.waitingFor = null;
        Map<String, Object> config = new HashMap<>(rule.trigger().config());
        config.put("rule", rule.id());
        try {
            Consumer<TriggerEvent> fire = event -> fired(active, event);
            active.watch = type.watch(config, fire);
            problems.clear(source(rule.file()) + "#" + rule.id());
        } catch (AutomationException | RuntimeException e) {
            active.watch = null;
            problems.report(source(rule.file()) + "#" + rule.id(), "line " + rule.trigger().line() + ": "
                    + "rule '" + rule.id() + "' cannot watch its " + rule.trigger().type() + " trigger: "
                    + redact(e.getMessage()));
        }
    }

    private void reportIfStillWaiting(Active active) {
        synchronized (this) {
            if (active.waitingFor != null && rules.get(active.rule.id()) == active) {
                problems.report(source(active.rule.file()) + "#" + active.rule.id(), "line "
                        + active.rule.trigger().line() + ": rule '" + active.rule.id() + "' waits for the trigger "
                        + "type '" + active.waitingFor + "', which no installed bundle provides (installed: "
                        + String.join(", ", new TreeMap<>(triggerTypes).keySet()) + ")");
            }
        }
    }

    private void stopWatch(Active active) {
        active.waitingFor = null;
        AutoCloseable watch = active.watch;
        active.watch = null;
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.debug("closing the trigger of rule {} failed", active.rule.id(), e);
            }
        }
        problems.clear(source(active.rule.file()) + "#" + active.rule.id());
    }

    private void fired(Active active, TriggerEvent event) {
        if (!active.enabled || rules.get(active.rule.id()) != active) {
            return;
        }
        submit(active.rule, event, false);
    }

    // ---- running

    private CompletableFuture<Run> submit(Rule rule, TriggerEvent event, boolean manual) {
        CompletableFuture<Run> result = new CompletableFuture<>();
        try {
            workers.execute(() -> result.complete(execute(rule, event, manual)));
        } catch (RejectedExecutionException e) {
            Run run = new Run(event.at(), rule.id(), event.type(), Outcome.DROPPED, 0,
                    "too many runs waiting (" + workers.getQueue().size() + "); this one was dropped");
            record(run);
            result.complete(run);
        }
        return result;
    }

    /** Runs a rule now, on this thread: conditions unless manual, then the actions in order. */
    Run execute(Rule rule, TriggerEvent event, boolean manual) {
        long start = System.nanoTime();
        if (!manual) {
            // Conditions judge the moment the trigger fired, not when a worker got to it.
            ZonedDateTime now = event.at().atZone(scheduler.clock().getZone());
            for (Condition condition : rule.conditions()) {
                Optional<String> unmet = condition.unmet(event, now);
                if (unmet.isPresent()) {
                    return record(new Run(event.at(), rule.id(), event.type(), Outcome.SKIPPED, 0, unmet.get()));
                }
            }
        }
        List<String> done = new ArrayList<>();
        for (int i = 0; i < rule.actions().size(); i++) {
            Rule.Step step = rule.actions().get(i);
            String label = "action " + (i + 1) + " (" + step.type() + ", line " + step.line() + ")";
            ActionType type = actionTypes.get(step.type());
            String failure = null;
            if (type == null) {
                failure = label + ": no installed bundle provides the action type '" + step.type() + "' (installed: "
                        + String.join(", ", new TreeMap<>(actionTypes).keySet()) + ")";
            } else {
                try {
                    done.add(type.run(step.config(), event));
                } catch (AutomationException e) {
                    failure = label + ": " + e.getMessage();
                } catch (RuntimeException e) {
                    LOG.debug("{} of rule {} failed", label, rule.id(), e);
                    failure = label + " failed: " + e;
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                failure = label + ": interrupted (the runtime is stopping)";
            }
            if (failure != null) {
                String message = (done.isEmpty() ? "" : String.join("; ", done) + "; then ") + failure;
                return record(new Run(event.at(), rule.id(), event.type(), Outcome.FAILED, millisSince(start),
                        message));
            }
        }
        return record(new Run(event.at(), rule.id(), event.type(), Outcome.OK, millisSince(start),
                (manual ? "run now: " : "") + String.join("; ", done)));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Run record(Run run) {
        Run clean = new Run(run.at(), run.rule(), run.trigger(), run.outcome(), run.millis(), redact(run.message()));
        history.record(clean);
        if (clean.outcome() == Outcome.FAILED || clean.outcome() == Outcome.DROPPED) {
            LOG.warn("rule {} {}: {}", clean.rule(), clean.outcome().name().toLowerCase(), clean.message());
        } else {
            LOG.info("rule {} {}: {}", clean.rule(), clean.outcome().name().toLowerCase(), clean.message());
        }
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.postEvent(new Event(Topics.RULE_RAN, Map.of(Topics.RULE, clean.rule(), Topics.OUTCOME,
                    clean.outcome().name().toLowerCase(), Topics.MESSAGE, clean.message())));
        }
        return clean;
    }

    /**
     * @param text any text
     * @return the text with every secret this engine knows of masked
     */
    String redact(String text) {
        return Redact.text(text, secrets);
    }

    // ---- commands

    /** @return every rule, in file order */
    public synchronized List<RuleView> rules() {
        List<RuleView> views = new ArrayList<>();
        for (Active active : rules.values()) {
            Rule rule = active.rule;
            Object setting = rule.trigger().config().get(Rule.Step.VALUE);
            String trigger = rule.trigger().type() + (setting == null ? "" : " " + redact(setting.toString()));
            String state = !active.enabled ? "disabled"
                    : !watching ? "enabled (not watched by a one-shot command)"
                    : active.waitingFor != null ? "waiting for trigger type " + active.waitingFor
                    : active.watch == null ? "cannot watch (see status)" : "watching";
            views.add(new RuleView(rule.id(), rule.where(), trigger, active.enabled, state));
        }
        return views;
    }

    /**
     * Enables or disables a rule; the choice survives restarts.
     *
     * @param id      the rule
     * @param enabled the new state
     * @return whether such a rule exists
     */
    public synchronized boolean setEnabled(String id, boolean enabled) {
        Active active = rules.get(id);
        if (active == null) {
            return false;
        }
        overrides.put(id, enabled);
        saveOverrides();
        if (active.enabled != enabled) {
            active.enabled = enabled;
            if (enabled) {
                startWatch(active);
            } else {
                stopWatch(active);
            }
        }
        return true;
    }

    /**
     * Runs a rule's actions now, skipping its trigger and conditions.
     *
     * @param id the rule
     * @return the run, once done; empty when no such rule exists
     */
    public Optional<CompletableFuture<Run>> runNow(String id) {
        Active active;
        synchronized (this) {
            active = rules.get(id);
        }
        if (active == null) {
            return Optional.empty();
        }
        return Optional.of(submit(active.rule, new TriggerEvent("manual", scheduler.clock().instant(),
                Map.of("site", io.landline.api.dialog.DialogService.DEFAULT_SITE, "rule", id)), true));
    }

    /** @return whether triggers are watched (false in a one-shot command) */
    public boolean watching() {
        return watching;
    }

    /** @return the last runs, oldest first */
    public List<Run> history() {
        return history.runs();
    }

    /** @return installed trigger type ids */
    public Collection<String> triggerTypes() {
        return new TreeMap<>(triggerTypes).keySet();
    }

    /** @return installed action type ids */
    public Collection<String> actionTypes() {
        return new TreeMap<>(actionTypes).keySet();
    }

    private void loadOverrides() {
        if (dataDir == null) {
            return;
        }
        Path file = dataDir.resolve("enabled.properties");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            properties.forEach((k, v) -> overrides.put(k.toString(), Boolean.parseBoolean(v.toString())));
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", file, e.getMessage());
        }
    }

    private void saveOverrides() {
        if (dataDir == null) {
            return;
        }
        Properties properties = new Properties();
        overrides.forEach((k, v) -> properties.setProperty(k, v.toString()));
        try {
            Files.createDirectories(dataDir);
            try (Writer writer = Files.newBufferedWriter(dataDir.resolve("enabled.properties"),
                    StandardCharsets.UTF_8)) {
                properties.store(writer, "rules enabled or disabled with `rules enable|disable`");
            }
        } catch (IOException e) {
            LOG.warn("cannot save which rules are enabled: {}", e.getMessage());
        }
    }

    /** For tests. */
    Instant now() {
        return scheduler.clock().instant();
    }
}
