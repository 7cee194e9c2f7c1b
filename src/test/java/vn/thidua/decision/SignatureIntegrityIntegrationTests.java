package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.audit.AuditTrail;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/**
 * Issue 14, case 1: a signed PDF makes a decision SIGNED only when a trusted certificate of the
 * decision's signer signed the very document the system generated for it, with nothing added; and
 * the server's key signs only at its signer's hand. Every refusal leaves the decision unsigned, the
 * fund untouched and the certificates unverifiable.
 */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
@WithUserDetails("bantdkt")
class SignatureIntegrityIntegrationTests {

    /** The demo key's own subject: a forger can copy it into a certificate of their own. */
    static final String DEMO_SUBJECT = "CN=DEMO Chu tich UBND tinh Tay Ninh, O=UBND tinh Tay Ninh (DEMO), C=VN";

    @Autowired
    Decisions decisions;

    @Autowired
    DecisionSigning signing;

    @Autowired
    IssuedDocuments issuedDocuments;

    @Autowired
    Signatures signatures;

    @Autowired
    Certificates certificates;

    @Autowired
    CouncilFixtures council;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AuditTrail audit;

    @Test
    void anUnrelatedPdfSignedWithASelfMadeCertificateIsRefusedAsUntrusted() {
        Decision issued = issuedDecision("Sở Khoa học và Công nghệ", 0);
        byte[] forged = Forgeries.sign(Forgeries.unrelatedPdf(), Forgeries.selfSigned("CN=Nguyen Van A, C=VN"));

        assertRefused(issued, forged, "validation.signature.untrusted");
    }

    @Test
    void thisDecisionsPdfSignedWithASelfMadeCertificateClaimingTheChairmanIsRefusedAsUntrusted() {
        Decision issued = issuedDecision("Sở Khoa học và Công nghệ", 1);
        byte[] generated = issuedDocuments.pdf(issued.id());

        for (String claimed :
                List.of("CN=CHỦ TỊCH UBND TỈNH TÂY NINH, O=Ủy ban nhân dân tỉnh Tây Ninh, C=VN", DEMO_SUBJECT)) {
            byte[] forged = Forgeries.sign(generated, Forgeries.selfSigned(claimed));
            assertRefused(issued, forged, "validation.signature.untrusted");
        }
    }

    @Test
    void anotherDecisionsPdfSignedWithTheTrustedKeyIsRefusedAsTheWrongContent() {
        Decision other = issuedDecision("Sở Nông nghiệp và Môi trường", 0);
        byte[] otherSigned = signatures.sign(issuedDocuments.pdf(other.id()), "Nguyễn Văn Út", "Ký", "Tây Ninh");
        Decision issued = issuedDecision("Sở Nông nghiệp và Môi trường", 1);
        issuedDocuments.pdf(issued.id()); // this decision's own document exists, but was not the one signed

        assertRefused(issued, otherSigned, "validation.signature.otherDocument");
        assertRefused(
                other,
                Forgeries.sign(Forgeries.unrelatedPdf(), Forgeries.selfSigned(DEMO_SUBJECT)),
                "validation.signature.untrusted");
    }

    @Test
    void thisDecisionsPdfModifiedByAnIncrementalUpdateAfterTheTrustedSignatureIsRefused() {
        Decision issued = issuedDecision("Sở Dân tộc và Tôn giáo", 0);
        byte[] signed = signatures.sign(issuedDocuments.pdf(issued.id()), "Nguyễn Văn Út", "Ký", "Tây Ninh");
        byte[] modified = Forgeries.whitedOutIncrementally(signed);
        assertThat(modified.length).isGreaterThan(signed.length);

        assertRefused(issued, modified, "validation.signature.partial");
    }

    @Test
    void aChangeMadeBeforeTheTrustedSignatureIsRefusedAsChangedContent() {
        Decision issued = issuedDecision("Sở Dân tộc và Tôn giáo", 1);
        byte[] changed = Forgeries.whitedOutIncrementally(issuedDocuments.pdf(issued.id()));
        byte[] signed = signatures.sign(changed, "Nguyễn Văn Út", "Ký", "Tây Ninh");

        assertRefused(issued, signed, "validation.signature.contentChanged");
    }

    @Test
    void aPdfSignedBeforeTheSystemGeneratedTheDecisionsDocumentIsRefused() {
        Decision issued = issuedDecision("Sở Ngoại vụ", 0);
        byte[] regenerated = IssuedDocuments.identified(
                new DecisionDocumentAccess(issued.id()).write(), decisions.find(issued.id()));
        byte[] signed = signatures.sign(regenerated, "Nguyễn Văn Út", "Ký", "Tây Ninh");

        assertRefused(issued, signed, "validation.signature.notGenerated");
    }

