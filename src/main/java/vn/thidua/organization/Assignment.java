package vn.thidua.organization;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/** Quá trình công tác: a person's time in a unit; an open end means they are still there. */
public class Assignment {

    @Id
    private Long id;

    private Long unitId;
    private String position;
    private LocalDate fromDate;
    private LocalDate toDate;

    @PersistenceCreator
    Assignment() {}

    Assignment(Long unitId, String position, LocalDate fromDate) {
        this.unitId = unitId;
        this.position = position;
        this.fromDate = fromDate;
    }

    void endOn(LocalDate day) {
        this.toDate = day;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPosition() {
        return position;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}
