package vn.thidua.eligibility;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.History;

/** Judges a stored person's record with the same rule book as the API judges an inline history. */
@Service
public class Eligibility {

    private final AchievementRecords records;

    Eligibility(AchievementRecords records) {
        this.records = records;
    }

    /** A verdict for every award encoded for the year's rules (individuals, regular basis). */
    @Transactional(readOnly = true)
    public List<Verdict> verdictsFor(Long personId, int year) {
        Candidate candidate = candidateOf(records.historyOf(personId));
        return Arrays.stream(Award.values())
                .filter(award -> RuleBook.covers(award, Candidate.Kind.INDIVIDUAL, year))
                .map(award -> RuleBook.evaluate(award, year, candidate))
                .toList();
    }

    static Candidate candidateOf(History h) {
        return new Candidate(
                Candidate.Kind.INDIVIDUAL,
                h.directWorker(),
                h.ratings().stream()
                        .map(r -> new Candidate.YearRating(r.year(), r.rating()))
                        .toList(),
                h.titles().stream()
                        .map(t -> new Candidate.YearTitle(t.year(), t.title()))
                        .toList(),
                h.awards().stream()
                        .map(a -> new Candidate.ReceivedAward(a.date(), a.form()))
                        .toList(),
                h.initiatives().stream()
                        .map(i -> new Candidate.Initiative(i.year(), i.scope()))
                        .toList(),
                h.discipline().stream()
                        .map(d -> new Candidate.Discipline(d.from(), d.to()))
                        .toList());
    }
}
