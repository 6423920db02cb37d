package io.landline.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final Set<String> commands = Set.of("lb", "felix:lb", "stop", "felix:stop", "help", "felix:help",
            "engines", "landline:engines", "start", "felix:start");

    @Test
    void commandsRun() {
        assertThat(CommandLine.isCommand("lb", commands)).isTrue();
        assertThat(CommandLine.isCommand("engines", commands)).isTrue();
        assertThat(CommandLine.isCommand("felix:stop 12", commands)).isTrue();
        assertThat(CommandLine.isCommand("stop 12", commands)).isTrue();
    }

    @Test
    void wordsPeopleSayAreUtterances() {
        assertThat(CommandLine.isCommand("stop", commands)).isFalse();
        assertThat(CommandLine.isCommand("help", commands)).isFalse();
        assertThat(CommandLine.isCommand("start a timer", commands)).isFalse();
        assertThat(CommandLine.isCommand("what time is it", commands)).isFalse();
    }
}
