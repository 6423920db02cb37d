package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void fillsNamesNestedValuesAndLeavesUnknownEmpty() {
        Map<String, Object> data = Map.of("caller", "Mom", "json", Map.of("temp", 21.0, "rooms", List.of("a", "b")),
                "count", 3L);
        assertThat(Templates.render("Missed call from {{caller}}", data)).isEqualTo("Missed call from Mom");
        assertThat(Templates.render("{{ json.temp }} degrees in {{json.rooms.1}}", data)).isEqualTo("21 degrees in b");
        assertThat(Templates.render("[{{nothing}}] {{count}}", data)).isEqualTo("[] 3");
        assertThat(Templates.render(null, data)).isEmpty();
    }

    @Test
    void valuesAreNotTemplatesAgain() {
        assertThat(Templates.render("{{a}}", Map.of("a", "{{b}} $1 \\", "b", "x"))).isEqualTo("{{b}} $1 \\");
    }
}
