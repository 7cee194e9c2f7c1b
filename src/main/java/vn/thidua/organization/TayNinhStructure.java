package vn.thidua.organization;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads Tây Ninh's real structure from the public data shipped in {@code seed/tayninh}: the province
 * and its units before 1 July 2025, Long An's old communes, the merged province after it with its
 * 96 communes and wards, the lineage between them, and Tây Ninh's emulation blocks.
 */
@Component
public class TayNinhStructure {

    public static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);
    public static final String NEW_PROVINCE = "TNI";
    public static final String OLD_TAY_NINH = "TNI-CU";
    static final String OLD_LONG_AN = "LAN-CU";

    private final Units units;
    private final UnitLineages lineages;
    private final EmulationBlocks blocks;

    TayNinhStructure(Units units, UnitLineages lineages, EmulationBlocks blocks) {
        this.units = units;
        this.lineages = lineages;
        this.blocks = blocks;
    }

    /** Whether the structure is already there. */
    public boolean loaded() {
        return units.findByCode(NEW_PROVINCE).isPresent();
    }

    /** Loads the structure in one transaction (all of it or nothing). */
    @Transactional
    public void load() {
        new TayNinhLoading(units, lineages, blocks).load();
    }
}
