package vn.thidua.eligibility.rules;

import java.util.Optional;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;

/** The member checks of the collective titles: shares of members by their own records. */
final class Members {

    private Members() {}

    /** The year's member statistics, or a rejection when the collective has none recorded. */
    static Optional<Candidate.MemberYear> of(Findings findings, Candidate c, int year) {
        Optional<Candidate.MemberYear> members = c.membersIn(year).filter(m -> m.members() > 0);
        if (members.isEmpty()) {
            findings.reject("MEMBERS_UNKNOWN", "eligibility.members.unknown", year);
        }
        return members;
    }

    /** At least {@code percent}% of members are Lao động tiên tiến ({@code strictly}: more than). */
    static void requireAdvancedShare(Findings findings, Candidate.MemberYear m, int percent, boolean strictly) {
        long scaled = 100L * m.advancedWorkers();
        long needed = (long) percent * m.members();
        if (strictly ? scaled <= needed : scaled < needed) {
            findings.reject(
                    "TOO_FEW_ADVANCED_WORKERS",
                    strictly ? "eligibility.members.advancedMoreThan" : "eligibility.members.advancedAtLeast",
                    m.year(),
                    m.advancedWorkers(),
                    m.members(),
                    percent);
        }
    }

    static void requireAllCompleted(Findings findings, Candidate.MemberYear m) {
        if (m.completedDuties() < m.members()) {
            findings.reject(
                    "MEMBER_NOT_COMPLETED",
                    "eligibility.members.notCompleted",
                    m.year(),
                    m.members() - m.completedDuties());
        }
    }

    static void requireNoWarningDiscipline(Findings findings, Candidate.MemberYear m) {
        if (m.disciplinedAtWarningOrAbove() > 0) {
            findings.reject(
                    "MEMBER_DISCIPLINED", "eligibility.members.disciplined", m.year(), m.disciplinedAtWarningOrAbove());
        }
    }
}
