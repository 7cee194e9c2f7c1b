package vn.thidua.eligibility.web;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Candidate;

/** The body of {@code POST /api/v1/eligibility/evaluate}: an award, a year, and an inline history. */
record EvaluationRequest(
        Award award,
        Integer year,
        Basis basis,
        CandidateInput candidate,

        @io.swagger.v3.oas.annotations.media.Schema(
                description = "Ngày xét đề nghị (yyyy-MM-dd); mặc định là ngày gửi yêu cầu. Kỷ luật còn hiệu"
                        + " lực vào ngày này cũng làm không đủ điều kiện, kể cả kỷ luật bắt đầu sau năm"
                        + " thành tích (NĐ 98/2023 Điều 4).")
        java.time.LocalDate reviewDate) {

    record CandidateInput(
            Candidate.Kind kind,
            Boolean directWorker,
            List<Candidate.YearRating> ratings,
            List<Candidate.YearTitle> titles,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Hình thức đã nhận (date, form, basis). Thiếu basis thì tính là REGULAR"
                            + " (khen thưởng thường xuyên), được tính vào chuỗi điều kiện; THEMATIC,"
                            + " EXTRAORDINARY, LONG_SERVICE không được tính vào chuỗi (NĐ 98/2023 Điều 4)."
                            + " Mọi năm trong lịch sử phải từ 1945 đến năm sau; sai thì trả 400 nêu trường.")
            List<Candidate.ReceivedAward> awards,

            List<Candidate.Initiative> initiatives,
            List<Candidate.Discipline> discipline,
            List<Candidate.MemberYear> members,
            List<Candidate.BlockStanding> blockStandings,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Mô hình sản xuất của nông dân (since, until; thiếu until là còn hiệu quả),"
                            + " hiệu quả, ổn định trong các năm đó, được xã xác nhận: căn cứ Bằng khen Thủ tướng"
                            + " cho nông dân (Luật TĐKT 2022 Điều 73 khoản 2: từ 02 năm trở lên).")
            List<Candidate.ProductionModel> productionModels) {}

    /** The first missing field, as a JSON path ("candidate.ratings[0].rating"), or null. */
    String missingField() {
        if (award == null) {
            return "award";
        }
        if (year == null) {
            return "year";
        }
        if (candidate == null) {
            return "candidate";
        }
        if (candidate.kind() == null) {
            return "candidate.kind";
        }
        List<String> missing = new ArrayList<>();
        check(missing, "ratings", candidate.ratings(), r -> r.rating() == null ? "rating" : null);
        check(missing, "titles", candidate.titles(), t -> t.title() == null ? "title" : null);
        check(missing, "awards", candidate.awards(), a -> a.date() == null ? "date" : a.form() == null ? "form" : null);
        check(missing, "initiatives", candidate.initiatives(), i -> i.scope() == null ? "scope" : null);
        check(missing, "discipline", candidate.discipline(), d -> d.from() == null ? "from" : null);
        check(missing, "members", candidate.members(), m -> m.members() < 0 ? "members" : null);
        check(missing, "blockStandings", candidate.blockStandings(), b -> b.rank() < 1 ? "rank" : null);
        return missing.isEmpty() ? null : missing.get(0);
    }

    /**
     * The first award the candidate's kind may not receive, as its JSON path and problem: the award
     * asked about ("award"), then each title and form the history says it holds
     * ("candidate.titles[0].title"). A Cờ thi đua held by a person is no fact to count.
     */
    vn.thidua.shared.InvalidInput.Problem misfit() {
        vn.thidua.achievement.RecipientKind kind = vn.thidua.eligibility.Catalogue.recipient(candidate.kind());
        java.util.Optional<vn.thidua.shared.InvalidInput.Problem> refused = award.refused(kind, 0, "award");
        for (int i = 0; refused.isEmpty() && i < orEmpty(candidate.titles()).size(); i++) {
            refused = candidate.titles().get(i).title().refused(kind, 0, "candidate.titles[" + i + "].title");
        }
        for (int i = 0; refused.isEmpty() && i < orEmpty(candidate.awards()).size(); i++) {
            refused = candidate.awards().get(i).form().refused(kind, 0, "candidate.awards[" + i + "].form");
        }
        return refused.orElse(null);
    }

    /** At most this many items in each list of a candidate's history (a career is some forty years). */
    static final int MAX_ITEMS = 200;

    /** The first list longer than {@link #MAX_ITEMS}, as a JSON path ("candidate.ratings"), or null. */
    String overlongField() {
        if (candidate == null) {
            return null;
        }
        java.util.Map<String, List<?>> lists = new java.util.LinkedHashMap<>();
        lists.put("ratings", candidate.ratings());
        lists.put("titles", candidate.titles());
        lists.put("awards", candidate.awards());
        lists.put("initiatives", candidate.initiatives());
        lists.put("discipline", candidate.discipline());
        lists.put("members", candidate.members());
        lists.put("blockStandings", candidate.blockStandings());
        lists.put("productionModels", candidate.productionModels());
        for (var e : lists.entrySet()) {
            if (e.getValue() != null && e.getValue().size() > MAX_ITEMS) {
                return "candidate." + e.getKey();
            }
        }
        return null;
    }

    /** A field whose value no history can hold, as its JSON path and the reason in Vietnamese. */
    record Impossible(String field, String error) {}

    /**
     * The first value the law cannot have (docs/legal-reference.md §0: commendation began in 1945; nothing is judged
     * beyond next year): a year outside [1945, {@code lastYear}] anywhere in the history, a discipline
     * ending before it starts, a member tally above the membership, two ratings, tallies or block
     * standings for one year (which to believe is not for the engine to guess). Null when none.
     */
    Impossible impossible(int lastYear) {
        String range = "năm phải từ 1945 đến " + lastYear;
        java.util.function.IntPredicate bad = y -> y < 1945 || y > lastYear;
        List<Candidate.YearRating> ratings = orEmpty(candidate.ratings());
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < ratings.size(); i++) {
            String path = "candidate.ratings[" + i + "].year";
            if (bad.test(ratings.get(i).year())) {
                return new Impossible(path, range + " (" + path + ")");
            }
            Integer first = seen.putIfAbsent(ratings.get(i).year(), i);
            if (first != null) {
                return new Impossible(
                        path,
                        "hai xếp loại cho cùng năm " + ratings.get(i).year() + ": candidate.ratings[" + first + "] và "
                                + path.substring(0, path.length() - 5));
            }
        }
        List<Candidate.YearTitle> titles = orEmpty(candidate.titles());
        for (int i = 0; i < titles.size(); i++) {
            if (bad.test(titles.get(i).year())) {
                String path = "candidate.titles[" + i + "].year";
                return new Impossible(path, range + " (" + path + ")");
            }
        }
        List<Candidate.ReceivedAward> awards = orEmpty(candidate.awards());
        for (int i = 0; i < awards.size(); i++) {
            if (bad.test(awards.get(i).date().getYear())) {
                String path = "candidate.awards[" + i + "].date";
                return new Impossible(path, range + " (" + path + ")");
            }
        }
        List<Candidate.Initiative> initiatives = orEmpty(candidate.initiatives());
        for (int i = 0; i < initiatives.size(); i++) {
            if (bad.test(initiatives.get(i).year())) {
                String path = "candidate.initiatives[" + i + "].year";
                return new Impossible(path, range + " (" + path + ")");
            }
            if (!initiatives.get(i).scope().existedIn(initiatives.get(i).year())) {
                String path = "candidate.initiatives[" + i + "].scope";
                return new Impossible(
                        path,
                        "sáng kiến cấp huyện năm " + initiatives.get(i).year()
                                + ": từ 01/7/2025 không còn cấp huyện (NĐ 129/2025) (" + path + ")");
            }
        }
        List<Candidate.Discipline> discipline = orEmpty(candidate.discipline());
        for (int i = 0; i < discipline.size(); i++) {
            Candidate.Discipline d = discipline.get(i);
            String path = "candidate.discipline[" + i + "]";
            if (bad.test(d.from().getYear())) {
                return new Impossible(path + ".from", range + " (" + path + ".from)");
            }
            if (d.to() != null && bad.test(d.to().getYear())) {
                return new Impossible(path + ".to", range + " (" + path + ".to)");
            }
            if (d.to() != null && d.to().isBefore(d.from())) {
                return new Impossible(
                        path + ".to", "thời hạn kỷ luật kết thúc trước khi bắt đầu (" + path + ".to < .from)");
            }
        }
        List<Candidate.MemberYear> members = orEmpty(candidate.members());
        seen.clear();
        for (int i = 0; i < members.size(); i++) {
            Candidate.MemberYear m = members.get(i);
            String path = "candidate.members[" + i + "]";
            if (bad.test(m.year())) {
                return new Impossible(path + ".year", range + " (" + path + ".year)");
            }
            Integer first = seen.putIfAbsent(m.year(), i);
            if (first != null) {
                return new Impossible(
                        path + ".year",
                        "hai số liệu thành viên cho cùng năm " + m.year() + ": candidate.members[" + first + "] và "
                                + path);
            }
            java.util.Map<String, Integer> tallies = new java.util.LinkedHashMap<>();
            tallies.put("completedDuties", m.completedDuties());
            tallies.put("advancedWorkers", m.advancedWorkers());
            tallies.put("grassrootsFighters", m.grassrootsFighters());
            tallies.put("disciplinedAtWarningOrAbove", m.disciplinedAtWarningOrAbove());
            for (var t : tallies.entrySet()) {
                if (t.getValue() < 0 || t.getValue() > m.members()) {
                    return new Impossible(
                            path + "." + t.getKey(),
                            "số " + t.getValue() + " ở " + path + "." + t.getKey() + " phải từ 0 đến số thành viên ("
                                    + m.members() + ")");
                }
            }
        }
        List<Candidate.ProductionModel> models = orEmpty(candidate.productionModels());
        for (int i = 0; i < models.size(); i++) {
            Candidate.ProductionModel m = models.get(i);
            String path = "candidate.productionModels[" + i + "]";
            if (bad.test(m.since())) {
                return new Impossible(path + ".since", range + " (" + path + ".since)");
            }
            if (m.until() != null && bad.test(m.until())) {
                return new Impossible(path + ".until", range + " (" + path + ".until)");
            }
            if (m.until() != null && m.until() < m.since()) {
                return new Impossible(
                        path + ".until", "mô hình sản xuất kết thúc trước khi bắt đầu (" + path + ".until < .since)");
            }
        }
        List<Candidate.BlockStanding> standings = orEmpty(candidate.blockStandings());
        seen.clear();
        for (int i = 0; i < standings.size(); i++) {
            String path = "candidate.blockStandings[" + i + "].year";
            if (bad.test(standings.get(i).year())) {
                return new Impossible(path, range + " (" + path + ")");
            }
            Integer first = seen.putIfAbsent(standings.get(i).year(), i);
            if (first != null) {
                return new Impossible(
                        path,
                        "hai thứ hạng trong khối cho cùng năm "
                                + standings.get(i).year() + ": candidate.blockStandings[" + first
                                + "] và candidate.blockStandings[" + i + "]");
            }
        }
        return null;
    }

    Candidate toCandidate() {
        return new Candidate(
                candidate.kind(),
                Boolean.TRUE.equals(candidate.directWorker()),
                orEmpty(candidate.ratings()),
                orEmpty(candidate.titles()),
                orEmpty(candidate.awards()),
                orEmpty(candidate.initiatives()),
                orEmpty(candidate.discipline()),
                orEmpty(candidate.members()),
                orEmpty(candidate.blockStandings()),
                orEmpty(candidate.productionModels()));
    }

    private static <T> void check(
            List<String> missing, String name, List<T> items, java.util.function.Function<T, String> field) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String f = items.get(i) == null ? "" : field.apply(items.get(i));
            if (f != null) {
                missing.add("candidate." + name + "[" + i + "]" + (f.isEmpty() ? "" : "." + f));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
