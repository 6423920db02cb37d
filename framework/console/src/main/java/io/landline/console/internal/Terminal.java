package io.landline.console.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's real standard output. Gogo replaces {@code System.out} with a stream that routes each thread's
 * writes to its current shell session; a console that printed through that stream, or gave it to a session as
 * the session's output, would loop back into itself the moment something is said while a command runs.
 */
final class Terminal {

    /** Standard output, unaffected by {@code System.setOut}. */
    static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private Terminal() {
    }
}
