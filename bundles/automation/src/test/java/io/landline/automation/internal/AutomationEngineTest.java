package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.automation.ActionType;
import io.landline.api.automation.AutomationException;
import io.landline.api.automation.TriggerEvent;
import io.landline.api.automation.TriggerType;
import io.landline.api.engine.ProblemReporter;
import io.landline.automation.internal.History.Outcome;
import io.landline.automation.internal.History.Run;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with the real cron trigger on a manual clock, and recording actions. */
class AutomationEngineTest {

    /** Sunday 2026-11-22 06:59:00 in Berlin. */
    private static final Instant START = Instant.parse("2026-11-22T05:59:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path data;

    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private final List<String> said = new CopyOnWriteArrayList<>();
    private ManualScheduler scheduler;
    private AutomationEngine engine;

    private final ProblemReporter reporter = new ProblemReporter() {
        @Override
        public void report(String source, String message) {
            problems.put(source, message);
        }

        @Override
        public void clear(String source) {
            problems.remove(source);
        }
    };

    private final ActionType say = new ActionType() {
        @Override
        public String id() {
            return "say";
        }

        @Override
        public String run(Map<String, Object> config, TriggerEvent event) {
            String text = Templates.render(String.valueOf(config.get("value")), event.data());
            said.add(text);
            return "said " + text;
        }
    };

    private final ActionType fail = new ActionType() {
        @Override
        public String id() {
            return "fail";
        }

        @Override
        public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
            throw new AutomationException("could not reach https://maker.ifttt.com/trigger/x/with/key/"
                    + config.get("key"));
        }
    };

    @BeforeEach
    void start() {
        scheduler = new ManualScheduler(START, ZONE);
        engine = new AutomationEngine(reporter, scheduler, data, 1, 8, 50);
        engine.bindTriggerType(new CronTrigger(scheduler));
        engine.bindActionType(say);
        engine.bindActionType(fail);
    }

    @AfterEach
    void stop() {
        engine.deactivate();
    }

    private void load(String file, String yaml) throws Exception {
        engine.load(file, RuleParser.parse(file, new StringReader(yaml)));
    }

