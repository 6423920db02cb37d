package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot commands of {@code bin/landline}, run as a user runs them. */
class CommandLineIT {

    @TempDir
    static Path folder;
    static Path home;

    @BeforeAll
    static void copy() throws Exception {
        home = LandlineProcess.copyOfDistribution(folder);
    }

    private static String run(String... args) throws Exception {
        try (LandlineProcess landline = LandlineProcess.start(home, args)) {
            assertThat(landline.awaitExit(Duration.ofSeconds(60))).as(landline.transcript()).isZero();
            return landline.transcript();
        }
    }

    @Test
    void askAnswersAndExits() throws Exception {
        assertThat(run("ask", "what", "time", "is", "it")).matches("(?s)It's \\d{1,2}:\\d\\d [AP]M\\..*");
    }

    @Test
    void askWithPunctuationAndCapitals() throws Exception {
        assertThat(run("ask", "What DAY is it?")).startsWith("It's ");
    }

    @Test
    void emptyTextGetsAClearAnswer() throws Exception {
        assertThat(run("ask", "")).startsWith("I didn't catch anything.").doesNotContain("Exception");
    }

    @Test
    void unknownTextFallsBack() throws Exception {
        assertThat(run("ask", "blorp the frobnicator"))
                .startsWith("Sorry, I didn't understand: blorp the frobnicator.")
                .doesNotContain("Exception");
    }

    @Test
    void helpListsInstalledSkills() throws Exception {
        assertThat(run("ask", "what can you do")).contains("Clock: \"what time is it\"");
    }

    @Test
    void enginesListsEveryStage() throws Exception {
        assertThat(run("engines")).contains("intent  templates").contains("exact (0)").contains("asr").contains("wake").contains("tts");
    }

    @Test
    void statusShowsBundlesSkillsAndNoProblems() throws Exception {
        assertThat(run("status")).contains("active").contains("skills: clock, coin, dialog, help, shopping, timer")
                .contains("problems: none");
    }
}
