package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.Award;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitKind;

/** The Ban TĐKT reminds the departments that have not registered; the officer gets a notice and an e-mail. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@WithUserDetails("bantdkt")
class RemindingIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Registering registering;

    @Autowired
    Reminding reminding;

    @Autowired
    Notifications notifications;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void unitsThatHaveNotRegisteredAreRemindedOnceADay() throws Exception {
        // given: a movement for the departments; Sở Y tế has registered, Sở Giáo dục has not
        Movement draft = launching.draft(
                new MovementDetails(
                        "Phong trào thi đua năm 2026 (kiểm thử nhắc đăng ký)",
                        MovementKind.YEARLY,
                        null,
                        null,
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 12, 31),
                        TestClock.today().plusDays(2),
                        null),
                tayNinh.currentUnit("Tỉnh Tây Ninh"),
                null);
        Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
            m.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
            m.addCriterion("Hoàn thành kế hoạch năm", "100%", "Báo cáo tổng kết năm", null);
        });
        Movement proposed = launching.propose(ready.getId(), ready.getVersion());
        Movement launched = tayNinh.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion()));
        Movement open = launching.advance(launched.getId(), launched.getVersion(), MovementAction.OPEN_REGISTRATION);
        Registration health = registering.open(open.getId(), tayNinh.currentUnit("Sở Y tế"));
        health = registering.describe(health.getId(), health.getVersion(), Award.ADVANCED_COLLECTIVE, null);
        Registration described = health;
        tayNinh.as("admin", () -> registering.submit(described.getId(), described.getVersion()));
        jdbc.sql("update identity_account set email = 'thidua.sgddt@example.vn' where username = 'donvi'")
                .update();
        int before = notifications.unread("donvi");

        // when
        int reminded = reminding.remindUnregistered(open.getId());
        int again = reminding.remindUnregistered(open.getId());

        // then
        assertThat(reminded).isPositive();
        assertThat(again).isZero();
        assertThat(notifications.unread("donvi")).isEqualTo(before + 1);
        assertThat(notifications.latest("donvi", 1).get(0).message())
                .contains("chưa gửi đăng ký thi đua cho Phong trào thi đua năm 2026 (kiểm thử nhắc đăng ký)");
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("thidua.sgddt@example.vn");
        assertThat(mail.getSubject())
                .isEqualTo("Nhắc đăng ký thi đua: Phong trào thi đua năm 2026 (kiểm thử nhắc đăng ký)");
    }
}
