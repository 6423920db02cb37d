package io.landline.scripting.rhino.internal;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automations' {@code js} action: runs the body of a JavaScript function in the same sandbox as script
 * skills (safe standard objects only, no Java, CPU, memory and wall-clock limits from
 * {@code etc/io.landline.scripting.rhino.cfg}). The function gets the trigger's data as {@code event} and may
 * {@code log(...)}; what it returns is written to the rule history. A rule can then use plain logic:
 *
 * <pre>
 * then:
 *   - js: |
 *       if (event.caller === "Mom") return "family";
 *       return "caller " + event.number;
 * </pre>
 */
@Component(service = ActionType.class, configurationPid = ScriptInstaller.PID)
public class ScriptAction implements ActionType {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptAction.class);
    private static final int MAX_RESULT = 500;

    private final Runner runner;

    /** @param config the sandbox limits shared with script skills */
    @Activate
    public ScriptAction(Map<String, Object> config) {
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
    public String id() {
        return "js";
    }

    @Override
    public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
        Object code = config.containsKey("code") ? config.get("code") : config.get("value");
        if (code == null || code.toString().isBlank()) {
            throw new AutomationException("a js action needs the body of a function (js: \"return ...\")");
        }
        try {
            String result = runner.run(cx -> call(cx, code.toString(), event.data()));
            return "js returned " + (result.length() > MAX_RESULT ? result.substring(0, MAX_RESULT) + "..." : result);
        } catch (Runner.ScriptFailure e) {
            throw new AutomationException("the js action " + (e.stopped() ? "was stopped: " : "failed: ")
                    + e.getMessage());
        }
    }

    private static String call(Context cx, String body, Map<String, Object> data) {
        ScriptableObject scope = cx.initSafeStandardObjects(null, false);
        ScriptApi.guardBuiltIns(cx, scope);
        LambdaFunction log = new LambdaFunction(scope, "log", 1, (c, s, t, args) -> {
            LOG.info("js action: {}", args.length > 0 ? Context.toString(args[0]) : "");
            return Undefined.instance;
        });
        log.sealObject();
        ScriptableObject.defineProperty(scope, "log", log, ScriptableObject.READONLY | ScriptableObject.PERMANENT);
        ScriptApi.sealStandardObjects(scope);
        // The body starts on line 1 of its own source, so error lines match the rule file's block.
        Function function = cx.compileFunction(scope, "function action(event) {" + body + "\n}", "js action", 1,
                null);
        Object result = function.call(cx, scope, scope, new Object[] { toJs(cx, scope, data) });
        return Undefined.isUndefined(result) || result == null ? "nothing" : Context.toString(result);
    }

    /** Copies trigger data (maps, lists, text, numbers, booleans) into plain JavaScript values. */
    static Object toJs(Context cx, Scriptable scope, Object value) {
        if (value instanceof Map<?, ?> map) {
            Scriptable object = cx.newObject(scope);
            map.forEach((k, v) -> ScriptableObject.putProperty(object, String.valueOf(k), toJs(cx, scope, v)));
            return object;
        }
        if (value instanceof List<?> list) {
            return cx.newArray(scope, list.stream().map(v -> toJs(cx, scope, v)).toArray());
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value == null ? null : value.toString();
    }
}
