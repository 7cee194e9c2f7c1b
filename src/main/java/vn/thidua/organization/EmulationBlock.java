package vn.thidua.organization;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import vn.thidua.shared.VietnameseText;

/**
 * Khối / cụm thi đua for one year: its members, one leader and at most one deputy. Membership and
 * the leader change yearly, so each year is its own row.
 */
public class EmulationBlock {

    @Id
    private Long id;

    private String name;
    private BlockKind kind;
    private int emulationYear;
    private String note;

    @Version
    private Integer version;

    @MappedCollection
    private Set<BlockMember> members = new LinkedHashSet<>();

    @PersistenceCreator
    EmulationBlock() {}

    public EmulationBlock(String name, BlockKind kind, int year) {
        describe(name, kind, year, null);
    }

    public void describe(String name, BlockKind kind, int year, String note) {
        this.name = VietnameseText.clean(name);
        this.kind = kind;
        this.emulationYear = year;
        this.note = VietnameseText.clean(note);
    }

    /** Adds a unit; a second leader or deputy is refused, as is a unit already in the block. */
    public void add(Long unitId, BlockRole role) {
        if (members.stream().anyMatch(m -> m.unitId().equals(unitId))) {
            throw new IllegalArgumentException("block.member.duplicate");
        }
        if (role != BlockRole.MEMBER && members.stream().anyMatch(m -> m.role() == role)) {
            throw new IllegalArgumentException("block.member.roleTaken");
        }
        members.add(new BlockMember(unitId, role, members.size() + 1));
    }

    public void remove(Long unitId) {
        members.removeIf(m -> m.unitId().equals(unitId));
    }

    public List<BlockMember> members() {
        return members.stream()
                .sorted(Comparator.comparingInt(BlockMember::seq))
                .toList();
    }

    public Optional<BlockMember> leader() {
        return members.stream().filter(m -> m.role() == BlockRole.LEADER).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BlockKind getKind() {
        return kind;
    }

    public int getYear() {
        return emulationYear;
    }

    public String getNote() {
        return note;
    }

    public Integer getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "name=" + name + "\nkind=" + kind + "\nyear=" + emulationYear + "\nmembers=" + members();
    }
}
