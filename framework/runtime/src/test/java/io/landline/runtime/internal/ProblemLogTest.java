package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemLogTest {

    @Test
    void namesTheFileAMessageIsAbout() {
        assertThat(ProblemLog.subjectOf("Failed to update artifact /opt/landline/etc/io.landline.engines.cfg",
                "org.apache.felix.fileinstall")).isEqualTo("etc/io.landline.engines.cfg");
        assertThat(ProblemLog.subjectOf("Error while starting bundle: file:/opt/landline/deploy/x.jar", "fi"))
                .isEqualTo("deploy/x.jar");
        assertThat(ProblemLog.subjectOf("Something else went wrong", "some.bundle")).isEqualTo("some.bundle");
    }

    @Test
    void saysAMissingPackagePlainly() {
        assertThat(ProblemLog.plain("Error while starting bundle: file:/o/deploy/u.jar: "
                + "org.osgi.framework.BundleException: Unable to resolve test.u [18](R 18.0): missing requirement "
                + "[test.u [18](R 18.0)] osgi.wiring.package; (osgi.wiring.package=does.not.exist) Unresolved"))
                .isEqualTo("cannot start: it needs the package does.not.exist, which no installed bundle provides");
    }

    @Test
    void dropsExceptionClassNames() {
        assertThat(ProblemLog.plain("Failed to update artifact /o/etc/a.cfg: "
                + "java.lang.IllegalArgumentException: Unable to parse unicode value: ZZZZ"))
                .isEqualTo("Failed to update artifact etc/a.cfg: Unable to parse unicode value: ZZZZ");
    }
}
