package io.landline.console.internal;

import io.landline.api.dialog.DialogService;
import io.landline.api.engine.RuntimeStatus;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Landline's shell commands, available in the console and to any Gogo shell. */
@Component(service = LandlineCommands.class, property = { "osgi.command.scope=landline",
        "osgi.command.function=engines", "osgi.command.function=status", "osgi.command.function=skills",
        "osgi.command.function=ask", "osgi.command.function=skill" })
public class LandlineCommands {

    private final RuntimeStatus status;
    private final DialogService dialog;
    private final BundleContext context;

    /**
     * @param context the console bundle's context
     * @param status  the runtime's status
     * @param dialog  handles {@code ask}
     */
    @Activate
    public LandlineCommands(BundleContext context, @Reference RuntimeStatus status,
            @Reference DialogService dialog) {
        this.context = context;
        this.status = status;
        this.dialog = dialog;
    }

    /** @return the active engine per stage and the others available */
    public String engines() {
        return Reports.engines(status);
    }

    /** @return bundles, engines, skills and problems */
    public String status() {
        return Reports.status(status, context.getBundles());
    }

    /** @return the installed skills with example sentences */
    public String skills() {
        return Reports.skills(status);
    }

    /**
     * Installs or removes a skill: {@code skill install <file.js | bundle.jar | URL>}, {@code skill remove <id>}.
     *
     * @param args the action and its target
     * @return what was done
     * @throws SkillFiles.SkillFileException with a message for the user
     */
    public String skill(String... args) throws SkillFiles.SkillFileException {
        return new SkillFiles(context).run(args);
    }

    /**
     * Handles an utterance; the answer is printed as it is said.
     *
     * @param words the utterance
     */
    public void ask(String... words) {
        dialog.handleText(LaunchMode.site(context), String.join(" ", words));
    }
}
