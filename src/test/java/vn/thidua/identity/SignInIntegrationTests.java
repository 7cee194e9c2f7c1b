package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.shared.Role;

@IntegrationTest
class SignInIntegrationTests {

    private static final String PASSWORD = "Mat-khau-dung-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private String username;

    @BeforeEach
    void anAccount() {
        username = "kiemtra" + System.nanoTime() % 1_000_000;
        accounts.save(new Account(username, encoder.encode(PASSWORD), "Trần Thị Kiểm Tra", Role.COUNCIL_MEMBER, null));
    }

    @Test
    void signsInWithTheRightPassword() throws Exception {
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(authenticated().withRoles("COUNCIL_MEMBER"))
                .andExpect(redirectedUrl("/"));
    }

    @Autowired
    SignInAttempts attempts;

    @Test
    void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        // given
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("sai-mat-khau-" + i))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }

        // when / then
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.findByUsername(username).orElseThrow().getLockedUntil())
                .isNotNull();
    }

    @Test
    void unlockedAccountSignsInAgain() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("sai"));
        }
        attempts.unlock(accounts.findByUsername(username).orElseThrow().getId());

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("sai"));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());

        mvc.perform(formLogin().user(username).password("sai"));

        assertThat(accounts.findByUsername(username).orElseThrow().getLockedUntil())
                .isNull();
    }

    @Test
    void pagesNeedAnAccountButHealthAndLoginDoNot() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
