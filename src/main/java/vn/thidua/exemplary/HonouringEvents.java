package vn.thidua.exemplary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.Role;
import vn.thidua.shared.VietnameseText;

/**
 * Honouring events (the Patriotic Emulation Congress every 5 years, the 11 June anniversary of the
 * Call, conferences of exemplary models) and the list honoured at each. The province's events are
 * the Ban TĐKT's: created and filled by the specialist or the administrator. Honouring an example
 * moves it to HONOURED; only a replicated (or already honoured) and verified example may be honoured.
 */
@Service
class HonouringEvents {

    record Event(Long id, EventKind kind, String title, LocalDate heldOn, String place, int honoured) {

        /** "lần thứ 78" for an anniversary of the Call. */
        public int anniversary() {
            return EventKind.anniversaryOf(heldOn);
        }
    }

    record Honoured(Long exampleId, String name, ExampleKind kind, String unitName, String field, String citation) {}

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final ExemplaryRegister register;
    private final ApplicationEventPublisher events;

    HonouringEvents(JdbcClient jdbc, AccessScope scope, ExemplaryRegister register, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.register = register;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Event> list() {
        scope.requireRecords();
        return jdbc.sql("""
                select e.id, e.kind, e.title, e.held_on, e.place, (select count(*) from exemplary_honoured h where h.event_id = e.id)
                from exemplary_event e order by e.held_on desc, e.id desc""")
                .query((rs, n) -> new Event(
                        rs.getLong(1),
                        EventKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getInt(6)))
                .list();
    }

    @Transactional(readOnly = true)
    Event find(Long id) {
        return list().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ExampleNotFound("event " + id));
    }

    @Transactional
    Event create(EventKind kind, String title, LocalDate heldOn, String place) {
        requireProvince();
        String t = VietnameseText.clean(title);
        String p = VietnameseText.clean(place);
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.of("kind", "validation.required"));
        }
        if (t == null || t.isEmpty()) {
            problems.add(Problem.of("title", "validation.required"));
        }
        InvalidInput.fits(problems, "title", t, 300);
        InvalidInput.fits(problems, "place", p, 300);
        if (heldOn == null) {
            problems.add(Problem.of("heldOn", "validation.required"));
        } else if (kind == EventKind.ANNIVERSARY && heldOn.getMonthValue() != 6) {
            // the anniversary of the Call (11/6/1948) is marked in June
            problems.add(Problem.of("heldOn", "validation.exemplary.anniversaryInJune"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into exemplary_event (kind, title, held_on, place) values (:k, :t, :on, :p)")
                .param("k", kind.name())
                .param("t", t)
                .param("on", heldOn)
                .param("p", p)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        events.publishEvent(AuditableChange.created(
                "exemplary_event", id, "kind=" + kind + "\ntitle=" + t + "\nheldOn=" + heldOn + "\nplace=" + p));
        return find(id);
    }

    /** Puts an example on the event's list; it becomes HONOURED. */
    @Transactional
    void honour(Long eventId, Long exampleId, String citation) {
        requireProvince();
        Event event = find(eventId);
        ExemplaryRegister.Example e = register.find(exampleId);
        String c = VietnameseText.clean(citation);
        InvalidInput.requireFits("citation", c, 500);
        if (!e.verified()) {
            throw InvalidInput.of("exampleId", "validation.exemplary.notVerified");
        }
        if (e.stage() != Stage.REPLICATED && e.stage() != Stage.HONOURED) {
            throw InvalidInput.of("exampleId", "validation.exemplary.notReplicated", e.name());
        }
        Integer already = jdbc.sql("select count(*) from exemplary_honoured where event_id = :ev and example_id = :ex")
                .param("ev", eventId)
                .param("ex", exampleId)
                .query(Integer.class)
                .single();
        if (already > 0) {
            throw InvalidInput.of("exampleId", "validation.exemplary.alreadyHonoured", e.name());
        }
        jdbc.sql(
                        "insert into exemplary_honoured (event_id, example_id, citation, honoured_by) values (:ev, :ex, :c, :by)")
                .param("ev", eventId)
                .param("ex", exampleId)
                .param("c", c)
                .param("by", scope.actor().username())
                .update();
        if (e.stage() != Stage.HONOURED) {
            int updated = jdbc.sql("update exemplary_example set stage = 'HONOURED', version = version + 1"
                            + " where id = :id and version = :v")
                    .param("id", exampleId)
                    .param("v", e.version())
                    .update();
            if (updated == 0) {
                throw new org.springframework.dao.OptimisticLockingFailureException(
                        "exemplary example " + exampleId + " changed since it was read");
            }
            register.stageChanged(exampleId, e.stage(), Stage.HONOURED, event.title());
        }
        events.publishEvent(AuditableChange.created(
                "exemplary_honoured",
                eventId + "/" + exampleId,
                "event=" + event.title() + "\nexample=" + e.name() + "\ncitation=" + c));
    }

    /** The list honoured at an event; the examples outside the account's scope are left out. */
    @Transactional(readOnly = true)
    List<Honoured> honoured(Long eventId) {
        scope.requireRecords();
        return jdbc
                .sql("select example_id, citation from exemplary_honoured where event_id = :ev")
                .param("ev", eventId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list()
                .stream()
                .map(row -> {
                    ExemplaryRegister.Example e = register.unscoped((Long) row[0]);
                    return scope.covers(e.unitId())
                            ? new Honoured(e.id(), e.name(), e.kind(), e.unitName(), e.field(), (String) row[1])
                            : null;
                })
                .filter(java.util.Objects::nonNull)
                .sorted((a, b) -> VietnameseText.compare(a.name(), b.name()))
                .toList();
    }

    /** The events an example was honoured at, newest first. */
    @Transactional(readOnly = true)
    List<Event> of(Long exampleId) {
        List<Long> ids = jdbc.sql("select event_id from exemplary_honoured where example_id = :ex")
                .param("ex", exampleId)
                .query(Long.class)
                .list();
        return list().stream().filter(e -> ids.contains(e.id())).toList();
    }

    private void requireProvince() {
        Role role = scope.actor().role();
        if (role != Role.ADMIN && role != Role.SPECIALIST) {
            throw new AccessDeniedException("role " + role + " may not keep the province's honouring events");
        }
    }
}
