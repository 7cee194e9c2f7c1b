package vn.thidua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo portal's first article: the province's own launch of the 2023 movements, with its real
 * date (03/01/2023 15:53), as published on the provincial portal; the page furniture around it
 * (ratings, comments, statistics) is the portal's own, not copied.
 */
@Component
@Order(30)
class PortalSeed implements ApplicationRunner {

    private static final Pattern DATE = Pattern.compile("(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})");

    private final JdbcClient jdbc;
    private final boolean demo;

    private final java.time.Clock clock;

    PortalSeed(JdbcClient jdbc, @Value("${thidua.demo.enabled:false}") boolean demo, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo
                || jdbc.sql("select count(*) from portal_article")
                                .query(Integer.class)
                                .single()
                        > 0) {
            return;
        }
        String text;
        try (InputStream in = PortalSeed.class.getResourceAsStream("/seed/portal/phat-dong-thi-dua-2023.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = text.lines().toList();
        String title = lines.get(0).strip();
        LocalDateTime at = LocalDateTime.of(2023, 1, 3, 15, 53);
        int start = 1;
        for (int i = 1; i < Math.min(lines.size(), 5); i++) {
            Matcher m = DATE.matcher(lines.get(i));
            if (m.find()) {
                at = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
                start = i + 1;
                break;
            }
        }
        List<String> body = new ArrayList<>();
        String author = null;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("Tổng số điểm của bài viết")) {
                break;
            }
            if (line.matches("[A-ZĐ]{1,4}") && i + 1 < lines.size()) {
                author = line; // the author's initials close the article
                continue;
            }
            if (!line.isEmpty()) {
                body.add(line);
            }
        }
        String[][] documents = {
            {
                "DIRECTIVE",
                "01/CT-UBND",
                "2023-01-03",
                "Về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát"
                        + " triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2023",
                "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị; Chỉ thị số 19/CT-TTg ngày 16/7/2021 của"
                        + " Thủ tướng Chính phủ; Chỉ thị số 04/CT-UBND ngày 11/01/2021 của Chủ tịch UBND tỉnh;"
                        + " Kế hoạch số 310/KH-UBND ngày 01/02/2021 của UBND tỉnh"
            },
            {
                "PLAN",
                "310/KH-UBND",
                "2021-02-01",
                "Về xây dựng, nhân rộng các mô hình, điển hình tiên tiến và thi đua cùng"
                        + " các gương điển hình tiên tiến trên địa bàn tỉnh Tây Ninh giai đoạn 2021 - 2025",
                null
            }
        };
        for (String[] d : documents) {
            jdbc.sql("insert into portal_document (section, number_symbol, issuer, signer, issued_on, title, related,"
                            + " status) values (:s, :n, 'Ủy ban nhân dân tỉnh Tây Ninh', 'Chủ tịch UBND tỉnh',"
                            + " :on, :t, :r, 'PUBLISHED')")
                    .param("s", d[0])
                    .param("n", d[1])
                    .param("on", java.time.LocalDate.parse(d[2]))
                    .param("t", d[3])
                    .param("r", d[4])
                    .update();
        }
        // an invitation two weeks ahead, so the calendar of meetings has one to show (marked as illustrative)
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("insert into portal_document (section, number_symbol, issuer, signer, issued_on, title, meeting_at,"
                        + " venue, status) values ('MEETING', null, 'Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh',"
                        + " null, :on, :t, :at, :v, 'PUBLISHED')")
                .param("on", today)
                .param(
                        "t",
                        "Giấy mời dự phiên họp Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng tổng kết năm "
                                + today.getYear() + " (minh họa)")
                .param("at", today.plusDays(14).atTime(8, 0))
                .param("v", "Phòng họp Ủy ban nhân dân tỉnh (minh họa)")
                .update();
        jdbc.sql("insert into portal_article (category, slug, title, summary, body, published_at, author, status)"
                        + " values ('tin-tuc', :s, :t, :sum, :b, :at, :au, 'PUBLISHED')")
                .param("s", Articles.slug(title))
                .param("t", title)
                .param("sum", body.get(0))
                .param("b", String.join("\n", body))
                .param("at", Timestamp.from(at.atZone(clock.getZone()).toInstant()))
                .param("au", author)
                .update();
    }
}
