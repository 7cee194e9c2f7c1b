package vn.thidua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.decision.HonourRoll;
import vn.thidua.organization.TayNinhFixtures;

/** Issue 18 / ADR 0028: the portal's search answers from word indexes kept with the items. */
@IntegrationTest
@Import(TayNinhFixtures.class)
class PortalSearchIndexIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    Documents documents;

    @Autowired
    HonourRoll honourRoll;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TayNinhFixtures tayNinh;

    private String page(String q) throws Exception {
        return mvc.perform(get("/portal/tim-kiem").param("q", q))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anArticleIsFoundByWordStartsWithoutDiacriticsOncePublishedAndNotByWordsAnEditTookOut() throws Exception {
        Articles.Article draft = tayNinh.as(
                "bientap",
                () -> articles.write(
                        "guong-dien-hinh",
                        "Trường Tiểu học Xuân Khánh dẫn đầu chuyển đổi số trong giảng dạy",
                        "Gương điển hình",
                        "Cô giáo Nguyễn Thị Ánh Tuyết đưa giáo án điện tử vào mọi lớp học.",
                        Instant.parse("2026-03-10T01:00:00Z"),
                        "Ban biên tập"));
        assertThat(articles.search("chuyen doi so xuan khanh", 10)).isEmpty(); // a draft is not public

        Articles.Article published =
                tayNinh.as("bientap", () -> articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED));

        assertThat(articles.search("CHUYEN DOI so xuan khan", 10))
                .extracting(Articles.Article::id)
                .containsExactly(draft.id());
        assertThat(articles.search("chuyển đổi số  Xuân Khánh", 10))
                .extracting(Articles.Article::id)
                .containsExactly(draft.id());
        assertThat(articles.search("anh tuyet giao an", 10))
                .extracting(Articles.Article::id)
                .contains(draft.id());
        assertThat(articles.search("uyet", 10)).isEmpty(); // a word's start, not any part of it
        assertThat(articles.search("chuyen doi so xuan loc", 10)).isEmpty(); // every word must be there
        assertThat(page("chuyen doi so xuan khanh")).contains("Trường Tiểu học Xuân Khánh dẫn đầu chuyển đổi số");

        tayNinh.as(
                "bientap",
                () -> articles.update(
                        draft.id(),
                        published.version(),
                        "guong-dien-hinh",
                        "Trường Tiểu học Phước Vinh dẫn đầu chuyển đổi số",
                        "Gương điển hình",
                        "Bài giảng điện tử vào mọi lớp học.",
                        Instant.parse("2026-03-10T01:00:00Z"),
                        "Ban biên tập"));
        assertThat(articles.search("xuan khanh chuyen doi", 10)).isEmpty();
        assertThat(articles.search("phuoc vinh chuyen doi", 10))
                .extracting(Articles.Article::id)
                .containsExactly(draft.id());
        assertThat(jdbc.sql(
                                "select count(*) from portal_search_word where kind = 'A' and item_id = :id and word = 'tuyet'")
                        .param("id", draft.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void documentsAreFoundByNumberAndSymbolTitleAndIssuerAndNewOnesOnceSaved() throws Exception {
        assertThat(documents.search("01/CT-UBND", 10))
                .extracting(Documents.Document::numberSymbol)
                .contains("01/CT-UBND");
        Documents.Document created = tayNinh.as(
                "bientap",
                () -> documents.create(new Documents.Input(
                        Documents.Section.PLAN,
                        "77/KH-UBND",
                        "Ủy ban nhân dân tỉnh Tây Ninh",
                        "Nguyễn Văn Út",
                        java.time.LocalDate.of(2026, 3, 2),
                        null,
                        null,
                        "Kế hoạch tổ chức phong trào thi đua Dân vận khéo năm 2026",
                        "Triển khai ở các xã biên giới",
                        null,
                        null,
                        null,
                        null,
                        null)));
        assertThat(documents.search("dan van kheo bien gioi", 10)).isEmpty(); // not yet published
        tayNinh.as("bientap", () -> {
            documents.publish(created.id(), true);
            return null;
        });
        assertThat(documents.search("dan van kheo bien gioi", 10))
                .extracting(Documents.Document::id)
                .containsExactly(created.id());
        assertThat(documents.search("77/kh uy ban nhan dan tay ninh", 10))
                .extracting(Documents.Document::id)
                .containsExactly(created.id());
        assertThat(page("dân vận khéo")).contains("Kế hoạch tổ chức phong trào thi đua Dân vận khéo năm 2026");
    }

    @Test
    void theHonourRollIsSearchedByNameAndPositionAndLeavesOutRevokedAndUnsignedAwards() throws Exception {
        long province = jdbc.sql("select min(id) from organization_unit where kind = 'PROVINCE' and valid_to is null")
                .query(Long.class)
                .single();
        long signed = decision(province, 7101, "SIGNED");
        long draft = decision(province, 7102, "DRAFT");
        recipient(signed, 1, "Trần Văn Lực", "Giáo viên, Trường THCS Gò Dầu", "VALID", "2025-04-02", 7101);
        recipient(signed, 2, "Lê Thị Mỹ Dung", "Nhân viên y tế, Trạm Y tế xã Bến Cầu", "REVOKED", "2025-04-02", 7101);
        recipient(draft, 1, "Trần Văn Lực Hai", "Giáo viên", "VALID", null, null);
        assertThat(honourRoll.indexAfter(0)).isGreaterThanOrEqualTo(2);

        assertThat(honourRoll.search("tran van luc giao vien go dau", 50))
                .extracting(vn.thidua.decision.Certificates.Honoured::fullName)
                .containsExactly("Trần Văn Lực");
        assertThat(honourRoll.search("My Dung ben cau", 50)).isEmpty(); // revoked
        assertThat(honourRoll.search("luc hai", 50)).isEmpty(); // not signed
        assertThat(honourRoll.newest(10_000))
                .extracting(vn.thidua.decision.Certificates.Honoured::fullName)
                .contains("Trần Văn Lực")
                .doesNotContain("Lê Thị Mỹ Dung", "Trần Văn Lực Hai");
        assertThat(page("TRAN VAN LUC")).contains("Trần Văn Lực").doesNotContain("Lê Thị Mỹ Dung");
        assertThat(honourRoll.indexAfter(0)).isZero(); // nothing left without words
    }

    private long decision(long issuer, int number, String status) {
        org.springframework.jdbc.support.GeneratedKeyHolder key =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into decision_decision (issuer_unit_id, symbol, decision_year, number, kind, award,
                  achievement_year, place, decided_on, title, authority, basis, signer_name, signer_position,
                  recipients_note, status, created_by)
                values (:i, 'QĐ-UBND', 2025, :n, 'AWARD', 'PROVINCIAL_CERTIFICATE_OF_MERIT', 2024, 'Tây Ninh',
                  date '2025-04-02', 'Về việc tặng Bằng khen', 'CHỦ TỊCH', 'Căn cứ Luật Thi đua, khen thưởng;',
                  'Nguyễn Văn Út', 'CHỦ TỊCH', 'Như Điều 3;', :s, 'test')""").param("i", issuer).param("n", number).param("s", status).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void recipient(
            long decision, int seq, String name, String position, String status, String on, Integer number) {
        jdbc.sql("""
                insert into decision_recipient (decision_id, seq, subject, full_name, position, award, posthumous,
                  amount, code, status, honoured_on, decision_number)
                values (:d, :s, 'INDIVIDUAL', :n, :p, 'PROVINCIAL_CERTIFICATE_OF_MERIT', false, 0, :c, :st, :on, :num)""")
                .param("d", decision)
                .param("s", seq)
                .param("n", name)
                .param("p", position)
                .param("c", "TEST" + decision + "X" + seq)
                .param("st", status)
                .param("on", on == null ? null : java.time.LocalDate.parse(on))
                .param("num", number)
                .update();
    }
}
