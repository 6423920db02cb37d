package io.landline.runtime.internal;

import io.landline.api.engine.Problem;
import io.landline.api.engine.ProblemReporter;
import io.landline.api.event.Topics;
import java.time.Clock;
import java.util.List;
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

    /** @return current problems, oldest first */
    public List<Problem> current() {
        return problems.current();
    }

    @Override
    public void report(String source, String message) {
        problems.report(source, message);
    }

    @Override
    public void clear(String source) {
        problems.clear(source);
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
            problems.report(subjectOf(entry, name), message);
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

    private static String subjectOf(LogEntry entry, String loggerBundle) {
        String message = entry.getMessage();
        int file = message.indexOf("file:");
        if (file >= 0) {
            int end = message.indexOf(' ', file);
            return sourceOf(end < 0 ? message.substring(file) : message.substring(file, end));
        }
        return loggerBundle;
    }

    private static String messageOf(Throwable error, String fallback) {
        return error == null || error.getMessage() == null ? fallback : error.getMessage();
    }
}
