package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.organization.TayNinhFixtures;

/**
 * Every form post refused for its values — a date that does not exist, letters where a number goes,
 * a choice not offered, a field missing — goes back to the form's page naming the field in
 * Vietnamese (issue 19), instead of the page "Yêu cầu không hợp lệ" that loses the input. The
 * crawl covers every POST handler of the application, by its declared parameters.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("admin")
class FormInputKeptIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Document back(MockHttpServletResponse refused) throws Exception {
        return Jsoup.parse(mvc.perform(get(refused.getRedirectedUrl()).cookie(refused.getCookies()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anImpossibleBirthDateGoesBackToTheDossierNamingTheFieldInVietnamese() throws Exception {
        Dossier d = dossiers.create(
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"), DossierKind.REGULAR, null, 2025, "Hồ sơ ngày sai");

        MockHttpServletResponse refused = mvc.perform(post("/dossiers/{id}/nominees", d.id())
                        .header("Referer", "http://localhost/dossiers/" + d.id())
                        .param("version", String.valueOf(d.version()))
                        .param("subject", "INDIVIDUAL")
                        .param("fullName", "Nguyễn Văn Hai")
                        .param("birthDate", "1985-02-30")
                        .param("award", "CERTIFICATE_OF_COMMENDATION")
                        .param("summary", "Hoàn thành tốt nhiệm vụ")
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(302);
        assertThat(refused.getRedirectedUrl()).isEqualTo("/dossiers/" + d.id());
        Document page = back(refused);
        assertThat(page.select("#kept-problems li").eachText())
                .containsExactly(
                        "Ngày sinh: “1985-02-30” không phải là một ngày có thật: ghi theo dạng ngày/tháng/năm");
        assertThat(page.select("#kept-problems").text()).contains("vẫn được giữ");
        // the form the user filled is on the page for the script to fill back in
        assertThat(page.select("form input[name=fullName]")).isNotEmpty();
        assertThat(page.select("script[src*=keep-input]")).hasSize(1);
    }

    @Test
    void aRequestFromNoPageStillGetsTheErrorPageNamingTheField() throws Exception {
        Dossier d = dossiers.create(
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"), DossierKind.REGULAR, null, 2025, "Hồ sơ không trang");

        MockHttpServletResponse refused = mvc.perform(post("/dossiers/{id}/nominees", d.id())
                        .param("version", "số phiên bản")
                        .param("subject", "INDIVIDUAL")
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8))
                        .text())
                .contains("“số phiên bản” không phải là một số");
    }

    @Test
    void everyFormPostWithAValueOfTheWrongTypeGoesBackToItsPage() throws Exception {
        List<String> lost = new ArrayList<>();
        int crawled = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (!info.getMethodsCondition()
                    .getMethods()
                    .contains(org.springframework.web.bind.annotation.RequestMethod.POST)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api") || pattern.startsWith("/login") || pattern.startsWith("/logout")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (MethodParameter p : handler.getMethodParameters()) {
                    RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                    Class<?> type = p.getParameterType();
                    if (rp == null
                            || type == String.class
                            || type.getName().contains("Multipart")
                            || java.util.Collection.class.isAssignableFrom(type)
                            || java.util.Map.class.isAssignableFrom(type)) {
                        continue;
                    }
                    String name = rp.name().isEmpty()
                            ? (rp.value().isEmpty() ? p.getParameterName() : rp.value())
                            : rp.name();
                    MockHttpServletResponse r = mvc.perform(post(path)
                                    .header("Referer", "http://localhost/dossiers")
                                    .param(name, "31/02/không")
                                    .with(csrf()))
                            .andReturn()
                            .getResponse();
                    crawled++;
                    boolean backToTheForm = r.getStatus() == 302 && "/dossiers".equals(r.getRedirectedUrl());
                    if (!backToTheForm) {
                        lost.add(pattern + " " + name + " (" + type.getSimpleName() + ") → " + r.getStatus() + " "
                                + r.getRedirectedUrl());
                    }
                }
            }
        }
        assertThat(crawled).isGreaterThan(30);
        assertThat(lost).isEmpty();
    }
}
