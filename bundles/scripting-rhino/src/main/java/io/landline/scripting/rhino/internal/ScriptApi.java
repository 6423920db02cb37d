package io.landline.scripting.rhino.internal;

import io.landline.api.dialog.DialogService;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.intent.SlotType;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.SkillRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host functions a script sees, and nothing else: {@code intent}, {@code skill}, {@code say}, {@code ask},
 * {@code askFor}, {@code confirm}, {@code announce}, {@code setTimeout}/{@code clearTimeout}, {@code storage},
 * {@code http}, {@code log}. Every one is a plain JavaScript function written in Java; no Java object is ever
 * handed to a script, so there is nothing to reflect on. Host properties are read-only and permanent, host
 * objects sealed, standard objects sealed after a few size guards are put in.
 */
final class ScriptApi {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptApi.class);
    private static final int FIXED = ScriptableObject.READONLY | ScriptableObject.PERMANENT;
    /** Longest string the guarded built-ins (repeat, padStart, padEnd) will make. */
    static final int MAX_STRING = 10_000_000;
    static final long MAX_HTTP_BODY = 256 * 1024;
    static final long MIN_TIMER_MS = 100;
    static final long MAX_TIMER_MS = TimeUnit.DAYS.toMillis(1);

    /** What the host functions reach outside the sandbox. */
    interface Host {
        void announce(String site, String text);

        void problem(String file, String message);

        Set<String> allowedHosts(String skillId);

        ScriptStorage storage(String skillId);

        ScheduledExecutorService scheduler();

        HttpClient http();

        int maxTimers();
    }

    /** A response made by say/ask/askFor/confirm; a host object scripts can pass around but not forge. */
    static final class ResponseValue extends ScriptableObject {
        private static final long serialVersionUID = 1L;
        final transient Response response;

        ResponseValue(Response response) {
            this.response = response;
        }

        @Override
        public String getClassName() {
            return "Response";
        }

        @Override
        public Object getDefaultValue(Class<?> hint) {
            return response.text();
        }
    }

    private final ScriptSkill skill;
    private final Host host;
    private final Map<Integer, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final AtomicInteger timerIds = new AtomicInteger();
    private final ThreadLocal<String> site = new ThreadLocal<>();
    private volatile boolean loading = true;
    private volatile boolean closed;

    ScriptApi(ScriptSkill skill, Host host) {
        this.skill = skill;
        this.host = host;
    }

    Host host() {
        return host;
    }

    static EcmaError error(String message) {
        return ScriptRuntime.constructError("Error", message);
    }

    <T> T withSite(String current, Supplier<T> work) {
        String previous = site.get();
        site.set(current);
        try {
            return work.get();
        } finally {
            site.set(previous);
        }
    }

    /** Makes the skill's global scope. */
    ScriptableObject newScope(Context cx) {
        ScriptableObject scope = cx.initSafeStandardObjects(null, false);
        guardBuiltIns(cx, scope);
        define(scope, "intent", 4, (c, s, t, args) -> intent(c, s, args));
        define(scope, "skill", 1, (c, s, t, args) -> {
            if (args.length > 0 && args[0] instanceof Scriptable meta) {
                Object name = ScriptableObject.getProperty(meta, "name");
                if (name instanceof CharSequence text && !text.toString().isBlank()) {
                    skill.setName(text.toString().strip());
                }
            }
            return Undefined.instance;
        });
        define(scope, "say", 1, (c, s, t, args) -> new ResponseValue(Response.say(text(args, 0, "say"))));
        define(scope, "ask", 1, (c, s, t, args) -> new ResponseValue(Response.ask(text(args, 0, "ask"))));
        define(scope, "askFor", 2, (c, s, t, args) -> new ResponseValue(
                Response.askFor(text(args, 0, "askFor"), text(args, 1, "askFor"))));
        define(scope, "confirm", 1, (c, s, t, args) -> new ResponseValue(Response.confirm(text(args, 0, "confirm"))));
        define(scope, "announce", 2, (c, s, t, args) -> {
            String where = args.length > 1 && !Undefined.isUndefined(args[1]) ? Context.toString(args[1])
                    : currentSite();
            host.announce(where, text(args, 0, "announce"));
            return Undefined.instance;
        });
        define(scope, "log", 1, (c, s, t, args) -> {
            LOG.info("{}: {}", skill.file(), args.length > 0 ? Context.toString(args[0]) : "");
            return Undefined.instance;
        });
        define(scope, "setTimeout", 2, (c, s, t, args) -> setTimeout(args));
        define(scope, "clearTimeout", 1, (c, s, t, args) -> {
            ScheduledFuture<?> timer = args.length > 0 ? timers.remove((int) Context.toNumber(args[0])) : null;
            if (timer != null) {
                timer.cancel(false);
            }
            return Undefined.instance;
        });
        defineObject(cx, scope, "storage", Map.of(
                "get", (c, s, t, args) -> storageGet(c, s, args),
                "set", (c, s, t, args) -> storageSet(c, s, args),
                "remove", (c, s, t, args) -> {
                    host.storage(skill.id()).remove(text(args, 0, "storage.remove"));
                    return Undefined.instance;
                },
                "keys", (c, s, t, args) -> c.newArray(s, host.storage(skill.id()).keys().toArray())));
        defineObject(cx, scope, "http", Map.of(
                "get", (c, s, t, args) -> http(c, s, "GET", args),
                "post", (c, s, t, args) -> http(c, s, "POST", args)));
        sealStandardObjects(scope);
        return scope;
    }

    private static void define(ScriptableObject scope, String name, int arity, Callable body) {
        LambdaFunction function = new LambdaFunction(scope, name, arity, body);
        function.sealObject();
        ScriptableObject.defineProperty(scope, name, function, FIXED);
    }

    private static void defineObject(Context cx, ScriptableObject scope, String name, Map<String, Callable> functions) {
        ScriptableObject object = (ScriptableObject) cx.newObject(scope);
        functions.forEach((key, body) -> {
            LambdaFunction function = new LambdaFunction(scope, key, 2, body);
            function.sealObject();
            ScriptableObject.defineProperty(object, key, function, FIXED);
        });
        object.sealObject();
        ScriptableObject.defineProperty(scope, name, object, FIXED);
    }

    /**
     * Built-ins that make one huge value in a single Java call would pass the instruction observer; these get a
     * size check first.
     */
    static void guardBuiltIns(Context cx, ScriptableObject scope) {
        String guards = """
                (function () {
                  var max = %d;
                  function guard(proto, name, tooBig) {
                    var original = proto[name];
                    Object.defineProperty(proto, name, { value: function () {
                      if (tooBig.apply(this, arguments)) throw new RangeError(name + ': the result would be too large');
                      return original.apply(this, arguments);
                    }, writable: false, configurable: false, enumerable: false });
                  }
                  guard(String.prototype, 'repeat', function (n) { return String(this).length * n > max; });
                  guard(String.prototype, 'padStart', function (n) { return n > max; });
                  guard(String.prototype, 'padEnd', function (n) { return n > max; });
                  guard(Array.prototype, 'fill', function () { return this.length > max; });
                  guard(Array.prototype, 'join', function () { return this.length > max; });
                  guard(Array.prototype, 'concat', function () {
                    var n = this.length;
                    for (var i = 0; i < arguments.length; i++) n += (arguments[i] && arguments[i].length) || 1;
                    return n > max;
                  });
                  guard(String.prototype, 'concat', function () {
                    var n = String(this).length;
                    for (var i = 0; i < arguments.length; i++) n += String(arguments[i]).length;
                    return n > max;
                  });
                  guard(Array, 'from', function (items) { return items != null && items.length > max; });
                })();
                """.formatted(MAX_STRING);
        cx.evaluateString(scope, guards, "landline-guards", 1, null);
    }

    static void sealStandardObjects(ScriptableObject scope) {
        for (Object id : scope.getIds()) {
            seal(ScriptableObject.getProperty(scope, id.toString()));
        }
        for (String hidden : List.of("Object", "Function", "Array", "String", "Number", "Boolean", "RegExp", "Error",
                "Date", "Math", "JSON", "Symbol", "Promise", "Map", "Set", "WeakMap", "Reflect")) {
            seal(ScriptableObject.getProperty(scope, hidden));
        }
    }

    private static void seal(Object value) {
        if (value instanceof ScriptableObject object && !(value instanceof LambdaFunction)) {
            if (object instanceof Function) {
                Object prototype = ScriptableObject.getProperty(object, "prototype");
                if (prototype instanceof ScriptableObject proto && !proto.isSealed()) {
                    proto.sealObject();
                }
            }
            if (!object.isSealed()) {
                object.sealObject();
            }
        }
    }

    private Object intent(Context cx, Scriptable scope, Object[] args) {
        if (!loading) {
            throw error("intent() can only be called while the script loads");
        }
        if (args.length < 3) {
            throw error("intent(name, sentences, [slots,] handler) needs a name, sentences and a handler");
        }
        String name = text(args, 0, "intent");
        Object sentencesArg = args[1];
        Object slotsArg = args.length > 3 ? args[2] : null;
        Object handler = args[args.length - 1];
        Map<String, String> required = new LinkedHashMap<>();
        Object confirm = null;
        if (sentencesArg instanceof NativeObject options && !(sentencesArg instanceof NativeArray)) {
            sentencesArg = ScriptableObject.getProperty(options, "sentences");
            Object slots = ScriptableObject.getProperty(options, "slots");
            slotsArg = slots instanceof Scriptable ? slots : slotsArg;
            Object requiredSpec = ScriptableObject.getProperty(options, "required");
            if (requiredSpec instanceof Scriptable spec) {
                for (Object key : ScriptableObject.getPropertyIds(spec)) {
                    required.put(key.toString(), Context.toString(ScriptableObject.getProperty(spec, key.toString())));
                }
            }
            Object confirmSpec = ScriptableObject.getProperty(options, "confirm");
            if (confirmSpec instanceof Function || confirmSpec instanceof CharSequence) {
                confirm = confirmSpec;
            }
        }
        if (!(sentencesArg instanceof NativeArray sentences) || sentences.getLength() == 0) {
            throw error("intent " + name + ": sentences must be a non-empty array of strings");
        }
        if (!(handler instanceof Function function)) {
            throw error("intent " + name + ": the last argument must be a function");
        }
        List<String> list = new ArrayList<>();
        for (Object sentence : sentences.toArray()) {
            list.add(Context.toString(sentence));
        }
        Map<String, SlotType> slots = new LinkedHashMap<>();
        if (slotsArg instanceof Scriptable spec) {
            for (Object key : ScriptableObject.getPropertyIds(spec)) {
                slots.put(key.toString(), ScriptSkill.slotType(ScriptableObject.getProperty(spec, key.toString())));
            }
        }
        for (String slot : required.keySet()) {
            slots.putIfAbsent(slot, SlotType.text());
        }
        IntentDefinition definition;
        try {
            definition = new IntentDefinition(name, list, slots);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        skill.declare(new ScriptSkill.Declared(definition, function, Map.copyOf(required), confirm));
        return Undefined.instance;
    }

    /** Loading is over: from now on intents are fixed. */
    void loaded() {
        loading = false;
    }

    /** @return the request as a script sees it */
    Scriptable request(Context cx, Scriptable scope, SkillRequest request) {
        Scriptable req = cx.newObject(scope);
        Scriptable slots = cx.newObject(scope);
        Scriptable said = cx.newObject(scope);
        for (Map.Entry<String, SlotValue> slot : request.intent().slots().entrySet()) {
            ScriptableObject.putProperty(slots, slot.getKey(), ScriptSkill.toScript(slot.getValue().value()));
            ScriptableObject.putProperty(said, slot.getKey(), slot.getValue().text());
        }
        ScriptableObject.putProperty(req, "intent", request.intent().name());
        ScriptableObject.putProperty(req, "text", request.intent().text());
        ScriptableObject.putProperty(req, "site", request.site());
        ScriptableObject.putProperty(req, "confirmed", request.confirmed());
        ScriptableObject.putProperty(req, "slots", slots);
        ScriptableObject.putProperty(req, "said", said);
        return req;
    }

    /** @return a handler's result as a response: a say/ask/... value, a string, or nothing ("Done.") */
    Response response(Object result) {
        if (result instanceof ResponseValue value) {
            return value.response;
        }
        if (result == null || Undefined.isUndefined(result)) {
            return Response.say("Done.");
        }
        return Response.say(Context.toString(result));
    }

    static boolean hasType(SlotValue value, SlotType type) {
        Object v = value.value();
        return switch (type.kind()) {
            case NUMBER -> v instanceof Long;
            case DURATION -> v instanceof Duration;
            case TIME -> v instanceof LocalTime;
            case DATE -> v instanceof LocalDate;
            case LIST -> v instanceof String s && type.values().contains(s);
            default -> v instanceof String s && !s.isBlank();
        };
    }

    private String currentSite() {
        String current = site.get();
        return current == null ? DialogService.DEFAULT_SITE : current;
    }

    private static String text(Object[] args, int index, String function) {
        if (args.length <= index || args[index] == null || Undefined.isUndefined(args[index])) {
            throw error(function + "() needs argument " + (index + 1));
        }
        return Context.toString(args[index]);
    }

    private Object setTimeout(Object[] args) {
        if (args.length < 1 || !(args[0] instanceof Function callback)) {
            throw error("setTimeout(callback, milliseconds) needs a function");
        }
        if (closed) {
            throw error("the skill is unloaded");
        }
        if (timers.size() >= host.maxTimers()) {
            throw error("too many timers: at most " + host.maxTimers() + " may be pending");
        }
        long delay = args.length > 1 ? (long) Context.toNumber(args[1]) : 0;
        delay = Math.max(MIN_TIMER_MS, Math.min(MAX_TIMER_MS, delay));
        int id = timerIds.incrementAndGet();
        String where = currentSite();
        timers.put(id, host.scheduler().schedule(() -> fire(id, callback, where), delay, TimeUnit.MILLISECONDS));
        return (double) id;
    }

    private void fire(int id, Function callback, String where) {
        if (timers.remove(id) == null || closed) {
            return;
        }
        try {
            Response response = skill.call(where,
                    (cx, scope) -> {
                        Object result = callback.call(cx, scope, scope, new Object[0]);
                        return result == null || Undefined.isUndefined(result) ? null : response(result);
                    });
            if (response != null) {
                host.announce(where, response.text());
            }
        } catch (Runner.ScriptFailure e) {
            host.problem(skill.file(), "a timer failed: " + e.getMessage());
        }
    }

    private Object storageGet(Context cx, Scriptable scope, Object[] args) {
        String json = host.storage(skill.id()).get(text(args, 0, "storage.get"));
        if (json == null) {
            return args.length > 1 ? args[1] : Undefined.instance;
        }
        return NativeJSON.parse(cx, scope, json, (c, s, t, a) -> a[1]);
    }

    private Object storageSet(Context cx, Scriptable scope, Object[] args) {
        String key = text(args, 0, "storage.set");
        Object value = args.length > 1 ? args[1] : Undefined.instance;
        Object json = NativeJSON.stringify(cx, scope, value, null, null);
        if (Undefined.isUndefined(json)) {
            host.storage(skill.id()).remove(key);
        } else {
            try {
                host.storage(skill.id()).put(key, json.toString());
            } catch (IllegalStateException e) {
                throw error(e.getMessage());
            }
        }
        return Undefined.instance;
    }

    private Object http(Context cx, Scriptable scope, String method, Object[] args) {
        String url = text(args, 0, "http." + method.toLowerCase(Locale.ROOT));
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw error("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String hostName = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw error("only http and https URLs are allowed");
        }
        Set<String> allowed = host.allowedHosts(skill.id());
        if (!allowed.contains(hostName)) {
            throw error("host " + hostName + " is not allowed for skill " + skill.id() + "; add it to http.hosts."
                    + skill.id() + " in etc/io.landline.scripting.rhino.cfg");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
        if (method.equals("POST")) {
            String body = args.length > 1 ? Context.toString(args[1]) : "";
            String type = args.length > 2 ? Context.toString(args[2]) : "application/json";
            request.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<InputStream> response = host.http().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) MAX_HTTP_BODY + 1);
            }
            if (body.length > MAX_HTTP_BODY) {
                throw error("the response from " + hostName + " is larger than " + MAX_HTTP_BODY / 1024 + " KB");
            }
            Scriptable result = cx.newObject(scope);
            ScriptableObject.putProperty(result, "status", (double) response.statusCode());
            ScriptableObject.putProperty(result, "body", new String(body, StandardCharsets.UTF_8));
            return result;
        } catch (IOException e) {
            throw error("request to " + hostName + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error("request to " + hostName + " was interrupted");
        }
    }

    /** @return how many timers are pending */
    int pendingTimers() {
        return timers.size();
    }

    void close() {
        closed = true;
        timers.values().forEach(t -> t.cancel(false));
        timers.clear();
    }
}
