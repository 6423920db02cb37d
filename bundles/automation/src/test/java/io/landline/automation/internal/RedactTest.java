package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactTest {

    @Test
    void masksKeysTokensPasswordsAndKnownSecrets() {
        assertThat(Redact.text("POST https://maker.ifttt.com/trigger/missed/with/key/abcDEF123 failed", List.of()))
                .isEqualTo("POST https://maker.ifttt.com/trigger/missed/with/key/*** failed");
        assertThat(Redact.text("http://h/x?a=1&token=s3cr3t&api_key=k&b=2", List.of()))
                .isEqualTo("http://h/x?a=1&token=***&api_key=***&b=2");
        assertThat(Redact.text("https://user:pw@host/path", List.of())).isEqualTo("https://***@host/path");
        assertThat(Redact.text("Bearer sekret-value rejected", List.of("sekret-value")))
                .isEqualTo("Bearer *** rejected");
        assertThat(Redact.text("nothing secret", List.of("", "ab"))).isEqualTo("nothing secret");
    }
}
