package vn.thidua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.CollectiveHistory;
import vn.thidua.achievement.History;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;

/**
 * Plausible, deterministic records from a first year (2019 by default) to 2025: most people rated "hoàn thành tốt", about a fifth
 * "xuất sắc"; Lao động tiên tiến when rated well; Chiến sĩ thi đua cơ sở for some of those with an
 * excellent rating or an initiative; a provincial Bằng khen after two fighter years in a row.
 */
final class SyntheticHistories {

    static final int LAST_YEAR = 2025;

    private final Random random;
    private final int firstYear;

    SyntheticHistories(long seed, int firstYear) {
        this.random = new Random(seed);
        this.firstYear = firstYear;
    }

    int firstYear() {
        return firstYear;
    }

    History of(Long personId, boolean directWorker) {
        List<History.RatingEntry> ratings = new ArrayList<>();
        List<History.TitleEntry> titles = new ArrayList<>();
        List<History.AwardEntry> awards = new ArrayList<>();
        List<History.InitiativeEntry> initiatives = new ArrayList<>();
        boolean fighterLastYear = false;
        for (int y = firstYear; y <= LAST_YEAR; y++) {
            int roll = random.nextInt(100);
            Rating rating = roll < 20
                    ? Rating.EXCELLENT
                    : roll < 82 ? Rating.GOOD : roll < 98 ? Rating.COMPLETED : Rating.NOT_COMPLETED;
            ratings.add(new History.RatingEntry(y, rating));
            boolean initiative = random.nextInt(100) < (rating == Rating.EXCELLENT ? 45 : 10);
            if (initiative) {
                InitiativeScope scope =
                        random.nextInt(100) < 8 ? InitiativeScope.PROVINCIAL : InitiativeScope.GRASSROOTS;
                initiatives.add(
                        new History.InitiativeEntry(y, scope, "Sáng kiến cải tiến quy trình công việc năm " + y));
            }
            boolean advanced = rating.atLeast(Rating.GOOD) && random.nextInt(100) < 92;
            if (advanced) {
                titles.add(new History.TitleEntry(y, Award.ADVANCED_WORKER, "Quyết định công nhận năm " + y));
            }
            boolean fighter = advanced && (rating == Rating.EXCELLENT || initiative) && random.nextInt(100) < 60;
            if (fighter) {
                titles.add(
                        new History.TitleEntry(y, Award.GRASSROOTS_EMULATION_FIGHTER, "Quyết định công nhận năm " + y));
                if (fighterLastYear && random.nextInt(100) < 40) {
                    awards.add(new History.AwardEntry(
                            LocalDate.of(y + 1, 3, 15),
                            Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                            "Quyết định khen thưởng năm " + (y + 1)));
                }
            }
            fighterLastYear = fighter;
        }
        return new History(personId, directWorker, ratings, titles, awards, initiatives, List.of());
    }

    /**
     * A collective's own record from the first year to 2025: about a third of years "xuất sắc"; Tập thể lao động
     * tiên tiến for most good years, Tập thể lao động xuất sắc for half the excellent ones; a
     * provincial Bằng khen after two excellent years for some; and its ranks in its blocks.
     */
    CollectiveHistory ofCollective(Long unitId, List<CollectiveHistory.Standing> standings) {
        List<History.RatingEntry> ratings = new ArrayList<>();
        List<History.TitleEntry> titles = new ArrayList<>();
        List<History.AwardEntry> awards = new ArrayList<>();
        boolean excellentLastYear = false;
        for (int y = firstYear; y <= LAST_YEAR; y++) {
            int roll = random.nextInt(100);
            Rating rating = roll < 35 ? Rating.EXCELLENT : roll < 90 ? Rating.GOOD : Rating.COMPLETED;
            ratings.add(new History.RatingEntry(y, rating));
            if (rating == Rating.EXCELLENT && random.nextInt(100) < 50) {
                titles.add(new History.TitleEntry(y, Award.EXCELLENT_COLLECTIVE, "Quyết định công nhận năm " + y));
            } else if (rating.atLeast(Rating.GOOD) && random.nextInt(100) < 80) {
                titles.add(new History.TitleEntry(y, Award.ADVANCED_COLLECTIVE, "Quyết định công nhận năm " + y));
            }
            if (rating == Rating.EXCELLENT && excellentLastYear && random.nextInt(100) < 30) {
                awards.add(new History.AwardEntry(
                        LocalDate.of(y + 1, 4, 10),
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        "Quyết định khen thưởng năm " + (y + 1)));
            }
            excellentLastYear = rating == Rating.EXCELLENT;
        }
        for (CollectiveHistory.Standing s : standings) {
            if (s.rank() == 1 && s.year() <= LAST_YEAR) {
                titles.add(new History.TitleEntry(
                        s.year(), Award.PROVINCIAL_EMULATION_FLAG, "Quyết định tặng Cờ thi đua năm " + s.year()));
            }
        }
        return new CollectiveHistory(unitId, ratings, titles, awards, standings, List.of());
    }
}
