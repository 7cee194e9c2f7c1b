package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.InvalidInput;

/** Launching movements at the province and below it, as the Ban TĐKT and a unit officer do. */
@IntegrationTest
@Import(TayNinhFixtures.class)
class MovementsIntegrationTests {

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Movements movements;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MockMvc mvc;

    private static MovementDetails yearly(String name) {
        return new MovementDetails(
                name,
                MovementKind.YEARLY,
                "Đoàn kết, kỷ cương, sáng tạo, hiệu quả",
                null,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 3, 31),
                null);
    }

    private Movement aLaunchedProvincialMovement(String name) {
        Movement draft = launching.draft(yearly(name), tayNinh.currentUnit("Tỉnh Tây Ninh"), null);
        Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
            m.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
            m.addCriterion(
                    "Giải ngân vốn đầu tư công đạt kế hoạch",
                    "≥ 95% kế hoạch vốn",
                    "Số liệu giải ngân của Kho bạc Nhà nước tại ngày 31/01 năm sau",
                    "Báo cáo giải ngân có xác nhận của Kho bạc");
        });
        Movement proposed = launching.propose(ready.getId(), ready.getVersion());
        return tayNinh.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion()));
    }

    @Test
    void theDemoHoldsTayNinhsRealMovementsInTheirHierarchy() {
        Movement y2023 = movements.findAll().stream()
                .filter(m -> m.getName().endsWith("năm 2023") && m.getKind() == MovementKind.YEARLY)
                .findFirst()
                .orElseThrow();

        assertThat(y2023.getTheme()).startsWith("Chủ động, sáng tạo");
        assertThat(y2023.documents()).extracting(LegalDocument::docNumber).contains("01/CT-UBND", "68/NQ-HĐND");
        assertThat(movements.findByParentId(y2023.getId()))
                .extracting(Movement::getName)
                .anyMatch(n -> n.contains("Tây Ninh chung sức xây dựng nông thôn mới"))
                .anyMatch(n -> n.contains("Dân vận khéo"));
        assertThat(movements.findById(y2023.getParentId()).orElseThrow().getName())
                .isEqualTo("Phong trào thi đua yêu nước trên địa bàn tỉnh Tây Ninh giai đoạn 2021 - 2025");
        assertThat(y2023.getStatus()).isEqualTo(MovementStatus.CLOSED);
    }

    @Test
    @WithUserDetails("bantdkt")
    void theBanTdktLaunchesAMovementForTheDepartments() {
        Movement launched = aLaunchedProvincialMovement("Phong trào thi đua hoàn thành nhiệm vụ năm 2026 (kiểm thử)");

        assertThat(launched.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
        assertThat(launched.transitions()).extracting(Transition::byUser).containsExactly("bantdkt", "chutich");
        assertThat(launching.participants(launched))
                .contains(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"), tayNinh.currentUnit("Sở Y tế"))
                .doesNotContain(tayNinh.currentUnit("Phường Gò Dầu"));
    }

    @Test
    @WithUserDetails("bantdkt")
    void aBasisDocumentKeepsItsFileAndARefusedFileLeavesNoDocumentBehind() throws Exception {
        Movement m = launching.draft(
                yearly("Phong trào năm 2026 (kiểm thử văn bản)"), tayNinh.currentUnit("Tỉnh Tây Ninh"), null);
        byte[] directive = "%PDF-1.7\nChỉ thị số 01/CT-UBND".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Movement withFile = launching.addDocument(
                m.getId(),
                m.getVersion(),
                "Chỉ thị",
                "01/CT-UBND",
                LocalDate.of(2026, 1, 3),
                "Chủ tịch UBND tỉnh",
                "Về phát động phong trào thi đua năm 2026",
                "01-CT-UBND.pdf",
                directive);
        assertThatThrownBy(() -> launching.addDocument(
                        m.getId(),
                        withFile.getVersion(),
                        "Kế hoạch",
                        "25/KH-UBND",
                        null,
                        null,
                        "Kế hoạch tổ chức phong trào",
                        "ke-hoach.pdf",
                        new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.file.kind"));

        Movement now = launching.visible(m.getId());
        assertThat(now.documents()).extracting(LegalDocument::docNumber).containsExactly("01/CT-UBND");
        assertThat(now.getVersion()).isEqualTo(withFile.getVersion());
        var files = launching.documentFiles(m.getId());
        assertThat(files.get(1))
                .extracting(vn.thidua.attachment.Attached::fileName)
                .containsExactly("01-CT-UBND.pdf");
        String page = mvc.perform(get("/movements/{id}", m.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/files/" + files.get(1).get(0).id()).contains("01-CT-UBND.pdf");
    }

    @Test
    @WithUserDetails("bantdkt")
    void aStaleEditFailsInsteadOfOverwriting() {
        Movement draft = launching.draft(
                yearly("Phong trào thi đua năm 2026 (kiểm thử sửa đồng thời)"),
                tayNinh.currentUnit("Tỉnh Tây Ninh"),
                null);
        launching.change(
                draft.getId(), draft.getVersion(), m -> m.addCriterion("Tiêu chí A", null, "Kiểm tra A", null));

        assertThatThrownBy(() -> launching.change(
                        draft.getId(), draft.getVersion(), m -> m.addCriterion("Tiêu chí B", null, "Kiểm tra B", null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(movements.findById(draft.getId()).orElseThrow().criteria())
                .extracting(Criterion::name)
                .containsExactly("Tiêu chí A");
    }

    @Test
    @WithUserDetails("donvi")
    void aDepartmentCascadesUnderTheProvincialMovementItTakesPartIn() {
        Movement provincial = provincialMovementAsSpecialist();
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        Movement own = launching.draft(
                new MovementDetails(
                        "Phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” năm 2026",
                        MovementKind.THEMATIC,
                        null,
                        null,
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 12, 31),
                        null,
                        null),
                education,
                provincial.getId());

        assertThat(own.getParentId()).isEqualTo(provincial.getId());
        assertThat(launching.children(provincial.getId()))
                .extracting(Movement::getId)
                .contains(own.getId());
        assertThatThrownBy(
                        () -> launching.draft(yearly("Phong trào của Sở Y tế"), tayNinh.currentUnit("Sở Y tế"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("bantdkt")
    void noCascadeUnderADraftNorForAUnitNotTakingPart() {
        Movement draft = launching.draft(
                yearly("Phong trào cấp tỉnh chưa phát động (kiểm thử)"), tayNinh.currentUnit("Tỉnh Tây Ninh"), null);
        Movement launched = aLaunchedProvincialMovement("Phong trào chỉ cho các sở (kiểm thử)");

        assertThatThrownBy(() -> launching.draft(yearly("Con"), tayNinh.currentUnit("Sở Y tế"), draft.getId()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.movement.parentNotRunning"));
        assertThatThrownBy(() -> launching.draft(yearly("Con"), tayNinh.currentUnit("Phường Gò Dầu"), launched.getId()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.movement.notParticipant"));
    }

    @Test
    @WithUserDetails("lanhdao")
    void aUnitLeaderReadsButCannotLaunch() throws Exception {
        mvc.perform(get("/movements")).andExpect(status().isOk());
        mvc.perform(post("/movements/new")
                        .param("name", "x")
                        .param("launchingUnitId", "" + tayNinh.currentUnit("Sở Giáo dục và Đào tạo"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** The Ban TĐKT's launched movement for the departments, made outside the officer's session. */
    private Movement provincialMovementAsSpecialist() {
        return tayNinh.as(
                "bantdkt",
                () -> aLaunchedProvincialMovement("Phong trào thi đua năm 2026 cho các sở (kiểm thử phân cấp)"));
    }
}
