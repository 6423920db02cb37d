package io.landline.scripting.rhino.internal;

import io.landline.api.automation.AutomationException;
import io.landline.api.automation.RuleTranslator;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;

/**
 * The JavaScript rule DSL for {@code rules/*.js}, run once in the script sandbox when the file loads:
 *
 * <pre>
 * when.phrase("good night").then(say("Sleep well."), dnd("on"));
 * when.call.missed().onlyIf({ caller: "Mom" }).then(announce("Missed call from {{caller}}"));
 * when.cron("0 7 * * 1-5").id("wake-up").then(function (event) { return "it is " + event.time; });
 * </pre>
 *
 * The script only declares rules; they become the same rule document a YAML file holds, so the automation engine
 * runs them the same way. A function given to {@code then} becomes a {@code js} action: it runs later on its own
 * (it sees {@code event} and {@code log}, not the variables around it).
 */
@Component(service = RuleTranslator.class, configurationPid = ScriptInstaller.PID)
public class RuleScripts implements RuleTranslator {

    private static final String DSL = """
            var __rules = [];
            function __rule(trigger) {
              var rule = { when: trigger, "if": [], then: [] };
              __rules.push(rule);
              var builder = {
                id: function (id) { rule.id = String(id); return builder; },
                disabled: function () { rule.enabled = false; return builder; },
                onlyIf: function (condition) { rule["if"].push(condition); return builder; },
                then: function () {
                  for (var i = 0; i < arguments.length; i++) {
                    var action = arguments[i];
                    if (typeof action === "function") {
                      action = { js: "return (" + action.toString() + ")(event);" };
                    } else if (typeof action === "string") {
                      action = { say: action };
                    }
                    rule.then.push(action);
                  }
                  return builder;
                }
              };
              return builder;
            }
            var when = {
              phrase: function (phrase, reply) {
                return __rule(reply === undefined ? { phrase: phrase } : { phrase: phrase, reply: reply });
              },
              cron: function (schedule) { return __rule({ cron: schedule }); },
              at: function (time) { return __rule({ at: time }); },
              webhook: function (token) { return __rule({ webhook: { token: token } }); },
              timer: function (name) { return __rule(name ? { timer: "done", name: name } : { timer: "done" }); },
              call: {
                incoming: function () { return __rule({ call: "incoming" }); },
                missed: function () { return __rule({ call: "missed" }); },
                ended: function () { return __rule({ call: "ended" }); }
              },
              runtime: {
                started: function () { return __rule({ runtime: "started" }); },
                engineChanged: function () { return __rule({ runtime: "engine-changed" }); },
                problem: function () { return __rule({ runtime: "problem" }); }
              }
            };
            function say(text, site) { return site ? { say: { text: text, site: site } } : { say: text }; }
            function announce(text) { return { announce: text }; }
            function call(who, site) { return site ? { call: { contact: who, site: site } } : { call: who }; }
            function http(request) { return { http: request }; }
            function ifttt(request) { return { ifttt: request }; }
            function dnd(state) { return { dnd: String(state) }; }
            function wait(duration) { return { wait: String(duration) }; }
            """;

    private final Runner runner;

    /** @param config the sandbox limits shared with script skills */
    @Activate
    public RuleScripts(Map<String, Object> config) {
        this.runner = new Runner(ScriptInstaller.limits(config), true);
    }

    @Modified
    void modified(Map<String, Object> config) {
        runner.setLimits(ScriptInstaller.limits(config));
    }

    @Deactivate
    void deactivate() {
        runner.close();
    }

    @Override
    public String extension() {
        return "js";
    }

    @Override
    public String translate(String fileName, String source) throws AutomationException {
        try {
            return runner.run(cx -> declare(cx, fileName, source));
        } catch (Runner.ScriptFailure e) {
            throw new AutomationException(e.stopped() ? "the script was stopped: " + e.getMessage() : e.getMessage());
        }
    }

    private static String declare(Context cx, String fileName, String source) {
        ScriptableObject scope = cx.initSafeStandardObjects(null, false);
        ScriptApi.guardBuiltIns(cx, scope);
        ScriptApi.sealStandardObjects(scope);
        cx.evaluateString(scope, DSL, "landline-rules", 1, null);
        cx.evaluateString(scope, source, fileName, 1, null);
        return Context.toString(cx.evaluateString(scope, "JSON.stringify({ rules: __rules }, null, 1)",
                "landline-rules", 1, null));
    }
}
