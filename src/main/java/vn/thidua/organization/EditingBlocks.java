package vn.thidua.organization;

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

    /** Renames a block, or changes its kind or note; the year stays (next year is a new block). */
    @Transactional
    public EmulationBlock describe(Long blockId, int expectedVersion, String name, BlockKind kind, String note) {
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
