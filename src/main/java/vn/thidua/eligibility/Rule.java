package vn.thidua.eligibility;

/** One provision of the law, judging a candidate for an award whose achievement ends in {@code year}. */
public interface Rule {

    Findings evaluate(Candidate candidate, int year);
}
