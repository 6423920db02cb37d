package io.landline.runtime.internal;

import io.landline.api.engine.Problem;
import io.landline.api.engine.RuntimeStatus;
import io.landline.api.engine.SkillInfo;
import io.landline.api.engine.StageStatus;
import io.landline.api.intent.IntentCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The runtime's view of itself: engines, skills and problems, including bundles that cannot resolve. */
@Component
public class StatusService implements RuntimeStatus {

    private final BundleContext context;
    private final ActiveEngines engines;
    private final SkillRegistry skills;
    private final ProblemLog problems;

    /**
     * @param context  to find unresolved bundles
     * @param engines  the active engines
     * @param skills   the installed skills
     * @param problems the problems reported so far
     */
    @Activate
    public StatusService(BundleContext context, @Reference ActiveEngines engines, @Reference SkillRegistry skills,
            @Reference ProblemLog problems) {
        this.context = context;
        this.engines = engines;
        this.skills = skills;
        this.problems = problems;
    }

    @Override
    public List<StageStatus> engines() {
        return engines.status();
    }

    @Override
    public List<SkillInfo> skills() {
        return skills.skills();
    }

    @Override
    public IntentCatalog catalog() {
        return skills.catalog();
    }

    @Override
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems.current());
        List<String> known = all.stream().map(Problem::source).toList();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            String source = problems.sourceOf(bundle.getLocation());
            if (bundle.getState() == Bundle.INSTALLED && !fragment && !known.contains(source)) {
                all.add(new Problem(source, "bundle " + bundle.getSymbolicName()
                        + " is installed but cannot be resolved (missing dependencies)", Instant.now()));
            }
        }
        return all;
    }
}
