package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.AchievementStatistics;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/**
 * Issue 14, cases 2 and 3 replayed: drafts made at the same moment over the same approvals, and the
 * codes of a revoked award (its own, its correction's, the revoking decision's) on the public page.
 */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
@WithUserDetails("bantdkt")
class DecisionIntegrityIntegrationTests {

    private static final Award BANG_KHEN = Award.PROVINCIAL_CERTIFICATE_OF_MERIT;

    @Autowired
    Decisions decisions;

    @Autowired
    DecisionSigning signing;

    @Autowired
    Certificates certificates;

    @Autowired
    CouncilFixtures council;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    AchievementRecords records;

    @Autowired
    AchievementStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void twentyDraftsAtOnceOverTheSameApprovalsMakeOneDecisionAndOneAwardCertificateAndPayoutEach() throws Exception {
        // given two people of Sở Nội vụ approved by the council for the provincial Bằng khen
        var dossier = council.approved("Sở Nội vụ", "Đề nghị tặng Bằng khen năm 2025 (20 dự thảo)", BANG_KHEN, 0, 1);
        List<Long> nominees =
                dossiers.nominees(dossier.id()).stream().map(Nominee::id).toList();
        List<Long> people =
                dossiers.nominees(dossier.id()).stream().map(Nominee::personId).toList();

        // when 20 specialists press "Lập dự thảo" at the same moment
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return tayNinh.as("bantdkt", () -> decisions.draft(BANG_KHEN, 2025));
                } catch (InvalidInput refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Decision> drafted = new ArrayList<>();
        List<InvalidInput> refused = new ArrayList<>();
        for (Future<Object> f : outcomes) {
            Object outcome = f.get(120, TimeUnit.SECONDS); // anything else (a 500) fails the test here
            if (outcome instanceof Decision d) {
                drafted.add(d);
            } else {
                refused.add((InvalidInput) outcome);
            }
        }
        pool.shutdown();

        // then one decision names them, the other 19 were refused in Vietnamese
        List<Long> naming = decisionsNaming(nominees);
        assertThat(naming).hasSize(1);
        assertThat(drafted).extracting(Decision::id).contains(naming.get(0));
        assertThat(drafted.size() + refused.size()).isEqualTo(threads);
        assertThat(refused)
                .hasSize(threads - drafted.size())
                .allSatisfy(r -> assertThat(r.problems().get(0).messageKey())
                        .isIn("validation.decision.claimed", "validation.decision.nobodyApproved"));
        assertThat(jdbc.sql("select count(*) from decision_recipient where nominee_id in (:n)")
                        .param("n", nominees)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // and once issued and signed, each person has one award, one certificate, and there is one payout
        for (Decision d : drafted) {
            Decision issued = decisions.issue(d.id(), d.version());
            tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version()));
        }
        Decision signed = decisions.find(naming.get(0));
        String cited = signed.numberText() + " ngày " + DecisionDocument.date(signed.decidedOn());
        for (long person : people) {
            assertThat(records.historyOf(person).awards())
                    .filteredOn(a -> a.form() == BANG_KHEN && cited.equals(a.decision()))
                    .hasSize(1);
            assertThat(jdbc.sql("select count(*) from decision_recipient r join decision_decision d on d.id ="
                                    + " r.decision_id where d.status = 'SIGNED' and d.kind = 'AWARD' and r.status ="
                                    + " 'VALID' and r.person_id = :p and r.nominee_id in (:n)")
                            .param("p", person)
                            .param("n", nominees)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from decision_fund_entry where kind = 'PAYOUT' and decision_id in"
                                + " (select decision_id from decision_recipient where nominee_id in (:n))")
                        .param("n", nominees)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // and a later draft finds nobody left to decide
        assertThatThrownBy(() -> decisions.draft(BANG_KHEN, 2025))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.decision.nobodyApproved"));
    }

