package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.attachment.Attached;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/** The signed pact and the members' evidence are filed, read by those who may, refused to others. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class BlockFilesIntegrationTests {

    private static final byte[] SIGNED_PACT =
            "%PDF-1.7\n% Giao ước thi đua năm 2025 — bản đã ký\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ScoringBlocks scoring;

    @Autowired
    BlockFiles files;

    @Autowired
    EditingBlocks blocks;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    private EmulationBlock block(String name, String... members) {
        EmulationBlock b = blocks.create(name, BlockKind.BLOCK, 2025, null);
        for (int i = 0; i < members.length; i++) {
            b = blocks.addMember(
                    b.getId(),
                    b.getVersion(),
                    tayNinh.currentUnit(members[i]),
                    i == 0 ? BlockRole.LEADER : BlockRole.MEMBER);
        }
        scoring.setUp(
                b.getId(),
                CardText.parse("1 | Chỉ đạo | Chế độ thông tin báo cáo | 8: đủ; 4; 0 | Số báo cáo"),
                new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO),
                null);
        return b;
    }

    @Test
    void theSignedPactIsReadByMembersAndHiddenFromOtherUnits() throws Exception {
        long withEducation = block("Khối kiểm thử giao ước 2025", "Sở Y tế", "Sở Giáo dục và Đào tạo")
                .getId();
        long withoutEducation = block("Khối kiểm thử giao ước khác 2025", "Sở Y tế", "Sở Tài chính")
                .getId();

        Attached pact = files.filePact(withEducation, "C:\\Văn bản\\Giao ước 2025.pdf", SIGNED_PACT);
        Attached other = files.filePact(withoutEducation, "giao-uoc.pdf", SIGNED_PACT);

        assertThat(pact.fileName()).isEqualTo("Giao ước 2025.pdf");
        assertThat(pact.sha256()).hasSize(64);
        assertThat(files.pact(withEducation)).extracting(Attached::id).containsExactly(pact.id());
        var officer = user(accounts.loadUserByUsername("donvi"));
        byte[] body = mvc.perform(get("/files/{id}", pact.id()).with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString(
                                        "filename*=UTF-8''Giao%20%C6%B0%E1%BB%9Bc%202025.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(SIGNED_PACT);
        mvc.perform(get("/files/{id}", other.id()).with(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/files/{id}", 987_654_321L).with(officer)).andExpect(status().isNotFound());
        assertThat(tayNinh.as("donvi", () -> files.pact(withoutEducation))).isEmpty();
        assertThatThrownBy(() -> tayNinh.as("donvi", () -> files.filePact(withEducation, "gia-mao.pdf", SIGNED_PACT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUnitFilesEvidenceForItsOwnSelfAssessmentOnlyAndUntilTheVote() {
        long b = block("Khối kiểm thử minh chứng 2025", "Sở Giáo dục và Đào tạo", "Sở Y tế")
                .getId();
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long health = tayNinh.currentUnit("Sở Y tế");

        Attached filed =
                tayNinh.as("donvi", () -> files.fileEvidence(b, education, "1", "Báo cáo tháng 1-12.pdf", SIGNED_PACT));

        assertThat(files.evidence(b, education)).containsOnlyKeys("1");
        assertThat(files.evidence(b, education).get("1"))
                .extracting(Attached::id)
                .containsExactly(filed.id());
        assertThat(files.evidence(b, health)).isEmpty();
        assertThatThrownBy(() -> tayNinh.as(
                        "donvi", () -> files.fileEvidence(b, health, "1", "Báo cáo của Sở Y tế.pdf", SIGNED_PACT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.fileEvidence(b, education, "9", "x.pdf", SIGNED_PACT))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.scoring.unknownCriterion"));

        scoring.recordVote(b);

        assertThatThrownBy(() -> files.fileEvidence(b, education, "1", "Bổ sung.pdf", SIGNED_PACT))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.voted"));
    }

    @Test
    void aProgramRenamedAsAPdfAnEmptyFileAndAnOversizedOneAreRefusedAndNothingIsStored() {
        long b = block("Khối kiểm thử tệp không hợp lệ 2025", "Sở Y tế", "Sở Tài chính")
                .getId();
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] oversized = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(SIGNED_PACT, 0, oversized, 0, SIGNED_PACT.length);

        assertThatThrownBy(() -> files.filePact(b, "giao-uoc.pdf", program))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.file.kind"));
        assertThatThrownBy(() -> files.filePact(b, "giao-uoc.exe", SIGNED_PACT))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.file.kind"));
        assertThatThrownBy(() -> files.filePact(b, "giao-uoc.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.file.empty"));
        assertThatThrownBy(() -> files.filePact(b, "giao-uoc.pdf", oversized))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.file.tooLarge"));
        assertThat(jdbc.sql("select count(*) from attachment_file where owner_kind = 'block-pact' and owner_id = :b")
                        .param("b", b)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