    private List<Run> awaitRuns(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (engine.history().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " runs, got " + engine.history());
            }
            Thread.onSpinWait();
        }
        return engine.history();
    }

    @Test
    void cronRuleFiresAtItsTimesOnTheInjectedClock() throws Exception {
        load("morning.yaml", """
                when: { cron: "0 7 * * *" }
                then:
                  - say: "Good morning, it is {{time}}"
                """);
        scheduler.advance(Duration.ofSeconds(59));
        assertThat(engine.history()).isEmpty();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(awaitRuns(1)).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(Outcome.OK);
            assertThat(run.at()).isEqualTo(Instant.parse("2026-11-22T06:00:00Z"));
        });
        assertThat(said).containsExactly("Good morning, it is 07:00");
        scheduler.advance(Duration.ofDays(2));
        assertThat(awaitRuns(3)).extracting(Run::at).containsExactly(Instant.parse("2026-11-22T06:00:00Z"),
                Instant.parse("2026-11-23T06:00:00Z"), Instant.parse("2026-11-24T06:00:00Z"));
    }

    @Test
    void conditionsSkipRunsAndSayWhy() throws Exception {
        load("weekday.yaml", """
                when: { cron: "0 7 * * *" }
                if:
                  - days: mon-fri
                then:
                  - say: "Work day"
                """);
        scheduler.advance(Duration.ofMinutes(2)); // Sunday
        scheduler.advance(Duration.ofDays(1)); // Monday
        List<Run> runs = awaitRuns(2);
        assertThat(runs.get(0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(runs.get(0).message()).isEqualTo("not on Sunday");
        assertThat(runs.get(1).outcome()).isEqualTo(Outcome.OK);
        assertThat(said).containsExactly("Work day");
    }

    @Test
    void failuresGoToHistoryRedactedAndStopTheRule() throws Exception {
        load("hook.yaml", """
                when: { cron: "* * * * *" }
                then:
                  - say: "first"
                  - fail: { key: "SECRETKEY123" }
                  - say: "never"
                """);
        scheduler.advance(Duration.ofMinutes(1));
        Run run = awaitRuns(1).get(0);
        assertThat(run.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run.message()).contains("said first; then action 2 (fail, line 4)").contains("/with/key/***")
                .doesNotContain("SECRETKEY123");
        assertThat(said).containsExactly("first");
    }

    @Test
    void disableEnableAndRunNowPersist() throws Exception {
        load("morning.yaml", "when: { cron: \"0 7 * * *\" }\nthen: [ say: hello ]\n");
        assertThat(engine.setEnabled("morning", false)).isTrue();
        scheduler.advance(Duration.ofMinutes(2));
        assertThat(engine.history()).isEmpty();
        assertThat(engine.rules()).singleElement().extracting(AutomationEngine.RuleView::state).isEqualTo("disabled");

        Run manual = engine.runNow("morning").orElseThrow().get(10, TimeUnit.SECONDS);
        assertThat(manual.outcome()).isEqualTo(Outcome.OK);
        assertThat(manual.message()).startsWith("run now: said hello");
        assertThat(engine.runNow("nope")).isEmpty();

        // a new engine on the same data folder remembers the switch and the history
        AutomationEngine again = new AutomationEngine(reporter, scheduler, data, 1, 8, 50);
        again.bindTriggerType(new CronTrigger(scheduler));
        again.load("morning.yaml", RuleParser.parse("morning.yaml",
                new StringReader("when: { cron: \"0 7 * * *\" }\nthen: [ say: hello ]\n")));
        assertThat(again.rules()).singleElement().extracting(AutomationEngine.RuleView::enabled).isEqualTo(false);
        assertThat(again.history()).extracting(Run::rule).containsExactly("morning");
        again.deactivate();
    }

    @Test
    void badFilesAndClashesAreReportedWhileOthersRun() throws Exception {
        load("a.yaml", "id: same\nwhen: { cron: \"* * * * *\" }\nthen: [ say: from a ]\n");
        load("b.yaml", "id: same\nwhen: { cron: \"* * * * *\" }\nthen: [ say: from b ]\n");
        engine.failed("c.yaml", 3, "not valid YAML: oops");
        load("d.yaml", "when: { cron: \"every minute\" }\nthen: [ say: hi ]\n");
        assertThat(problems).containsKeys("rules/b.yaml", "rules/c.yaml", "rules/d.yaml#d");
        assertThat(problems.get("rules/b.yaml")).contains("already used in rules/a.yaml line 1");
        assertThat(problems.get("rules/c.yaml")).isEqualTo("line 3: not valid YAML: oops");
        assertThat(problems.get("rules/d.yaml#d")).contains("line 1").contains("5 fields");
        scheduler.advance(Duration.ofMinutes(1));
        awaitRuns(1);
        assertThat(said).containsExactly("from a");
        engine.unload("c.yaml");
        engine.unload("d.yaml");
        assertThat(problems).doesNotContainKeys("rules/c.yaml", "rules/d.yaml#d");
    }

    @Test
    void rulesWaitForTheirTriggerTypeAndReportItAfterAGrace() throws Exception {
        load("later.yaml", "when: { sunrise: true }\nthen: [ say: up ]\n");
        assertThat(engine.rules()).singleElement().extracting(AutomationEngine.RuleView::state)
                .isEqualTo("waiting for trigger type sunrise");
        assertThat(problems).isEmpty();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(problems.get("rules/later.yaml#later")).contains("waits for the trigger type 'sunrise'");
        List<Consumer<TriggerEvent>> fires = new CopyOnWriteArrayList<>();
        engine.bindTriggerType(new TriggerType() {
            @Override
            public String id() {
                return "sunrise";
            }

            @Override
            public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) {
                fires.add(fire);
                return () -> fires.remove(fire);
            }
        });
        assertThat(problems).isEmpty();
        fires.get(0).accept(new TriggerEvent("sunrise", START, Map.of()));
        awaitRuns(1);
        assertThat(said).containsExactly("up");
    }

    @Test
    void aBurstBeyondTheQueueIsDroppedAndNoted() throws Exception {
        List<Consumer<TriggerEvent>> fires = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        engine.bindTriggerType(new TriggerType() {
            @Override
            public String id() {
                return "manual";
            }

            @Override
            public AutoCloseable watch(Map<String, Object> config, Consumer<TriggerEvent> fire) {
                fires.add(fire);
                return () -> { };
            }
        });
        engine.bindActionType(new ActionType() {
            @Override
            public String id() {
                return "block";
            }

            @Override
            public String run(Map<String, Object> config, TriggerEvent event) throws AutomationException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "done";
            }
        });
        load("burst.yaml", "when: manual\nthen: [ block ]\n");
        for (int i = 0; i < 20; i++) {
            fires.get(0).accept(new TriggerEvent("manual", START, Map.of()));
        }
        release.countDown();
        List<Run> runs = awaitRuns(20);
        // one worker, queue of 8: at least 11 of 20 were dropped at once
        assertThat(runs.stream().filter(r -> r.outcome() == Outcome.DROPPED).count()).isGreaterThanOrEqualTo(11);
        assertThat(runs.stream().filter(r -> r.outcome() == Outcome.OK).count()).isBetween(1L, 9L);
    }
}
