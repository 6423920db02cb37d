package io.landline.console.internal;

import io.landline.api.engine.EngineInfo;
import io.landline.api.engine.Problem;
import io.landline.api.engine.RuntimeStatus;
import io.landline.api.engine.SkillInfo;
import io.landline.api.engine.StageStatus;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;

/** Plain-text reports shared by the one-shot command line and the console commands. */
final class Reports {

    private Reports() {
    }

    static String engines(RuntimeStatus status) {
        StringBuilder out = new StringBuilder();
        for (StageStatus stage : status.engines()) {
            out.append(String.format("%-7s %s", stage.stage().key(),
                    stage.active().map(EngineInfo::id).orElse("(none)")));
            stage.pinned().ifPresent(pin -> out.append("  [pinned: ").append(pin).append(']'));
            List<EngineInfo> others = stage.available().stream()
                    .filter(e -> stage.active().map(a -> !a.equals(e)).orElse(true))
                    .toList();
            if (!others.isEmpty()) {
                out.append("  also: ").append(others.stream()
                        .map(e -> e.id() + " (" + e.ranking() + ")")
                        .collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String skills(RuntimeStatus status) {
        StringBuilder out = new StringBuilder();
        for (SkillInfo skill : status.skills()) {
            out.append(skill.id()).append(" — ").append(skill.name()).append('\n');
            skill.examples().forEach(e -> out.append("    \"").append(e).append("\"\n"));
        }
        return out.toString();
    }

    static String status(RuntimeStatus status, Bundle[] bundles) {
        long active = java.util.Arrays.stream(bundles).filter(b -> b.getState() == Bundle.ACTIVE).count();
        StringBuilder out = new StringBuilder();
        out.append("bundles: ").append(bundles.length).append(" installed, ").append(active).append(" active\n");
        for (Bundle bundle : bundles) {
            if (bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get("Fragment-Host") == null) {
                out.append("    ").append(bundle.getSymbolicName()).append(' ').append(stateName(bundle.getState()))
                        .append('\n');
            }
        }
        out.append("engines:\n");
        engines(status).lines().forEach(l -> out.append("    ").append(l).append('\n'));
        out.append("skills: ").append(status.skills().stream().map(SkillInfo::id).collect(Collectors.joining(", ")))
                .append('\n');
        List<Problem> problems = status.problems();
        out.append("problems: ").append(problems.isEmpty() ? "none" : problems.size()).append('\n');
        problems.forEach(p -> out.append("    ").append(p.source()).append(": ").append(p.message()).append('\n'));
        return out.toString();
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed (not resolved)";
            case Bundle.RESOLVED -> "resolved (not started)";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
