package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.DossierStatus;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.DocumentFormat;

/** From the council's approval to a numbered decision in the official format. */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
@WithUserDetails("bantdkt")
class DecisionsIntegrationTests {

    @Autowired
    Decisions decisions;

    @Autowired
    DecisionDocument documents;

    @Autowired
    CouncilFixtures council;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecisionDraftedFromTheCouncilsResultReadsBackInWordAndPdf() throws Exception {
        var dossier = council.approved(
                "Sở Y tế", "Đề nghị tặng Bằng khen năm 2025 (quyết định)", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 0, 1);
        assertThat(dossier.status()).isEqualTo(DossierStatus.CONCLUDED);
        List<Nominee> approved = dossiers.nominees(dossier.id());

        Decision draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
        Decision issued = decisions.issue(draft.id(), draft.version());

        assertThat(issued.number()).isPositive();
        assertThat(issued.numberText()).matches("\\d{2,}/QĐ-UBND");
        List<Recipient> recipients = decisions.recipients(issued.id());
        assertThat(recipients)
                .extracting(Recipient::fullName)
                .containsAll(approved.stream().map(Nominee::fullName).toList());
        assertThat(recipients).allSatisfy(r -> {
            assertThat(r.code()).hasSize(20);
            assertThat(r.amount()).isNotNull().isPositive();
        });
        String placeDate = DecisionDocument.placeDate(issued.decidedOn());
        byte[] pdf = documents.write(
                issued.id(),
                DocumentFormat.PDF,
                key -> key.equals("award.PROVINCIAL_CERTIFICATE_OF_MERIT")
                        ? "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
                        : key);
        String pdfText;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        byte[] docx = documents.write(issued.id(), DocumentFormat.DOCX, key -> key);
        String docxText;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            docxText = text.getText().replaceAll("\\s+", " ");
        }
        for (String text : List.of(pdfText, docxText)) {
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Số: " + issued.numberText())
                    .contains("Tây Ninh, " + placeDate)
                    .contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022")
                    .contains("QUYẾT ĐỊNH:")
                    .contains("Kèm theo Quyết định số " + issued.numberText());
            recipients.forEach(r -> assertThat(text).contains(r.fullName()));
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/decision.pdf"), pdf);
    }

    @Autowired
    DecisionSigning signing;

    @Autowired
    Signatures signatures;

    @Autowired
    vn.thidua.organization.TayNinhFixtures tayNinh;

    @Autowired
    vn.thidua.achievement.AchievementRecords records;

