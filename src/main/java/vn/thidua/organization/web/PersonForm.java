package vn.thidua.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.organization.Person;
import vn.thidua.organization.PersonDetails;
import vn.thidua.shared.Gender;

/** The person form: create (with a unit) or edit (with the version read). */
public class PersonForm {

    private String fullName;
    private Gender gender;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private String nationalId;
    private String position;
    private boolean directWorker;
    private Long unitId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    private int version;

    static PersonForm of(Person p) {
        PersonForm form = new PersonForm();
        form.fullName = p.getFullName();
        form.gender = p.getGender();
        form.birthDate = p.getBirthDate();
        form.nationalId = p.getNationalId();
        form.position = p.getPosition();
        form.directWorker = p.isDirectWorker();
        form.version = p.getVersion();
        return form;
    }

    PersonDetails details() {
        return new PersonDetails(fullName, gender, birthDate, nationalId, position, directWorker);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        fullName = v;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender v) {
        gender = v;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate v) {
        birthDate = v;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String v) {
        nationalId = v;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String v) {
        position = v;
    }

    public boolean isDirectWorker() {
        return directWorker;
    }

    public void setDirectWorker(boolean v) {
        directWorker = v;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long v) {
        unitId = v;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate v) {
        fromDate = v;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int v) {
        version = v;
    }
}
