package vn.thidua.eligibility;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Amendments docs/legal-reference.md cannot confirm are off until the province says otherwise:
 * {@code thidua.eligibility.amendment-2026-from: 2026-10-01} applies the 2026 amendment (CSTĐCS needs
 * both an excellent rating and an initiative) to achievements ending from that day.
 */
@Component
class LawAmendments {

    private static final Logger log = LoggerFactory.getLogger(LawAmendments.class);

    LawAmendments(@Value("${thidua.eligibility.amendment-2026-from:}") String from) {
        LocalDate day = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
        RulesInForce.amendment2026From(day);
        if (day != null) {
            log.warn("Áp dụng Luật TĐKT sửa đổi năm 2026 (chưa xác nhận) cho thành tích từ {}", day);
        }
    }
}
