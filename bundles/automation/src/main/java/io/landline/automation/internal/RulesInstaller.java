package io.landline.automation.internal;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.RuleTranslator;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

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
    private final Map<String, RuleTranslator> translators = new ConcurrentHashMap<>();
    /** Files that waited for a translator, so they load when one arrives. */
    private final Map<String, File> waiting = new ConcurrentHashMap<>();

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

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindTranslator(RuleTranslator translator) {
        translators.put(translator.extension(), translator);
        waiting.values().stream().filter(f -> extension(f.getName()).equals(translator.extension())).toList()
                .forEach(this::install);
    }

    void unbindTranslator(RuleTranslator translator) {
        translators.remove(translator.extension(), translator);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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
        waiting.remove(name);
        if (extension(name).equals("js")) {
            RuleTranslator translator = translators.get("js");
            if (translator == null) {
                waiting.put(name, file);
                engine.failed(name, 1, "JavaScript rule files need the scripting bundle (io.landline.scripting.rhino), "
                        + "which is not running");
                return;
            }
            try {
                String source = Files.readString(file.toPath(), StandardCharsets.UTF_8);
                engine.load(name, RuleParser.parse(name, new StringReader(translator.translate(name, source))));
            } catch (AutomationException e) {
                java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?s)line (\\d+): (.*)")
                        .matcher(e.getMessage());
                if (line.matches()) {
                    engine.failed(name, Integer.parseInt(line.group(1)), line.group(2));
                } else {
                    engine.failed(name, 1, e.getMessage());
                }
            } catch (RuleParser.RuleFileException e) {
                engine.failed(name, e.line(), e.getMessage() + " (in the rules the script declared)");
            } catch (IOException | RuntimeException e) {
                engine.failed(name, 1, "cannot read the file: " + e.getMessage());
            }
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
        waiting.remove(file.getName());
        engine.unload(file.getName());
    }
}
