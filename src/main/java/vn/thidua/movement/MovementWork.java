package vn.thidua.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.Actor;
import vn.thidua.shared.WorkItem;
import vn.thidua.shared.WorkItem.Kind;
import vn.thidua.shared.WorkSource;

/**
 * The movement module's share of each role's work list: launches to approve, registrations to
 * prepare, submit or review, units late to register, deadlines coming. Reads every movement once and
 * the registrations of the open ones (or of the unit) in one query; participants are worked out for
 * each movement open for registration (a handful at a time).
 */
@Component
class MovementWork implements WorkSource {

    static final int DEADLINE_DAYS = 14;

    private final Movements movements;
    private final Registrations registrations;
    private final LaunchingMovements launching;
    private final UnitDirectory units;

    MovementWork(Movements movements, Registrations registrations, LaunchingMovements launching, UnitDirectory units) {
        this.movements = movements;
        this.registrations = registrations;
        this.launching = launching;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Actor actor, LocalDate today) {
        List<Movement> all = launching.visible();
        Map<Long, Unit> launchers = units.byId(
                all.stream().map(Movement::getLaunchingUnitId).distinct().toList());
        List<Movement> awaiting =
                all.stream().filter(Movement::awaitingApproval).toList();
        List<Movement> provinceAwaiting =
                awaiting.stream().filter(m -> province(launchers, m)).toList();
        List<Movement> open = all.stream()
                .filter(m -> m.getStatus() == MovementStatus.REGISTRATION_OPEN)
                .toList();
        List<WorkItem> items = new ArrayList<>();
        switch (actor.role()) {
            case SIGNER -> approvals(items, provinceAwaiting, Kind.TODO, "work.movement.approve");
            case ADMIN, SPECIALIST -> {
                drafts(items, all);
                approvals(items, provinceAwaiting, Kind.WAITING, "work.movement.withChairman");
                review(items, open, today);
            }
            case UNIT_LEADER -> {
                approvals(
                        items,
                        awaiting.stream().filter(m -> !province(launchers, m)).toList(),
                        Kind.TODO,
                        "work.movement.approve");
                unit(items, actor, open, today, true);
            }
            case UNIT_OFFICER -> {
                drafts(items, all);
                approvals(
                        items,
                        awaiting.stream().filter(m -> !province(launchers, m)).toList(),
                        Kind.WAITING,
                        "work.movement.withLeader");
                unit(items, actor, open, today, false);
            }
            case COUNCIL_MEMBER, PORTAL_EDITOR -> {}
        }
        return items;
    }

    private static boolean province(Map<Long, Unit> launchers, Movement m) {
        Unit u = launchers.get(m.getLaunchingUnitId());
        return u != null && u.getKind() == UnitKind.PROVINCE;
    }

    private static void approvals(List<WorkItem> items, List<Movement> awaiting, Kind kind, String key) {
        if (!awaiting.isEmpty()) {
            items.add(WorkItem.of(kind, key, awaiting.size(), link(awaiting, MovementStatus.AWAITING_APPROVAL)));
        }
    }

    private static void drafts(List<WorkItem> items, List<Movement> all) {
        List<Movement> drafts = all.stream().filter(Movement::isDraft).toList();
        if (!drafts.isEmpty()) {
            items.add(
                    WorkItem.of(Kind.TODO, "work.movement.drafts", drafts.size(), link(drafts, MovementStatus.DRAFT)));
        }
    }

    private static String link(List<Movement> ms, MovementStatus status) {
        return ms.size() == 1 ? "/movements/" + ms.get(0).getId() : "/movements?status=" + status;
    }

    /** The Ban TĐKT: registrations to review, units late or about to be. */
    private void review(List<WorkItem> items, List<Movement> open, LocalDate today) {
        if (open.isEmpty()) {
            return;
        }
        Map<Long, List<Registration>> byMovement =
                registrations
                        .findByMovementIdIn(open.stream().map(Movement::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(Registration::getMovementId));
        for (Movement m : open) {
            List<Registration> regs = byMovement.getOrDefault(m.getId(), List.of());
            String overview = "/movements/" + m.getId() + "/registrations";
            long toReview = regs.stream()
                    .filter(r -> r.getStatus() == RegistrationStatus.SUBMITTED)
                    .count();
            if (toReview > 0) {
                items.add(WorkItem.of(Kind.TODO, "work.registration.review", (int) toReview, overview, m.getName()));
            }
            Set<Long> sent = regs.stream()
                    .filter(Registration::sent)
                    .map(Registration::getUnitId)
                    .collect(Collectors.toSet());
            long missing = launching.participants(m).stream()
                    .filter(u -> !sent.contains(u))
                    .count();
            LocalDate deadline = m.getRegistrationDeadline();
            if (missing == 0 || deadline == null) {
                continue;
            }
            if (today.isAfter(deadline)) {
                items.add(WorkItem.due(
                        Kind.LATE, "work.registration.lateUnits", (int) missing, overview, deadline, m.getName()));
            } else if (!deadline.isAfter(today.plusDays(DEADLINE_DAYS))) {
                items.add(WorkItem.due(
                        Kind.DEADLINE,
                        "work.registration.unitsToCome",
                        (int) missing,
                        overview,
                        deadline,
                        m.getName()));
            }
        }
    }

    /** A unit's officer or leader: its own registration for each movement open to it. */
    private void unit(List<WorkItem> items, Actor actor, List<Movement> open, LocalDate today, boolean leader) {
        Long unit = actor.scopeUnitId();
        if (unit == null) {
            return;
        }
        Map<Long, Registration> mine = registrations.findByUnitId(unit).stream()
                .collect(Collectors.toMap(Registration::getMovementId, Function.identity()));
        for (Movement m : open) {
            Registration r = mine.get(m.getId());
            if (r == null && !launching.participants(m).contains(unit)) {
                continue;
            }
            String link = r == null ? "/movements/" + m.getId() : "/registrations/" + r.getId();
            LocalDate deadline = m.getRegistrationDeadline();
            RegistrationStatus status = r == null ? RegistrationStatus.DRAFT : r.getStatus();
            switch (status) {
                case DRAFT -> {
                    boolean late = deadline != null && today.isAfter(deadline);
                    items.add(WorkItem.due(
                            late ? Kind.LATE : leader ? Kind.WAITING : Kind.DEADLINE,
                            late
                                    ? "work.registration.late"
                                    : leader ? "work.registration.officerPreparing" : "work.registration.prepare",
                            1,
                            link,
                            deadline,
                            m.getName()));
                }
                case AWAITING_APPROVAL ->
                    items.add(WorkItem.due(
                            leader ? Kind.TODO : Kind.WAITING,
                            leader ? "work.registration.submit" : "work.registration.withLeader",
                            1,
                            link,
                            deadline,
                            m.getName()));
                case RETURNED ->
                    items.add(WorkItem.due(Kind.TODO, "work.registration.returned", 1, link, deadline, m.getName()));
                case SUBMITTED ->
                    items.add(WorkItem.of(Kind.WAITING, "work.registration.submitted", 1, link, m.getName()));
                case ACCEPTED -> {}
            }
        }
    }
}
