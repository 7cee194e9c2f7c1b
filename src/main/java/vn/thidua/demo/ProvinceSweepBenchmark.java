package vn.thidua.demo;

import java.util.Arrays;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.ProvinceSweep;

/**
 * {@code --thidua.bench.sweep=true}: times the whole-province eligibility sweep for 2025 (every
 * person and collective, every title and form) against merely reading the same records, in the
 * same run; prints the medians of 5 runs after 2 warm-up runs and their ratio.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "thidua.bench.sweep", havingValue = "true")
class ProvinceSweepBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvinceSweepBenchmark.class);
    private static final int YEAR = 2025;
    private static final int WARM_UP = 2;
    private static final int MEASURED = 5;

    private final ProvinceSweep sweep;
    private final JdbcClient jdbc;
    private final UserDetailsService users;

    ProvinceSweepBenchmark(ProvinceSweep sweep, JdbcClient jdbc, UserDetailsService users) {
        this.sweep = sweep;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (BenchSupport.SignedIn signedIn = BenchSupport.signIn(users, "bantdkt")) {
            long people = count("organization_person");
            long facts = count("achievement_rating")
                    + count("achievement_title")
                    + count("achievement_award")
                    + count("achievement_initiative")
                    + count("achievement_discipline");
            long[] read = {0};
            ProvinceSweep.Result[] result = {null};
            double sweepMs = median(() -> {
                result[0] = sweep.sweep(YEAR);
                return result[0].verdicts();
            });
            double readMs = median(() -> read[0] = sweep.readOnly(YEAR));
            log.info(
                    """

                    Xét toàn tỉnh / whole-province sweep, achievement year {}: {} people, {} facts, {} cores
                    read only (baseline):  median {} ms ({} facts read)
                    sweep (read + judge):  median {} ms ({} people, {} collectives, {} verdicts)
                    eligible people: {}
                    eligible collectives: {}
                    sweep / read ratio: {}""",
                    YEAR,
                    people,
                    facts,
                    Runtime.getRuntime().availableProcessors(),
                    "%.0f".formatted(readMs),
                    read[0],
                    "%.0f".formatted(sweepMs),
                    result[0].people(),
                    result[0].collectives(),
                    result[0].verdicts(),
                    result[0].eligiblePeople(),
                    result[0].eligibleCollectives(),
                    "%.2f".formatted(sweepMs / readMs));
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static double median(LongSupplier work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.getAsLong();
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[MEASURED / 2];
    }
}
