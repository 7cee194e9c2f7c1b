package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.eligibility.Eligibility;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/** A block of three departments scores its year, the Ban TĐKT ranks it and records the vote. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class ScoringBlocksIntegrationTests {

    private static final String CARD = """
            1 | Công tác chỉ đạo | Xây dựng CT năm và tổ chức HN triển khai | 5: triển khai 100% cơ sở; 3: không tổ chức hội nghị; 0 | CT công tác năm
            2 | Công tác chỉ đạo | Chế độ thông tin báo cáo theo quy định | 8: đủ, đúng hạn; 6: thiếu 2 báo cáo tháng; 4; 0 | Số báo cáo
            B1 | Điểm thưởng | Được tặng Cờ thi đua của Chính phủ năm trước | 15
            """;

    @Autowired
    ScoringBlocks scoring;

    @Autowired
    EditingBlocks blocks;

    @Autowired
    vn.thidua.organization.EmulationBlocks blockRows;

    @Autowired
    Eligibility eligibility;

    @Autowired
    vn.thidua.achievement.CollectiveRecords collectives;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private long education;
    private long health;
    private long finance;

    private EmulationBlock aBlock(String name) {
        education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        health = tayNinh.currentUnit("Sở Y tế");
        finance = tayNinh.currentUnit("Sở Tài chính");
        EmulationBlock b = blocks.create(name, BlockKind.BLOCK, 2025, null);
        b = blocks.addMember(b.getId(), b.getVersion(), education, BlockRole.LEADER);
        b = blocks.addMember(b.getId(), b.getVersion(), health, BlockRole.MEMBER);
        return blocks.addMember(b.getId(), b.getVersion(), finance, BlockRole.MEMBER);
    }

    private void score(long block, long scorer, long unit, String code, String points) {
        scoring.score(block, scorer, unit, code, new BigDecimal(points), null);
    }

    @Test
    void aBlockYearFromScorecardToVoteAndTheFlagVerdict() {
        // given
        EmulationBlock block = aBlock("Khối các sở văn hóa - xã hội 2025 (kiểm thử chấm điểm)");
        scoring.setUp(
                block.getId(),
                CardText.parse(CARD),
                new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO),
                "Giao ước thi đua ký ngày 26/02/2025");
        long b = block.getId();
        // Sở Y tế is cross-scored highest on both criteria
        score(b, education, health, "1", "5");
        score(b, finance, health, "1", "5");
        score(b, education, health, "2", "8");
        score(b, finance, health, "2", "8");
        score(b, health, education, "1", "3");
        score(b, finance, education, "1", "5");
        score(b, health, education, "2", "6");
        score(b, finance, education, "2", "8");
        score(b, education, finance, "1", "3");
        score(b, health, finance, "1", "3");
        score(b, education, finance, "2", "6");
        score(b, health, finance, "2", "6");
        scoring.adjust(
                b, finance, "2", new BigDecimal("8"), "Đã bổ sung báo cáo quý IV (công văn 45/STC ngày 10/01/2026)");

        // when
        var ranking = scoring.recordVote(b);

        // then
        // Sở Giáo dục 4 + 7 = 11 and Sở Tài chính 3 + 8 (adjusted) = 11 tie; Sở Tài chính has a criterion at
        // its maximum, so it ranks higher by the stated rule
        assertThat(ranking).extracting(r -> r.result().unit()).containsExactly(health, finance, education);
        assertThat(ranking).extracting(BlockScoring.Ranked::rank).containsExactly(1, 2, 3);
        assertThat(ranking.get(0).result().total()).isEqualByComparingTo("13.00");
        // the flag reads the collective's own rating too (issue 17): Sở Y tế completed 2025 excellently
        collectives.rate(health, 2025, vn.thidua.achievement.Rating.EXCELLENT);
        assertThat(eligibility.verdictsForCollective(health, 2025))
                .filteredOn(v -> v.award() == Award.PROVINCIAL_EMULATION_FLAG)
                .allMatch(v -> v.eligible()
                        || v.reasons().stream().allMatch(r -> r.code().equals("ALREADY_HELD")));
        assertThatThrownBy(() -> score(b, education, health, "1", "3"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.voted"));
    }

    @Test
    void theYearEndReviewDownloadsAsAWordDocument() throws Exception {
        EmulationBlock block = aBlock("Khối kiểm thử báo cáo tổng kết 2025");
        long b = block.getId();
        scoring.setUp(
                b,
                CardText.parse(CARD),
                new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO),
                "Giao ước ký ngày 26/02/2025");
        score(b, education, health, "1", "5");
        score(b, education, health, "2", "8");
        score(b, health, finance, "1", "3");
        scoring.recordVote(b, java.util.Map.of(health, VoteProposal.FLAG, finance, VoteProposal.CERTIFICATE));

        byte[] docx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/blocks/{id}/scoring/report.docx", b))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2025")
                    .contains("Giao ước thi đua: Giao ước ký ngày 26/02/2025")
                    .contains("đơn vị dẫn đầu khối: Sở Y tế")
                    .contains("Bằng điểm: đơn vị ít điểm trừ hơn xếp trên")
                    .contains("Cờ thi đua của UBND tỉnh")
                    .contains("Bằng khen của Chủ tịch UBND tỉnh");
        }
        byte[] pdf = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/blocks/{id}/scoring/report.pdf", b))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2025")
                    .contains("IV. BÌNH XÉT, SUY TÔN")
                    .contains("Cờ thi đua của UBND tỉnh");
        }
    }

    @Test
    void theVoteProposesTheFlagOnlyForTheLeaderAndWithinTheProvincesQuota() {
        EmulationBlock block = aBlock("Khối kiểm thử đề nghị khen thưởng 2025");
        long b = block.getId();
        scoring.setUp(b, CardText.parse(CARD), new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO), null);
        score(b, education, health, "1", "5");
        score(b, health, finance, "1", "3");
        // ranking: Sở Y tế 5, Sở Tài chính 3, Sở Giáo dục 0; 3 members × 30% → 1 certificate

        assertThatThrownBy(() -> scoring.recordVote(b, java.util.Map.of(finance, VoteProposal.FLAG)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.flagNotLeading");
                    assertThat(e.problems().get(0).args()).containsExactly("Sở Tài chính", 2);
                });
        assertThatThrownBy(() -> scoring.recordVote(
                        b,
                        java.util.Map.of(
                                health, VoteProposal.FLAG,
                                finance, VoteProposal.CERTIFICATE,
                                education, VoteProposal.CERTIFICATE)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .containsExactly("validation.scoring.tooManyCertificates"));
        assertThat(scoring.setupOf(b).orElseThrow().voted()).isFalse();

        scoring.recordVote(b, java.util.Map.of(health, VoteProposal.FLAG, finance, VoteProposal.CERTIFICATE));

        assertThat(scoring.proposals(b))
                .extracting(
                        ScoringBlocks.Proposed::unitId, ScoringBlocks.Proposed::rank, ScoringBlocks.Proposed::proposal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(health, 1, VoteProposal.FLAG),
                        org.assertj.core.groups.Tuple.tuple(finance, 2, VoteProposal.CERTIFICATE));
    }

    @Test
    void aMemberNeverScoresItselfAcrossAndTheCardIsFixedOnceScoringStarts() {
        EmulationBlock block = aBlock("Khối kiểm thử tự chấm chéo 2025");
        long b = block.getId();
        scoring.setUp(
                b,
                CardText.parse(CARD),
                new AggregationRule(AggregationRule.Method.TRIMMED_MEAN, new BigDecimal("0.2")),
                null);
        score(b, health, health, "1", "5"); // self-assessment is allowed

        assertThatThrownBy(() -> scoring.setUp(
                        b,
                        CardText.parse(CARD),
                        new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO),
                        null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.scoring.alreadyScored"));
        assertThatThrownBy(() -> score(b, health, health, "2", "7"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.level"));
    }

    @Test
    void nextYearClonesTheScorecardAndAnOfficerScoresOnlyForHisUnit() {
        EmulationBlock last = aBlock("Khối kiểm thử nhân bản 2025");
        scoring.setUp(
                last.getId(),
                CardText.parse(CARD),
                new AggregationRule(AggregationRule.Method.MEAN, new BigDecimal("0.3")),
                null);
        EmulationBlock next = blocks.create("Khối kiểm thử nhân bản 2026", BlockKind.BLOCK, 2026, null);
        next = blocks.addMember(
                next.getId(), next.getVersion(), tayNinh.currentUnit("Sở Giáo dục và Đào tạo"), BlockRole.LEADER);
        next = blocks.addMember(next.getId(), next.getVersion(), tayNinh.currentUnit("Sở Y tế"), BlockRole.MEMBER);

        var cloned = scoring.cloneSetup(last.getId(), next.getId());

        assertThat(cloned.card().criteria()).extracting(Criterion::code).containsExactly("1", "2", "B1");
        assertThat(cloned.rule().selfWeight()).isEqualByComparingTo("0.3");
        long nextId = next.getId();
        SecurityContextHolder.clearContext();
        tayNinh.signInAs("donvi");
        score(nextId, tayNinh.currentUnit("Sở Giáo dục và Đào tạo"), tayNinh.currentUnit("Sở Y tế"), "1", "5");
        assertThatThrownBy(() -> score(
                        nextId,
                        tayNinh.currentUnit("Sở Y tế"),
                        tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                        "1",
                        "5"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scoring.scoring(nextId)
                        .resultOf(tayNinh.currentUnit("Sở Y tế"))
                        .points()
                        .get("1"))
                .isEqualByComparingTo("5.00");
        assertThat(cloned.card().criterion("B1").kind()).isEqualTo(CriterionKind.BONUS);
    }

    @Test
    void oneActionClonesTheBlockToNextYearAndHandsOverTheLead() throws Exception {
        EmulationBlock block = aBlock("Khối kiểm thử bàn giao 2025");
        scoring.setUp(
                block.getId(),
                CardText.parse(CARD),
                new AggregationRule(AggregationRule.Method.TRIMMED_MEAN, new BigDecimal("0.1")),
                null);

        String location = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/blocks/{id}/next-year", block.getId())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        SecurityContextHolder.setContext(
                org.springframework.security.test.context.TestSecurityContextHolder.getContext());
        long nextId = Long.parseLong(location.replaceAll("\\D+(\\d+)/scoring", "$1"));
        EmulationBlock next = blockRows.findById(nextId).orElseThrow();
        assertThat(next.getName()).isEqualTo("Khối kiểm thử bàn giao 2026");

        assertThat(next.getYear()).isEqualTo(2026);
        assertThat(next.leader().orElseThrow().unitId()).isEqualTo(health);
        assertThat(next.members())
                .filteredOn(m -> m.role() == BlockRole.DEPUTY)
                .extracting(vn.thidua.organization.BlockMember::unitId)
                .containsExactly(finance);
        assertThat(scoring.setupOf(nextId).orElseThrow().rule().method())
                .isEqualTo(AggregationRule.Method.TRIMMED_MEAN);
    }

    @Test
    void theStepsOfTheBlockYearAreRecordedAndShown() throws Exception {
        EmulationBlock block = aBlock("Khối kiểm thử các bước trong năm 2025");
        long b = block.getId();
        scoring.setUp(b, CardText.parse(CARD), new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO), null);

        scoring.recordStage(
                b, BlockStage.PACT_SIGNED, java.time.LocalDate.of(2025, 2, 26), "Ký tại Sở Giáo dục và Đào tạo");
        scoring.recordStage(b, BlockStage.CROSS_INSPECTION, java.time.LocalDate.of(2025, 6, 18), null);

        assertThat(scoring.stages(b))
                .extracting(ScoringBlocks.StageHeld::stage)
                .containsExactly(BlockStage.PACT_SIGNED, BlockStage.CROSS_INSPECTION);
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/blocks/{id}/scoring", b))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Ký kết giao ước thi đua")
                .contains("26/02/2025 — Ký tại Sở Giáo dục và Đào tạo")
                .contains("Sơ kết 6 tháng");
    }
}
