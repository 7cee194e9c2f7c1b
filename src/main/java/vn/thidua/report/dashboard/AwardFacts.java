package vn.thidua.report.dashboard;

/**
 * One row per award given, whatever its source, as the awards dashboard and its click-through list read them:
 * awards in signed decisions of the system (not revoked), and awards in the records that no decision of the system
 * carries (legacy back-fill, units' own titles). Read-only SQL over the decision, commendation, achievement and
 * organization tables: the report module reads other modules' facts (ADR 0030).
 *
 * <p>Columns: {@code award_day} (decision day; a title counts on the last day of the year it rewards), {@code award},
 * {@code subject} (INDIVIDUAL, COLLECTIVE, HOUSEHOLD), {@code unit_id} (the collective; for a person the proposing
 * unit of the dossier, or the unit of the person's assignment on that day), {@code method} and {@code tier} (NULL =
 * not stated), {@code gender}, {@code direct_worker}, {@code src} (DECISION or RECORD), {@code person_id},
 * {@code name}.
 */
final class AwardFacts {

    private AwardFacts() {}

    private static final String PERSON_UNIT = """
            (select min(a.unit_id) from organization_assignment a where a.organization_person = %s
               and a.from_date <= %s and (a.to_date is null or a.to_date >= %s))""";

    private static String personUnit(String person, String day) {
        return PERSON_UNIT.formatted(person, day, day);
    }

    /** The facts within [:from, :end), as a sub-select. */
    static final String FACTS = """
            select d.decided_on as award_day, r.award as award, r.subject as subject,
                   coalesce(r.unit_id, dos.proposing_unit_id) as unit_id, r.award_method as method,
                   r.recipient_tier as tier, p.gender as gender, p.direct_worker as direct_worker,
                   'DECISION' as src, r.person_id as person_id, r.full_name as name
              from decision_recipient r
              join decision_decision d on d.id = r.decision_id
              left join commendation_nominee n on n.id = r.nominee_id
              left join commendation_dossier dos on dos.id = n.dossier_id
              left join organization_person p on p.id = r.person_id
             where d.kind = 'AWARD' and d.status = 'SIGNED' and r.status <> 'REVOKED'
               and d.decided_on >= :from and d.decided_on < :end
            union all
            select t.award_day, t.title, 'INDIVIDUAL', %s, cast(null as varchar(20)), cast(null as varchar(30)),
                   p.gender, p.direct_worker, 'RECORD', p.id, p.full_name
              from (select person_id, title, cast(cast(title_year as varchar(4)) || '-12-31' as date) as award_day from achievement_title
                     where decided_award_id is null and title_year >= :fromYear and title_year <= :toYear) t
              join organization_person p on p.id = t.person_id
             where t.award_day >= :from and t.award_day < :end
            union all
            select w.award_date, w.form, 'INDIVIDUAL', %s,
                   case w.basis when 'LONG_SERVICE' then 'DEDICATION' else w.basis end, cast(null as varchar(30)),
                   p.gender, p.direct_worker, 'RECORD', p.id, p.full_name
              from achievement_award w join organization_person p on p.id = w.person_id
             where w.decided_award_id is null and w.award_date >= :from and w.award_date < :end
            union all
            select cast(cast(c.title_year as varchar(4)) || '-12-31' as date), c.title, 'COLLECTIVE', c.unit_id, cast(null as varchar(20)),
                   cast(null as varchar(30)), cast(null as varchar(10)), cast(null as boolean), 'RECORD',
                   cast(null as bigint), u.name
              from achievement_collective_title c join organization_unit u on u.id = c.unit_id
             where c.decided_award_id is null and c.title_year >= :fromYear and c.title_year <= :toYear
               and cast(cast(c.title_year as varchar(4)) || '-12-31' as date) >= :from and cast(cast(c.title_year as varchar(4)) || '-12-31' as date) < :end
            union all
            select c.award_date, c.form, 'COLLECTIVE', c.unit_id,
                   case c.basis when 'LONG_SERVICE' then 'DEDICATION' else c.basis end, cast(null as varchar(30)),
                   cast(null as varchar(10)), cast(null as boolean), 'RECORD', cast(null as bigint), u.name
              from achievement_collective_award c join organization_unit u on u.id = c.unit_id
             where c.decided_award_id is null and c.award_date >= :from and c.award_date < :end
            """.formatted(personUnit("p.id", "t.award_day"), personUnit("p.id", "w.award_date"));
}
