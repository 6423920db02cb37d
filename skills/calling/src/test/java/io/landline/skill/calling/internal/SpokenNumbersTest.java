package io.landline.skill.calling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenNumbersTest {

    @Test
    void wordsAndDigitsBecomeDialStrings() {
        assertThat(SpokenNumbers.parse("five five five zero one zero zero")).hasValue("5550100");
        assertThat(SpokenNumbers.parse("555-0100")).hasValue("5550100");
        assertThat(SpokenNumbers.parse("plus four four one")).hasValue("+441");
        assertThat(SpokenNumbers.parse("nine one one")).hasValue("911");
        assertThat(SpokenNumbers.parse("")).isEmpty();
        assertThat(SpokenNumbers.parse("500&PJSIP/x").filter(NumberPolicy::isValid)).isEmpty();
        assertThat(SpokenNumbers.spoken("911")).isEqualTo("9 1 1");
    }
}
