package vn.thidua.portal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The portal's link blocks to other public systems, set in configuration ({@code thidua.portal.links}). */
@ConfigurationProperties("thidua.portal")
public record Links(List<Link> links) {

    public record Link(String name, String url) {}

    public Links {
        links = links == null || links.isEmpty()
                ? List.of(
                        new Link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
                        new Link(
                                "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Tây Ninh",
                                "https://dichvucong.tayninh.gov.vn"),
                        new Link(
                                "Tiếp nhận phản ánh, kiến nghị về quy định hành chính",
                                "https://pakn.dichvucong.gov.vn"),
                        new Link("Cổng thông tin điện tử tỉnh Tây Ninh", "https://tayninh.gov.vn"),
                        new Link("Ban Thi đua - Khen thưởng Trung ương", "https://thiduakhenthuongvn.org.vn"))
                : List.copyOf(links);
    }
}
