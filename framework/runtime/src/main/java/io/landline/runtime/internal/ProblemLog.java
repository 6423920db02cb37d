package io.landline.runtime.internal;

import io.landline.api.engine.Problem;
import io.landline.api.engine.ProblemReporter;
import io.landline.api.event.Topics;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects problems for {@code status}: framework errors, warnings that other bundles log through the OSGi log
 * service (FileInstall failing to start a bundle, SCR failing to activate a component), and reports from the
 * runtime itself. It also forwards the OSGi log to SLF4J so there is one log file.
 */
@Component(service = { ProblemLog.class, ProblemReporter.class })
public class ProblemLog implements FrameworkListener, BundleListener, LogListener, ProblemReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemLog.class);
    private static final Pattern PATH = Pattern.compile("((?:file:)?/[^\\s:]+)");
    private static final Pattern MISSING_PACKAGE = Pattern.compile("missing requirement .*?osgi\\.wiring\\.package=([\\w.]+)");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error): ");

    private final Problems problems;
    private final BundleContext context;

    /**
     * @param context the runtime bundle's context
     * @param events  posts each new problem
     */
    @Activate
    public ProblemLog(BundleContext context, @Reference EventPoster events) {
        this.context = context;
        this.problems = new Problems(Clock.systemUTC(), problem -> {
            LOG.warn("{}: {}", problem.source(), problem.message());
            events.post(Topics.PROBLEM_REPORTED, Topics.SOURCE, problem.source(), Topics.MESSAGE, problem.message());
        }, source -> {
            LOG.info("{}: problem resolved", source);
            events.post(Topics.PROBLEM_CLEARED, Topics.SOURCE, source);
        });
        context.addFrameworkListener(this);
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        context.removeBundleListener(this);
    }

    /** @return the problems, to report and clear */
    Problems problems() {
        return problems;
    }

    @Override
    public void report(String source, String message) {
        problems.report(source, message);
    }

    @Override
    public void clear(String source) {
        problems.clear(source);
    }

    /** @return current problems, oldest first */
    public List<Problem> current() {
        return problems.current();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindLogReader(LogReaderService reader) {
        reader.addLogListener(this);
    }

    void unbindLogReader(LogReaderService reader) {
        reader.removeLogListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null) {
            problems.report(sourceOf(event.getBundle().getLocation()), messageOf(event.getThrowable(), "error"));
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String source = sourceOf(event.getBundle().getLocation());
        if (event.getType() == BundleEvent.UNINSTALLED || event.getType() == BundleEvent.STARTED) {
            problems.clear(source);
        }
    }

    @Override
    public void logged(LogEntry entry) {
        Bundle bundle = entry.getBundle();
        String name = bundle == null ? "osgi" : bundle.getSymbolicName();
        Logger logger = LoggerFactory.getLogger(name);
        LogLevel level = entry.getLogLevel();
        if (entry.getMessage().startsWith("FrameworkEvent") || entry.getMessage().startsWith("BundleEvent")
                || entry.getMessage().startsWith("ServiceEvent")) {
            // Felix Log echoes framework events; errors among them arrive through frameworkEvent() already.
            logger.debug(entry.getMessage());
        } else if (level == LogLevel.ERROR || level == LogLevel.WARN) {
            String message = entry.getMessage()
                    + (entry.getException() == null ? "" : ": " + entry.getException().getMessage());
            logger.debug(message, entry.getException());
            problems.report(subjectOf(entry.getMessage(), name), plain(message));
        } else if (level == LogLevel.INFO) {
            logger.info(entry.getMessage());
        } else {
            logger.debug(entry.getMessage(), entry.getException());
        }
    }

    /**
     * @param location a bundle location or file URL
     * @return a short source name: the folder and file name for files, the location otherwise
     */
    static String sourceOf(String location) {
        String path = location.startsWith("file:") ? location.substring(5) : location;
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return location;
        }
        int previous = path.lastIndexOf('/', slash - 1);
        return path.substring(previous + 1);
    }

    /** @return the file a message is about ("etc/x.cfg", "deploy/y.jar"), else the bundle that logged it */
    static String subjectOf(String message, String loggerBundle) {
        Matcher path = PATH.matcher(message);
        return path.find() ? sourceOf(path.group(1)) : loggerBundle;
    }

    /**
     * @return the message without exception class names, and a missing package said plainly rather than as the
     *         resolver's requirement dump
     */
    static String plain(String message) {
        Matcher missing = MISSING_PACKAGE.matcher(message);
        if (missing.find()) {
            return "cannot start: it needs the package " + missing.group(1)
                    + ", which no installed bundle provides";
        }
        String text = EXCEPTION_NAME.matcher(message).replaceAll("");
        Matcher path = PATH.matcher(text);
        return path.find() ? text.replace(path.group(1), sourceOf(path.group(1))) : text;
    }

    private static String messageOf(Throwable error, String fallback) {
        return error == null || error.getMessage() == null ? fallback : error.getMessage();
    }
}
