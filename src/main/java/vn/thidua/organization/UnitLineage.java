package vn.thidua.organization;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One link of a merger or split: on {@code effectiveDate} (part of) the predecessor became (part of)
 * the successor. Awards given to the predecessor stay with it and are reachable from the successor.
 */
public class UnitLineage {

    @Id
    private Long id;

    private Long predecessorId;
    private Long successorId;
    private LocalDate effectiveDate;
    private LineageKind kind;
    private boolean partial;
    private String legalBasis;

    @PersistenceCreator
    UnitLineage() {}

    public UnitLineage(
            Long predecessorId,
            Long successorId,
            LocalDate effectiveDate,
            LineageKind kind,
            boolean partial,
            String legalBasis) {
        if (predecessorId.equals(successorId)) {
            throw new IllegalArgumentException("a unit cannot succeed itself");
        }
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.effectiveDate = effectiveDate;
        this.kind = kind;
        this.partial = partial;
        this.legalBasis = legalBasis;
    }

    public Long getId() {
        return id;
    }

    public Long getPredecessorId() {
        return predecessorId;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LineageKind getKind() {
        return kind;
    }

    public boolean isPartial() {
        return partial;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
