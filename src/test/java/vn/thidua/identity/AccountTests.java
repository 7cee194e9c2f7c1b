package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.Role;

class AccountTests {

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
