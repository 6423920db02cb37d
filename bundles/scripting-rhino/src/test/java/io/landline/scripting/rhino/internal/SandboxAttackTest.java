package io.landline.scripting.rhino.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.skill.Response;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attacks on the sandbox. Each attack is a handler; it must be refused or stopped with a clear message, and a
 * well-behaved skill loaded beside it must keep answering.
 */
class SandboxAttackTest {

    @TempDir
    static Path data;
    static Scripts scripts;
    static ScriptSkill control;

    @BeforeAll
    static void start() throws Exception {
        scripts = new Scripts(data);
        control = scripts.load("control", "intent('Ping', ['ping'], req => 'pong');");
    }

    @AfterAll
    static void stop() {
        scripts.close();
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("Packages", "return Packages.java.lang.System.exit(1);", "\"Packages\" is not defined"),
                Arguments.of("java global", "return java.lang.Runtime.getRuntime().exec('id');", "\"java\" is not defined"),
                Arguments.of("getClass on a string", "return ''.getClass().forName('java.lang.System');", "getClass"),
                Arguments.of("JavaAdapter", "return new JavaAdapter(java.lang.Runnable, {});", "\"JavaAdapter\" is not defined"),
                Arguments.of("JavaImporter", "var x = new JavaImporter(); return 'reached';", "\"JavaImporter\" is not defined"),
                Arguments.of("importPackage", "importPackage('java.io'); return 'reached';", "\"importPackage\" is not defined"),
                Arguments.of("collection class loader", "return [].getClass().getClassLoader().loadClass('java.io.File');", "getClass"),
                Arguments.of("host function reflection", "return say.getClass().getClassLoader();", "getClass"),
                Arguments.of("eval", "return eval('java.lang.System');", "\"java\" is not defined"),
                Arguments.of("Function constructor", "return Function('return Packages')();", "\"Packages\" is not defined"),
                Arguments.of("constructor chain", "return (function(){}).constructor.constructor('return typeof java + typeof Packages + typeof getClass')();", "undefinedundefinedundefined"),
                Arguments.of("global names", "return Object.getOwnPropertyNames(this).filter(n => /java|Packages|Adapter|Importer|getClass|load|print|quit|sync|spawn/.test(n)).join(',') || 'none';", "none"),
                Arguments.of("Java exception members", "try { storage.get(); } catch (e) { return 'java: ' + typeof e.javaException + ' ' + typeof e.rhinoException; } return 'no error';", "java: undefined undefined"),
                Arguments.of("infinite loop", "while (true) {}", "CPU"),
                Arguments.of("loop that catches everything", "while (true) { try { for (;;) {} } catch (e) {} }", "CPU"),
                Arguments.of("loop in finally", "try { while (true) {} } finally { while (true) {} }", "CPU"),
                Arguments.of("deep recursion", "function f(n) { return f(n + 1) + 1; } return f(0);", "stack"),
                Arguments.of("recursion through built-ins", "function f() { return [1].map(f); } return f();", "recursion went too deep"),
                Arguments.of("catastrophic regex", "return /^(a+)+$/.test('a'.repeat(40) + 'b');", "CPU"),
                Arguments.of("string doubling", "var s = 'x'; while (true) { s = s + s; s.length; s.indexOf('y'); }", "stopped"),
                Arguments.of("array doubling", "var a = [1]; while (true) { a = a.concat(a); }", "stopped"),
                Arguments.of("array doubling by push", "var a = [1]; while (true) { a.push.apply(a, a.slice()); }", "stopped"),
                Arguments.of("huge concat", "var a = new Array(9e6); return a.concat(a, a).length;", "too large"),
                Arguments.of("huge Array.from", "return Array.from({ length: 1e9 }).length;", "too large"),
                Arguments.of("keeping megabyte strings", "var keep = []; for (;;) keep.push('x'.repeat(1e6) + keep.length);",
                        // whichever limit comes first: on a busy machine 64 MB of copying can take 50 ms of CPU
                        "allocated more than 64 MB | of CPU (its limit is"),
                Arguments.of("huge repeat", "return 'x'.repeat(1e9).length;", "too large"),
                Arguments.of("huge fill", "return new Array(1e8).fill(0).length;", "too large"),
                Arguments.of("huge join", "return new Array(1e9).join('x').length;", "too large"),
                Arguments.of("overwrite host function", "say = function () { return 'hacked'; }; return typeof say + ' ' + say('x');", "function x"),
                Arguments.of("delete host function", "delete this.say; return typeof say;", "function"),
                Arguments.of("redefine host function", "Object.defineProperty(this, 'say', { value: 1 }); return typeof say;", "configurable is false"),
                Arguments.of("tamper host object", "storage.get = function () { return 'evil'; }; return 'tampered';", "sealed"),
                Arguments.of("tamper built-in prototype", "Object.prototype.toString = function () { return 'evil'; }; return 'tampered';", "sealed"),
                Arguments.of("tamper guarded built-in", "String.prototype.repeat = function () { return ''; }; return 'tampered';", "sealed"),
                Arguments.of("timer storm", "for (var i = 0; i < 1e6; i++) setTimeout(() => {}, 0); return 'all set';", "too many timers"),
                Arguments.of("http to a host not allowed", "return http.get('http://169.254.169.254/latest/meta-data').body;", "not allowed"),
                Arguments.of("http to a file", "return http.get('file:///etc/passwd').body;", "only http and https"),
                Arguments.of("long loop inside a built-in", "var a = new Array(2e7); a.reverse(); a.reverse(); a.reverse(); return 'done';", "far over its CPU budget inside a built-in"),
                Arguments.of("declare intents later", "intent('Evil', ['evil'], r => 'x'); return 'declared';", "only be called while the script loads"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void attackIsRefusedAndOthersKeepAnswering(String name, String body, String expected) throws Exception {
        ScriptSkill attacker = scripts.load("attack", "intent('Attack', ['attack'], function (req) {\n" + body + "\n});");
        try {
            Response response = Scripts.ask(attacker, "Attack");
            assertThat(response.text()).as(name).containsAnyOf(expected.split(" \\| "));
            assertThat(Scripts.ask(control, "Ping").text()).isEqualTo("pong");
        } finally {
            attacker.close();
        }
    }

    @Test
    void runawayLoopIsStoppedWithin100msOfCpu() throws Exception {
        ScriptSkill loop = scripts.load("loop", "intent('Loop', ['loop'], req => { for (;;) {} });");
        String text = Scripts.ask(loop, "Loop").text();
        Matcher used = Pattern.compile("used (\\d+)\\.\\d ms of CPU").matcher(text);
        assertThat(used.find()).as(text).isTrue();
        assertThat(Integer.parseInt(used.group(1))).isLessThan(100);
        assertThat(scripts.problems.get("skills/loop.js")).contains("intent Loop failed").contains("CPU");
        assertThat(Scripts.ask(control, "Ping").text()).isEqualTo("pong");
    }

    @Test
    void memoryIsMeasuredOnThisJvm() {
        org.assertj.core.api.Assertions.assertThat(Sandbox.measuresAllocation()).isTrue();
    }

    @Test
    void runawayAtLoadIsStopped() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scripts.load("spin", "while (true) {}"))
                .isInstanceOf(Runner.ScriptFailure.class).hasMessageContaining("CPU");
    }

    @Test
    void allowedHostIsReachableOnlyWhenConfigured() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/joke", exchange -> {
            byte[] body = "{\"joke\":\"knock knock\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/joke";
            ScriptSkill joke = scripts.load("joke", "intent('Joke', ['tell a joke'], req => { var r = http.get('" + url
                    + "'); return r.status + ' ' + JSON.parse(r.body).joke; });");
            assertThat(Scripts.ask(joke, "Joke").text()).contains("host 127.0.0.1 is not allowed");
            scripts.hosts = java.util.Set.of("127.0.0.1");
            assertThat(Scripts.ask(joke, "Joke").text()).isEqualTo("200 knock knock");
        } finally {
            scripts.hosts = java.util.Set.of();
            server.stop(0);
        }
    }
}
