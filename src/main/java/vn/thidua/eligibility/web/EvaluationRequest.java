package vn.thidua.eligibility.web;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Candidate;

/** The body of {@code POST /api/v1/eligibility/evaluate}: an award, a year, and an inline history. */
record EvaluationRequest(Award award, Integer year, Basis basis, CandidateInput candidate) {

    record CandidateInput(
            Candidate.Kind kind,
            Boolean directWorker,
            List<Candidate.YearRating> ratings,
            List<Candidate.YearTitle> titles,
            List<Candidate.ReceivedAward> awards,
            List<Candidate.Initiative> initiatives,
            List<Candidate.Discipline> discipline,
            List<Candidate.MemberYear> members,
            List<Candidate.BlockStanding> blockStandings) {}

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
        for (var e : lists.entrySet()) {
            if (e.getValue() != null && e.getValue().size() > MAX_ITEMS) {
                return "candidate." + e.getKey();
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
                orEmpty(candidate.blockStandings()));
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
