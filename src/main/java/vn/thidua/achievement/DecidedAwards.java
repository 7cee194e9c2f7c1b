package vn.thidua.achievement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.RecordTables.Subject;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.AwardsDecided;
import vn.thidua.shared.AwardsRevoked;

/**
 * A signed decision's awards enter the recipients' records in the same transaction as the signing:
 * titles for the achievement year, forms on the decision's date with their basis, each naming the
 * decision's line that gave it, which makes it read-only in the records (ADR 0017). Every fact is
 * audited like a hand-entered one.
 */
@Component
class DecidedAwards {

    private final RecordTables tables;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DecidedAwards(RecordTables tables, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.tables = tables;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A revoked award leaves the record (the audit keeps it), so eligibility chains no longer count it. */
    @EventListener
    void on(AwardsRevoked revoked) {
        for (AwardsDecided.Entry e : revoked.entries()) {
            Award award = Award.valueOf(e.award());
            boolean person = e.personId() != null;
            Long id = person ? e.personId() : e.unitId();
            if (id == null) {
                continue;
            }
            Subject subject = person ? Subject.PERSON : Subject.COLLECTIVE;
            int removed = e.awardId() == null ? 0 : tables.removeDecided(subject, id, award, e.awardId());
            if (removed == 0) {
                removed = removeByCitation(subject, id, award, revoked.originalDecision());
            }
            if (removed > 0) {
                events.publishEvent(new AuditableChange(
                        person ? "achievement" : "collective",
                        String.valueOf(id),
                        "DELETE",
                        award + " " + revoked.originalDecision(),
                        "revoked by " + revoked.revokingDecision()));
            }
        }
    }

    /** A fact recorded before awards were linked to their decision's line: found by the decision it cites. */
    private int removeByCitation(Subject subject, Long id, Award award, String cited) {
        String table = subject.table(award.isTitle() ? "title" : "award");
        String column = award.isTitle() ? "title" : "form";
        return jdbc.sql("delete from " + table + " where " + (subject == Subject.PERSON ? "person_id" : "unit_id")
                        + " = :id and " + column + " = :a and decision = :d and decided_award_id is null")
                .param("id", id)
                .param("a", award.name())
                .param("d", cited)
                .update();
    }

    @EventListener
    void on(AwardsDecided decided) {
        for (AwardsDecided.Entry e : decided.entries()) {
            Award award = Award.valueOf(e.award());
            Subject subject = e.personId() != null ? Subject.PERSON : Subject.COLLECTIVE;
            Long id = e.personId() != null ? e.personId() : e.unitId();
            if (id == null) {
                continue; // a household, or someone outside the registry: the decision itself is the record
            }
            if (award.isTitle()) {
                if (e.awardId() == null) {
                    tables.grantTitle(subject, id, decided.achievementYear(), award, decided.decision());
                } else {
                    tables.grantDecidedTitle(
                            subject, id, decided.achievementYear(), award, decided.decision(), e.awardId());
                }
            } else {
                tables.recordAward(
                        subject,
                        id,
                        decided.decidedOn(),
                        award,
                        decided.decision(),
                        Basis.valueOf(decided.basis()),
                        e.awardId());
            }
        }
    }
}
