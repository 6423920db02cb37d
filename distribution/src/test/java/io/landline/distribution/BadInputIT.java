package io.landline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken files in {@code deploy/} and {@code etc/}: reported by name, and the assistant keeps answering. */
class BadInputIT {

    @TempDir
    Path folder;
    private LandlineProcess landline;

    @BeforeEach
    void start() throws Exception {
        landline = LandlineProcess.start(LandlineProcess.copyOfDistribution(folder));
        assertThat(landline.ask("what day is it")).startsWith("It's ");
    }

    @AfterEach
    void stop() throws Exception {
        landline.close();
    }

    private String status() throws InterruptedException {
        landline.send("status");
        StringBuilder status = new StringBuilder(landline.awaitContaining("bundles:"));
        for (String line = landline.awaitContaining(""); !line.startsWith("problems:");
                line = landline.awaitContaining("")) {
            status.append('\n').append(line);
        }
        return status.toString();
    }

    @Test
    void aFileThatIsNotAJarIsReportedAndIgnored() throws Exception {
        Path broken = landline.home().resolve("deploy/broken.jar");
        Files.writeString(broken, "this is not a zip file");
        landline.awaitContaining("(problem: deploy/broken.jar: not an OSGi bundle");
        assertThat(landline.ask("what time is it")).startsWith("It's ");

        Files.delete(broken);
        landline.awaitContaining("(fixed: deploy/broken.jar)");
        landline.send("status");
        assertThat(landline.awaitContaining("problems:")).isEqualTo("problems: none");
    }

    @Test
    void aBundleWithUnresolvableImportsIsReportedInStatus() throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "test.unresolvable");
        main.putValue("Import-Package", "does.not.exist");
        Path part = landline.home().resolve("deploy/unresolvable.part");
        try (OutputStream out = Files.newOutputStream(part); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        Files.move(part, landline.home().resolve("deploy/unresolvable.jar"));
        landline.awaitContaining("(problem: deploy/unresolvable.jar: cannot start: it needs the package "
                + "does.not.exist");
        assertThat(landline.ask("what time is it")).startsWith("It's ");
        assertThat(status()).contains("test.unresolvable installed (not resolved)");
    }

    @Test
    void aConfigurationFileThatCannotBeParsedIsReportedByNameAndTheOldOneStays() throws Exception {
        Path engines = landline.home().resolve("etc/io.landline.engines.cfg");
        Files.writeString(engines, "intent.engine = \\uZZZZ\n");
        landline.awaitContaining("(problem: etc/io.landline.engines.cfg: Failed to update artifact "
                + "etc/io.landline.engines.cfg: Unable to parse unicode value: ZZZZ)");
        assertThat(landline.ask("what time is it")).startsWith("It's ");
    }

    @Test
    void aConfigurationValueThatMakesNoSenseIsReportedAndThePreviousValueKept() throws Exception {
        Path dialog = landline.home().resolve("etc/io.landline.dialog.cfg");
        Files.writeString(dialog, "followup.seconds = soon\nconfirmation.seconds = 20\n");
        landline.awaitContaining("(problem: etc/io.landline.dialog.cfg: followup.seconds = 'soon' is not a whole "
                + "number from 1 to 600; keeping 8)");
        assertThat(landline.ask("what time is it")).startsWith("It's ");

        Files.writeString(dialog, "followup.seconds = 5\n");
        landline.awaitContaining("(fixed: etc/io.landline.dialog.cfg)");
    }

    @Test
    void emptyAndNonsenseUtterancesGetClearAnswers() throws Exception {
        assertThat(landline.ask("?!")).startsWith("I didn't catch anything.");
        assertThat(landline.ask("zzzz qqqq")).startsWith("Sorry, I didn't understand: zzzz qqqq.");
        assertThat(landline.transcript()).doesNotContain("Exception");
    }
}