    @Test
    void theSignedPdfIsTheRecordTamperingBreaksItAndTheRecordsGainTheAward() {
        var dossier = council.approved(
                "Sở Tài chính", "Đề nghị tặng Bằng khen năm 2025 (ký số)", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 0);
        long person = dossiers.nominees(dossier.id()).get(0).personId();
        Decision draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
        Decision issued = decisions.issue(draft.id(), draft.version());

        Decision signed = tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version()));

        assertThat(signed.status()).isEqualTo(Decision.Status.SIGNED);
        byte[] pdf = signing.signedPdf(signed.id());
        Signatures.Validation valid = signatures.validate(pdf);
        assertThat(valid.valid()).isTrue();
        assertThat(valid.coversWholeFile()).isTrue();
        assertThat(valid.subject()).contains("Tay Ninh");
        byte[] tampered = pdf.clone();
        int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("QUY");
        tampered[at > 0 ? at : 200] ^= 0x01;
        assertThat(signatures.validate(tampered).valid()).isFalse();
        assertThat(records.historyOf(person).awards()).anySatisfy(a -> {
            assertThat(a.form()).isEqualTo(Award.PROVINCIAL_CERTIFICATE_OF_MERIT);
            assertThat(a.decision())
                    .isEqualTo(issued.numberText() + " ngày " + DecisionDocument.date(issued.decidedOn()));
        });
        // the fund pays out, the payment list and the blanks carry every recipient
        assertThat(fund.ledger()).anySatisfy(e -> {
            assertThat(e.decisionId()).isEqualTo(signed.id());
            assertThat(e.kind()).isEqualTo("PAYOUT");
        });
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(fund.paymentList(signed.id())))) {
            assertThat(book.getSheetAt(0).getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo(decisions.recipients(signed.id()).get(0).fullName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(blanks.fill(signed.id()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains(decisions.recipients(signed.id()).get(0).fullName())
                    .contains("Quyết định số " + signed.numberText())
                    .doesNotContain("CỘNG HÒA"); // the blank has it printed already
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // a file signed elsewhere: the genuine one is accepted for another decision, a tampered one is not
        var second = council.approved(
                "Sở Tài chính",
                "Đề nghị tặng Bằng khen năm 2025 (tải bản ký)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                1);
        Decision otherDraft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
        Decision other = decisions.issue(otherDraft.id(), otherDraft.version());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> signing.uploadSigned(other.id(), other.version(), tampered))
                .isInstanceOf(vn.thidua.shared.InvalidInput.class);
        assertThat(decisions.find(other.id()).status()).isEqualTo(Decision.Status.ISSUED);
        assertThat(second.status()).isEqualTo(DossierStatus.CONCLUDED);
    }

    @Autowired
    Certificates certificates;

    @Autowired
    Fund fund;

    @Autowired
    Blanks blanks;

    @Test
    void aRevocationShowsOnTheVerificationPageAndTakesTheAwardOutOfTheRecord() {
        var dossier = council.approved(
                "Sở Công Thương",
                "Đề nghị tặng Bằng khen năm 2025 (hủy bỏ)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                0,
                1);
        Decision draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
        Decision issued = decisions.issue(draft.id(), draft.version());
        Decision signed = tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version()));
        Recipient cheat = decisions.recipients(signed.id()).get(0);
        String cited = signed.numberText() + " ngày " + DecisionDocument.date(signed.decidedOn());
        assertThat(records.historyOf(cheat.personId()).awards()).anyMatch(a -> cited.equals(a.decision()));

        Decision revocation = decisions.draftRevocation(
                signed.id(),
                List.of(cheat.id()),
                "a",
                "Kê khai sáng kiến không đúng sự thật (Kết luận thanh tra số 12/KL-TTr)");
        Decision revIssued = decisions.issue(revocation.id(), revocation.version());
        Decision revSigned = tayNinh.as("chutich", () -> signing.sign(revIssued.id(), revIssued.version()));

        var shown = certificates.verify(cheat.code()).orElseThrow();
        assertThat(shown.revoked()).isTrue();
        assertThat(shown.revokedBy()).isEqualTo(revSigned.numberText());
        Recipient other = decisions.recipients(signed.id()).get(1);
        assertThat(certificates.verify(other.code()).orElseThrow().revoked()).isFalse();
        // the other's name was misspelt: a correction, and the old certificate points to it
        Decision correction = decisions.draftCorrection(
                signed.id(), other.id(), other.fullName() + " (đúng)", null, "Sai chính tả họ tên");
        Decision corIssued = decisions.issue(correction.id(), correction.version());
        Decision corSigned = tayNinh.as("chutich", () -> signing.sign(corIssued.id(), corIssued.version()));
        var old = certificates.verify(other.code()).orElseThrow();
        assertThat(old.corrected()).isTrue();
        assertThat(old.revokedBy()).isEqualTo(corSigned.numberText());
        Recipient fixed = decisions.recipients(corSigned.id()).get(0);
        assertThat(certificates.verify(fixed.code()).orElseThrow().fullName()).endsWith("(đúng)");
        assertThat(records.historyOf(cheat.personId()).awards()).noneMatch(a -> cited.equals(a.decision()));
        assertThat(jdbc.sql("select count(*) from decision_fund_entry where decision_id = :d and kind = 'INCOME'")
                        .param("d", revSigned.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(dossier.status()).isEqualTo(DossierStatus.CONCLUDED);
    }

    @Autowired
    vn.thidua.notification.Notifications notifications;

    @Test
    void theProposingUnitHearsOfTheSignedDecisionWithALinkToItsDossier() {
        var dossier = council.approved(
                "Sở Giáo dục và Đào tạo",
                "Đề nghị tặng Bằng khen năm 2025 (thông báo)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                2);
        Decision draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
        Decision issued = decisions.issue(draft.id(), draft.version());

        tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version()));

        assertThat(notifications.latest("donvi", 10)).anySatisfy(n -> {
            assertThat(n.message()).contains("Đã ký quyết định " + issued.numberText());
            assertThat(n.link()).isEqualTo("/dossiers/" + dossier.id());
        });
    }

    @Test
    void numbersIssuedAtOnceHaveNoGapsAndNoDuplicates() throws Exception {
        long province = jdbc.sql(
                        "select id from organization_unit where kind = 'PROVINCE' and valid_to is null order by id")
                .query(Long.class)
                .list()
                .get(0);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> numbers = new ArrayList<>();
        for (int i = 0; i < threads * 3; i++) {
            numbers.add(pool.submit(() -> {
                start.await();
                return tx.execute(s -> decisions.nextNumber(province, 2099));
            }));
        }
        start.countDown();
        List<Integer> got = new ArrayList<>();
        for (Future<Integer> f : numbers) {
            got.add(f.get());
        }
        pool.shutdown();
        Collections.sort(got);

        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= threads * 3; i++) {
            expected.add(i);
        }
        assertThat(got).isEqualTo(expected);
    }
}
