package vn.thidua.scoring;

import java.util.List;

/**
 * A block's year-end vote: each member's rank (1 leads the block) and what the block proposes it
 * for, if anything. The achievement records keep the ranks as the collectives' block standings,
 * which the flag rules read; nomination dossiers start from the proposals.
 */
public record BlockVoteRecorded(Long blockYearId, int year, String blockName, List<Standing> standings) {

    /** {@code proposal} is null when the block proposes the unit for nothing. */
    public record Standing(Long unitId, int rank, VoteProposal proposal) {}
}
