package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.Actor;
import vn.thidua.shared.Role;
import vn.thidua.shared.WorkItem;
import vn.thidua.shared.WorkItem.Kind;
import vn.thidua.shared.WorkSource;

/**
 * The dossiers' share of each role's work list, in at most four grouped queries: a unit's drafts to
 * finish, dossiers to submit, returned ones to correct, ones to pass on upward; the Ban TĐKT's
 * dossiers to receive and appraise, overdue appraisals and consultations, comments to answer,
 * comment windows closing, appraised dossiers waiting for a council session.
 */
@Component
class DossierWork implements WorkSource {

    static final int DUE_SOON_DAYS = 5;
    static final int CLOSING_DAYS = 3;

    private final JdbcClient jdbc;
    private final AccessScope scope;

    DossierWork(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Actor actor, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        switch (actor.role()) {
            case ADMIN, SPECIALIST -> province(items, today);
            case UNIT_OFFICER, UNIT_LEADER -> {
                if (actor.scopeUnitId() != null) {
                    unit(items, actor.scopeUnitId(), actor.role() == Role.UNIT_LEADER);
                }
            }
            case COUNCIL_MEMBER, SIGNER, PORTAL_EDITOR -> {}
        }
        return items;
    }

    private void unit(List<WorkItem> items, Long root, boolean leader) {
        List<Long> units = scope.subtree(root);
        Map<DossierStatus, Integer> mine = new EnumMap<>(DossierStatus.class);
        jdbc.sql("select status, count(*) from commendation_dossier where proposing_unit_id in (:u) group by status")
                .param("u", units)
                .query((rs, n) -> mine.put(DossierStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        add(
                items,
                mine,
                DossierStatus.DRAFT,
                leader ? Kind.WAITING : Kind.TODO,
                leader ? "work.dossier.officerPreparing" : "work.dossier.drafts");
        add(
                items,
                mine,
                DossierStatus.AWAITING_APPROVAL,
                leader ? Kind.TODO : Kind.WAITING,
                leader ? "work.dossier.toSubmit" : "work.dossier.withLeader");
        add(items, mine, DossierStatus.RETURNED, Kind.TODO, "work.dossier.returned");
        add(items, mine, DossierStatus.SUBMITTED, Kind.WAITING, "work.dossier.submitted");
        int toForward = jdbc.sql("select count(*) from commendation_dossier where status = 'SUBMITTED'"
                        + " and holder_unit_id in (:u) and holder_unit_id <> proposing_unit_id")
                .param("u", units)
                .query(Integer.class)
                .single();
        if (toForward > 0) {
            items.add(WorkItem.of(Kind.TODO, "work.dossier.toForward", toForward, "/dossiers?status=SUBMITTED"));
        }
    }

    private void province(List<WorkItem> items, LocalDate today) {
        Map<DossierStatus, Integer> held = new EnumMap<>(DossierStatus.class);
        int[] overdue = {0};
        int[] dueSoon = {0};
        jdbc.sql("""
                select status, count(*),
                  sum(case when due_on < :today then 1 else 0 end),
                  sum(case when due_on >= :today and due_on <= :soon then 1 else 0 end)
                from commendation_dossier where holder_unit_id is null group by status""")
                .param("today", today)
                .param("soon", today.plusDays(DUE_SOON_DAYS))
                .query((rs, n) -> {
                    DossierStatus s = DossierStatus.valueOf(rs.getString(1));
                    held.put(s, rs.getInt(2));
                    if (s == DossierStatus.UNDER_APPRAISAL) {
                        overdue[0] = rs.getInt(3);
                        dueSoon[0] = rs.getInt(4);
                    }
                    return s;
                })
                .list();
        if (overdue[0] > 0) {
            items.add(WorkItem.of(Kind.LATE, "work.dossier.overdue", overdue[0], "/dossiers?overdue=true"));
        }
        int late = jdbc.sql("select count(*) from commendation_consultation where answered_on is null and due_on < :t")
                .param("t", today)
                .query(Integer.class)
                .single();
        if (late > 0) {
            items.add(
                    WorkItem.of(Kind.LATE, "work.dossier.consultationsLate", late, "/dossiers?status=UNDER_APPRAISAL"));
        }
        add(items, held, DossierStatus.SUBMITTED, Kind.TODO, "work.dossier.toReceive");
        add(items, held, DossierStatus.UNDER_APPRAISAL, Kind.TODO, "work.dossier.toAppraise");
        add(items, held, DossierStatus.APPRAISED, Kind.TODO, "work.dossier.toCouncil");
        if (dueSoon[0] > 0) {
            items.add(
                    WorkItem.of(Kind.DEADLINE, "work.dossier.dueSoon", dueSoon[0], "/dossiers?status=UNDER_APPRAISAL"));
        }
        add(items, held, DossierStatus.RETURNED, Kind.WAITING, "work.dossier.withUnits");
        // comments to answer and windows closing: one row per dossier under public comment
        jdbc.sql("""
                select n.dossier_id, d.title, n.ends_on,
                  (select count(*) from commendation_comment c where c.notice_id = n.id and c.status = 'PENDING')
                from commendation_notice n join commendation_dossier d on d.id = n.dossier_id
                where n.ends_on >= :earliest and d.holder_unit_id is null
                  and d.status in ('UNDER_APPRAISAL', 'APPRAISED', 'AT_COUNCIL')
                order by n.ends_on, n.dossier_id""")
                .param("earliest", today.minusDays(30))
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    String title = rs.getString(2);
                    LocalDate ends = rs.getObject(3, LocalDate.class);
                    int pending = rs.getInt(4);
                    String link = "/dossiers/" + id;
                    if (pending > 0) {
                        items.add(WorkItem.of(Kind.TODO, "work.comments.answer", pending, link, title));
                    }
                    if (!ends.isBefore(today) && !ends.isAfter(today.plusDays(CLOSING_DAYS))) {
                        items.add(WorkItem.due(Kind.DEADLINE, "work.comments.closing", 1, link, ends, title));
                    }
                    return id;
                })
                .list();
    }

    private static void add(
            List<WorkItem> items, Map<DossierStatus, Integer> counts, DossierStatus status, Kind kind, String key) {
        int n = counts.getOrDefault(status, 0);
        if (n > 0) {
            items.add(WorkItem.of(kind, key, n, "/dossiers?status=" + status));
        }
    }
}
