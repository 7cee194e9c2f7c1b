package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.IntegrationTest;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.TayNinhFixtures;

/** The scorecard from the editor's rows: saved in the order shown; refused with every typed row kept. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class ScorecardEditorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EditingBlocks blocks;

    @Autowired
    ScoringBlocks scoring;

    @Autowired
    TayNinhFixtures tayNinh;

    private long aBlock(String name) {
        EmulationBlock b = blocks.create(name, BlockKind.BLOCK, 2025, null);
        b = blocks.addMember(b.getId(), b.getVersion(), tayNinh.currentUnit("Sở Tư pháp"), BlockRole.LEADER);
        b = blocks.addMember(b.getId(), b.getVersion(), tayNinh.currentUnit("Sở Nội vụ"), BlockRole.MEMBER);
        return b.getId();
    }

    private static MockHttpServletRequestBuilder rows(long block, String[]... rows) {
        MockHttpServletRequestBuilder post = post("/blocks/{id}/scoring/setup", block)
                .param("method", "MEAN")
                .param("selfWeightPercent", "20")
                .param("pact", "Giao ước thi đua năm 2025")
                .with(csrf());
        String[] names = {
            "criterionCode", "criterionGroup", "criterionText", "criterionKind", "maxPoints", "ladder", "evidence"
        };
        for (String[] row : rows) {
            for (int i = 0; i < names.length; i++) {
                post.param(names[i], row[i]);
            }
        }
        return post;
    }

    private Document followed(MockHttpServletRequestBuilder request) throws Exception {
        var result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        return Jsoup.parse(mvc.perform(get(result.getResponse().getRedirectedUrl())
                        .cookie(result.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theEditorsRowsBecomeTheScorecardInTheirOrder() throws Exception {
        long block = aBlock("Khối nội chính (kiểm thử bảng điểm)");

        followed(rows(
                block,
                new String[] {
                    "2",
                    "Công tác chỉ đạo",
                    "Báo cáo đúng hạn, đầy đủ",
                    "LADDER",
                    "",
                    "8: đủ, đúng hạn; 6: thiếu 2 báo cáo tháng; 0",
                    "Số, ngày các báo cáo"
                },
                new String[] {"1", "Công tác chỉ đạo", "Chương trình công tác năm", "LADDER", "5", "5: có; 0: không", ""
                },
                new String[] {"", "", "", "LADDER", "", "", ""},
                new String[] {"T1", "", "Cờ thi đua của Chính phủ", "BONUS", "15", "", ""},
                new String[] {"P1", "", "Có cán bộ bị kỷ luật", "PENALTY", "5", "", ""}));

        tayNinh.signInAs("bantdkt");
        List<Criterion> criteria = scoring.setupOf(block).orElseThrow().card().criteria();
        assertThat(criteria).extracting(Criterion::code).containsExactly("2", "1", "T1", "P1");
        assertThat(criteria)
                .extracting(Criterion::kind)
                .containsExactly(
                        CriterionKind.LADDER, CriterionKind.LADDER, CriterionKind.BONUS, CriterionKind.PENALTY);
        assertThat(criteria.get(0).maxPoints()).isEqualByComparingTo("8");
        assertThat(criteria.get(0).evidence()).isEqualTo("Số, ngày các báo cáo");
        assertThat(criteria.get(2).maxPoints()).isEqualByComparingTo("15");
    }

    @Test
    void aRefusedCardNamesEachRowAndFieldAndKeepsEveryTypedRow() throws Exception {
        long block = aBlock("Khối nội chính 2 (kiểm thử bảng điểm)");

        Document back = followed(rows(
                block,
                new String[] {
                    "1",
                    "Công tác chỉ đạo",
                    "Chương trình công tác năm",
                    "LADDER",
                    "",
                    "năm: có; 0: không",
                    "Chương trình"
                },
                new String[] {"1", "Công tác chỉ đạo", "Họp giao ban", "LADDER", "", "5: đủ; 0", ""},
                new String[] {"T1", "", "Cờ thi đua của Chính phủ", "BONUS", "mười lăm", "", ""},
                new String[] {"3", "", "", "LADDER", "", "5: đủ", ""}));

        assertThat(back.select("#problems li").eachText())
                .containsExactlyInAnyOrder(
                        "Dòng 1: Bậc điểm: không đọc được bậc điểm “năm: có; 0: không” (ví dụ: 8: đủ; 6: thiếu; 0)",
                        "Dòng 2: Mã: mã “1” đã dùng ở dòng trên",
                        "Dòng 3: Điểm tối đa: “mười lăm” không phải là một số",
                        "Dòng 4: Tiêu chí: Trường này là bắt buộc.");
        assertThat(back.select("#card-rows input[name=criterionCode]").eachAttr("value"))
                .containsExactly("1", "1", "T1", "3");
        assertThat(back.select("#card-rows textarea[name=ladder]").first().text())
                .isEqualTo("năm: có; 0: không");
        assertThat(back.select("#card-rows input[name=maxPoints]").get(2).attr("value"))
                .isEqualTo("mười lăm");
        assertThat(back.select("#card-rows select[name=criterionKind]")
                        .get(2)
                        .select("option[selected]")
                        .attr("value"))
                .isEqualTo("BONUS");
        assertThat(back.select("#s-pact").attr("value")).isEqualTo("Giao ước thi đua năm 2025");
        tayNinh.signInAs("bantdkt");
        assertThat(scoring.setupOf(block)).isEmpty();
    }
}
