package io.landline.skill.calling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.telephony.Call;
import io.landline.api.telephony.CallRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallLogTest {

    @TempDir
    Path folder;

    @Test
    void keepsEntriesWithinRetentionNewestFirstAndDeletesForReal() throws Exception {
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        Path file = folder.resolve("calls/calls.tsv");
        CallLog log = new CallLog(file, Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));
        Files.createDirectories(file.getParent());
        Files.writeString(file, now.minus(Duration.ofDays(8)) + "\tINBOUND\t5550100\tMom\t3\tanswered\tdefault\n"
                + "garbage line\n");
        log.add(new CallRecord(now.minusSeconds(60), Call.Direction.OUTBOUND, "5550100", "Mom\tTab",
                Duration.ofSeconds(12), "answered", "default"));
        log.add(new CallRecord(now, Call.Direction.INBOUND, "unknown", "", Duration.ZERO, "missed", "default"));
        assertThat(log.entries()).extracting(CallRecord::outcome).containsExactly("missed", "answered");
        assertThat(log.entries().get(1).contact()).isEqualTo("Mom Tab");
        assertThat(Files.readString(file)).doesNotContain(now.minus(Duration.ofDays(8)).toString());
        assertThat(log.deleteAll()).isEqualTo(2);
        assertThat(file).doesNotExist();
        assertThat(log.entries()).isEmpty();
    }
}
