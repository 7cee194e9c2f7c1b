package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.DisciplineForm;
import vn.thidua.achievement.History;
import vn.thidua.achievement.HistoryReader;
import vn.thidua.achievement.Rating;

/**
 * Judges the whole province for a year: every person for every title and form encoded for
 * individuals, every current unit as a collective, in one ordered pass over the records. The people
 * are cut into slices by id, one per core, each read and judged by its own worker in its own
 * read-only transaction; member tallies (members on 31 December) come from the same pass.
 */
@Service
public class ProvinceSweep {

    private final HistoryReader histories;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnlyTx;

    ProvinceSweep(HistoryReader histories, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.histories = histories;
        this.jdbc = jdbc;
        this.readOnlyTx = new TransactionTemplate(transactions);
        this.readOnlyTx.setReadOnly(true);
    }

    /** How many were judged, and how many are eligible for each award. */
    public record Result(
            int people,
            int collectives,
            long verdicts,
            Map<Award, Long> eligiblePeople,
            Map<Award, Long> eligibleCollectives) {}

    /** Reads every record once without judging, sliced the same way: the baseline the sweep is compared to. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    public long readOnly(int year) {
        return inSlices(
                        HistoryReader.Selection.everyone(LocalDate.of(year, 12, 31))
                                .factsOnly(),
                        slice -> {
                            long[] facts = {0};
                            histories.forEach(slice, read -> {
                                History h = read.history();
                                facts[0] += h.ratings().size()
                                        + h.titles().size()
                                        + h.awards().size()
                                        + h.initiatives().size()
                                        + h.discipline().size();
                            });
                            return facts[0];
                        })
                .stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Runs the work on each slice of people, one slice per core, each in its own read-only transaction. */
    private <T> List<T> inSlices(
            HistoryReader.Selection selection, java.util.function.Function<HistoryReader.Selection, T> work) {
        long[] ids = histories.idRange();
        int slices = Math.max(1, Runtime.getRuntime().availableProcessors());
        long span = (ids[1] - ids[0]) / slices + 1;
        ExecutorService pool = Executors.newFixedThreadPool(slices);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < slices; i++) {
                long from = ids[0] + i * span;
                long to = i == slices - 1 ? ids[1] : from + span - 1;
                pending.add(pool.submit(() -> readOnlyTx.execute(status -> work.apply(selection.slice(from, to)))));
            }
            List<T> done = new ArrayList<>();
            for (Future<T> f : pending) {
                done.add(f.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("sweep failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    public Result sweep(int year) {
        List<Award> forPeople = encoded(Candidate.Kind.INDIVIDUAL, year);
        List<Award> forCollectives = encoded(Candidate.Kind.COLLECTIVE, year);
        Map<Award, LongAdder> eligiblePeople = counters(forPeople);
        LongAdder verdicts = new LongAdder();
        List<Slice> done = inSlices(
                HistoryReader.Selection.everyone(LocalDate.of(year, 12, 31)).factsOnly(),
                slice -> judgeSlice(slice, forPeople, year, eligiblePeople, verdicts));
        Map<Long, int[]> tallies = new HashMap<>();
        int people = 0;
        for (Slice slice : done) {
            people += slice.people();
            slice.tallies().forEach((unit, t) -> {
                int[] sum = tallies.computeIfAbsent(unit, u -> new int[5]);
                for (int k = 0; k < 5; k++) {
                    sum[k] += t[k];
                }
            });
        }
        Map<Award, LongAdder> eligibleCollectives = counters(forCollectives);
        List<Candidate> collectives = readOnlyTx.execute(status -> collectives(year, tallies));
        for (Candidate c : collectives) {
            for (Award award : forCollectives) {
                verdicts.increment();
                if (RuleBook.evaluate(award, year, c).eligible()) {
                    eligibleCollectives.get(award).increment();
                }
            }
        }
        return new Result(
                people, collectives.size(), verdicts.sum(), totals(eligiblePeople), totals(eligibleCollectives));
    }

    /** What one worker found in its slice of people: how many, and the member tallies by unit. */
    private record Slice(int people, Map<Long, int[]> tallies) {}

    /** Reads one slice in person order and judges each person as they arrive, on this worker's core. */
    private Slice judgeSlice(
            HistoryReader.Selection slice,
            List<Award> awards,
            int year,
            Map<Award, LongAdder> eligible,
            LongAdder verdicts) {
        Map<Long, int[]> tallies = new HashMap<>();
        int[] people = {0};
        histories.forEach(slice, read -> {
            people[0]++;
            if (read.unitAt() != null) {
                tally(tallies.computeIfAbsent(read.unitAt(), u -> new int[5]), read.history(), year);
            }
            Candidate candidate = Eligibility.candidateOf(read.history());
            for (Award award : awards) {
                if (RuleBook.evaluate(award, year, candidate).eligible()) {
                    eligible.get(award).increment();
                }
            }
        });
        verdicts.add((long) people[0] * awards.size());
        return new Slice(people[0], tallies);
    }

    /** members, completed, advanced workers, fighters, disciplined at warning or above. */
    private static void tally(int[] t, History h, int year) {
        t[0]++;
        h.ratings().stream()
                .filter(r -> r.year() == year && r.rating().atLeast(Rating.COMPLETED))
                .findAny()
                .ifPresent(r -> t[1]++);
        h.titles().forEach(title -> {
            if (title.year() == year && title.title() == Award.ADVANCED_WORKER) {
                t[2]++;
            } else if (title.year() == year && title.title() == Award.GRASSROOTS_EMULATION_FIGHTER) {
                t[3]++;
            }
        });
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (h.discipline().stream()
                .anyMatch(d -> d.form() != DisciplineForm.REPRIMAND
                        && !d.from().isAfter(last)
                        && (d.to() == null || !d.to().isBefore(first)))) {
            t[4]++;
        }
    }

    /** Every current unit with its own record and its members' tally. */
    private List<Candidate> collectives(int year, Map<Long, int[]> tallies) {
        Map<Long, List<Candidate.YearRating>> ratings = new HashMap<>();
        jdbc.sql("select unit_id, rating_year, rating from achievement_collective_rating")
                .query(rs -> {
                    ratings.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>())
                            .add(new Candidate.YearRating(rs.getInt(2), Rating.valueOf(rs.getString(3))));
                });
        Map<Long, List<Candidate.YearTitle>> titles = new HashMap<>();
        jdbc.sql("select unit_id, title_year, title from achievement_collective_title")
                .query(rs -> {
                    titles.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>())
                            .add(new Candidate.YearTitle(rs.getInt(2), Award.valueOf(rs.getString(3))));
                });
        Map<Long, List<Candidate.ReceivedAward>> awards = new HashMap<>();
        jdbc.sql("select unit_id, award_date, form, basis from achievement_collective_award")
                .query(rs -> {
                    awards.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>())
                            .add(new Candidate.ReceivedAward(
                                    rs.getObject(2, LocalDate.class),
                                    Award.valueOf(rs.getString(3)),
                                    vn.thidua.achievement.Basis.valueOf(rs.getString(4))));
                });
        Map<Long, List<Candidate.BlockStanding>> standings = new HashMap<>();
        jdbc.sql("select unit_id, standing_year, block_rank from achievement_block_standing")
                .query(rs -> {
                    standings
                            .computeIfAbsent(rs.getLong(1), u -> new ArrayList<>())
                            .add(new Candidate.BlockStanding(rs.getInt(2), rs.getInt(3)));
                });
        List<Long> units = jdbc.sql(
                        "select id from organization_unit where kind <> 'PROVINCE' and (valid_to is null or valid_to >= :d)")
                .param("d", LocalDate.of(year, 12, 31))
                .query(Long.class)
                .list();
        List<Candidate> candidates = new ArrayList<>(units.size());
        for (Long unit : units) {
            int[] t = tallies.getOrDefault(unit, new int[5]);
            candidates.add(new Candidate(
                    Candidate.Kind.COLLECTIVE,
                    false,
                    ratings.getOrDefault(unit, List.of()),
                    titles.getOrDefault(unit, List.of()),
                    awards.getOrDefault(unit, List.of()),
                    List.of(),
                    List.of(),
                    List.of(new Candidate.MemberYear(year, t[0], t[1], t[2], t[3], t[4])),
                    standings.getOrDefault(unit, List.of())));
        }
        return candidates;
    }

    private static Map<Award, LongAdder> counters(List<Award> awards) {
        Map<Award, LongAdder> counters = new EnumMap<>(Award.class);
        awards.forEach(a -> counters.put(a, new LongAdder()));
        return counters;
    }

    private static Map<Award, Long> totals(Map<Award, LongAdder> counters) {
        Map<Award, Long> totals = new EnumMap<>(Award.class);
        counters.forEach((a, n) -> totals.put(a, n.sum()));
        return totals;
    }

    private static List<Award> encoded(Candidate.Kind kind, int year) {
        return Arrays.stream(Award.values())
                .filter(a -> RuleBook.covers(a, kind, year))
                .toList();
    }
}
