package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.identity.WebClientSession.location;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.shared.Role;

/**
 * Issue 16: the lockout under a burst of parallel guesses, one answer for every refusal, and
 * two-factor sign-in, against a running server. Here the administrator and signer roles need a
 * second factor and the demo accounts are not spared (as in production).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "thidua.security.require-two-factor-roles=ADMIN,SIGNER",
            "thidua.security.two-factor-exempts-demo-accounts=false"
        })
class SignInHardeningIntegrationTests {

    private static final String PASSWORD = "Mat-khau-dung-2026";
    private static final String DEMO_PASSWORD = "Test-Passw0rd!";

    /** Counts the checks of each stored hash, so a test sees how many times a password was tried. */
    @TestConfiguration
    static class CountingChecks {

        static final Map<String, AtomicInteger> CHECKS = new ConcurrentHashMap<>();

        @Bean
        @Primary
        PasswordEncoder countingPasswordEncoder() {
            PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return real.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    CHECKS.computeIfAbsent(encoded, e -> new AtomicInteger()).incrementAndGet();
                    return real.matches(raw, encoded);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    SecondFactorSignIn secondFactorSignIn;

    private Account account;

    @BeforeEach
    void aSpecialistOfTheBanTdkt() {
        account = accounts.save(new Account(
                "chuyenvien" + System.nanoTime() % 1_000_000,
                encoder.encode(PASSWORD),
                "Nguyễn Thị Mỹ Hạnh",
                Role.SPECIALIST,
                null));
    }

    @Test
    void aBurstOfFortyParallelWrongPasswordsGetsFiveChecksNoServerErrorAndTheSameAnswer() throws Exception {
        // given: forty browsers, each on the sign-in page
        List<WebClientSession> browsers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            WebClientSession browser = new WebClientSession(port);
            browser.get("/login");
            browsers.add(browser);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(40);

        // when: all send a wrong password at once
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            WebClientSession browser = browsers.get(i);
            String guess = "doan-sai-" + i;
            answers.add(pool.submit(() -> {
                go.await();
                return browser.post("/login", "username", account.getUsername(), "password", guess);
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
            outcomes.add(response.statusCode() + " " + location(response));
        }
        pool.shutdown();
        System.out.printf(
                "sign-in burst (%s): 40 parallel wrong passwords answered in %d ms, %d password checks, answers %s%n",
                vn.thidua.TestDatabase.kind(),
                (System.nanoTime() - started) / 1_000_000,
                checksOf(account),
                outcomes.stream().distinct().toList());

        // then: five checks of the password, every answer the same redirect, none a 500
        assertThat(checksOf(account)).isEqualTo(5);
        assertThat(outcomes).hasSize(40).containsOnly("302 /login?error");
        assertThat(stored("failed_attempts")).isEqualTo(5);
        assertThat(stored("locked_until")).isNotNull();

        // and the right password now gets the same answer as an unknown username, without a check
        HttpResponse<String> right = new WebClientSession(port).signIn(account.getUsername(), PASSWORD);
        HttpResponse<String> unknown = new WebClientSession(port).signIn("khong.ton.tai", PASSWORD);
        assertThat(right.statusCode() + " " + location(right)).isEqualTo("302 /login?error");
        assertThat(unknown.statusCode() + " " + location(unknown)).isEqualTo("302 /login?error");
        assertThat(checksOf(account)).isEqualTo(5);
    }

    @Test
    void theLockoutIsReadFromTheDatabaseSoAnotherInstancesCountHolds() throws Exception {
        // given: another instance has counted five failures and locked the account (nothing here in memory)
        jdbc.sql("update identity_account set failed_attempts = 5, locked_until = :until where id = :id")
                .param("until", Timestamp.from(clock.instant().plusSeconds(600)))
                .param("id", account.getId())
                .update();

        // when / then: the right password is refused here, unchecked
        assertThat(location(new WebClientSession(port).signIn(account.getUsername(), PASSWORD)))
                .isEqualTo("/login?error");
        assertThat(checksOf(account)).isZero();

        // and once the lockout written there has passed, it signs in here and the count starts again
        jdbc.sql("update identity_account set locked_until = :until where id = :id")
                .param("until", Timestamp.from(clock.instant().minusSeconds(1)))
                .param("id", account.getId())
                .update();
        assertThat(location(new WebClientSession(port).signIn(account.getUsername(), PASSWORD)))
                .isEqualTo("/");
        assertThat(stored("failed_attempts")).isEqualTo(0);
        assertThat(stored("locked_until")).isNull();
    }

    @Test
    void aDisabledAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        jdbc.sql("update identity_account set enabled = false where id = :id")
                .param("id", account.getId())
                .update();

        assertThat(location(new WebClientSession(port).signIn(account.getUsername(), PASSWORD)))
                .isEqualTo("/login?error");
        assertThat(checksOf(account)).isZero();
    }

    @Test
    void theAdministratorIsSentToSetUpTwoFactorAndThenSignsInWithACodeOrARecoveryCodeOnce() throws Exception {
        // given: the administrator signs in with the password alone
        WebClientSession admin = new WebClientSession(port);
        assertThat(location(admin.signIn("admin", DEMO_PASSWORD))).isEqualTo("/");

        // when: it asks for any other page, or tries an action
        int accountsBefore = accounts.findAll().size();
        HttpResponse<String> page = admin.get("/people");
        admin.get("/tai-khoan/xac-thuc-hai-buoc");
        HttpResponse<String> action = admin.post(
                "/admin/accounts",
                "username",
                "lenlut",
                "displayName",
                "Lẻn Lút",
                "role",
                "ADMIN",
                "password",
                "Mat-khau-lenlut-1");

        // then: it is held on the set-up page and nothing was done
        assertThat(location(page)).isEqualTo(TwoFactorSetupGate.SETUP_PATH);
        assertThat(location(action)).isEqualTo(TwoFactorSetupGate.SETUP_PATH);
        assertThat(accounts.findAll()).hasSize(accountsBefore);

        // when: it reads the secret (as text beside the QR code) and confirms with a code
        HttpResponse<String> setup = admin.get("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(setup.body()).contains("<svg").contains("two-factor-qr");
        byte[] secret = Base32.decode(find(setup.body(), "id=\"two-factor-secret\">([A-Z2-7 ]+)<"));
        long now = Totp.step(clock.instant());
        HttpResponse<String> confirmed = admin.post("/tai-khoan/xac-thuc-hai-buoc", "code", Totp.code(secret, now));

        // then: ten recovery codes, shown once, and the administrator may work
        List<String> recovery = findAll(confirmed.body(), "<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(admin.get("/people").statusCode()).isEqualTo(200);
        assertThat(admin.get("/tai-khoan").body()).contains("Đang bật. Còn 10 mã dự phòng chưa dùng.");
        assertThat(admin.get("/admin/accounts").body())
                .contains("/admin/accounts/"
                        + accounts.findByUsername("admin").orElseThrow().getId() + "/second-factor/reset");
        assertThat(jdbc.sql("select secret_sealed from identity_second_factor where account_id = :id")
                        .param(
                                "id",
                                accounts.findByUsername("admin").orElseThrow().getId())
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContain(Base32.encode(secret));

        // when: it signs in again: the password leads to the code, the code already used is refused
        WebClientSession again = new WebClientSession(port);
        assertThat(location(again.signIn("admin", DEMO_PASSWORD))).isEqualTo(SecondFactorSignIn.PATH);
        assertThat(again.get("/people").statusCode()).isEqualTo(302);
        again.get(SecondFactorSignIn.PATH);
        HttpResponse<String> replay = again.post(SecondFactorSignIn.PATH, "code", Totp.code(secret, now));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("Mã xác thực không đúng hoặc đã được dùng");

        // then: the next code signs it in
        assertThat(location(again.post(SecondFactorSignIn.PATH, "code", Totp.code(secret, now + 1))))
                .isEqualTo("/");
        assertThat(again.get("/people").statusCode()).isEqualTo(200);

        // and a recovery code works once
        WebClientSession phoneLost = new WebClientSession(port);
        phoneLost.signIn("admin", DEMO_PASSWORD);
        phoneLost.get(SecondFactorSignIn.PATH);
        assertThat(location(phoneLost.post(
                        SecondFactorSignIn.PATH, "code", recovery.get(0).toUpperCase())))
                .isEqualTo("/");
        WebClientSession reused = new WebClientSession(port);
        reused.signIn("admin", DEMO_PASSWORD);
        reused.get(SecondFactorSignIn.PATH);
        assertThat(reused.post(SecondFactorSignIn.PATH, "code", recovery.get(0)).statusCode())
                .isEqualTo(200);
        assertThat(reused.get("/people").statusCode()).isEqualTo(302);
    }

    @Test
    void wrongCodesCountTowardsTheSameLockoutAsPasswords() {
        // given: the specialist has turned on a second factor and has given the right password
        byte[] secret = Base32.decode(secondFactors.pending(account.getId()).base32());
        long now = Totp.step(clock.instant());
        assertThat(secondFactors.confirm(account.getId(), Totp.code(secret, now - 1)))
                .isPresent();
        var pending = new SecondFactorSignIn.Pending(account.getId(), clock.instant());

        // when: five wrong codes
        List<SecondFactorSignIn.Result> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(secondFactorSignIn.complete(pending, "00000" + i).result());
        }

        // then: the account is locked: even the right code is refused
        assertThat(results).containsOnly(SecondFactorSignIn.Result.WRONG_CODE);
        assertThat(secondFactorSignIn.complete(pending, Totp.code(secret, now)).result())
                .isEqualTo(SecondFactorSignIn.Result.REFUSED);
    }

    @Test
    void theApiRefusesHttpBasicForAnAccountWithASecondFactor() throws Exception {
        // given: the password alone works on the API
        mvc.perform(get("/api/v1/eligibility/people/{id}", 999_999_999L)
                        .with(httpBasic(account.getUsername(), PASSWORD)))
                .andExpect(status().isNotFound());

        // when: the account turns on a second factor
        byte[] secret = Base32.decode(secondFactors.pending(account.getId()).base32());
        secondFactors.confirm(account.getId(), Totp.code(secret, Totp.step(clock.instant())));

        // then: HTTP Basic, which cannot carry the code, is refused even with the right password
        mvc.perform(get("/api/v1/eligibility/people/{id}", 999_999_999L)
                        .with(httpBasic(account.getUsername(), PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    private int checksOf(Account a) {
        String hash = accounts.findById(a.getId()).orElseThrow().getPasswordHash();
        AtomicInteger count = CountingChecks.CHECKS.get(hash);
        return count == null ? 0 : count.get();
    }

    private Object stored(String column) {
        return jdbc.sql("select " + column + " from identity_account where id = :id")
                .param("id", account.getId())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single()
                .orElse(null);
    }

    private static String find(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }

    private static List<String> findAll(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        List<String> all = new ArrayList<>();
        while (m.find()) {
            all.add(m.group(1));
        }
        return all;
    }
}
