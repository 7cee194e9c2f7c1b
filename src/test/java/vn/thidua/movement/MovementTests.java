package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.InvalidInput;

@DisplayName("Phong trào thi đua: trạng thái và điều kiện phát động")
class MovementTests {

    private static final Instant NOW = Instant.parse("2023-01-03T02:00:00Z");

    /** Chỉ thị 01/CT-UBND ngày 03/01/2023: the 2023 yearly movement of Tây Ninh, ready to launch. */
    static Movement theYearly2023Movement() {
        Movement m = new Movement(
                new MovementDetails(
                        "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2023",
                        MovementKind.YEARLY,
                        "Chủ động, sáng tạo, bức phá; tăng cường xây dựng Đảng, hệ thống chính trị trong sạch, vững mạnh;"
                                + " thi đua hoàn thành xuất sắc nhiệm vụ được giao",
                        null,
                        LocalDate.of(2023, 1, 3),
                        LocalDate.of(2023, 12, 31),
                        LocalDate.of(2023, 3, 31),
                        null),
                1L,
                null);
        m.addCriterion(
                "Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2023 được giao",
                "100% chỉ tiêu",
                "Đối chiếu báo cáo kết quả thực hiện chỉ tiêu với Nghị quyết 68/NQ-HĐND",
                "Báo cáo năm có số liệu");
        m.participants(EnumSet.of(UnitKind.DEPARTMENT, UnitKind.COMMUNE, UnitKind.WARD), Set.of(), null);
        return m;
    }

    /** Every (status, action) pair: which are allowed and where they lead. */
    static Stream<Arguments> pairs() {
        Map<MovementStatus, Map<String, MovementStatus>> allowed = Map.of(
                MovementStatus.DRAFT, Map.of("propose", MovementStatus.AWAITING_APPROVAL),
                MovementStatus.AWAITING_APPROVAL,
                        Map.of("launch", MovementStatus.LAUNCHED, "sendBack", MovementStatus.DRAFT),
                MovementStatus.LAUNCHED,
                        Map.of(
                                "openRegistration",
                                MovementStatus.REGISTRATION_OPEN,
                                "start",
                                MovementStatus.IN_PROGRESS),
                MovementStatus.REGISTRATION_OPEN, Map.of("start", MovementStatus.IN_PROGRESS),
                MovementStatus.IN_PROGRESS, Map.of("review", MovementStatus.UNDER_REVIEW),
                MovementStatus.UNDER_REVIEW, Map.of("close", MovementStatus.CLOSED),
                MovementStatus.CLOSED, Map.of());
        return Stream.of(MovementStatus.values())
                .flatMap(status -> Stream.of(
                                "propose", "launch", "sendBack", "openRegistration", "start", "review", "close")
                        .map(action ->
                                Arguments.of(status, action, allowed.get(status).get(action))));
    }

    private static Movement in(MovementStatus status) {
        Movement m = theYearly2023Movement();
        switch (status) {
            case DRAFT -> {}
            case AWAITING_APPROVAL -> m.propose("bantdkt", NOW);
            case LAUNCHED -> {
                m.propose("bantdkt", NOW);
                m.launch("bantdkt", NOW);
            }
            case REGISTRATION_OPEN -> {
                m.propose("bantdkt", NOW);
                m.launch("bantdkt", NOW);
                m.openRegistration("bantdkt", NOW);
            }
            case IN_PROGRESS -> {
                m.propose("bantdkt", NOW);
                m.launch("bantdkt", NOW);
                m.start("bantdkt", NOW);
            }
            case UNDER_REVIEW -> {
                m.propose("bantdkt", NOW);
                m.launch("bantdkt", NOW);
                m.start("bantdkt", NOW);
                m.review("bantdkt", NOW);
            }
            case CLOSED -> {
                m.propose("bantdkt", NOW);
                m.launch("bantdkt", NOW);
                m.start("bantdkt", NOW);
                m.review("bantdkt", NOW);
                m.close("bantdkt", NOW);
            }
        }
        return m;
    }

    private static void act(Movement m, String action) {
        switch (action) {
            case "propose" -> m.propose("bantdkt", NOW);
            case "launch" -> m.launch("bantdkt", NOW);
            case "sendBack" -> m.sendBack("bantdkt", NOW);
            case "openRegistration" -> m.openRegistration("bantdkt", NOW);
            case "start" -> m.start("bantdkt", NOW);
            case "review" -> m.review("bantdkt", NOW);
            case "close" -> m.close("bantdkt", NOW);
            default -> throw new IllegalArgumentException(action);
        }
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("pairs")
    void everyStatusAllowsOnlyItsNextSteps(MovementStatus from, String action, MovementStatus to) {
        Movement m = in(from);
        int before = m.transitions().size();

        if (to == null) {
            assertThatThrownBy(() -> act(m, action)).isInstanceOf(Movement.IllegalMovementTransition.class);
            assertThat(m.getStatus()).isEqualTo(from);
        } else {
            act(m, action);
            assertThat(m.getStatus()).isEqualTo(to);
            assertThat(m.transitions()).hasSize(before + 1);
            assertThat(m.transitions().get(before).byUser()).isEqualTo("bantdkt");
        }
    }

    @Test
    @DisplayName("không phát động khi chưa có tiêu chí cụ thể, hoặc chưa xác định đối tượng tham gia")
    void noLaunchWithoutCriteriaOrParticipants() {
        Movement noCriteria = theYearly2023Movement();
        noCriteria.removeCriterion(1);
        Movement nobody = theYearly2023Movement();
        nobody.participants(Set.of(), Set.of(), null);

        assertThatThrownBy(() -> noCriteria.propose("bantdkt", NOW))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.movement.noCriteria"));
        assertThatThrownBy(() -> nobody.propose("bantdkt", NOW))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.movement.noParticipants"));
    }

    @Test
    @DisplayName("tiêu chí phải nói cách kiểm tra; thời gian phải tiến; hạn đăng ký trong thời gian phong trào")
    void criteriaAndDetailsAreChecked() {
        Movement m = theYearly2023Movement();

        assertThatThrownBy(() -> m.addCriterion("Tuyên truyền sâu rộng", null, " ", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("howChecked"));
        assertThat(new MovementDetails(
                                "Đợt thi đua đặc biệt chào mừng 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước",
                                MovementKind.SPECIAL_CAMPAIGN,
                                null,
                                "30/4/1975 – 30/4/2025",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                LocalDate.of(2025, 2, 1),
                                null)
                        .problems())
                .extracting(InvalidInput.Problem::field)
                .containsExactly("periodTo", "registrationDeadline");
    }
}
