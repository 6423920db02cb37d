package io.landline.scripting.rhino.internal;

import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotType;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * One {@code .js} file as a {@link Skill}. Loading runs the file once, under budget, in a scope of its own made
 * from Rhino's safe standard objects and the host functions of {@link ScriptApi}; the file declares intents
 * with {@code intent(...)}. Handlers run one at a time per skill (a scope is not thread-safe), each under budget.
 */
final class ScriptSkill implements Skill {

    /** A declared intent. */
    record Declared(IntentDefinition definition, Function handler, Map<String, String> required, Object confirm) {
    }

    private final String id;
    private final String file;
    private final Runner runner;
    private final ScriptApi api;
    private final Map<String, Declared> intents = new LinkedHashMap<>();
    private volatile String name;
    private ScriptableObject scope;

    private ScriptSkill(String id, String file, Runner runner, ScriptApi.Host host) {
        this.id = id;
        this.file = file;
        this.runner = runner;
        this.name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        this.api = new ScriptApi(this, host);
    }

    /**
     * Loads a script.
     *
     * @param id     the skill id (the file name without {@code .js})
     * @param file   the name shown in errors, {@code skills/coin.js}
     * @param source the script
     * @param runner runs it
     * @param host   what the host functions reach
     * @return the loaded skill
     * @throws Runner.ScriptFailure with the line of a syntax or load error, or why it was stopped
     */
    static ScriptSkill load(String id, String file, String source, Runner runner, ScriptApi.Host host)
            throws Runner.ScriptFailure {
        ScriptSkill skill = new ScriptSkill(id, file, runner, host);
        synchronized (skill) {
            runner.run(cx -> {
                skill.scope = skill.api.newScope(cx);
                cx.evaluateString(skill.scope, source, file, 1, null);
                return null;
            });
            skill.api.loaded();
        }
        if (skill.intents.isEmpty()) {
            skill.close();
            throw new Runner.ScriptFailure("the script declares no intent; call intent(name, sentences, handler)",
                    false);
        }
        return skill;
    }

    String file() {
        return file;
    }

    ScriptApi api() {
        return api;
    }

    /** Called by {@code skill({name: ...})}. */
    void setName(String name) {
        this.name = name;
    }

    /** Called by {@code intent(...)} while the script loads. */
    void declare(Declared declared) {
        if (intents.containsKey(declared.definition().name())) {
            throw ScriptApi.error("intent " + declared.definition().name() + " is declared twice");
        }
        intents.put(declared.definition().name(), declared);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<IntentDefinition> intents() {
        return intents.values().stream().map(Declared::definition).toList();
    }

    @Override
    public Response handle(SkillRequest request) {
        Declared declared = intents.get(request.intent().name());
        if (declared == null) {
            return Response.say("The " + name + " skill does not know " + request.intent().name() + ".");
        }
        for (Map.Entry<String, String> required : declared.required().entrySet()) {
            SlotType type = declared.definition().slots().get(required.getKey());
            SlotValue value = request.intent().slot(required.getKey()).orElse(null);
            if (value == null || !ScriptApi.hasType(value, type)) {
                return Response.askFor(required.getKey(),
                        (value == null ? "" : "Sorry, I didn't get that. ") + required.getValue());
            }
        }
        try {
            return call(request.site(), (cx, scope) -> {
                Scriptable req = api.request(cx, scope, request);
                if (declared.confirm() != null && !request.confirmed()) {
                    Object question = declared.confirm() instanceof Function f
                            ? f.call(cx, scope, scope, new Object[] { req }) : declared.confirm();
                    return Response.confirm(Context.toString(question));
                }
                return api.response(declared.handler().call(cx, scope, scope, new Object[] { req }));
            });
        } catch (Runner.ScriptFailure e) {
            api.host().problem(file, "intent " + request.intent().name() + " failed: " + e.getMessage());
            String why = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
            return Response.say("Sorry, the " + name + " skill " + (e.stopped() ? "was stopped: " : "failed: ") + why);
        }
    }

    /** Script code to run with the skill's scope. */
    interface Code<T> {
        T run(Context cx, ScriptableObject scope);
    }

    /** Runs script code of this skill on a worker, one at a time, with the site for announcements. */
    <T> T call(String site, Code<T> code) throws Runner.ScriptFailure {
        synchronized (this) {
            if (scope == null) {
                throw new Runner.ScriptFailure("the skill is unloaded", false);
            }
            ScriptableObject current = scope;
            return runner.run(cx -> api.withSite(site, () -> code.run(cx, current)));
        }
    }

    /** Unloads: no more timers, no more calls. */
    void close() {
        api.close();
        synchronized (this) {
            scope = null;
        }
    }

    /**
     * @return a slot type from the DSL: "number", "digits", …, an array of values, or free text with examples as
     *         {@code { text: [values] }}
     */
    static SlotType slotType(Object spec) {
        if (spec instanceof NativeArray array) {
            return SlotType.list(lowerCase(array));
        }
        if (spec instanceof NativeObject object && ScriptableObject.hasProperty(object, "text")) {
            if (!(ScriptableObject.getProperty(object, "text") instanceof NativeArray examples)) {
                throw ScriptApi.error("a text slot's examples must be an array of strings: { text: [\"milk\"] }");
            }
            return SlotType.text(lowerCase(examples));
        }
        String kind = Context.toString(spec).toUpperCase(Locale.ROOT);
        try {
            return SlotType.of(SlotType.Kind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw ScriptApi.error("unknown slot type '" + Context.toString(spec)
                    + "'; use text, number, digits, duration, time, date, a list of values or { text: [examples] }");
        }
    }

    private static List<String> lowerCase(NativeArray array) {
        List<String> values = new ArrayList<>();
        for (Object value : array.toArray()) {
            values.add(Context.toString(value).toLowerCase(Locale.ROOT));
        }
        return values;
    }

    /** @return a slot's value for scripts: numbers, seconds, "HH:MM", "YYYY-MM-DD" or text */
    static Object toScript(Object value) {
        if (value instanceof Long number) {
            return number.doubleValue();
        }
        if (value instanceof Duration duration) {
            return (double) duration.toSeconds();
        }
        if (value instanceof LocalTime time) {
            return time.toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value == null ? Undefined.instance : value.toString();
    }

    static boolean isCallable(Object value) {
        return value instanceof Callable;
    }

    static NativeObject object(Context cx, Scriptable scope) {
        return (NativeObject) cx.newObject(scope);
    }
}
