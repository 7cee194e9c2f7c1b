package vn.thidua.scoring;

import java.util.List;

/**
 * A block's year-end vote: each member's rank (1 leads the block). The achievement records keep
 * it as the collectives' block standings, which the flag rules read.
 */
public record BlockVoteRecorded(Long blockYearId, int year, String blockName, List<Standing> standings) {

    public record Standing(Long unitId, int rank) {}
}
