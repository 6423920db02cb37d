package io.landline.scripting.rhino.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The automations' js action, in the skills' sandbox. */
class ScriptActionTest {

    private final ScriptAction action = new ScriptAction(Map.of("cpu.millis", "200", "wall.millis", "3000"));
    private final TriggerEvent call = new TriggerEvent("call", Instant.EPOCH,
            Map.of("caller", "Mom", "number", "+15550100", "seconds", 0L, "json", Map.of("rooms", List.of("a", "b"))));

    @AfterEach
    void close() {
        action.deactivate();
    }

    @Test
    void runsTheBodyWithTheTriggerDataAndReturnsItsResult() throws Exception {
        assertThat(action.run(Map.of("value", """
                var who = event.caller === "Mom" ? "family" : "caller " + event.number;
                log(who);
                return who + " after " + event.seconds + " s in " + event.json.rooms.join("+");
                """), call)).isEqualTo("js returned family after 0 s in a+b");
        assertThat(action.run(Map.of("code", "event.caller;"), call)).isEqualTo("js returned nothing");
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> action.run(Map.of("value", "var a = 1;\nreturn nope.x;"), call))
                .isInstanceOf(AutomationException.class).hasMessageContaining("failed: line 2")
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> action.run(Map.of("value", "return (;"), call)).hasMessageContaining("failed: line 1");
        assertThatThrownBy(() -> action.run(Map.of(), call)).hasMessageContaining("needs the body of a function");
    }

    @Test
    void theSandboxHoldsNoJavaAndStopsRunawayCode() {
        assertThatThrownBy(() -> action.run(Map.of("value", "return java.lang.System.exit(1);"), call))
                .hasMessageContaining("failed");
        assertThatThrownBy(() -> action.run(Map.of("value", "return Packages.java.io.File;"), call))
                .hasMessageContaining("failed");
        assertThatThrownBy(() -> action.run(Map.of("value", "while (true) {}"), call))
                .hasMessageContaining("was stopped");
    }
}
