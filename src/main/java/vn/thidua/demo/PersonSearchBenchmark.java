package vn.thidua.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.thidua.organization.PersonSearch;
import vn.thidua.shared.VietnameseText;

/**
 * {@code --thidua.bench.person-search=true}: times person search on the running database, as the
 * Ban TĐKT (whole province) and as a unit officer, against a naive {@code LIKE '%…%'} scan measured
 * in the same run, prints median, p95 and p99 in milliseconds, then the application carries on.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "thidua.bench.person-search", havingValue = "true")
class PersonSearchBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonSearchBenchmark.class);
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2000;

    private final PersonSearch search;
    private final JdbcClient jdbc;
    private final UserDetailsService users;

    PersonSearchBenchmark(PersonSearch search, JdbcClient jdbc, UserDetailsService users) {
        this.search = search;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        int people = jdbc.sql("select count(*) from organization_person")
                .query(Integer.class)
                .single();
        List<String> queries = queries();
        StringBuilder report = new StringBuilder("\nTìm cá nhân / person search, ")
                .append(people)
                .append(" people, ")
                .append(MEASURED)
                .append(" queries after ")
                .append(WARM_UP)
                .append(" warm-up\n")
                .append("%-34s %9s %9s %9s%n".formatted("case", "median", "p95", "p99"));
        double[] province = time("bantdkt", queries, q -> search.search(q, 50).size());
        double[] officer = time("donvi", queries, q -> search.search(q, 50).size());
        double[] naive = time("bantdkt", queries, this::naiveScan);
        line(report, "search, whole province (bantdkt)", province);
        line(report, "search, one unit (donvi)", officer);
        line(report, "baseline: LIKE '%q%' scan", naive);
        report.append("p95 ratio baseline / search: %.1f%n".formatted(naive[1] / province[1]));
        log.info(report.toString());
    }

    /** Realistic queries from the names in the database: full, given name, last two words, prefixes. */
    private List<String> queries() {
        List<String> names = jdbc.sql("select name_folded from organization_person order by id")
                .query(String.class)
                .list();
        Random random = new Random(42);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String[] words = names.get(random.nextInt(names.size())).split(" ");
            String given = words[words.length - 1];
            queries.add(
                    switch (i % 5) {
                        case 0 -> String.join(" ", words);
                        case 1 -> given;
                        case 2 -> words.length > 1 ? words[words.length - 2] + " " + given : given;
                        case 3 -> words[0].substring(0, Math.min(4, words[0].length()));
                        default -> String.join(" ", Arrays.copyOf(words, Math.max(1, words.length - 1)));
                    });
        }
        return queries;
    }

    private double[] time(String username, List<String> queries, Function<String, Integer> query) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            for (int i = 0; i < WARM_UP; i++) {
                query.apply(queries.get(i % queries.size()));
            }
            double[] millis = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                query.apply(queries.get(i % queries.size()));
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return new double[] {millis[MEASURED / 2], millis[MEASURED * 95 / 100], millis[MEASURED * 99 / 100]};
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int naiveScan(String query) {
        return jdbc.sql("""
        select p.id, p.full_name, u.name from organization_person p
        left join organization_assignment a on a.organization_person = p.id and a.to_date is null
        left join organization_unit u on u.id = a.unit_id
        where p.name_folded like :q order by p.name_folded limit 50""")
                .param("q", "%" + VietnameseText.fold(query) + "%")
                .query()
                .listOfRows()
                .size();
    }

    private static void line(StringBuilder report, String name, double[] figures) {
        report.append("%-34s %9.2f %9.2f %9.2f%n".formatted(name, figures[0], figures[1], figures[2]));
    }
}
