package vn.thidua.report.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * {@code --thidua.bench.reports=true}: times every form and table as the Ban TĐKT opens it (facts read, cells
 * computed, checks run) for the year 2025 and for the ten years 2016–2025, median of 5 runs after 2 warm-ups, and
 * the Excel and PDF exports of the year (bench/reports.sh; docs/benchmarks.md).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "thidua.bench.reports", havingValue = "true")
class ReportFormsBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportFormsBenchmark.class);

    private final ReportForms reports;
    private final UserDetailsService users;

    ReportFormsBenchmark(ReportForms reports, UserDetailsService users) {
        this.reports = reports;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDetails user = users.loadUserByUsername("bantdkt");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            Period year = Period.of(Period.Kind.YEAR, 2025, 0, null, null);
            Period decade = Period.of(Period.Kind.RANGE, 0, 0, LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31));
            for (FormDefinition f : reports.forms()) {
                FormTable last = reports.compute(f.id(), year);
                long y = median(() -> reports.compute(f.id(), year));
                long d = median(() -> reports.compute(f.id(), decade));
                long x = median(
                        () -> FormExport.excel(reports.compute(f.id(), year), "bench", "", LocalDate.of(2026, 1, 5)));
                long p = median(
                        () -> FormExport.pdf(reports.compute(f.id(), year), "bench", "", LocalDate.of(2026, 1, 5)));
                log.info(
                        "Báo cáo {} — năm 2025: {} ms; 2016–2025: {} ms; Excel: {} ms; PDF: {} ms; ô 01/1 hoặc đầu: {}",
                        f.id(),
                        y,
                        d,
                        x,
                        p,
                        last.printed(f.rows().get(0).code(), f.columns().get(0).code()));
            }
            log.info("report bench done");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long median(Runnable work) {
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        return times.get(2);
    }
}
