package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class RuleParserTest {

    private static List<Rule> parse(String yaml) throws Exception {
        return RuleParser.parse("test.yaml", new StringReader(yaml));
    }

    private static RuleParser.RuleFileException failure(String yaml) {
        try {
            parse(yaml);
        } catch (RuleParser.RuleFileException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("parsed: " + yaml);
    }

    @Test
    void oneRuleWithTriggerConditionsAndActions() throws Exception {
        List<Rule> rules = parse("""
                # a comment
                when: { phrase: "good night", reply: "Night." }
                if:
                  - time: 20:00-03:00
                  - days: mon-fri
                then:
                  - say: "Sleep well."
                  - http: { method: POST, url: "http://x/{{site}}", body: { v: "{{text}}" } }
                  - dnd: on
                  - wait: 2s
                """);
        assertThat(rules).hasSize(1);
        Rule rule = rules.get(0);
        assertThat(rule.id()).isEqualTo("test");
        assertThat(rule.line()).isEqualTo(2);
        assertThat(rule.trigger()).isEqualTo(new Rule.Step("phrase", Map.of("value", "good night", "reply", "Night."), 2));
        assertThat(rule.conditions()).hasSize(2);
        assertThat(rule.actions()).extracting(Rule.Step::type).containsExactly("say", "http", "dnd", "wait");
        assertThat(rule.actions().get(1).config()).containsEntry("method", "POST")
                .extractingByKey("body", InstanceOfAssertFactories.MAP).containsEntry("v", "{{text}}");
        // YAML 1.1 reads "on" as true; the dnd action accepts it
        assertThat(rule.actions().get(2).config()).containsEntry("value", true);
        assertThat(rule.enabled()).isTrue();
    }

    @Test
    void listsOfRulesKeepTheirOwnIdsAndLines() throws Exception {
        List<Rule> rules = parse("""
                rules:
                  - id: morning
                    when: { cron: "0 7 * * 1-5" }
                    then: [ { say: "Good morning" } ]
                  - when: { call: missed }
                    enabled: false
                    then:
                      - announce: "Missed call from {{caller}}"
                """);
        assertThat(rules).extracting(Rule::id).containsExactly("morning", "test-2");
        assertThat(rules).extracting(Rule::line).containsExactly(2, 5);
        assertThat(rules.get(1).enabled()).isFalse();
        assertThat(rules.get(0).trigger().config()).containsEntry("value", "0 7 * * 1-5");
    }

    @Test
    void timesStayTextNotBase60Numbers() throws Exception {
        Rule rule = parse("when: { at: 7:30 }\nthen: [ say: hi ]\n").get(0);
        assertThat(rule.trigger().config()).containsEntry("value", "7:30");
    }

    @Test
    void errorsNameTheLine() {
        RuleParser.RuleFileException syntax = failure("when: { phrase: x }\nthen:\n  - say: [unclosed\n");
        assertThat(syntax.line()).isEqualTo(3);
        assertThat(syntax.getMessage()).startsWith("not valid YAML").contains("never closed");

        RuleParser.RuleFileException typo = failure("when: { phrase: x }\nthne:\n  - say: hi\n");
        assertThat(typo.getMessage()).contains("unknown key 'thne'");
        assertThat(typo.line()).isEqualTo(1);

        RuleParser.RuleFileException condition = failure("""
                when: { phrase: x }
                if:
                  - time: 20:00-03:00
                  - days: someday
                then: [ say: hi ]
                """);
        assertThat(condition.line()).isEqualTo(4);
        assertThat(condition.getMessage()).contains("'someday' is not a day of the week");

        assertThat(failure("when: { phrase: x }\n").getMessage()).contains("has no 'then'");
        assertThat(failure("id: bad id!\nwhen: { phrase: x }\nthen: [ say: hi ]\n").getMessage())
                .contains("may only have letters");
        assertThat(failure("when: { phrase: x }\nthen: [ say: hi ]\nwhen: { cron: x }\n").getMessage())
                .contains("duplicate");
        assertThat(failure("just text").getMessage()).contains("a rule file holds a rule");
    }

    @Test
    void noJavaObjectsFromTags() {
        assertThat(failure("when: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"
                + "then: [ say: hi ]\n").getMessage()).contains("Global tag is not allowed");
    }

    @Test
    void emptyFileHasNoRules() throws Exception {
        assertThat(parse("# nothing yet\n")).isEmpty();
    }
}
