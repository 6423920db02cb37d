package io.landline.console.internal;

import io.landline.api.dialog.TextSink;
import java.io.PrintStream;

/**
 * Prints what the assistant says, so everything works with no audio hardware: lines for the console's own site
 * as they are, lines for other sites prefixed with the site.
 */
final class ConsolePrinter implements TextSink {

    private final PrintStream out;
    private final String site;

    ConsolePrinter(PrintStream out, String site) {
        this.out = out;
        this.site = site;
    }

    @Override
    public void show(String where, String text) {
        synchronized (out) {
            out.println(where.equals(site) ? text : "[" + where + "] " + text);
            out.flush();
        }
    }
}
