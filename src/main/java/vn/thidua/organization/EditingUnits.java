package vn.thidua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.VietnameseText;

/** Creating and changing units and recording mergers and splits: the Ban TĐKT's work. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
public class EditingUnits {

    private final Units units;
    private final UnitLineages lineages;
    private final Lineage lineage;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;

    EditingUnits(
            Units units, UnitLineages lineages, Lineage lineage, AccessScope scope, ApplicationEventPublisher events) {
        this.units = units;
        this.lineages = lineages;
        this.lineage = lineage;
        this.scope = scope;
        this.events = events;
    }

    @Transactional
    public Unit create(UnitDetails details) {
        throwIfInvalid(check(details, null, 0));
        Unit unit = new Unit(details.code(), details.name(), details.kind(), details.parentId());
        unit.describe(details.code(), details.kind(), details.parentId(), details.note());
        unit.validBetween(details.validFrom(), details.validTo());
        Unit saved = units.save(unit);
        events.publishEvent(AuditableChange.created("unit", saved.getId(), saved.toString()));
        return saved;
    }

    @Transactional
    public Unit update(Long unitId, int expectedVersion, UnitDetails details) {
        Unit unit = units.findById(unitId).orElseThrow(() -> InvalidInput.of("id", "validation.unit.unknown"));
        EditingPeople.requireVersion(unit.getVersion(), expectedVersion);
        throwIfInvalid(check(details, unitId, 0));
        String before = unit.toString();
        unit.rename(details.name());
        unit.describe(details.code(), details.kind(), details.parentId(), details.note());
        unit.validBetween(details.validFrom(), details.validTo());
        Unit saved = units.save(unit);
        events.publishEvent(AuditableChange.updated("unit", unitId, before, saved.toString()));
        return saved;
    }

    /** Records that (part of) one unit became (part of) another on a date. */
    @Transactional
    public UnitLineage link(
            Long predecessorId,
            Long successorId,
            LocalDate effective,
            LineageKind kind,
            boolean partial,
            String legalBasis) {
        if (predecessorId == null || successorId == null || predecessorId.equals(successorId)) {
            throw InvalidInput.of("predecessorId", "validation.lineage.self");
        }
        if (lineage.successorsOf(successorId).stream().anyMatch(r -> r.unitId().equals(predecessorId))) {
            throw InvalidInput.of("predecessorId", "validation.lineage.cycle");
        }
        if (lineages.findBySuccessorId(successorId).stream()
                .anyMatch(l -> l.getPredecessorId().equals(predecessorId))) {
            throw InvalidInput.of("predecessorId", "validation.lineage.exists");
        }
        UnitLineage saved = lineages.save(new UnitLineage(
                predecessorId, successorId, effective, kind, partial, VietnameseText.clean(legalBasis)));
        events.publishEvent(AuditableChange.created(
                "unit-lineage",
                saved.getId(),
                "predecessorId=" + predecessorId + "\nsuccessorId=" + successorId + "\neffectiveDate=" + effective
                        + "\nkind=" + kind + "\npartial=" + partial + "\nlegalBasis=" + legalBasis));
        return saved;
    }

    List<Problem> check(UnitDetails d, Long selfId, int row) {
        List<Problem> problems = new ArrayList<>();
        String code = VietnameseText.clean(d.code());
        if (code == null || code.isEmpty()) {
            problems.add(new Problem(row, "code", "validation.required", List.of()));
        } else if (!code.matches("[A-Za-z0-9._-]{1,40}")) {
            problems.add(new Problem(row, "code", "validation.unit.code", List.of(code)));
        } else {
            units.findByCode(code)
                    .filter(u -> !u.getId().equals(selfId))
                    .ifPresent(u -> problems.add(new Problem(row, "code", "validation.unit.codeTaken", List.of(code))));
        }
        if (VietnameseText.clean(d.name()) == null
                || VietnameseText.clean(d.name()).isEmpty()) {
            problems.add(new Problem(row, "name", "validation.required", List.of()));
        }
        if (d.kind() == null) {
            problems.add(new Problem(row, "kind", "validation.required", List.of()));
        }
        if (d.parentId() != null) {
            if (units.findById(d.parentId()).isEmpty()) {
                problems.add(new Problem(row, "parentId", "validation.unit.unknown", List.of()));
            } else if (selfId != null && scope.isWithin(d.parentId(), selfId)) {
                problems.add(new Problem(row, "parentId", "validation.unit.parentCycle", List.of()));
            }
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            problems.add(new Problem(row, "validTo", "validation.unit.validity", List.of()));
        }
        return problems;
    }

    private static void throwIfInvalid(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
