package vn.thidua.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDetails;
import vn.thidua.organization.UnitKind;

/** The unit form. */
public class UnitForm {

    private String code;
    private String name;
    private UnitKind kind;
    private Long parentId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    private String note;
    private int version;

    static UnitForm of(Unit u) {
        UnitForm f = new UnitForm();
        f.code = u.getCode();
        f.name = u.getName();
        f.kind = u.getKind();
        f.parentId = u.getParentId();
        f.validFrom = u.getValidFrom();
        f.validTo = u.getValidTo();
        f.note = u.getNote();
        f.version = u.getVersion();
        return f;
    }

    UnitDetails details() {
        return new UnitDetails(code, name, kind, parentId, validFrom, validTo, note);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind v) {
        kind = v;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long v) {
        parentId = v;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        validFrom = v;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate v) {
        validTo = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String v) {
        note = v;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int v) {
        version = v;
    }
}
