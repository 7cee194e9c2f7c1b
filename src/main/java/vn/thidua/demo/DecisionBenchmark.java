package vn.thidua.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.decision.Certificates;
import vn.thidua.decision.DecisionDocument;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.ReportWriter;

/**
 * {@code --thidua.bench.decision=true}: a signed decision with 1,000 recipients (real demo people)
 * written as DOCX and PDF, and its 1,000 certificates with QR codes as one PDF. Median of 3 runs
 * after 1 warm-up; baseline in the same run: the same 1,000 rows as a plain PDF table report.
 */
@Component
@Order(24)
@ConditionalOnProperty(name = "thidua.bench.decision", havingValue = "true")
class DecisionBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DecisionBenchmark.class);
    private static final int RECIPIENTS = 1_000;

    private final JdbcClient jdbc;
    private final DecisionDocument documents;
    private final Certificates certificates;
    private final MessageSource messages;
    private final UserDetailsService users;
    private final TransactionTemplate tx;

    DecisionBenchmark(
            JdbcClient jdbc,
            DecisionDocument documents,
            Certificates certificates,
            MessageSource messages,
            UserDetailsService users,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.certificates = certificates;
        this.messages = messages;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (BenchSupport.SignedIn signedIn = BenchSupport.signIn(users, "bantdkt")) {
            long id = tx.execute(s -> decision());
            List<String[]> rows = jdbc.sql(
                            "select seq, full_name, position, amount from decision_recipient where decision_id = :d"
                                    + " order by seq")
                    .param("d", id)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                    .list();
            double[] docx = new double[3];
            double[] pdf = new double[3];
            double[] certs = new double[3];
            double[] plain = new double[3];
            long pdfBytes = 0;
            long certBytes = 0;
            for (int run = -1; run < 3; run++) {
                long t0 = System.nanoTime();
                byte[] w = documents.write(
                        id, DocumentFormat.DOCX, k -> messages.getMessage(k, null, k, Locale.forLanguageTag("vi")));
                long t1 = System.nanoTime();
                byte[] p = documents.write(
                        id, DocumentFormat.PDF, k -> messages.getMessage(k, null, k, Locale.forLanguageTag("vi")));
                long t2 = System.nanoTime();
                byte[] c = certificates.batch(id, "https://thidua.tayninh.gov.vn/xac-minh/");
                long t3 = System.nanoTime();
                byte[] b;
                try (ReportWriter r = DocumentFormat.PDF.report("DANH SÁCH")) {
                    b = r.table(new String[] {"STT", "Họ và tên", "Chức vụ, đơn vị", "Tiền thưởng"}, rows)
                            .bytes();
                }
                long t4 = System.nanoTime();
                if (run >= 0) {
                    docx[run] = (t1 - t0) / 1e6;
                    pdf[run] = (t2 - t1) / 1e6;
                    certs[run] = (t3 - t2) / 1e6;
                    plain[run] = (t4 - t3) / 1e6;
                }
                pdfBytes = p.length;
                certBytes = c.length;
                if (w.length == 0 || b.length == 0) {
                    throw new IllegalStateException("empty output");
                }
            }
            Arrays.sort(docx);
            Arrays.sort(pdf);
            Arrays.sort(certs);
            Arrays.sort(plain);
            log.info(
                    """

                    Quyết định 1.000 người / decision with {} recipients
                    decision DOCX: median {} ms; decision PDF: median {} ms ({} bytes); DOCX + PDF: {} ms
                    {} certificates with QR, one PDF: median {} ms ({} bytes)
                    baseline, the same rows as a plain PDF table: median {} ms
                    decision PDF / baseline ratio: {}""",
                    RECIPIENTS,
                    "%.0f".formatted(docx[1]),
                    "%.0f".formatted(pdf[1]),
                    pdfBytes,
                    "%.0f".formatted(docx[1] + pdf[1]),
                    RECIPIENTS,
                    "%.0f".formatted(certs[1]),
                    certBytes,
                    "%.0f".formatted(plain[1]),
                    "%.2f".formatted(pdf[1] / plain[1]));
        }
    }

    /** A signed decision naming the first 1,000 people of the demo, inserted as the office would have it. */
    private long decision() {
        long province = jdbc.sql(
                        "select id from organization_unit where kind = 'PROVINCE' and valid_to is null order by id")
                .query(Long.class)
                .list()
                .get(0);
        jdbc.sql(
                        "insert into decision_decision (issuer_unit_id, symbol, decision_year, number, kind, award, achievement_year,"
                                + " place, decided_on, title, authority, basis, proposal, signer_name, signer_position,"
                                + " recipients_note, status, created_by) values (:i, 'QĐ-UBND', 2099, 999, 'AWARD',"
                                + " 'PROVINCIAL_CERTIFICATE_OF_MERIT', 2025, 'Tây Ninh', current_date,"
                                + " 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH',"
                                + " 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Theo đề nghị của Giám đốc Sở Nội vụ.',"
                                + " 'Nguyễn Văn Út', 'CHỦ TỊCH', 'Như Điều 3;', 'SIGNED', 'bench')")
                .param("i", province)
                .update();
        long id = jdbc.sql("select max(id) from decision_decision")
                .query(Long.class)
                .single();
        List<Object[]> people = jdbc
                .sql("""
                select p.id, p.full_name, u.name from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                join organization_unit u on u.id = a.unit_id order by p.id""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .list()
                .stream()
                .limit(RECIPIENTS)
                .toList();
        int seq = 0;
        for (Object[] p : people) {
            seq++;
            jdbc.sql("insert into decision_recipient (decision_id, seq, subject, person_id, full_name, position, award,"
                            + " posthumous, amount, code, status) values (:d, :s, 'INDIVIDUAL', :p, :n, :pos,"
                            + " 'PROVINCIAL_CERTIFICATE_OF_MERIT', false, 3800000, :c, 'VALID')")
                    .param("d", id)
                    .param("s", seq)
                    .param("p", p[0])
                    .param("n", p[1])
                    .param("pos", "Chuyên viên, " + p[2])
                    .param("c", String.format("BENCH%015d", seq + id * 10000L).substring(0, 20))
                    .update();
        }
        return id;
    }
}
