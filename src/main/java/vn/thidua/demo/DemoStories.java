package vn.thidua.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.decision.Decision;
import vn.thidua.decision.Decisions;
import vn.thidua.decision.Recipient;
import vn.thidua.portal.Articles;

/**
 * What the portal's editor publishes after the year: the stories of a few people the Chairman has
 * just honoured (their names and positions from the signed decisions; the stories themselves are
 * illustrative and say so), and the news of the year's review.
 */
@Component
class DemoStories {

    static final String ILLUSTRATIVE = "(Câu chuyện minh họa của bản trình diễn; nhân vật và số liệu không có thật.)";

    private final Articles articles;
    private final Decisions decisions;
    private final DemoActors actors;
    private final java.time.Clock clock;

    DemoStories(Articles articles, Decisions decisions, DemoActors actors, java.time.Clock clock) {
        this.articles = articles;
        this.decisions = decisions;
        this.actors = actors;
        this.clock = clock;
    }

    void load(List<Decision> signed) {
        List<Recipient> honoured = actors.as(
                "bantdkt",
                () -> signed.stream()
                        .flatMap(d -> decisions.recipients(d.id()).stream())
                        .limit(3)
                        .toList());
        Instant now = clock.instant();
        actors.run("bientap", () -> {
            int day = honoured.size() + 1;
            for (Recipient r : honoured) {
                Story s = story(r);
                publish(
                        "guong-dien-hinh",
                        s.title(),
                        s.summary(),
                        s.body() + "\n" + ILLUSTRATIVE,
                        now.minus(Duration.ofDays(day--)));
            }
            publish(
                    "tin-tuc",
                    "Tổng kết công tác thi đua, khen thưởng năm 2025",
                    "Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng; Chủ tịch UBND tỉnh ký quyết định tặng"
                            + " Bằng khen và danh hiệu Chiến sĩ thi đua cấp tỉnh.",
                    "Hội đồng Thi đua - Khen thưởng tỉnh đã họp, bỏ phiếu kín xét các hồ sơ đề nghị khen thưởng tổng"
                            + " kết năm 2025 do các sở, ngành gửi lên sau khi Ban Thi đua - Khen thưởng thẩm định.\n"
                            + "Trên cơ sở kết quả bỏ phiếu, Chủ tịch UBND tỉnh đã ký số các quyết định khen thưởng;"
                            + " danh sách được công bố tại mục Bảng vàng, mỗi giấy khen có mã QR để tra cứu.\n"
                            + "(Tin minh họa của bản trình diễn.)",
                    now);
        });
    }

    private record Story(String title, String summary, String body) {}

    private static Story story(Recipient r) {
        String who = r.fullName();
        String position = r.position() == null || r.position().isBlank()
                ? "cán bộ"
                : r.position().toLowerCase();
        return new Story(
                "Gương điển hình: " + who,
                who + ", " + position + ", được Chủ tịch UBND tỉnh khen thưởng năm 2025.",
                "Nhiều năm liền hoàn thành xuất sắc nhiệm vụ, " + who + " (" + position + ") luôn đi đầu trong phong"
                        + " trào thi đua của đơn vị, có sáng kiến cải tiến quy trình công việc được áp dụng rộng rãi.\n"
                        + "Đồng nghiệp kể lại rằng những việc khó nhất của năm đều có phần đóng góp của "
                        + who + "; thành tích ấy được Hội đồng Thi đua - Khen thưởng tỉnh ghi nhận và đề nghị"
                        + " khen thưởng.");
    }

    private void publish(String category, String title, String summary, String body, Instant at) {
        Articles.Article draft = articles.write(category, title, summary, body, at, "Ban biên tập");
        articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED);
    }
}
