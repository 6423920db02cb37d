package io.landline.runtime.internal;

import java.io.File;
import java.io.IOException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Claims files in {@code deploy/} that are not OSGi bundles, so they are reported in {@code status} by name with
 * the reason instead of FileInstall failing on them again at every scan. Removing the file clears the problem.
 */
@Component
public class NotABundleInstaller implements ArtifactInstaller {

    private final Problems problems;

    /** @param problemLog where to report */
    @Activate
    public NotABundleInstaller(@Reference ProblemLog problemLog) {
        this.problems = problemLog.problems();
    }

    @Override
    public boolean canHandle(File file) {
        File folder = file.getParentFile();
        return folder != null && folder.getName().equals("deploy") && whyNotABundle(file) != null;
    }

    @Override
    public void install(File file) {
        problems.report(source(file), "not an OSGi bundle: " + whyNotABundle(file) + "; ignored");
    }

    @Override
    public void update(File file) {
        install(file);
    }

    @Override
    public void uninstall(File file) {
        problems.clear(source(file));
    }

    /** @return why the file is not a bundle, or null when it is one */
    static String whyNotABundle(File file) {
        try (JarFile jar = new JarFile(file)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return "the jar has no manifest";
            }
            if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "the manifest has no Bundle-SymbolicName";
            }
            return null;
        } catch (IOException | SecurityException e) {
            return "not a jar file (" + e.getMessage() + ")";
        }
    }

    private static String source(File file) {
        return "deploy/" + file.getName();
    }
}
