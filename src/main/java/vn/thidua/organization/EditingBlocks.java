package vn.thidua.organization;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/** Setting up each year's emulation blocks and clusters: the Ban TĐKT's work. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
public class EditingBlocks {

    private final EmulationBlocks blocks;
    private final Units units;
    private final ApplicationEventPublisher events;

    EditingBlocks(EmulationBlocks blocks, Units units, ApplicationEventPublisher events) {
        this.blocks = blocks;
        this.units = units;
        this.events = events;
    }

    @Transactional
    public EmulationBlock create(String name, BlockKind kind, int year, String note) {
        InvalidInput.requireFits("name", name, 300);
        InvalidInput.requireFits("note", note, 2000);
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", "validation.required");
        }
        if (year < 1990 || year > 2100) {
            throw InvalidInput.of("year", "validation.block.year");
        }
        EmulationBlock block = new EmulationBlock(name, kind, year);
        block.describe(name, kind, year, note);
        if (blocks.findByEmulationYearOrderByName(year).stream()
                .anyMatch(b -> b.getName().equals(block.getName()))) {
            throw InvalidInput.of("name", "validation.block.duplicate", block.getName(), year);
        }
        EmulationBlock saved = blocks.save(block);
        events.publishEvent(AuditableChange.created("block", saved.getId(), saved.toString()));
        return saved;
    }

    /**
     * Next year's block from this one, in one action: the same members, the leadership handed over —
     * this year's deputy leads (or, without a deputy, the member listed after the leader), and the
     * member listed after the new leader becomes deputy. The year in the name moves on with it.
     */
    @Transactional
    public EmulationBlock cloneToNextYear(Long blockId) {
        EmulationBlock last =
                blocks.findById(blockId).orElseThrow(() -> InvalidInput.of("id", "validation.block.unknown"));
        List<BlockMember> members = last.members();
        String year = String.valueOf(last.getYear());
        String name = last.getName().contains(year)
                ? last.getName().replace(year, String.valueOf(last.getYear() + 1))
                : last.getName();
        EmulationBlock next = create(name, last.getKind(), last.getYear() + 1, last.getNote());
        int leaderIndex = indexOf(members, BlockRole.LEADER);
        int deputyIndex = indexOf(members, BlockRole.DEPUTY);
        int newLeader = members.isEmpty() ? -1 : deputyIndex >= 0 ? deputyIndex : (leaderIndex + 1) % members.size();
        int newDeputy = members.size() < 2 ? -1 : (newLeader + 1) % members.size();
        String before = next.toString();
        for (int i = 0; i < members.size(); i++) {
            BlockRole role = i == newLeader ? BlockRole.LEADER : i == newDeputy ? BlockRole.DEPUTY : BlockRole.MEMBER;
            next.add(members.get(i).unitId(), role);
        }
        return save(next, before);
    }

    private static int indexOf(List<BlockMember> members, BlockRole role) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    /** Renames a block, or changes its kind or note; the year stays (next year is a new block). */
    @Transactional
    public EmulationBlock describe(Long blockId, int expectedVersion, String name, BlockKind kind, String note) {
        InvalidInput.requireFits("name", name, 300);
        InvalidInput.requireFits("note", note, 2000);
        EmulationBlock block = load(blockId, expectedVersion);
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", "validation.required");
        }
        String folded = vn.thidua.shared.VietnameseText.clean(name);
        if (blocks.findByEmulationYearOrderByName(block.getYear()).stream()
                .anyMatch(b -> !b.getId().equals(blockId) && b.getName().equals(folded))) {
            throw InvalidInput.of("name", "validation.block.duplicate", folded, block.getYear());
        }
        String before = block.toString();
        block.describe(name, kind, block.getYear(), note);
        return save(block, before);
    }

    @Transactional
    public EmulationBlock addMember(Long blockId, int expectedVersion, Long unitId, BlockRole role) {
        EmulationBlock block = load(blockId, expectedVersion);
        if (unitId == null || units.findById(unitId).isEmpty()) {
            throw InvalidInput.of("unitId", "validation.unit.unknown");
        }
        String before = block.toString();
        try {
            block.add(unitId, role);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("unitId", "validation." + e.getMessage());
        }
        return save(block, before);
    }

    @Transactional
    public EmulationBlock removeMember(Long blockId, int expectedVersion, Long unitId) {
        EmulationBlock block = load(blockId, expectedVersion);
        String before = block.toString();
        block.remove(unitId);
        return save(block, before);
    }

    private EmulationBlock load(Long blockId, int expectedVersion) {
        EmulationBlock block =
                blocks.findById(blockId).orElseThrow(() -> InvalidInput.of("id", "validation.block.unknown"));
        EditingPeople.requireVersion(block.getVersion(), expectedVersion);
        return block;
    }

    private EmulationBlock save(EmulationBlock block, String before) {
        EmulationBlock saved = blocks.save(block);
        events.publishEvent(AuditableChange.updated("block", saved.getId(), before, saved.toString()));
        return saved;
    }
}
