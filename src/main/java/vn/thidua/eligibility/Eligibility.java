package vn.thidua.eligibility;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.CollectiveHistory;
import vn.thidua.achievement.CollectiveRecords;
import vn.thidua.achievement.History;

/** Judges a stored person's record with the same rule book as the API judges an inline history. */
@Service
public class Eligibility {

    private final AchievementRecords records;
    private final CollectiveRecords collectives;
    private final java.time.Clock clock;

    Eligibility(AchievementRecords records, CollectiveRecords collectives, java.time.Clock clock) {
        this.records = records;
        this.collectives = collectives;
        this.clock = clock;
    }

    /**
     * Stored records are judged as on today's date, the review date (NĐ 98/2023 Điều 4): discipline in
     * force today refuses, even when it began after the achievement's years (issue 17).
     */
    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** A verdict for every award encoded for collectives under the year's rules. */
    @Transactional(readOnly = true)
    public List<Verdict> verdictsForCollective(Long unitId, int year) {
        return verdictsOf(collectives.historyOf(unitId, year, year), year);
    }

    /** The same, for a collective's record already read (with the year's member tally). */
    public List<Verdict> verdictsOf(CollectiveHistory history, int year) {
        return judge(candidateOf(history), Candidate.Kind.COLLECTIVE, year, today());
    }

    static Candidate candidateOf(CollectiveHistory h) {
        return new Candidate(
                Candidate.Kind.COLLECTIVE,
                false,
                ratings(h.ratings()),
                titles(h.titles()),
                awards(h.awards()),
                List.of(),
                List.of(),
                h.members().stream()
                        .map(m -> new Candidate.MemberYear(
                                m.year(),
                                m.members(),
                                m.completedDuties(),
                                m.advancedWorkers(),
                                m.grassrootsFighters(),
                                m.disciplinedAtWarningOrAbove()))
                        .toList(),
                h.standings().stream()
                        .map(s -> new Candidate.BlockStanding(s.year(), s.rank()))
                        .toList());
    }

    /**
     * The verdict on one proposal: a person's record judged for an award on a basis; empty when the
     * rule book does not encode that award for that basis and year (the appraiser checks by hand).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Verdict> judgePerson(
            Long personId, int year, Award award, vn.thidua.achievement.Basis basis) {
        return judgeOne(candidateOf(records.historyOf(personId)), year, award, basis, today());
    }

    /** The same for a collective (a unit), with the year's member tally. */
    @Transactional(readOnly = true)
    public java.util.Optional<Verdict> judgeCollective(
            Long unitId, int year, Award award, vn.thidua.achievement.Basis basis) {
        return judgeOne(candidateOf(collectives.historyOf(unitId, year, year)), year, award, basis, today());
    }

    /** The same for a person's record already read (a whole list is read in one pass). */
    public java.util.Optional<Verdict> judge(
            History history, int year, Award award, vn.thidua.achievement.Basis basis) {
        return judgeOne(candidateOf(history), year, award, basis, today());
    }

    private static java.util.Optional<Verdict> judgeOne(
            Candidate candidate,
            int year,
            Award award,
            vn.thidua.achievement.Basis basis,
            java.time.LocalDate reviewDate) {
        try {
            return java.util.Optional.of(RuleBook.evaluate(award, year, basis, candidate, reviewDate));
        } catch (RuleBook.NotEncoded notEncoded) {
            return java.util.Optional.empty();
        }
    }

    /** A verdict for every award encoded for the year's rules (individuals, regular basis). */
    @Transactional(readOnly = true)
    public List<Verdict> verdictsFor(Long personId, int year) {
        return verdictsOf(records.historyOf(personId), year);
    }

    /** The same, for a person's record already read. */
    public List<Verdict> verdictsOf(History history, int year) {
        return judge(candidateOf(history), Candidate.Kind.INDIVIDUAL, year, today());
    }

    private static List<Verdict> judge(Candidate candidate, Candidate.Kind kind, int year, java.time.LocalDate day) {
        return Arrays.stream(Award.values())
                .filter(award -> RuleBook.covers(award, kind, year))
                .map(award -> RuleBook.evaluate(award, year, vn.thidua.achievement.Basis.REGULAR, candidate, day))
                .toList();
    }

    static Candidate candidateOf(History h) {
        return new Candidate(
                Candidate.Kind.INDIVIDUAL,
                h.directWorker(),
                ratings(h.ratings()),
                titles(h.titles()),
                awards(h.awards()),
                h.initiatives().stream()
                        .map(i -> new Candidate.Initiative(i.year(), i.scope()))
                        .toList(),
                h.discipline().stream()
                        .map(d -> new Candidate.Discipline(d.from(), d.to()))
                        .toList(),
                List.of(),
                List.of(),
                h.productionModels().stream()
                        .map(m -> new Candidate.ProductionModel(m.since(), m.until()))
                        .toList());
    }

    private static List<Candidate.YearRating> ratings(List<History.RatingEntry> ratings) {
        return ratings.stream()
                .map(r -> new Candidate.YearRating(r.year(), r.rating()))
                .toList();
    }

    private static List<Candidate.YearTitle> titles(List<History.TitleEntry> titles) {
        return titles.stream()
                .map(t -> new Candidate.YearTitle(t.year(), t.title()))
                .toList();
    }

    /** Forms received, with their basis: thematic and sudden ones never open a regular chain (R18). */
    private static List<Candidate.ReceivedAward> awards(List<History.AwardEntry> awards) {
        return awards.stream()
                .map(a -> new Candidate.ReceivedAward(a.date(), a.form(), a.basis()))
                .toList();
    }
}
