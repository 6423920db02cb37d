package io.landline.console.internal;

import io.landline.api.dialog.DialogService;
import io.landline.api.dialog.TextSink;
import io.landline.api.engine.RuntimeStatus;
import io.landline.api.event.Topics;
import java.io.EOFException;
import java.io.PrintStream;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The interactive console: each typed line is an utterance for the console's site, unless it names a shell
 * command ({@code engines}, {@code status}, {@code skills}, {@code felix:lb} …). Prints what the assistant says
 * and when engines change or problems appear. End of input stops the runtime.
 */
@Component(immediate = true, enabled = false)
public class Console {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Console.class);

    private final DialogService dialog;
    private final StdinLines input;
    private final BundleContext context;
    private final String site;
    private final PrintStream out = Terminal.OUT;
    private final Map<String, Boolean> commandNames = new ConcurrentHashMap<>();
    private final ServiceTracker<Object, Object> commands;
    private final ServiceRegistration<?> printer;
    private final ServiceRegistration<?> notices;
    private final Thread loop;
    private volatile boolean running = true;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CommandProcessor processor;

    /**
     * @param context the console bundle's context
     * @param dialog  handles utterances
     * @param status  required so the console only runs while the runtime does
     * @param input   standard input
     */
    @Activate
    public Console(BundleContext context, @Reference DialogService dialog, @Reference RuntimeStatus status,
            @Reference StdinLines input) {
        this.context = context;
        this.dialog = dialog;
        this.input = input;
        this.site = LaunchMode.site(context);
        this.commands = trackCommandNames(context);
        this.printer = context.registerService(TextSink.class, new ConsolePrinter(out, site), null);
        this.notices = context.registerService(EventHandler.class, this::notice, topics());
        this.loop = new Thread(this::run, "landline-console");
        loop.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        loop.interrupt();
        loop.join(2000);
        printer.unregister();
        notices.unregister();
        commands.close();
    }

    private void run() {
        try {
            Startup.await(context, 60);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (System.console() != null) {
            out.println("Landline is listening. Type what you would say, or a command (engines, status, skills, "
                    + "skill install FILE|URL, skill remove ID, felix:lb). Ctrl-D quits.");
        }
        try {
            while (running) {
                String line = input.next(250).orElse(null);
                if (line != null && !line.isBlank()) {
                    handle(line.strip());
                }
            }
        } catch (EOFException e) {
            LaunchMode.exit(context, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(String line) {
        if (line.equals("exit") || line.equals("quit") || line.equals("shutdown")) {
            LaunchMode.exit(context, 0);
            running = false;
            return;
        }
        CommandProcessor shell = processor;
        if (shell != null && CommandLine.isCommand(line, commandNames.keySet())) {
            runCommand(shell, line);
        } else {
            dialog.handleText(site, line);
        }
    }

    private void runCommand(CommandProcessor shell, String line) {
        try (CommandSession session = shell.createSession(System.in, out, System.err)) {
            Object result = session.execute(line);
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
        } catch (Exception e) {
            Throwable cause = e;
            while ((cause instanceof java.lang.reflect.InvocationTargetException
                    || cause instanceof java.lang.reflect.UndeclaredThrowableException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            LOG.warn("command '{}' failed: {}", line.split("\\s+")[0], cause.toString());
            LOG.debug("command failure", cause);
            out.println("error: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        }
        out.flush();
    }

    private void notice(Event event) {
        String text = switch (event.getTopic()) {
            case Topics.ENGINE_CHANGED -> "(" + event.getProperty(Topics.STAGE) + " engine is now "
                    + (event.getProperty(Topics.ENGINE) == null ? "none" : event.getProperty(Topics.ENGINE)) + ")";
            case Topics.PROBLEM_CLEARED -> "(fixed: " + event.getProperty(Topics.SOURCE) + ")";
            default -> "(problem: " + event.getProperty(Topics.SOURCE) + ": " + event.getProperty(Topics.MESSAGE) + ")";
        };
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    private static Dictionary<String, Object> topics() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, new String[] { Topics.ENGINE_CHANGED, Topics.PROBLEM_REPORTED, Topics.PROBLEM_CLEARED });
        return properties;
    }

    private ServiceTracker<Object, Object> trackCommandNames(BundleContext bundleContext) {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(bundleContext,
                    bundleContext.createFilter("(" + CommandProcessor.COMMAND_FUNCTION + "=*)"), null) {
                @Override
                public Object addingService(ServiceReference<Object> reference) {
                    names(reference).forEach(name -> commandNames.put(name, Boolean.TRUE));
                    return reference;
                }
            };
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open(true);
        return tracker;
    }

    private static Set<String> names(ServiceReference<?> reference) {
        Object scope = reference.getProperty(CommandProcessor.COMMAND_SCOPE);
        Object functions = reference.getProperty(CommandProcessor.COMMAND_FUNCTION);
        String[] list = functions instanceof String[] array ? array : new String[] { String.valueOf(functions) };
        Set<String> names = new java.util.HashSet<>();
        for (String function : list) {
            names.add(function.toLowerCase());
            names.add((scope + ":" + function).toLowerCase());
        }
        return names;
    }
}
