package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.Role;

class AccountTests {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void locksForTheLockoutPeriodAtTheMaximumOfFailures() {
        Account account = new Account("hoidong1", "{noop}x", "Trương Văn Lực", Role.COUNCIL_MEMBER, null);

        for (int i = 0; i < 4; i++) {
            account.failedSignIn(now, 5, Duration.ofMinutes(15));
        }
        assertThat(account.lockedAt(now)).isFalse();
        account.failedSignIn(now, 5, Duration.ofMinutes(15));

        assertThat(account.lockedAt(now.plusSeconds(14 * 60))).isTrue();
        assertThat(account.lockedAt(now.plusSeconds(15 * 60 + 1))).isFalse();
    }

    @Test
    void aUnitRoleNeedsAUnitScope() {
        assertThatThrownBy(() -> new Account("donvi2", "{noop}x", "Phạm Minh Khôi", Role.UNIT_OFFICER, null))
                .hasMessage("account.scope.required");
    }

    @Test
    void usernamesAreCaseInsensitive() {
        assertThat(new Account(" BanTDKT ", "{noop}x", "Lê Thị Thu Hà", Role.SPECIALIST, null).getUsername())
                .isEqualTo("bantdkt");
    }
}
