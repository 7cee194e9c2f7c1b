package vn.thidua.eligibility;

/** One provision of the law, judging a candidate for an award whose achievement ends in {@code year}. */
public interface Rule {

    Findings evaluate(Candidate candidate, int year);

    /**
     * Judged on a review date (the day the proposal is considered): only the discipline provision
     * reads it (NĐ 98/2023 Điều 4: no award while under discipline); the others ignore it.
     */
    default Findings evaluate(Candidate candidate, int year, java.time.LocalDate reviewDate) {
        return evaluate(candidate, year);
    }
}
