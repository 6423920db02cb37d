package io.landline.console.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a console line is a shell command or an utterance. Scoped names ({@code felix:lb}) are always
 * commands. Unscoped names are commands too, except words people say to the assistant ("stop", "help", "start
 * a timer"): those are utterances unless a bundle number follows ({@code stop 12}).
 */
final class CommandLine {

    private static final Set<String> SPOKEN_WORDS = Set.of("help", "stop", "start", "update", "which", "cd", "ls",
            "log", "echo", "cat", "grep", "set", "new", "each", "not", "until", "if", "while", "sh", "source",
            "tac", "format", "gosh", "type", "jobs", "fg", "bg", "history", "remove", "list");

    private CommandLine() {
    }

    /**
     * @param line     a typed line
     * @param commands the registered command names, scoped and unscoped
     * @return whether to run it as a command
     */
    static boolean isCommand(String line, Set<String> commands) {
        String[] words = line.strip().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!commands.contains(first)) {
            return false;
        }
        if (first.contains(":") || !SPOKEN_WORDS.contains(first)) {
            return true;
        }
        return words.length > 1 && words[1].matches("\\d+");
    }
}
