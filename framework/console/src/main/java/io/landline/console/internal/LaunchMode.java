package io.landline.console.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.audio.AudioFiles;
import io.landline.api.dialog.DialogService;
import io.landline.api.dialog.Listening;
import io.landline.api.dialog.TextSink;
import io.landline.api.engine.RuntimeStatus;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Does what the launcher was asked to do, read from framework properties the launcher sets:
 * {@code landline.command} is {@code console} (the interactive console), {@code serve} (no console, for running
 * as a service), or a one-shot command ({@code ask}, {@code engines}, {@code status}, {@code skills},
 * {@code calls}, {@code rules}) that runs once the runtime has started, prints its answer and stops the runtime.
 * {@code listen} runs a recording through the voice pipeline ({@link ListenCommand}).
 */
@Component(immediate = true)
public class LaunchMode {

    static final String COMMAND = "landline.command";
    static final String ARGUMENTS = "landline.command.args";
    static final String SITE = "landline.console.site";
    static final String EXIT_CODE = "landline.exit.code";

    private static final long READY_TIMEOUT_SECONDS = 30;

    private final BundleContext context;
    private Thread oneShot;

    /**
     * @param component to enable the console components
     * @param context   the console bundle's context
     */
    @Activate
    public LaunchMode(ComponentContext component, BundleContext context) {
        this.context = context;
        String command = context.getProperty(COMMAND);
        if ("console".equals(command)) {
            component.enableComponent(StdinLines.class.getName());
            component.enableComponent(Console.class.getName());
        } else if (command != null && !command.equals("serve")) {
            oneShot = new Thread(() -> runOnce(command), "landline-" + command);
            oneShot.start();
        }
    }

    @Deactivate
    void deactivate() {
        if (oneShot != null) {
            oneShot.interrupt();
        }
    }

    /** @return the site typed lines come from */
    static String site(BundleContext context) {
        String site = context.getProperty(SITE);
        return site == null || site.isBlank() ? DialogService.DEFAULT_SITE : site;
    }

    /** Stops the runtime with an exit code for the launcher. */
    static void exit(BundleContext context, int code) {
        System.setProperty(EXIT_CODE, Integer.toString(code));
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (org.osgi.framework.BundleException | IllegalStateException e) {
                // already stopping
            }
        }, "landline-exit");
        stopper.start();
    }

    private void runOnce(String command) {
        PrintStream out = Terminal.OUT;
        int code = 0;
        // The trackers stay open while the command runs: releasing a service deactivates a delayed component.
        try (Held<RuntimeStatus> runtime = hold(RuntimeStatus.class);
                Held<DialogService> dialog = hold(DialogService.class)) {
            Startup.await(context, READY_TIMEOUT_SECONDS);
            RuntimeStatus status = runtime.await();
            switch (command) {
                case "ask" -> ask(dialog.await());
                case "listen" -> code = listen();
                case "engines" -> out.print(Reports.engines(status));
                case "skills" -> out.print(Reports.skills(status));
                case "status" -> out.print(Reports.status(status, context.getBundles()));
                case "calls" -> out.print(calls());
                case "grammar" -> out.print(grammar());
                case "rules" -> code = shellCommand("landline:rules " + arguments(), "rules", out);
                case "skill" -> {
                    String arguments = context.getProperty(ARGUMENTS);
                    try {
                        out.println(new SkillFiles(context).run(arguments == null || arguments.isBlank()
                                ? new String[0] : arguments.strip().split("\\s+")));
                    } catch (SkillFiles.SkillFileException e) {
                        System.err.println(e.getMessage());
                        code = 1;
                    }
                }
                default -> {
                    System.err.println("unknown command: " + command);
                    code = 2;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            code = 1;
        }
        out.flush();
        exit(context, code);
    }

    /** @return the phrases commands are recognized with, one a line, after a line saying how many */
    private String grammar() throws InterruptedException {
        try (Held<Listening> listening = hold(Listening.class)) {
            PhraseGrammar grammar = listening.await().grammar();
            StringBuilder out = new StringBuilder("# " + grammar.phrases().size() + " phrases"
                    + (grammar.openVocabulary() ? "; open vocabulary where a skill takes free text" : "") + "\n");
            grammar.phrases().stream().sorted().forEach(p -> out.append(p).append('\n'));
            return out.toString();
        }
    }

    private int listen() throws InterruptedException {
        ListenCommand.Arguments arguments;
        try {
            arguments = ListenCommand.Arguments.parse(String.valueOf(context.getProperty(ARGUMENTS)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (Held<Listening> listening = hold(Listening.class); Held<AudioFiles> files = hold(AudioFiles.class)) {
            return new ListenCommand(context, Terminal.OUT, site(context)).run(arguments, listening.await(),
                    files.await());
        }
    }

    private String arguments() {
        String text = context.getProperty(ARGUMENTS);
        return text == null ? "" : text;
    }

    /**
     * Runs a shell command another bundle provides (automations' {@code rules}), once it is registered.
     *
     * @return the exit code: 0, or 1 when the command is not available or fails
     */
    private int shellCommand(String line, String function, PrintStream out) throws InterruptedException {
        try (Held<CommandProcessor> shell = hold(CommandProcessor.class)) {
            CommandProcessor processor = shell.await();
            ServiceTracker<Object, Object> command;
            try {
                command = new ServiceTracker<>(context, context.createFilter("(&(" + CommandProcessor.COMMAND_SCOPE
                        + "=landline)(" + CommandProcessor.COMMAND_FUNCTION + "=" + function + "))"), null);
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            command.open();
            try {
                if (command.waitForService(TimeUnit.SECONDS.toMillis(READY_TIMEOUT_SECONDS)) == null) {
                    System.err.println("the '" + function + "' command is not installed (is its bundle running? "
                            + "see `landline status`)");
                    return 1;
                }
                try (CommandSession session = processor.createSession(System.in, out, System.err)) {
                    Object result = session.execute(line);
                    if (result != null) {
                        out.println(session.format(result, Converter.INSPECT));
                    }
                    return 0;
                } catch (Exception e) {
                    System.err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                }
            } finally {
                command.close();
            }
        }
    }

    private void ask(DialogService dialog) {
        String site = site(context);
        ServiceRegistration<TextSink> printer = context.registerService(TextSink.class,
                new ConsolePrinter(Terminal.OUT, site), null);
        try {
            String text = context.getProperty(ARGUMENTS);
            dialog.handleText(site, text == null ? "" : text);
        } finally {
            printer.unregister();
        }
    }

    private String calls() throws InterruptedException {
        try (Held<io.landline.api.telephony.CallHistory> history = hold(io.landline.api.telephony.CallHistory.class)) {
            String arguments = context.getProperty(ARGUMENTS);
            String[] args = arguments == null || arguments.isBlank() ? new String[0] : arguments.trim().split("\\s+");
            return CallCommands.report(history.tracker().waitForService(2000), args);
        }
    }

    private <T> Held<T> hold(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        return new Held<>(type, tracker);
    }

    /** A service tracked for as long as a command needs the service. */
    private record Held<T>(Class<T> type, ServiceTracker<T, T> tracker) implements AutoCloseable {

        T await() throws InterruptedException {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(READY_TIMEOUT_SECONDS));
            if (service == null) {
                throw new IllegalStateException(type.getSimpleName() + " did not become available; see data/log");
            }
            return service;
        }

        @Override
        public void close() {
            tracker.close();
        }
    }
}
