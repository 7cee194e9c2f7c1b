package vn.thidua.organization;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import vn.thidua.shared.VietnameseText;

/** Cơ quan, đơn vị, địa phương: a node of the province's tree, valid between two dates. */
public class Unit {

    @Id
    private Long id;

    private String code;
    private String name;
    private String nameFolded;
    private UnitKind kind;
    private Long parentId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String note;

    @Version
    private Integer version;

    @PersistenceCreator
    Unit() {}

    public Unit(String code, String name, UnitKind kind, Long parentId) {
        this.code = code;
        this.kind = kind;
        this.parentId = parentId;
        rename(name);
    }

    public void rename(String newName) {
        this.name = VietnameseText.clean(newName);
        this.nameFolded = VietnameseText.fold(newName);
    }

    public void describe(String code, UnitKind kind, Long parentId, String note) {
        this.code = VietnameseText.clean(code);
        this.kind = kind;
        this.parentId = parentId;
        this.note = VietnameseText.clean(note);
    }

    public void validBetween(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
        this.validFrom = from;
        this.validTo = to;
    }

    /** Whether the unit exists on this day. */
    public boolean activeOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getNote() {
        return note;
    }

    public Integer getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "code=" + code + "\nname=" + name + "\nkind=" + kind + "\nparentId=" + parentId + "\nvalidFrom="
                + validFrom + "\nvalidTo=" + validTo + "\nnote=" + note;
    }
}