    @Test
    void theGenuineSignedPdfIsAcceptedAndTheDecisionTakesEffect() throws Exception {
        Decision issued = issuedDecision("Sở Ngoại vụ", 1);
        byte[] generated = issuedDocuments.pdf(issued.id());
        assertThat(issuedDocuments.pdf(issued.id())).isEqualTo(generated); // the same document every time
        byte[] signed = signatures.sign(generated, "Nguyễn Văn Út", "Ký ban hành", "Tây Ninh");

        Decision done = signing.uploadSigned(issued.id(), issued.version(), signed);

        assertThat(done.status()).isEqualTo(Decision.Status.SIGNED);
        assertThat(signing.signedPdf(done.id())).isEqualTo(signed);
        assertThat(payouts(done)).isEqualTo(1);
        Recipient first = decisions.recipients(done.id()).get(0);
        assertThat(certificates.verify(first.code())).isPresent();
        String page = publicPage(first.code());
        assertThat(page).contains("id=\"verify-card\"").contains("id=\"verify-status\"");
    }

    @Test
    void theAdministratorAndTheSpecialistCannotSignWithTheServerKeyTheSignerCanAndItIsAudited() throws Exception {
        Decision issued = issuedDecision("Sở Văn hóa, Thể thao và Du lịch", 0);

        for (String who : List.of("admin", "bantdkt")) {
            assertThat(postSign(issued, who)).isEqualTo(403);
            assertUnsigned(issued);
        }

        assertThat(postSign(issued, "chutich")).isEqualTo(302);

        assertThat(decisions.find(issued.id()).status()).isEqualTo(Decision.Status.SIGNED);
        assertThat(decisions.find(issued.id()).signedBy()).isEqualTo("chutich");
        assertThat(payouts(issued)).isEqualTo(1);
        assertThat(audit.latest("decision", "chutich", 20)).anySatisfy(e -> {
            assertThat(e.entityId()).isEqualTo(String.valueOf(issued.id()));
            assertThat(e.after()).startsWith("SIGNED by ").contains("khóa của hệ thống");
        });
    }

    @Test
    void theAdministratorCannotUploadASignedFileEither() {
        Decision issued = issuedDecision("Sở Văn hóa, Thể thao và Du lịch", 1);
        byte[] signed = signatures.sign(issuedDocuments.pdf(issued.id()), "Nguyễn Văn Út", "Ký", "Tây Ninh");

        assertThatThrownBy(() -> tayNinh.as("admin", () -> signing.uploadSigned(issued.id(), issued.version(), signed)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertUnsigned(issued);
    }

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    DecisionDocument documents;

    /** A decision issued by the office for one approved person of the unit, not yet signed. */
    private Decision issuedDecision(String unit, int person) {
        council.approved(
                unit,
                "Đề nghị tặng Bằng khen năm 2025 (ký số, " + unit + ")",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                person);
        Decision draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
        return decisions.issue(draft.id(), draft.version());
    }

    private void assertRefused(Decision issued, byte[] upload, String messageKey) {
        Decision current = decisions.find(issued.id());
        assertThatThrownBy(() -> signing.uploadSigned(current.id(), current.version(), upload))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("file");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo(messageKey);
                });
        assertUnsigned(issued);
    }

    private void assertUnsigned(Decision issued) {
        Decision now = decisions.find(issued.id());
        assertThat(now.status()).isEqualTo(Decision.Status.ISSUED);
        assertThat(now.signedFileId()).isNull();
        assertThat(payouts(issued)).isZero();
        for (Recipient r : decisions.recipients(issued.id())) {
            assertThat(certificates.verify(r.code())).isEmpty();
            assertThat(publicPage(r.code())).contains("id=\"verify-unknown\"").doesNotContain("id=\"verify-card\"");
        }
    }

    /** The signing button pressed by an account: the response's status; the test's own sign-in is kept. */
    private int postSign(Decision issued, String who) {
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            return mvc.perform(post("/decisions/{id}/sign", issued.id())
                            .param("version", String.valueOf(issued.version()))
                            .with(user(accounts.loadUserByUsername(who)))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        }
    }

    /** The public verification page of a code, as anyone sees it; the test's own sign-in is kept. */
    private String publicPage(String code) {
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            return mvc.perform(get("/xac-minh/{code}", code))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        }
    }

    private int payouts(Decision d) {
        return jdbc.sql("select count(*) from decision_fund_entry where decision_id = :d and kind = 'PAYOUT'")
                .param("d", d.id())
                .query(Integer.class)
                .single();
    }

    /** The decision's document written afresh, as if signed from a copy the system never kept. */
    private final class DecisionDocumentAccess {
        private final long id;

        DecisionDocumentAccess(long id) {
            this.id = id;
        }

        byte[] write() {
            return documents.write(id, vn.thidua.shared.DocumentFormat.PDF, key -> key);
        }
    }
}
