package vn.thidua.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import vn.thidua.shared.Gender;
import vn.thidua.shared.VietnameseText;

/**
 * Cá nhân: someone who can be nominated, with the units they have worked in over time and whether
 * they are a direct worker (người trực tiếp lao động, sản xuất), whom the law asks to favour.
 */
public class Person {

    @Id
    private Long id;

    private String fullName;
    private String nameFolded;
    private Gender gender;
    private LocalDate birthDate;
    private String nationalId;
    private String position;
    private boolean directWorker;

    @Version
    private Integer version;

    @MappedCollection
    private Set<Assignment> assignments = new HashSet<>();

    @MappedCollection
    private Set<PersonNameKey> nameKeys = new HashSet<>();

    @PersistenceCreator
    Person() {}

    public Person(String fullName, Gender gender, LocalDate birthDate, String nationalId) {
        describe(fullName, gender, birthDate, nationalId, null, false);
    }

    public void describe(
            String fullName,
            Gender gender,
            LocalDate birthDate,
            String nationalId,
            String position,
            boolean directWorker) {
        this.fullName = VietnameseText.clean(fullName);
        this.nameFolded = VietnameseText.fold(fullName);
        this.gender = gender;
        this.birthDate = birthDate;
        String id = VietnameseText.clean(nationalId);
        this.nationalId = id == null || id.isEmpty() ? null : id;
        this.position = VietnameseText.clean(position);
        this.directWorker = directWorker;
        refreshNameKeys();
    }

    /** The search keys follow the name and the current unit. */
    private void refreshNameKeys() {
        this.nameKeys = PersonNameKey.of(
                nameFolded, currentAssignment().map(Assignment::getUnitId).orElse(null));
    }

    /** Moves the person to a unit from a day on, closing the current assignment the day before. */
    public void assignTo(Long unitId, String position, LocalDate from) {
        currentAssignment().ifPresent(current -> {
            if (!from.isAfter(current.getFromDate())) {
                throw new IllegalArgumentException("a new assignment must start after the current one");
            }
            current.endOn(from.minusDays(1));
        });
        assignments.add(new Assignment(unitId, VietnameseText.clean(position), from));
        if (position != null && !position.isBlank()) {
            this.position = VietnameseText.clean(position);
        }
        refreshNameKeys();
    }

    public Optional<Assignment> currentAssignment() {
        return assignments.stream().filter(a -> a.getToDate() == null).findFirst();
    }

    /** Assignments, the latest first. */
    public List<Assignment> history() {
        return assignments.stream()
                .sorted(Comparator.comparing(Assignment::getFromDate).reversed())
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getPosition() {
        return position;
    }

    public boolean isDirectWorker() {
        return directWorker;
    }

    public Integer getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "fullName=" + fullName + "\ngender=" + gender + "\nbirthDate=" + birthDate
                + "\nnationalId=" + nationalId + "\nposition=" + position + "\ndirectWorker=" + directWorker
                + "\ncurrentUnitId="
                + currentAssignment().map(Assignment::getUnitId).orElse(null);
    }
}
