package io.landline.scripting.rhino.internal;

import io.landline.api.intent.Intent;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Response;
import io.landline.api.skill.SkillRequest;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;

/** A host for script skills in unit tests: announcements and problems are collected. */
final class Scripts implements ScriptApi.Host, AutoCloseable {

    final Runner runner;
    final BlockingQueue<String> announced = new LinkedBlockingQueue<>();
    final Map<String, String> problems = new ConcurrentHashMap<>();
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final HttpClient http = HttpClient.newHttpClient();
    final Path data;
    final Map<String, ScriptStorage> storages = new ConcurrentHashMap<>();
    Set<String> hosts = Set.of();

    Scripts(Path data) {
        this(data, new Runner.Limits(50, 64L * 1024 * 1024, 10_000), true);
    }

    Scripts(Path data, Runner.Limits limits, boolean observe) {
        this.data = data;
        this.runner = new Runner(limits, observe);
    }

    ScriptSkill load(String id, String source) throws Runner.ScriptFailure {
        return ScriptSkill.load(id, "skills/" + id + ".js", source, runner, this);
    }

    static Response ask(ScriptSkill skill, String intent, Object... slots) {
        return skill.handle(request(skill.id(), intent, false, slots));
    }

    static SkillRequest request(String skill, String intent, boolean confirmed, Object... slots) {
        Map<String, SlotValue> values = new HashMap<>();
        for (int i = 0; i < slots.length; i += 2) {
            values.put((String) slots[i], new SlotValue(String.valueOf(slots[i + 1]), slots[i + 1]));
        }
        return new SkillRequest(new Intent(skill, intent, values, 1, "text", "sentence"), "kitchen", confirmed);
    }

    @Override
    public void announce(String site, String text) {
        announced.add(site + ": " + text);
    }

    @Override
    public void problem(String file, String message) {
        problems.put(file, message);
    }

    @Override
    public Set<String> allowedHosts(String skillId) {
        return hosts;
    }

    @Override
    public ScriptStorage storage(String skillId) {
        return storages.computeIfAbsent(skillId, id -> new ScriptStorage(data.resolve(id + ".properties"), 4096));
    }

    @Override
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public HttpClient http() {
        return http;
    }

    @Override
    public int maxTimers() {
        return 5;
    }

    static List<String> names(ScriptSkill skill) {
        return skill.intents().stream().map(i -> i.name()).toList();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        runner.close();
    }
}
