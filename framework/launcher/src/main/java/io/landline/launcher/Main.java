package io.landline.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Landline: an Apache Felix framework with the platform bundles in {@code system/} and Landline's own in
 * {@code bundle/}, FileInstall watching {@code etc/} (configuration) and {@code deploy/} (more bundles). The
 * command line is handed to the console bundle through framework properties; the exit code comes back through
 * the {@code landline.exit.code} system property.
 *
 * <pre>
 * landline                 interactive console
 * landline ask TEXT...     answer one utterance and exit
 * landline listen FILE.wav [--json] [--say-to OUT.wav]   run a recording through the voice pipeline
 * landline engines|status|skills
 * landline skill install FILE|URL / skill remove ID
 * landline rules [list | enable ID | disable ID | run ID | history [ID]]
 * landline serve           run without a console (as a service)
 * </pre>
 */
public final class Main {

    private static final List<String> COMMANDS = List.of("console", "serve", "ask", "listen", "engines", "status",
            "skills", "skill", "calls", "rules", "grammar");

    /** Held so the level set on it stays (JUL keeps loggers weakly). */
    private static final Logger HTTP_LOG = Logger.getLogger("org.apache.felix.http");

    private Main() {
    }

    /**
     * @param args the command line
     * @throws Exception when the framework cannot start
     */
    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "console" : args[0];
        if (!COMMANDS.contains(command)) {
            System.err.println("usage: landline [ask TEXT... | listen FILE.wav [--json] [--say-to OUT.wav] | engines"
                    + " | status | skills | skill install FILE|URL | skill remove ID | calls [delete]"
                    + " | rules [list|enable|disable|run|history] | grammar | serve]");
            System.exit(2);
        }
        Path home = Path.of(System.getProperty("landline.home", ".")).toAbsolutePath().normalize();
        String arguments = String.join(" ", Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        Framework framework = start(home, command, arguments);
        if (!consoleStarted(framework)) {
            System.err.println("Landline could not start its console bundle; see " + home.resolve("data/log")
                    + " and `landline status`.");
            if (!command.equals("console") && !command.equals("serve")) {
                stop(framework);
                System.exit(1);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "landline-shutdown"));
        FrameworkEvent stopped = framework.waitForStop(0);
        int code = Integer.parseInt(System.getProperty("landline.exit.code", "0"));
        if (stopped.getType() == FrameworkEvent.ERROR) {
            System.err.println("Landline stopped with an error: " + stopped.getThrowable());
            code = 1;
        }
        System.exit(code);
    }

    /**
     * Starts the framework and every bundle of the distribution.
     *
     * @param home      the distribution folder
     * @param command   what the console bundle should do
     * @param arguments the command's arguments
     * @return the started framework
     * @throws BundleException when the framework cannot start
     * @throws IOException     when the distribution cannot be read
     */
    public static Framework start(Path home, String command, String arguments) throws BundleException, IOException {
        Files.createDirectories(home.resolve("deploy"));
        Files.createDirectories(home.resolve("data"));
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, home.resolve("data/cache").toString());
        // State comes from the folders at every start: bundle/ and deploy/ for code, etc/ for configuration.
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("landline.home", home.toString());
        properties.put("landline.command", command);
        properties.put("landline.command.args", arguments);
        properties.put("felix.fileinstall.dir", home.resolve("etc").toString());
        properties.put("felix.fileinstall.poll", "100");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.log.level", "2");
        // Never write configuration back into users' files: a save-back can overwrite a newer edit.
        properties.put("felix.fileinstall.enableConfigSave", "false");
        properties.put("felix.fileinstall.log.default", "jul");
        properties.put("ds.loglevel", "warn");
        // Gogo's shell bundle provides the argument converters (bundle ids to bundles); the console owns stdin.
        properties.put("gosh.args", "--nointeractive --noshutdown");
        // Felix HTTP (webhooks) starts only once etc/org.apache.felix.http.cfg configures it, so it never binds its
        // default port 8080 on every interface first. Until the OSGi log is up it logs through JUL, where only
        // errors pass: its start-up notes ("not started, disabled") would otherwise land on the console.
        properties.put("org.apache.felix.http.enable", "false");
        // etc/org.apache.felix.http.cfg enables it with ${landline.http}: only a long-running runtime serves HTTP,
        // so a one-shot command next to a running service neither fights it for the port nor takes its webhooks.
        properties.put("landline.http", Boolean.toString(command.equals("console") || command.equals("serve")));
        properties.put("org.apache.felix.http.host", "127.0.0.1");
        properties.put("org.apache.felix.http.log.jul", "true");
        HTTP_LOG.setLevel(Level.SEVERE);
        String site = System.getProperty("landline.console.site");
        if (site != null) {
            properties.put("landline.console.site", site);
        }

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        Framework framework = factory.newFramework(properties);
        framework.init();
        List<Bundle> installed = new ArrayList<>();
        for (String folder : List.of("system", "bundle")) {
            for (Path jar : jars(home.resolve(folder))) {
                installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        framework.start();
        return framework;
    }

    private static boolean consoleStarted(Framework framework) {
        return Arrays.stream(framework.getBundleContext().getBundles())
                .anyMatch(b -> "io.landline.console".equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE);
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            System.err.println("Landline did not stop cleanly: " + e.getMessage());
        }
    }

}