    @Test
    void aDiscardedDraftGivesItsNomineesBackToTheNextDraft() {
        // given a draft naming two approved people of Sở Y tế
        var dossier = council.approved("Sở Y tế", "Đề nghị tặng Bằng khen năm 2025 (hủy dự thảo)", BANG_KHEN, 2, 3);
        List<Long> nominees =
                dossiers.nominees(dossier.id()).stream().map(Nominee::id).toList();
        Decision first = decisions.draft(BANG_KHEN, 2025);

        // when it is discarded and drafted again
        decisions.discard(first.id(), first.version());
        Decision second = decisions.draft(BANG_KHEN, 2025);

        // then the new draft names them, the old one is gone, and an issued one cannot be discarded
        assertThat(decisionsNaming(nominees)).containsExactly(second.id());
        assertThatThrownBy(() -> decisions.find(first.id())).isInstanceOf(DecisionNotFound.class);
        Decision issued = decisions.issue(second.id(), second.version());
        assertThatThrownBy(() -> decisions.discard(issued.id(), issued.version()))
                .isInstanceOf(InvalidInput.class);
        assertThat(decisions.find(issued.id()).status()).isEqualTo(Decision.Status.ISSUED);
    }

    @Test
    void everyCodeOfARevokedAwardVerifiesAsRevokedWithTheRevokingDecisionAndLeavesTheRollAndStatistics()
            throws Exception {
        // given a signed decision for two people of Sở Tư pháp
        council.approved("Sở Tư pháp", "Đề nghị tặng Bằng khen năm 2025 (mã hủy bỏ)", BANG_KHEN, 0, 1);
        Decision signed = signedDraft();
        List<Recipient> lines = decisions.recipients(signed.id());
        Recipient cheat = lines.get(0);
        Recipient honest = lines.get(1);
        int year = signed.decidedOn().getYear();
        long before = bangKhenCount(year);

        // when the award of one is revoked
        Decision revocation = decisions.draftRevocation(
                signed.id(), List.of(cheat.id()), "b", "Giả mạo hồ sơ (Kết luận thanh tra số 07/KL-TTr)");
        Decision revSigned = issueAndSign(revocation);
        Recipient revocationLine = decisions.recipients(revSigned.id()).get(0);

        // then both codes — the certificate's and the one printed on the revocation's page — say revoked
        for (String code : List.of(cheat.code(), revocationLine.code())) {
            var shown = certificates.verify(code).orElseThrow();
            assertThat(shown.revoked()).as(code).isTrue();
            assertThat(shown.revokedBy()).isEqualTo(revSigned.numberText());
            assertThat(shown.revokedOn()).isEqualTo(revSigned.decidedOn());
            String page = mvc.perform(get("/xac-minh/{code}", code))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("Đã bị hủy bỏ").doesNotContain("Còn hiệu lực");
            stillSignedIn();
        }
        assertThat(certificates.verify(honest.code()).orElseThrow().revoked()).isFalse();
        assertThat(decisions.recipients(revSigned.id()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(Recipient.Status.REVOKED));
        // and the honour roll, the person's record and the public statistics follow
        assertThat(certificates.honourRoll(10_000))
                .extracting(Certificates.Honoured::code)
                .doesNotContain(cheat.code(), revocationLine.code())
                .contains(honest.code());
        String cited = signed.numberText() + " ngày " + DecisionDocument.date(signed.decidedOn());
        assertThat(records.historyOf(cheat.personId()).awards()).noneMatch(a -> cited.equals(a.decision()));
        assertThat(bangKhenCount(year)).isEqualTo(before - 1);
        // and the revocation prints no certificates or blanks of its own
        assertThatThrownBy(() -> certificates.batch(revSigned.id(), "https://x/xac-minh/"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aCorrectedAwardCanBeRevokedAndEveryCodeItEverHadThenVerifiesAsRevoked() {
        // given a signed award whose recipient's name was then corrected
        council.approved("Sở Khoa học và Công nghệ", "Đề nghị tặng Bằng khen năm 2025 (đính chính)", BANG_KHEN, 0);
        Decision signed = signedDraft();
        Recipient original = decisions.recipients(signed.id()).get(0);
        Decision correction = issueAndSign(decisions.draftCorrection(
                signed.id(), original.id(), original.fullName() + " (đúng)", null, "Sai chính tả họ tên"));
        Recipient corrected = decisions.recipients(correction.id()).get(0);
        String cited = signed.numberText() + " ngày " + DecisionDocument.date(signed.decidedOn());
        assertThat(records.historyOf(original.personId()).awards()).anyMatch(a -> cited.equals(a.decision()));

        // when the corrected award is revoked (from the correction, where it now lives)
        Decision revSigned = issueAndSign(decisions.draftRevocation(
                correction.id(), List.of(corrected.id()), "a", "Kê khai thành tích không đúng sự thật"));
        Recipient revocationLine = decisions.recipients(revSigned.id()).get(0);

        // then the first certificate, the corrected one and the revocation's line all say revoked by it
        for (String code : List.of(original.code(), corrected.code(), revocationLine.code())) {
            var shown = certificates.verify(code).orElseThrow();
            assertThat(shown.revoked()).as(code).isTrue();
            assertThat(shown.revokedBy()).isEqualTo(revSigned.numberText());
        }
        assertThat(certificates.honourRoll(10_000))
                .extracting(Certificates.Honoured::code)
                .doesNotContain(original.code(), corrected.code(), revocationLine.code());
        // and the award left the person's record
        assertThat(records.historyOf(original.personId()).awards()).noneMatch(a -> cited.equals(a.decision()));
    }

    @Test
    void aCorrectionOrASecondRevocationSignedAfterTheAwardWasRevokedIsRefused() {
        // given a signed award, and a correction and two revocations of it drafted side by side
        council.approved("Sở Giáo dục và Đào tạo", "Đề nghị tặng Bằng khen năm 2025 (ký sau hủy bỏ)", BANG_KHEN, 5);
        Decision signed = signedDraft();
        Recipient line = decisions.recipients(signed.id()).get(0);
        Decision correction =
                decisions.draftCorrection(signed.id(), line.id(), line.fullName() + " (sửa)", null, "Sai họ tên");
        Decision second = decisions.draftRevocation(signed.id(), List.of(line.id()), "c", "Xét duyệt sai quy định");
        issueAndSign(decisions.draftRevocation(signed.id(), List.of(line.id()), "a", "Kê khai không đúng"));

        // when the correction and the second revocation are signed afterwards
        for (Decision late : List.of(correction, second)) {
            Decision issued = decisions.issue(late.id(), late.version());
            assertThatThrownBy(() -> tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version())))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.problems().get(0).messageKey())
                                    .isEqualTo("validation.decision.noLongerValid"));
            // then nothing changed: still unsigned, no new valid certificate
            assertThat(decisions.find(issued.id()).status()).isEqualTo(Decision.Status.ISSUED);
        }
        Recipient wouldBeValid = decisions.recipients(correction.id()).get(0);
        assertThat(certificates.verify(wouldBeValid.code())).isEmpty();
        assertThat(certificates.verify(line.code()).orElseThrow().revoked()).isTrue();
    }

    /** MockMvc clears the test thread's security context after a request; services called afterwards need it back. */
    private static void stillSignedIn() {
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
    }

    private Decision signedDraft() {
        return issueAndSign(decisions.draft(BANG_KHEN, 2025));
    }

    private Decision issueAndSign(Decision draft) {
        Decision issued = decisions.issue(draft.id(), draft.version());
        return tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version()));
    }

    private List<Long> decisionsNaming(List<Long> nominees) {
        return jdbc.sql("select distinct decision_id from decision_recipient where nominee_id in (:n)")
                .param("n", nominees)
                .query(Long.class)
                .list();
    }

    private long bangKhenCount(int year) {
        return statistics.perYear(year).stream()
                .filter(c -> c.year() == year && c.award() == BANG_KHEN)
                .mapToLong(AchievementStatistics.Count::count)
                .sum();
    }
}
