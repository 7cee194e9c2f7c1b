package vn.thidua.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * The commendation fund (quỹ thi đua, khen thưởng): income the Ban TĐKT records (the budget
 * allocation, money recovered), payouts booked when a decision is signed; the balance; and each
 * decision's payment list to sign for the money.
 */
@Service
public class Fund {

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final AccessScope scope;
    private final org.springframework.context.ApplicationEventPublisher events;

    Fund(
            JdbcClient jdbc,
            Decisions decisions,
            AccessScope scope,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.scope = scope;
        this.events = events;
    }

    public record Entry(
            Long id, LocalDate date, String kind, long amount, String description, Long decisionId, String by) {}

    @Transactional(readOnly = true)
    public List<Entry> ledger() {
        requireSecretariat();
        return jdbc.sql(
                        "select id, entry_date, kind, amount, description, decision_id, recorded_by from decision_fund_entry"
                                + " order by entry_date, id")
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        (Long) rs.getObject(6, Long.class),
                        rs.getString(7)))
                .list();
    }

    @Transactional(readOnly = true)
    public long balance() {
        return ledger().stream()
                .mapToLong(e -> "INCOME".equals(e.kind()) ? e.amount() : -e.amount())
                .sum();
    }

    @Transactional
    public void income(LocalDate date, long amount, String description) {
        requireSecretariat();
        if (date == null || amount <= 0 || description == null || description.isBlank()) {
            throw InvalidInput.of(
                    amount <= 0 ? "amount" : date == null ? "date" : "description", "validation.fund.entry");
        }
        jdbc.sql("insert into decision_fund_entry (entry_date, kind, amount, description, recorded_by)"
                        + " values (:d, 'INCOME', :a, :desc, :by)")
                .param("d", date)
                .param("a", amount)
                .param("desc", description.strip())
                .param("by", scope.actor().username())
                .update();
        events.publishEvent(AuditableChange.created("fund", date, "INCOME " + amount + " " + description));
    }

    /** Danh sách chi tiền thưởng: one row per valid recipient with a column to sign for the money. */
    @Transactional(readOnly = true)
    public byte[] paymentList(Long decisionId) {
        requireSecretariat();
        Decision d = decisions.find(decisionId);
        List<Recipient> recipients = decisions.recipients(decisionId).stream()
                .filter(r -> r.status() == Recipient.Status.VALID)
                .toList();
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách chi");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CHI TIỀN THƯỞNG");
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(
                            "Theo Quyết định số " + d.numberText() + " ngày " + DecisionDocument.date(d.decidedOn())
                                    + " " + d.title().replaceFirst("^Về việc", "về việc"));
            String[] header = {"STT", "Họ và tên, tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)", "Ký nhận"};
            Row h = sheet.createRow(3);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            long total = 0;
            int r = 3;
            for (Recipient x : recipients) {
                Row row = sheet.createRow(++r);
                row.createCell(0).setCellValue(x.seq());
                row.createCell(1).setCellValue(x.fullName());
                row.createCell(2).setCellValue(x.position() == null ? "" : x.position());
                row.createCell(3).setCellValue(x.amount() == null ? 0 : x.amount());
                total += x.amount() == null ? 0 : x.amount();
            }
            Row sum = sheet.createRow(++r);
            sum.createCell(1).setCellValue("Tổng cộng");
            sum.createCell(3).setCellValue(total);
            sheet.setColumnWidth(1, 32 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(3, 16 * 256);
            sheet.setColumnWidth(4, 16 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireSecretariat() {
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN) {
            throw new AccessDeniedException("the fund is kept by the Ban TĐKT");
        }
    }
}
