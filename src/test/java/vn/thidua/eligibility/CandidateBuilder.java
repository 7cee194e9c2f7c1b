package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;

/** Histories as a specialist reads them: {@code anIndividual().rated(2024, EXCELLENT).holding(2023, ADVANCED_WORKER)}. */
public final class CandidateBuilder {

    private Candidate.Kind kind = Candidate.Kind.INDIVIDUAL;
    private final List<Candidate.YearRating> ratings = new ArrayList<>();
    private final List<Candidate.YearTitle> titles = new ArrayList<>();
    private final List<Candidate.ReceivedAward> awards = new ArrayList<>();
    private final List<Candidate.Initiative> initiatives = new ArrayList<>();
    private final List<Candidate.Discipline> discipline = new ArrayList<>();
    private final List<Candidate.MemberYear> members = new ArrayList<>();
    private final List<Candidate.BlockStanding> standings = new ArrayList<>();
    private final List<Candidate.ProductionModel> models = new ArrayList<>();
    private boolean directWorker;

    private CandidateBuilder() {}

    public static CandidateBuilder anIndividual() {
        return new CandidateBuilder();
    }

    public static CandidateBuilder aCollective() {
        CandidateBuilder builder = new CandidateBuilder();
        builder.kind = Candidate.Kind.COLLECTIVE;
        return builder;
    }

    public CandidateBuilder rated(int year, Rating rating) {
        ratings.add(new Candidate.YearRating(year, rating));
        return this;
    }

    /** The same rating every year from {@code from} to {@code to}. */
    public CandidateBuilder rated(int from, int to, Rating rating) {
        for (int y = from; y <= to; y++) {
            rated(y, rating);
        }
        return this;
    }

    public CandidateBuilder holding(int year, Award title) {
        titles.add(new Candidate.YearTitle(year, title));
        return this;
    }

    public CandidateBuilder received(LocalDate date, Award form) {
        awards.add(new Candidate.ReceivedAward(date, form));
        return this;
    }

    public CandidateBuilder receivedOnBasis(LocalDate date, Award form, vn.thidua.achievement.Basis basis) {
        awards.add(new Candidate.ReceivedAward(date, form, basis));
        return this;
    }

    public CandidateBuilder withInitiative(int year, InitiativeScope scope) {
        initiatives.add(new Candidate.Initiative(year, scope));
        return this;
    }

    public CandidateBuilder disciplined(LocalDate from, LocalDate to) {
        discipline.add(new Candidate.Discipline(from, to));
        return this;
    }

    public static CandidateBuilder aHousehold() {
        CandidateBuilder builder = new CandidateBuilder();
        builder.kind = Candidate.Kind.HOUSEHOLD;
        return builder;
    }

    /**
     * A collective's members in a year: {@code withMembers(2024, 20).completing(20).advanced(15).fighters(2)}
     * reads as the officer's tally.
     */
    public Members withMembers(int year, int count) {
        return new Members(year, count);
    }

    public CandidateBuilder rankedInBlock(int year, int rank) {
        standings.add(new Candidate.BlockStanding(year, rank));
        return this;
    }

    /** A person who works, produces or farms directly (người trực tiếp lao động, sản xuất). */
    public CandidateBuilder directWorker() {
        directWorker = true;
        return this;
    }

    /** A production model effective and stable from {@code since} to {@code until} (null: still). */
    public CandidateBuilder withProductionModel(int since, Integer until) {
        models.add(new Candidate.ProductionModel(since, until));
        return this;
    }

    public Candidate build() {
        return new Candidate(
                kind, directWorker, ratings, titles, awards, initiatives, discipline, members, standings, models);
    }

    /** The tally of one year's members; every member completes duties unless told otherwise. */
    public final class Members {
        private final int year;
        private final int count;
        private int completed;
        private int advanced;
        private int fighters;
        private int disciplined;

        private Members(int year, int count) {
            this.year = year;
            this.count = count;
            this.completed = count;
        }

        public Members completing(int n) {
            completed = n;
            return this;
        }

        public Members advanced(int n) {
            advanced = n;
            return this;
        }

        public Members fighters(int n) {
            fighters = n;
            return this;
        }

        public Members disciplinedAtWarning(int n) {
            disciplined = n;
            return this;
        }

        public CandidateBuilder and() {
            members.add(new Candidate.MemberYear(year, count, completed, advanced, fighters, disciplined));
            return CandidateBuilder.this;
        }

        public Candidate build() {
            return and().build();
        }
    }
}
