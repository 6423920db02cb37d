package io.landline.telephony.asterisk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DialStringsTest {

    @Test
    void onlyDigitsPlusStarAndHashReachAnExtension() {
        assertThat(DialStrings.number("5550100")).isEqualTo("5550100");
        assertThat(DialStrings.number("+445550100")).isEqualTo("00445550100");
        assertThat(DialStrings.number("*72#")).isEqualTo("*72#");
        for (String hostile : new String[] { "500&PJSIP/x", "5550100,1", "abc", "1".repeat(33), "", "1 2",
                "1)", "+", "${EXTEN}" }) {
            assertThatThrownBy(() -> DialStrings.number(hostile)).as(hostile)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void sitesAndContextsAreCheckedWithClearMessages() {
        assertThat(DialStrings.sites("default=PJSIP/speaker, kitchen=PJSIP/kitchen"))
                .isEqualTo(Map.of("default", "PJSIP/speaker", "kitchen", "PJSIP/kitchen"));
        assertThatThrownBy(() -> DialStrings.sites("default=PJSIP/a&PJSIP/b"))
                .hasMessageContaining("is not site=Technology/endpoint");
        java.util.List<String> problems = new java.util.ArrayList<>();
        assertThat(DialStrings.sites("default=PJSIP/speaker, kitchen=PJSIP/a&PJSIP/b, living room=PJSIP/x",
                problems::add)).isEqualTo(Map.of("default", "PJSIP/speaker"));
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).endsWith("that site has no phone"));
        assertThatThrownBy(() -> DialStrings.context("out,1", "outbound.context"))
                .hasMessageContaining("outbound.context");
    }
}
