package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.achievement.Award;
import vn.thidua.shared.InvalidInput;

@DisplayName("Đăng ký thi đua: dự thảo, gửi, trả lại có lý do, chấp nhận")
class RegistrationTests {

    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    private static Registration in(RegistrationStatus status) {
        Registration r = new Registration(1L, 2L);
        r.describe(Award.EXCELLENT_COLLECTIVE, "Hoàn thành 100% chỉ tiêu được giao");
        switch (status) {
            case DRAFT -> {}
            case AWAITING_APPROVAL -> r.sendToLeader();
            case SUBMITTED -> r.submit("lanhdao", NOW);
            case RETURNED -> {
                r.submit("donvi", NOW);
                r.returnWithReason("Thiếu danh sách cá nhân đăng ký", "bantdkt", NOW);
            }
            case ACCEPTED -> {
                r.submit("donvi", NOW);
                r.accept("bantdkt", NOW);
            }
        }
        return r;
    }

    static Stream<Arguments> pairs() {
        Map<RegistrationStatus, Map<String, RegistrationStatus>> allowed = Map.of(
                RegistrationStatus.DRAFT,
                        Map.of(
                                "submit", RegistrationStatus.SUBMITTED,
                                "edit", RegistrationStatus.DRAFT,
                                "sendToLeader", RegistrationStatus.AWAITING_APPROVAL),
                RegistrationStatus.AWAITING_APPROVAL,
                        Map.of("submit", RegistrationStatus.SUBMITTED, "edit", RegistrationStatus.AWAITING_APPROVAL),
                RegistrationStatus.SUBMITTED,
                        Map.of("return", RegistrationStatus.RETURNED, "accept", RegistrationStatus.ACCEPTED),
                RegistrationStatus.RETURNED,
                        Map.of(
                                "submit", RegistrationStatus.SUBMITTED,
                                "edit", RegistrationStatus.RETURNED,
                                "sendToLeader", RegistrationStatus.AWAITING_APPROVAL),
                RegistrationStatus.ACCEPTED, Map.of());
        return Stream.of(RegistrationStatus.values())
                .flatMap(s -> Stream.of("edit", "sendToLeader", "submit", "return", "accept")
                        .map(a -> Arguments.of(s, a, allowed.get(s).get(a))));
    }

    private static void act(Registration r, String action) {
        switch (action) {
            case "edit" -> r.register(7L, Award.GRASSROOTS_EMULATION_FIGHTER);
            case "sendToLeader" -> r.sendToLeader();
            case "submit" -> r.submit("donvi", NOW);
            case "return" -> r.returnWithReason("Bổ sung cam kết", "bantdkt", NOW);
            case "accept" -> r.accept("bantdkt", NOW);
            default -> throw new IllegalArgumentException(action);
        }
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("pairs")
    void everyStatusAllowsOnlyItsSteps(RegistrationStatus from, String action, RegistrationStatus to) {
        Registration r = in(from);

        if (to == null) {
            assertThatThrownBy(() -> act(r, action)).isInstanceOf(Registration.IllegalRegistrationStep.class);
            assertThat(r.getStatus()).isEqualTo(from);
        } else {
            act(r, action);
            assertThat(r.getStatus()).isEqualTo(to);
        }
    }

    @Test
    @DisplayName("không gửi đăng ký rỗng; không trả lại khi không ghi lý do; gửi lại thì xóa lý do cũ")
    void emptyRegistrationsAndReasonlessReturnsAreRefused() {
        Registration empty = new Registration(1L, 2L);
        Registration submitted = in(RegistrationStatus.SUBMITTED);
        Registration returned = in(RegistrationStatus.RETURNED);

        assertThatThrownBy(() -> empty.submit("donvi", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> submitted.returnWithReason("  ", "bantdkt", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThat(returned.getReturnReason()).isEqualTo("Thiếu danh sách cá nhân đăng ký");
        returned.submit("donvi", NOW);
        assertThat(returned.getReturnReason()).isNull();
    }
}
