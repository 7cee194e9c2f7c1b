package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import vn.thidua.IntegrationTest;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("admin")
class ManagingAccountsIntegrationTests {

    @Autowired
    ManagingAccounts managing;

    @Autowired
    Accounts accounts;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void createsAUnitOfficerScopedToACommuneAndAuditsIt() {
        // given
        long commune = tayNinh.currentUnit("Xã Hảo Đước");

        // when
        Account created =
                managing.create("thiduahaoduoc", "Lý Thị Cẩm Tú", Role.UNIT_OFFICER, commune, "Hao-Duoc-2026!");

        // then
        assertThat(created.getScopeUnitId()).isEqualTo(commune);
        var signIn = users.loadUserByUsername("thiduahaoduoc");
        assertThat(encoder.matches("Hao-Duoc-2026!", signIn.getPassword())).isTrue();
        assertThat(signIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_UNIT_OFFICER");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity_type = 'account' and entity_id = :id and actor = 'admin'")
                        .param("id", String.valueOf(created.getId()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesAUnitRoleWithoutScopeATakenUsernameAndAShortPassword() {
        assertThatThrownBy(
                        () -> managing.create("thidua.moi", "Đoàn Văn Mới", Role.UNIT_LEADER, null, "Mat-khau-dai-du"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.account.scopeRequired"));
        assertThatThrownBy(() -> managing.create("donvi", "Trùng Tên", Role.SPECIALIST, null, "Mat-khau-dai-du"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.account.usernameTaken"));
        assertThatThrownBy(() -> managing.create("thidua.ngan", "Mật Khẩu Ngắn", Role.SPECIALIST, null, "ngan"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.account.password"));
    }

    @Test
    void changingAnAccountsScopeEndsItsOpenSessions() {
        // given: the account is signed in somewhere
        Account account = managing.create(
                "chuyenvien.tam",
                "Trần Minh Tâm",
                Role.UNIT_OFFICER,
                tayNinh.currentUnit("Sở Y tế"),
                "Chuyen-vien-2026");
        openSessionOf("chuyenvien.tam");
        assertThat(sessions.findByPrincipalName("chuyenvien.tam")).isNotEmpty();

        // when
        Account current = accounts.findById(account.getId()).orElseThrow();
        managing.update(
                current.getId(),
                current.getVersion(),
                current.getDisplayName(),
                Role.UNIT_OFFICER,
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                true);

        // then
        assertThat(sessions.findByPrincipalName("chuyenvien.tam")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <S extends Session> void openSessionOf(String username) {
        var repository = (FindByIndexNameSessionRepository<S>) sessions;
        S session = repository.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        repository.save(session);
    }

    @Test
    @WithUserDetails("bantdkt")
    void onlyTheAdministratorManagesAccounts() {
        assertThatThrownBy(() -> managing.all()).isInstanceOf(AccessDeniedException.class);
    }
}
