package io.landline.scripting.rhino.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.automation.TriggerEvent;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JavaScript rule DSL turns a script into the rule document YAML files hold. */
class RuleScriptsTest {

    private final RuleScripts rules = new RuleScripts(Map.of("cpu.millis", "200", "wall.millis", "3000"));

    @AfterEach
    void close() {
        rules.deactivate();
    }

    @Test
    void declaresRulesAsData() throws Exception {
        String json = rules.translate("night.js", """
                when.phrase("good night", "Night.").id("night").then(say("Sleep well."), dnd("on"));
                when.call.missed().onlyIf({ caller: "Mom" }).then(announce("Missed call from {{caller}}"));
                when.cron("0 7 * * 1-5").then("Good morning", wait("2s"));
                """).replaceAll("\\s+", "");
        assertThat(json).startsWith("{\"rules\":[")
                .contains("{\"when\":{\"phrase\":\"goodnight\",\"reply\":\"Night.\"},\"if\":[],"
                        + "\"then\":[{\"say\":\"Sleepwell.\"},{\"dnd\":\"on\"}],\"id\":\"night\"}")
                .contains("{\"when\":{\"call\":\"missed\"},\"if\":[{\"caller\":\"Mom\"}],"
                        + "\"then\":[{\"announce\":\"Missedcallfrom{{caller}}\"}]}")
                .contains("{\"when\":{\"cron\":\"07**1-5\"},\"if\":[],\"then\":[{\"say\":\"Goodmorning\"},"
                        + "{\"wait\":\"2s\"}]}");
    }

    @Test
    void functionsBecomeJsActionsThatRunOnTheirOwn() throws Exception {
        String json = rules.translate("f.js", """
                var secret = "not visible later";
                when.timer("tea").then(function (e) { return "tea on " + e.site; });
                """);
        Matcher js = Pattern.compile("\"js\": \"(.*)\"").matcher(json);
        assertThat(js.find()).as(json).isTrue();
        String body = js.group(1).replace("\\n", "\n").replace("\\\"", "\"");
        ScriptAction action = new ScriptAction(Map.of());
        try {
            assertThat(action.run(Map.of("value", body), new TriggerEvent("timer", Instant.EPOCH,
                    Map.of("site", "kitchen")))).isEqualTo("js returned tea on kitchen");
        } finally {
            action.deactivate();
        }
    }

    @Test
    void errorsNameTheLineAndTheSandboxHolds() {
        assertThatThrownBy(() -> rules.translate("bad.js", "when.phrase(\"x\").then(say(\"y\"));\nwhen.sunrise();\n"))
                .hasMessageStartingWith("line 2: ").hasMessageContaining("sunrise");
        assertThatThrownBy(() -> rules.translate("java.js", "java.lang.System.exit(1);"))
                .hasMessageStartingWith("line 1: ");
        assertThatThrownBy(() -> rules.translate("loop.js", "while (true) {}"))
                .hasMessageContaining("stopped");
    }
}
