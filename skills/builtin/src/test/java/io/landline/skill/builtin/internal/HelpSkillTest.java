package io.landline.skill.builtin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpSkillTest {

    @Test
    void templatesAreSaidAsPlainExamples() {
        assertThat(HelpSkill.example("what time is it")).isEqualTo("what time is it");
        assertThat(HelpSkill.example("set a {name} timer for {duration}")).isEqualTo("set a … timer for …");
        assertThat(HelpSkill.example("[please] (turn | switch) on the {room} light[s]"))
                .isEqualTo("turn on the … light");
        assertThat(HelpSkill.example("how (long | much time) is left [on the timer]")).isEqualTo("how long is left");
        assertThat(HelpSkill.example("[(a | b) c] d ((e | f) g | h)")).isEqualTo("d e g");
    }
}
