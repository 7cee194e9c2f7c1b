package vn.thidua.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The verification page's limit per address, and the bound on what it remembers. */
class VerificationLimitTests {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant TEN_O_CLOCK = Instant.parse("2026-03-17T03:00:00Z");

    @Test
    void anAddressGetsThirtyLookupsAMinuteAndAgainTheNextMinute() {
        VerificationLimit limit = new VerificationLimit(Clock.fixed(TEN_O_CLOCK, PROVINCE), 30, 10_000);
        for (int i = 0; i < 30; i++) {
            assertThat(limit.allowed("113.161.1.1")).as("lookup " + (i + 1)).isTrue();
        }
        assertThat(limit.allowed("113.161.1.1")).isFalse();
        assertThat(limit.allowed("113.161.1.2")).isTrue();

        VerificationLimit nextMinute =
                new VerificationLimit(Clock.fixed(TEN_O_CLOCK.plusSeconds(60), PROVINCE), 30, 10_000);
        assertThat(nextMinute.allowed("113.161.1.1")).isTrue();
    }

    @Test
    void beyondItsBoundNewAddressesShareOneCounterAndNothingMoreIsRemembered() {
        VerificationLimit limit = new VerificationLimit(Clock.fixed(TEN_O_CLOCK, PROVINCE), 2, 100);
        int allowed = 0;
        for (int i = 0; i < 5_000; i++) {
            if (limit.allowed("10.0." + (i / 256) + "." + (i % 256))) {
                allowed++;
            }
        }
        assertThat(limit.counted()).isEqualTo(100);
        // 100 addresses counted one by one, then the crowd shares 10 × 2
        assertThat(allowed).isEqualTo(100 + 20);
    }
}
