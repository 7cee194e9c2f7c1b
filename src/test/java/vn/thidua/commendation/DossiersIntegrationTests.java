package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/** A dossier from Sở Giáo dục và Đào tạo to the Ban TĐKT and back for a fix, with its checks. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class DossiersIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\nTờ trình".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Dossiers dossiers;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    private long education() {
        return tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
    }

    /** The n-th person working in the unit, so tests do not propose the same people. */
    private long person(long unit, int n) {
        return jdbc.sql("select organization_person from organization_assignment where unit_id = :u and to_date is null"
                        + " order by organization_person")
                .param("u", unit)
                .query(Long.class)
                .list()
                .get(n);
    }

    private static NomineeInput individual(long personId, Award award, String summary) {
        return new NomineeInput(
                NomineeSubject.INDIVIDUAL, personId, null, null, null, null, null, award, summary, false, null);
    }

    private Dossier withPapers(Dossier d) {
        for (DocumentType t : DocumentType.required(d.kind())) {
            dossiers.filePaper(d.id(), t, t.name().toLowerCase() + ".pdf", PDF);
        }
        return dossiers.find(d.id());
    }

    @Test
    void fromDraftToTheBanTdktAndBackForOneFieldToFix() {
        // given: the officer drafts a dossier with one nominee and its papers
        Dossier d = dossiers.create(education(), DossierKind.REGULAR, null, 2025, "Đề nghị tặng Bằng khen năm 2025");
        Nominee n = dossiers.addNominee(
                d.id(),
                d.version(),
                individual(
                        person(education(), 3), Award.PROVINCIAL_CERTIFICATE_OF_MERIT, "Hoàn thành xuất sắc nhiệm vụ"));
        d = withPapers(dossiers.find(d.id()));
        assertThat(n.eligibility()).isIn(CheckResult.ELIGIBLE, CheckResult.NOT_ELIGIBLE);
        assertThat(n.checkText()).isNotBlank();
        if (n.failing()) {
            n = dossiers.changeNominee(
                    n.id(),
                    n.version(),
                    new NomineeInput(
                            n.subject(),
                            n.personId(),
                            n.unitId(),
                            n.fullName(),
                            n.birthDate(),
                            n.nationalId(),
                            n.position(),
                            n.award(),
                            n.summary(),
                            false,
                            "Có sáng kiến cấp tỉnh năm 2025 (Quyết định 120/QĐ-SKHCN), chưa cập nhật vào hồ sơ"));
            d = dossiers.find(d.id());
        }
        d = dossiers.act(d.id(), d.version(), DossierAction.SEND_TO_LEADER, null);

        // when: the leader submits, the Ban TĐKT receives and returns one field
        long dossierId = d.id();
        Dossier sent = tayNinh.as("lanhdao", () -> {
            Dossier x = dossiers.find(dossierId);
            return dossiers.act(x.id(), x.version(), DossierAction.SUBMIT, null);
        });
        assertThat(sent.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(sent.atProvince()).isTrue();
        long nomineeId = n.id();
        tayNinh.as("bantdkt", () -> {
            Dossier x = dossiers.act(dossierId, sent.version(), DossierAction.RECEIVE, null);
            assertThat(x.specialist()).isEqualTo("bantdkt");
            assertThat(x.dueOn()).isAfter(x.receivedOn().plusDays(25));
            Nominee y = dossiers.nominee(nomineeId);
            dossiers.appraise(
                    nomineeId,
                    y.version(),
                    Appraisal.RETURNED,
                    "Tóm tắt thành tích chưa nêu số liệu",
                    Set.of("summary"));
            x = dossiers.find(dossierId);
            return dossiers.act(x.id(), x.version(), DossierAction.RETURN, null);
        });

        // then: the unit may change the summary only
        Nominee returned = dossiers.nominee(nomineeId);
        assertThat(returned.returnedFields()).containsExactly("summary");
        assertThatThrownBy(() -> dossiers.changeNominee(
                        nomineeId,
                        returned.version(),
                        new NomineeInput(
                                returned.subject(),
                                returned.personId(),
                                returned.unitId(),
                                returned.fullName(),
                                returned.birthDate(),
                                returned.nationalId(),
                                "Hiệu trưởng",
                                returned.award(),
                                returned.summary(),
                                false,
                                returned.justification())))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.dossier.fieldNotReturned"));
        Nominee fixed = dossiers.changeNominee(
                nomineeId,
                returned.version(),
                new NomineeInput(
                        returned.subject(),
                        returned.personId(),
                        returned.unitId(),
                        returned.fullName(),
                        returned.birthDate(),
                        returned.nationalId(),
                        returned.position(),
                        returned.award(),
                        "Hoàn thành xuất sắc nhiệm vụ 2 năm liền; tỷ lệ học sinh lên lớp 99,2%",
                        false,
                        returned.justification()));
        assertThat(fixed.summary()).contains("99,2%");
        Dossier back = tayNinh.as("lanhdao", () -> {
            Dossier x = dossiers.find(dossierId);
            return dossiers.act(x.id(), x.version(), DossierAction.RESUBMIT, null);
        });
        assertThat(back.status()).isEqualTo(DossierStatus.UNDER_APPRAISAL);
        assertThat(dossiers.history(dossierId))
                .extracting(Dossiers.Step::action)
                .containsSubsequence("CREATE", "SEND_TO_LEADER", "SUBMIT", "RECEIVE", "APPRAISE", "RETURN", "RESUBMIT");
    }

    @Test
    void theSamePersonProposedByTwoUnitsIsFlaggedInBoth() {
        long teacher = person(education(), 5);
        Dossier mine = dossiers.create(education(), DossierKind.REGULAR, null, 2025, "Đề nghị khen năm 2025 (trùng)");
        dossiers.addNominee(
                mine.id(),
                mine.version(),
                individual(teacher, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, "Thành tích 2025"));
        long province = tayNinh.currentUnit("Tỉnh Tây Ninh");
        String cccd = jdbc.sql("select national_id from organization_person where id = :id")
                .param("id", teacher)
                .query(String.class)
                .single();

        Nominee other = tayNinh.as("admin", () -> {
            Dossier d = dossiers.create(province, DossierKind.REGULAR, null, 2025, "Đề nghị của tỉnh năm 2025");
            return dossiers.addNominee(
                    d.id(),
                    d.version(),
                    new NomineeInput(
                            NomineeSubject.INDIVIDUAL,
                            null,
                            null,
                            null,
                            null,
                            cccd,
                            null,
                            Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                            "Thành tích 2025",
                            false,
                            null));
        });

        assertThat(other.personId()).isEqualTo(teacher);
        assertThat(other.duplicateText())
                .contains("Đề nghị khen năm 2025 (trùng)")
                .contains("Sở Giáo dục và Đào tạo");
        assertThat(other.failing()).isTrue();
    }

    @Test
    void aFailingNomineeNeedsAJustificationAndMissingPapersAreNamed() {
        Dossier d = dossiers.create(education(), DossierKind.REGULAR, null, 2025, "Đề nghị CSTĐ tỉnh năm 2025");
        Nominee n = dossiers.addNominee(
                d.id(),
                d.version(),
                individual(person(education(), 7), Award.PROVINCIAL_EMULATION_FIGHTER, "Ba năm liền CSTĐCS"));
        Dossier ready = dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null);

        assertThat(n.eligibility()).isEqualTo(CheckResult.NOT_ELIGIBLE);
        assertThatThrownBy(() -> tayNinh.as(
                        "lanhdao", () -> dossiers.act(ready.id(), ready.version(), DossierAction.SUBMIT, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .contains("validation.dossier.justify", "validation.dossier.paperMissing"));
        assertThat(dossiers.find(d.id()).status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
    }

    @Test
    void aQuotaBreachIsShownAndNeedsANoteToSubmit() {
        long health = tayNinh.currentUnit("Sở Y tế");
        Dossier submitted = tayNinh.as("admin", () -> {
            Dossier d = dossiers.create(health, DossierKind.REGULAR, null, 2025, "Đề nghị CSTĐ toàn quốc năm 2025");
            for (int i = 0; i < 2; i++) {
                Dossier now = dossiers.find(d.id());
                dossiers.addNominee(
                        d.id(),
                        now.version(),
                        new NomineeInput(
                                NomineeSubject.INDIVIDUAL,
                                person(health, i),
                                null,
                                null,
                                null,
                                null,
                                null,
                                Award.NATIONAL_EMULATION_FIGHTER,
                                "Hai lần liền CSTĐ tỉnh, sáng kiến cấp toàn quốc",
                                false,
                                "Sáng kiến được Bộ Y tế công nhận năm 2025"));
            }
            withPapers(dossiers.find(d.id()));
            Dossier ready = dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null);

            assertThat(dossiers.quotaBreaches(d.id())).singleElement().satisfies(b -> {
                assertThat(b.award()).isEqualTo(Award.NATIONAL_EMULATION_FIGHTER);
                assertThat(b.proposed()).isEqualTo(2);
                assertThat(b.allowed()).isEqualTo(1);
            });
            assertThatThrownBy(() -> dossiers.act(ready.id(), ready.version(), DossierAction.SUBMIT, null))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidInput.Problem::messageKey)
                                    .containsExactly("validation.dossier.quotaJustify"));
            return dossiers.act(
                    ready.id(),
                    ready.version(),
                    DossierAction.SUBMIT,
                    "Vượt 1 suất: cả hai đều có sáng kiến cấp toàn quốc, xin Hội đồng xem xét");
        });

        assertThat(submitted.status()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void aDossierClimbsTheChainLevelByLevelToTheBanTdkt() {
        // a unit two levels below the province: its dossier stops at its parent first
        List<Long> chain = jdbc.sql("""
                select u.id, p.id from organization_unit u
                join organization_unit p on p.id = u.parent_id
                join organization_unit g on g.id = p.parent_id
                where p.kind <> 'PROVINCE' and g.kind = 'PROVINCE' order by u.id""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .list()
                .get(0);
        Dossier atProvince = tayNinh.as("admin", () -> {
            Dossier d = dossiers.create(chain.get(0), DossierKind.EXTRAORDINARY, null, 2025, "Đề nghị khen đột xuất");
            dossiers.addNominee(
                    d.id(),
                    d.version(),
                    new NomineeInput(
                            NomineeSubject.HOUSEHOLD,
                            null,
                            null,
                            "Hộ ông Nguyễn Văn Sáu",
                            null,
                            null,
                            null,
                            Award.CERTIFICATE_OF_COMMENDATION,
                            "Hiến 1.200 m² đất làm đường giao thông nông thôn",
                            false,
                            null));
            withPapers(dossiers.find(d.id()));
            Dossier ready = dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null);
            Dossier submitted = dossiers.act(ready.id(), ready.version(), DossierAction.SUBMIT, null);
            assertThat(submitted.holderUnitId()).isEqualTo(chain.get(1));
            assertThat(submitted.atProvince()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> dossiers.act(submitted.id(), submitted.version(), DossierAction.RECEIVE, null))
                    .isInstanceOf(InvalidInput.class);
            return dossiers.act(submitted.id(), submitted.version(), DossierAction.FORWARD, "Chuyển Ban TĐKT tỉnh");
        });

        assertThat(atProvince.atProvince()).isTrue();
        assertThat(atProvince.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(DocumentType.required(DossierKind.EXTRAORDINARY))
                .containsExactlyInAnyOrder(DocumentType.PROPOSAL_LETTER, DocumentType.SHORT_SUMMARY);
    }

    @Test
    void twoPeopleEditingTheSameNomineeDoNotOverwriteEachOther() {
        Dossier d =
                dossiers.create(education(), DossierKind.REGULAR, null, 2025, "Đề nghị khen năm 2025 (sửa đồng thời)");
        Nominee n = dossiers.addNominee(
                d.id(), d.version(), individual(person(education(), 9), Award.CERTIFICATE_OF_COMMENDATION, "Bản đầu"));
        NomineeInput first = new NomineeInput(
                n.subject(),
                n.personId(),
                n.unitId(),
                n.fullName(),
                n.birthDate(),
                n.nationalId(),
                n.position(),
                n.award(),
                "Bản sửa của cán bộ thi đua",
                false,
                null);
        NomineeInput second = new NomineeInput(
                n.subject(),
                n.personId(),
                n.unitId(),
                n.fullName(),
                n.birthDate(),
                n.nationalId(),
                n.position(),
                n.award(),
                "Bản sửa của lãnh đạo",
                false,
                null);

        dossiers.changeNominee(n.id(), n.version(), first);

        assertThatThrownBy(() -> dossiers.changeNominee(n.id(), n.version(), second))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(dossiers.nominee(n.id()).summary()).isEqualTo("Bản sửa của cán bộ thi đua");
    }

    @Test
    void anOfficerCannotSubmitNorActOutsideHisUnit() {
        Dossier d = dossiers.create(education(), DossierKind.REGULAR, null, 2025, "Đề nghị khen năm 2025 (quyền)");
        dossiers.addNominee(
                d.id(), d.version(), individual(person(education(), 11), Award.CERTIFICATE_OF_COMMENDATION, "Tốt"));
        Dossier ready = dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null);

        assertThatThrownBy(() -> dossiers.act(ready.id(), ready.version(), DossierAction.SUBMIT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.create(
                        tayNinh.currentUnit("Sở Y tế"), DossierKind.REGULAR, null, 2025, "Hồ sơ của đơn vị khác"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(dossiers.find(d.id()).status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
    }
}
