package io.landline.automation.internal;

import io.landline.automation.internal.History.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@code rules} shell command (console, any Gogo shell, and {@code landline rules ...}):
 * {@code rules [list]}, {@code rules enable|disable ID}, {@code rules run ID}, {@code rules history [ID] [N]}.
 */
@Component(service = RulesCommands.class, property = { "osgi.command.scope=landline",
        "osgi.command.function=rules" })
public class RulesCommands {

    static final String USAGE = "usage: rules [list] | rules enable ID | rules disable ID | rules run ID | "
            + "rules history [ID] [N]";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final AutomationEngine engine;
    private final Path folder;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WebhookTrigger webhooks;

    /**
     * @param context to find the rules folder
     * @param engine  the rules
     */
    @Activate
    public RulesCommands(BundleContext context, @Reference AutomationEngine engine) {
        this.engine = engine;
        this.folder = RulesInstaller.folder(context);
    }

    /**
     * @param args a sub-command and its arguments
     * @return what to print
     */
    public String rules(String... args) throws InterruptedException {
        awaitFolderLoaded();
        String verb = args.length == 0 ? "list" : args[0];
        String id = args.length > 1 ? args[1] : null;
        switch (verb) {
            case "list":
                return list();
            case "enable":
            case "disable":
                if (id == null) {
                    return USAGE;
                }
                return engine.setEnabled(id, verb.equals("enable")) ? "rule " + id + " " + verb + "d"
                        : unknown(id);
            case "run":
                if (id == null) {
                    return USAGE;
                }
                Optional<CompletableFuture<Run>> run = engine.runNow(id);
                if (run.isEmpty()) {
                    return unknown(id);
                }
                try {
                    return format(run.get().get(2, TimeUnit.MINUTES));
                } catch (ExecutionException | TimeoutException e) {
                    return "rule " + id + " is still running; see `rules history " + id + "`";
                }
            case "history":
                return history(args);
            default:
                return USAGE;
        }
    }

    private String list() {
        List<AutomationEngine.RuleView> rules = engine.rules();
        if (rules.isEmpty()) {
            return "no rules; put .yaml rule files into " + folder;
        }
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(4);
        boolean hooks = engine.watching()
                && rules.stream().anyMatch(r -> r.trigger().startsWith("webhook") && r.enabled());
        Optional<String> base = hooks ? awaitWebhooks() : Optional.empty();
        StringBuilder out = new StringBuilder();
        for (AutomationEngine.RuleView rule : rules) {
            out.append(String.format("%-" + width + "s  %-8s  %-30s  %s  (%s)%n", rule.id(),
                    rule.enabled() ? "enabled" : "disabled", rule.trigger(), rule.state(), rule.where()));
            if (hooks && rule.trigger().startsWith("webhook") && rule.enabled()) {
                out.append(" ".repeat(width + 2)).append(base.map(b -> "POST " + b + rule.id()
                        + "  (header X-Landline-Token: the rule's token)").orElse("(the HTTP server is not "
                                + "running; see etc/org.apache.felix.http.cfg)")).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private String history(String[] args) {
        String id = null;
        int count = 20;
        for (int i = 1; i < args.length; i++) {
            if (args[i].matches("\\d{1,4}")) {
                count = Integer.parseInt(args[i]);
            } else {
                id = args[i];
            }
        }
        String rule = id;
        List<Run> runs = engine.history().stream().filter(r -> rule == null || r.rule().equals(rule)).toList();
        if (runs.isEmpty()) {
            return rule == null ? "no rule has run yet" : "rule " + rule + " has not run yet";
        }
        return runs.subList(Math.max(0, runs.size() - count), runs.size()).stream().map(RulesCommands::format)
                .collect(Collectors.joining("\n"));
    }

    static String format(Run run) {
        return TIME.format(run.at()) + "  " + run.rule() + "  " + run.trigger() + "  "
                + run.outcome().name().toLowerCase() + "  " + run.millis() + " ms  " + run.message();
    }

    private String unknown(String id) {
        return "no rule '" + id + "'; `rules list` shows them";
    }

    /** Waits a little for the HTTP server, which starts in parallel with the rules. */
    private Optional<String> awaitWebhooks() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            WebhookTrigger trigger = webhooks;
            Optional<String> base = trigger == null ? Optional.empty() : trigger.baseUrl();
            if (base.isPresent() || System.nanoTime() > deadline) {
                return base;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** A one-shot {@code landline rules} runs right after start: wait until the folder's files are read. */
    private void awaitFolderLoaded() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (engine.files().containsAll(filesInFolder())) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private Set<String> filesInFolder() {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(RulesInstaller::isRuleFile)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
