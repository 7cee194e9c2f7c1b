package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;

/**
 * Everything eligibility reads about a person or collective: yearly ratings, titles already
 * decided, forms received, recognised initiatives, discipline. Facts, counted as given.
 */
public record Candidate(
        Kind kind,
        boolean directWorker,
        List<YearRating> ratings,
        List<YearTitle> titles,
        List<ReceivedAward> awards,
        List<Initiative> initiatives,
        List<Discipline> discipline,
        List<MemberYear> members,
        List<BlockStanding> standings,
        List<ProductionModel> productionModels) {

    /** A history without production models (everyone but farmers). */
    public Candidate(
            Kind kind,
            boolean directWorker,
            List<YearRating> ratings,
            List<YearTitle> titles,
            List<ReceivedAward> awards,
            List<Initiative> initiatives,
            List<Discipline> discipline,
            List<MemberYear> members,
            List<BlockStanding> standings) {
        this(kind, directWorker, ratings, titles, awards, initiatives, discipline, members, standings, List.of());
    }

    /** An individual's history: no member statistics, no block standings. */
    public Candidate(
            Kind kind,
            boolean directWorker,
            List<YearRating> ratings,
            List<YearTitle> titles,
            List<ReceivedAward> awards,
            List<Initiative> initiatives,
            List<Discipline> discipline) {
        this(kind, directWorker, ratings, titles, awards, initiatives, discipline, List.of(), List.of());
    }

    public enum Kind {
        INDIVIDUAL,
        COLLECTIVE,
        HOUSEHOLD
    }

    public record YearRating(int year, Rating rating) {}

    public record YearTitle(int year, Award title) {}

    /** A form received; only regular ones count towards the chains (NĐ 98/2023 Điều 4, docs/legal-reference.md R18). */
    public record ReceivedAward(LocalDate date, Award form, Basis basis) {

        /** No basis given means the regular one (the usual case: a BK tỉnh for two years' work). */
        public ReceivedAward {
            basis = basis == null ? Basis.REGULAR : basis;
        }

        public ReceivedAward(LocalDate date, Award form) {
            this(date, form, Basis.REGULAR);
        }
    }

    public record Initiative(int year, InitiativeScope scope) {}

    /** A discipline period; an open end means still running. */
    public record Discipline(LocalDate from, LocalDate to) {

        boolean overlapsYear(int year) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            return !from.isAfter(last) && (to == null || !to.isBefore(first));
        }
    }

    /**
     * A collective's members in a year, as their own records show them: how many, how many rated at
     * least "hoàn thành nhiệm vụ", how many Lao động tiên tiến and Chiến sĩ thi đua cơ sở, and how
     * many were disciplined at "cảnh cáo" or above.
     */
    public record MemberYear(
            int year,
            int members,
            int completedDuties,
            int advancedWorkers,
            int grassrootsFighters,
            int disciplinedAtWarningOrAbove) {}

    /**
     * A farmer's (or household's) production model (mô hình sản xuất, kinh doanh), effective and
     * stable from {@code since} to {@code until} inclusive (open end: still running), as confirmed by
     * the commune: the achievement evidence of Luật TĐKT 2022 Điều 73 khoản 2 (docs/legal-reference.md R14).
     */
    public record ProductionModel(int since, Integer until) {

        /** How many years of the model are effective and stable by the end of {@code year}. */
        public int yearsBy(int year) {
            int last = until == null ? year : Math.min(until, year);
            return Math.max(0, last - since + 1);
        }

        /** Whether the model is still effective in {@code year}. */
        public boolean runningIn(int year) {
            return since <= year && (until == null || until >= year);
        }
    }

    /** A collective's place in its emulation block's year-end vote; rank 1 leads the block. */
    public record BlockStanding(int year, int rank) {}

    public Candidate {
        ratings = List.copyOf(ratings);
        titles = List.copyOf(titles);
        awards = List.copyOf(awards);
        initiatives = List.copyOf(initiatives);
        discipline = List.copyOf(discipline);
        members = List.copyOf(members);
        standings = List.copyOf(standings);
        productionModels = List.copyOf(productionModels);
    }

    /** The longest run, by the end of {@code year}, of a production model still effective in that year. */
    public int productionModelYears(int year) {
        int best = 0;
        for (ProductionModel m : productionModels) {
            if (m.runningIn(year)) {
                best = Math.max(best, m.yearsBy(year));
            }
        }
        return best;
    }

    public Optional<MemberYear> membersIn(int year) {
        return members.stream().filter(m -> m.year() == year).findFirst();
    }

    public Optional<BlockStanding> standingIn(int year) {
        return standings.stream().filter(s -> s.year() == year).findFirst();
    }

    // Plain loops below: a whole-province sweep asks these questions tens of millions of times.

    public Optional<Rating> ratingIn(int year) {
        for (YearRating r : ratings) {
            if (r.year() == year) {
                return Optional.of(r.rating());
            }
        }
        return Optional.empty();
    }

    public boolean holds(Award title, int year) {
        for (YearTitle t : titles) {
            if (t.year() == year && t.title() == title) {
                return true;
            }
        }
        return false;
    }

    /** Initiatives recognised in the year at this scope or wider. */
    public long initiativesIn(int year, InitiativeScope atLeast) {
        long count = 0;
        for (Initiative i : initiatives) {
            if (i.year() == year && i.scope().atLeast(atLeast)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a discipline period is in force on this day (an open end: still running). */
    public boolean disciplinedOn(LocalDate day) {
        for (Discipline d : discipline) {
            if (!d.from().isAfter(day) && (d.to() == null || !d.to().isBefore(day))) {
                return true;
            }
        }
        return false;
    }

    public boolean disciplinedIn(int year) {
        for (Discipline d : discipline) {
            if (d.overlapsYear(year)) {
                return true;
            }
        }
        return false;
    }
}
