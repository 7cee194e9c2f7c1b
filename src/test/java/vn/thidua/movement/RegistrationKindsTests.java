package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Award;
import vn.thidua.shared.InvalidInput;

/** Issue 14, case 5: a registration's targets are titles its registrants may receive. */
class RegistrationKindsTests {

    @Test
    void aUnitCannotAimForAnIndividualTitle() {
        Registration r = new Registration(1L, 2L);

        assertThatThrownBy(() -> r.describe(Award.GRASSROOTS_EMULATION_FIGHTER, "Phấn đấu"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey() + " " + p.args())
                                .containsExactly(
                                        "collectiveTarget validation.award.kind [Chiến sĩ thi đua cơ sở, cá nhân, tập thể]"));
        assertThat(r.getCollectiveTarget()).isNull();
    }

    @Test
    void aPersonCannotAimForTheGovernmentFlag() {
        Registration r = new Registration(1L, 2L);

        assertThatThrownBy(() -> r.register(7L, Award.GOVERNMENT_EMULATION_FLAG))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey())
                                .containsExactly("target validation.award.kind"));
        r.describe(Award.GOVERNMENT_EMULATION_FLAG, "Dẫn đầu khối");
        r.register(7L, Award.GRASSROOTS_EMULATION_FIGHTER);
        assertThat(r.getCollectiveTarget()).isEqualTo(Award.GOVERNMENT_EMULATION_FLAG);
        assertThat(r.people()).extracting(RegisteredPerson::target).containsExactly(Award.GRASSROOTS_EMULATION_FIGHTER);
    }
}
