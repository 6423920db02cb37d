package io.landline.automation.internal;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hot-loads rule files from {@code rules/} (FileInstall watches it, see
 * {@code etc/org.apache.felix.fileinstall-rules.cfg}): a new or changed {@code .yaml} file is parsed and its
 * rules replace the file's previous ones; a deleted file's rules stop. A malformed file is reported in
 * {@code status} with its line, and every other file keeps running.
 */
@Component
public class RulesInstaller implements ArtifactInstaller {

    private final AutomationEngine engine;
    private final Path folder;

    /**
     * @param context to find {@code landline.home}
     * @param engine  runs the rules
     */
    @Activate
    public RulesInstaller(BundleContext context, @Reference AutomationEngine engine) {
        this.engine = engine;
        this.folder = folder(context);
    }

    /** @return {@code ${landline.home}/rules} */
    static Path folder(BundleContext context) {
        return Path.of(Optional.ofNullable(context.getProperty("landline.home")).orElse(".")).resolve("rules")
                .toAbsolutePath().normalize();
    }

    static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".js");
    }

    @Override
    public boolean canHandle(File file) {
        File parent = file.getAbsoluteFile().getParentFile();
        return parent != null && parent.toPath().normalize().equals(folder) && isRuleFile(file.getName());
    }

    @Override
    public void install(File file) {
        String name = file.getName();
        if (name.toLowerCase(Locale.ROOT).endsWith(".js")) {
            engine.failed(name, 1, "JavaScript rule files (when.phrase(...)) are not available yet; write the rule "
                    + "in YAML, where a 'js:' action runs JavaScript in the skill sandbox");
            return;
        }
        try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            engine.load(name, RuleParser.parse(name, reader));
        } catch (RuleParser.RuleFileException e) {
            engine.failed(name, e.line(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            engine.failed(name, 1, "cannot read the file: " + e.getMessage());
        }
    }

    @Override
    public void update(File file) {
        install(file);
    }

    @Override
    public void uninstall(File file) {
        engine.unload(file.getName());
    }
}
